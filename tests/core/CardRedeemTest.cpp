// Issuing and redeeming coffee cards: every type × state, validity at day boundaries, the double-scan
// guard, kind refusals, history and what storage keeps.
#include <boost/test/unit_test.hpp>

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>

#include "core/staff/StaffRepository.h"
#include "tests/core/CardTestFixture.h"
#include "tests/core/SchemaView.h"

using namespace ak;
using test::CardCafe;

namespace {

QDateTime utc(int y, int m, int d, int h, int min, int s = 0, int ms = 0) {
    return QDateTime(QDate(y, m, d), QTime(h, min, s, ms), Qt::UTC);
}

// Brings a fresh card into `status` (Active: leaves it); false if the type cannot be in that state.
bool bringTo(CardCafe& cafe, const CardType& type, const IssuedCard& card, CardStatus status) {
    switch (status) {
    case CardStatus::Active: return true;
    case CardStatus::Empty:
        if (type.unlimited()) return false;
        for (int i = 0; i < *type.cups; ++i) {
            if (!cafe.redeemAt(card, RedeemPlace::till(cafe.ola)).ok()) return false;
            cafe.clock.advanceSeconds(5);
        }
        return true;
    case CardStatus::Expired:
        if (type.kind == CardKind::Punch) return false;
        cafe.clock.advanceSeconds(qint64(type.validityDays.value_or(1)) * 86400 + 3600);
        return true;
    case CardStatus::Blocked: return cafe.cards.block(card.card.id, cafe.kari, cafe.journal).ok();
    case CardStatus::Returned: return cafe.cards.markReturned(card.card.id, cafe.ola, cafe.journal).ok();
    }
    return false;
}

CardRefusal refusalFor(CardStatus s) {
    switch (s) {
    case CardStatus::Active: return CardRefusal::None;
    case CardStatus::Empty: return CardRefusal::Empty;
    case CardStatus::Expired: return CardRefusal::Expired;
    case CardStatus::Blocked: return CardRefusal::Blocked;
    case CardStatus::Returned: return CardRefusal::Returned;
    }
    return CardRefusal::None;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(card_redeem)

BOOST_AUTO_TEST_CASE(every_type_in_every_state) {
    const CardStatus states[] = {CardStatus::Active, CardStatus::Empty, CardStatus::Expired, CardStatus::Blocked,
                                 CardStatus::Returned};
    int combinations = 0;
    for (int kind = 0; kind < 4; ++kind) {
        for (CardStatus status : states) {
            CardCafe cafe;
            const CardType type =
                kind == 0   ? cafe.addType(CardKind::Free, "Mentor 2", 2, 3, "Mentor")
                : kind == 1 ? cafe.addType(CardKind::Free, "Mentor fri", std::nullopt, 3, "Mentor")
                : kind == 2 ? cafe.addType(CardKind::Punch, "Klippekort", 2)
                            : cafe.addType(CardKind::DayPass, "Dagskort", std::nullopt);
            const IssuedCard card = cafe.issue(type, {QString(), std::nullopt, kind == 2 ? std::optional<qint64>(42) : std::nullopt});
            if (!bringTo(cafe, type, card, status)) {
                if (status == CardStatus::Expired) {  // a punch card never expires
                    cafe.clock.advanceSeconds(3650LL * 86400);
                    BOOST_TEST(cafe.redeemAt(card, CardCafe::kiosk()).ok());
                }
                continue;
            }
            ++combinations;
            BOOST_TEST_CONTEXT("kind " << kind << " status " << cardStatusKey(status).toStdString()) {
                BOOST_TEST(int(cafe.reload(card).status) == int(status));
                cafe.clock.advanceSeconds(10);
                const size_t before = cafe.entriesOfKind(QStringLiteral("card_redeemed")).size();
                const RedeemOutcome out = cafe.redeemAt(card, CardCafe::kiosk());
                BOOST_TEST(int(out.refusal) == int(refusalFor(status)));
                BOOST_TEST(out.ok() == (status == CardStatus::Active));
                const size_t after = cafe.entriesOfKind(QStringLiteral("card_redeemed")).size();
                if (out.ok()) {
                    BOOST_TEST(out.redemption->typeName == type.name);
                    BOOST_TEST((out.redemption->cupsLeft == (type.cups ? std::optional<int>(*type.cups - 1) : std::nullopt)));
                    BOOST_TEST((out.redemption->servingNumber == std::optional<int>(1)));
                    BOOST_TEST(after == before + 1);
                } else {
                    BOOST_TEST(out.message.contains(QStringLiteral("Ask at the counter")));
                    BOOST_TEST(after == before);  // a refusal changes nothing
                }
                BOOST_TEST(cafe.journalVerifies());
            }
        }
    }
    BOOST_TEST(combinations == 4 * 5 - 2 - 1);  // unlimited cards are never empty; punch cards never expire
}

BOOST_AUTO_TEST_CASE(a_kiosk_redemption_hands_a_coffee_to_the_counter_and_the_till_does_not) {
    CardCafe cafe;
    const IssuedCard card = cafe.issue(cafe.addType(CardKind::Punch, "Klippekort 10", 10), {QString(), std::nullopt, 7});
    BOOST_TEST((cafe.reload(card).saleId == std::optional<qint64>(7)));
    const RedeemOutcome atKiosk = cafe.redeemAt(card, CardCafe::kiosk());
    BOOST_TEST_REQUIRE(atKiosk.ok());
    BOOST_TEST((atKiosk.redemption->cupsLeft == std::optional<int>(9)));
    BOOST_TEST(!atKiosk.redemption->repeated);
    auto waiting = ServingQueue(*cafe.db, cafe.clock).waiting();
    BOOST_TEST_REQUIRE(waiting->size() == 1u);
    BOOST_TEST(waiting->front().description == QStringLiteral("Kaffe (kaffekort)"));
    BOOST_TEST(waiting->front().servingNumber == *atKiosk.redemption->servingNumber);

    const RedeemOutcome atTill = cafe.redeemAt(card, RedeemPlace::till(cafe.ola));
    BOOST_TEST_REQUIRE(atTill.ok());
    BOOST_TEST(!atTill.redemption->servingNumber.has_value());
    BOOST_TEST(ServingQueue(*cafe.db, cafe.clock).waiting()->size() == 1u);
    const auto redeemed = cafe.entriesOfKind(QStringLiteral("card_redeemed"));
    BOOST_TEST_REQUIRE(redeemed.size() == 2u);
    BOOST_TEST(redeemed[0].actor == Journal::kioskActor());
    BOOST_TEST(redeemed[1].actor == Journal::staffActor(cafe.ola.id));
    BOOST_TEST((cafe.reload(card).balance == std::optional<int>(8)));

    // A kiosk redemption without the queue's text writes nothing at all.
    cafe.clock.advanceSeconds(10);
    auto noText = cafe.cards.redeem(card.code.toString(), CardCafe::kiosk(), QString(), cafe.journal);
    BOOST_TEST(!noText.ok());
    BOOST_TEST((cafe.reload(card).balance == std::optional<int>(8)));
}

BOOST_AUTO_TEST_CASE(unknown_and_malformed_codes_get_the_same_kind_refusal) {
    CardCafe cafe;
    cafe.issue(cafe.addType(CardKind::Punch, "Klippekort", 10));
    auto stranger = CardCode::generate();
    BOOST_TEST_REQUIRE(stranger.ok());
    const RedeemOutcome unknown = cafe.redeemText(stranger->toString(), CardCafe::kiosk());
    const RedeemOutcome malformed = cafe.redeemText(QStringLiteral("AK1-HELLO"), CardCafe::kiosk());
    BOOST_TEST(int(unknown.refusal) == int(CardRefusal::Unknown));
    BOOST_TEST(int(malformed.refusal) == int(CardRefusal::Unknown));
    BOOST_TEST(unknown.message == malformed.message);
    BOOST_TEST(unknown.message == CardCode::genericRefusal());
    BOOST_TEST(cafe.cards.find(stranger->toString()).error().message == CardCode::genericRefusal());
    BOOST_TEST(cafe.entriesOfKind(QStringLiteral("card_redeemed")).empty());
}

BOOST_AUTO_TEST_CASE(free_cards_and_day_passes_end_at_local_midnight) {
    CardCafe cafe;
    cafe.clock.set(utc(2025, 3, 6, 9, 0));  // 10:00 in Oslo (UTC+1)
    const IssuedCard free2 = cafe.issue(cafe.addType(CardKind::Free, "Mentor", std::nullopt, 2, "Mentor"));
    const IssuedCard day = cafe.issue(cafe.addType(CardKind::DayPass, "Dagskort", std::nullopt));
    BOOST_TEST((day.card.validUntil == utc(2025, 3, 6, 23, 0)));
    BOOST_TEST((free2.card.validUntil == utc(2025, 3, 7, 23, 0)));

    cafe.clock.set(utc(2025, 3, 6, 22, 59, 59, 999));  // 23:59:59.999 local, the day of issue
    BOOST_TEST(cafe.redeemAt(day, CardCafe::kiosk()).ok());
    BOOST_TEST(cafe.redeemAt(free2, RedeemPlace::till(cafe.ola)).ok());
    cafe.clock.set(utc(2025, 3, 6, 23, 0));  // midnight: the day pass is over, the free card has a day left
    BOOST_TEST(int(cafe.redeemAt(day, RedeemPlace::till(cafe.ola)).refusal) == int(CardRefusal::Expired));
    BOOST_TEST(cafe.redeemAt(free2, CardCafe::kiosk()).ok());
    cafe.clock.set(utc(2025, 3, 7, 22, 59, 59, 999));
    BOOST_TEST(cafe.redeemAt(free2, RedeemPlace::till(cafe.ola)).ok());
    cafe.clock.set(utc(2025, 3, 7, 23, 0));
    const RedeemOutcome expired = cafe.redeemAt(free2, CardCafe::kiosk());
    BOOST_TEST(int(expired.refusal) == int(CardRefusal::Expired));
    BOOST_TEST(expired.message == CardRepository::refusalMessage(CardRefusal::Expired));
    BOOST_TEST(int(cafe.reload(free2).status) == int(CardStatus::Expired));

    // Over the change to summer time (30 March 2025) midnight is 22:00 UTC.
    cafe.clock.set(utc(2025, 3, 30, 12, 0));
    const IssuedCard summer = cafe.issue(cafe.addType(CardKind::DayPass, "Dagskort 2", std::nullopt));
    BOOST_TEST((summer.card.validUntil == utc(2025, 3, 30, 22, 0)));
    // A longer validity overrides the type's at issue.
    const IssuedCard longer = cafe.issue(cafe.addType(CardKind::Free, "Kurs", 5, 1, "Kurs"),
                                         {QStringLiteral("Kurs vår"), 10, std::nullopt});
    BOOST_TEST((longer.card.validUntil == utc(2025, 4, 8, 22, 0)));
    BOOST_TEST(longer.card.programme == QStringLiteral("Kurs vår"));
}

BOOST_AUTO_TEST_CASE(the_same_card_scanned_twice_within_three_seconds_is_one_redemption) {
    CardCafe cafe;
    const IssuedCard card = cafe.issue(cafe.addType(CardKind::Punch, "Klippekort", 3));
    const RedeemOutcome first = cafe.redeemAt(card, CardCafe::kiosk());
    BOOST_TEST_REQUIRE(first.ok());
    cafe.clock.advanceMs(2999);
    const RedeemOutcome again = cafe.redeemAt(card, CardCafe::kiosk());
    BOOST_TEST_REQUIRE(again.ok());
    BOOST_TEST(again.redemption->repeated);
    BOOST_TEST((again.redemption->cupsLeft == first.redemption->cupsLeft));
    BOOST_TEST((again.redemption->servingNumber == first.redemption->servingNumber));
    BOOST_TEST((cafe.reload(card).balance == std::optional<int>(2)));
    BOOST_TEST(cafe.entriesOfKind(QStringLiteral("card_redeemed")).size() == 1u);
    BOOST_TEST(ServingQueue(*cafe.db, cafe.clock).waiting()->size() == 1u);

    const RedeemOutcome elsewhere = cafe.redeemAt(card, RedeemPlace::till(cafe.ola));  // another place: a new one
    BOOST_TEST_REQUIRE(elsewhere.ok());
    BOOST_TEST(!elsewhere.redemption->repeated);
    cafe.clock.advanceMs(1);  // 3 s after the first
    const RedeemOutcome later = cafe.redeemAt(card, CardCafe::kiosk());
    BOOST_TEST_REQUIRE(later.ok());
    BOOST_TEST(!later.redemption->repeated);
    BOOST_TEST((later.redemption->cupsLeft == std::optional<int>(0)));
    // The scan that emptied the card, repeated, still shows its result rather than "empty".
    cafe.clock.advanceSeconds(1);
    const RedeemOutcome echo = cafe.redeemAt(card, CardCafe::kiosk());
    BOOST_TEST(echo.ok());
    BOOST_TEST((echo.redemption && echo.redemption->repeated));
    cafe.clock.advanceSeconds(3);
    BOOST_TEST(int(cafe.redeemAt(card, CardCafe::kiosk()).refusal) == int(CardRefusal::Empty));
    BOOST_TEST(cafe.entriesOfKind(QStringLiteral("card_redeemed")).size() == 3u);
}

BOOST_AUTO_TEST_CASE(history_permissions_and_what_storage_keeps) {
    CardCafe cafe;
    const IssuedCard card = cafe.issue(cafe.addType(CardKind::Free, "Mentor", 5, 30, "Mentor"));
    BOOST_TEST(int(cafe.cards.issue(card.card.typeId, {}, StaffMember{99, QStringLiteral("Gone"), StaffRole::Volunteer, false},
                                    cafe.journal).error().code) == int(ErrorCode::Permission));
    BOOST_TEST(cafe.redeemAt(card, CardCafe::kiosk()).ok());
    cafe.clock.advanceSeconds(3600);
    BOOST_TEST(int(cafe.cards.block(card.card.id, cafe.ola, cafe.journal).error().code) == int(ErrorCode::Permission));
    BOOST_TEST(cafe.cards.block(card.card.id, cafe.kari, cafe.journal).ok());
    BOOST_TEST(int(cafe.cards.markReturned(card.card.id, cafe.ola, cafe.journal).error().code) == int(ErrorCode::Conflict));
    BOOST_TEST(int(cafe.cards.block(4711, cafe.kari, cafe.journal).error().code) == int(ErrorCode::NotFound));

    auto history = cafe.cards.history(card.card.id);
    BOOST_TEST_REQUIRE(history->size() == 3u);
    BOOST_TEST(history.value()[0].event == QStringLiteral("issued"));
    BOOST_TEST(history.value()[1].event == QStringLiteral("redeemed"));
    BOOST_TEST(history.value()[1].place == QStringLiteral("kiosk:inngang"));
    BOOST_TEST(history.value()[2].event == QStringLiteral("blocked"));
    BOOST_TEST((history.value()[2].at == utc(2025, 3, 6, 9, 0)));

    // Only the SHA-256 of the token is stored; neither the code nor the token itself.
    auto q = cafe.db->query(QStringLiteral("SELECT token_hash FROM coffee_cards"));
    BOOST_TEST_REQUIRE(q->next());
    BOOST_TEST(q->value(0).toString() ==
               QString::fromLatin1(QCryptographicHash::hash(card.code.tokenBytes(), QCryptographicHash::Sha256).toHex()));
    for (const JournalEntry& e : cafe.entries()) {
        BOOST_TEST(!e.payload.contains(card.code.toString()));
        BOOST_TEST(!e.payload.contains(q->value(0).toString()));
    }
    BOOST_TEST(cafe.entriesOfKind(QStringLiteral("card_issued")).size() == 1u);
    BOOST_TEST(cafe.entriesOfKind(QStringLiteral("card_blocked")).size() == 1u);
    BOOST_TEST(cafe.journalVerifies());
}

BOOST_AUTO_TEST_CASE(at_the_till_each_payment_counts_even_within_a_second) {
    CardCafe cafe;
    const IssuedCard card = cafe.issue(cafe.addType(CardKind::Punch, "Klippekort", 10));
    const RedeemOutcome first = cafe.redeemAt(card, RedeemPlace::tillPayment(cafe.ola));
    cafe.clock.advanceMs(400);
    const RedeemOutcome second = cafe.redeemAt(card, RedeemPlace::tillPayment(cafe.ola));
    BOOST_TEST_REQUIRE(first.ok());
    BOOST_TEST_REQUIRE(second.ok());
    BOOST_TEST(!second.redemption->repeated);
    BOOST_TEST((second.redemption->cupsLeft == std::optional<int>(8)));
    BOOST_TEST((cafe.reload(card).balance == std::optional<int>(8)));
    BOOST_TEST(cafe.entriesOfKind(QStringLiteral("card_redeemed")).size() == 2u);
    // A till scan outside a payment keeps the guard.
    cafe.clock.advanceSeconds(10);
    BOOST_TEST_REQUIRE(cafe.redeemAt(card, RedeemPlace::till(cafe.ola)).ok());
    cafe.clock.advanceMs(400);
    const RedeemOutcome echo = cafe.redeemAt(card, RedeemPlace::till(cafe.ola));
    BOOST_TEST((echo.ok() && echo.redemption->repeated));
    BOOST_TEST((cafe.reload(card).balance == std::optional<int>(7)));
}

BOOST_AUTO_TEST_CASE(nfc_uids_are_read_in_every_usual_spelling_and_only_whole_bytes) {
    BOOST_TEST((normaliseNfcUid(u"04:a2:2b:1c") == std::optional<QString>(QStringLiteral("04A22B1C"))));
    BOOST_TEST((normaliseNfcUid(u" 04 A2 2B 1C\r\n") == std::optional<QString>(QStringLiteral("04A22B1C"))));
    BOOST_TEST((normaliseNfcUid(u"04A22B1C5D6E7F") == std::optional<QString>(QStringLiteral("04A22B1C5D6E7F"))));
    BOOST_TEST(normaliseNfcUid(u"04A22B1C5D6E7F80910A").has_value());  // 10 bytes
    BOOST_TEST(!normaliseNfcUid(u"04A22B").has_value());                 // 3 bytes
    BOOST_TEST(!normaliseNfcUid(u"04A22B1").has_value());                // half a byte
    BOOST_TEST(!normaliseNfcUid(u"04A22B1C5D6E7F80910A11").has_value());  // 11 bytes
    BOOST_TEST(!normaliseNfcUid(u"04-A2-2B-1G").has_value());
    BOOST_TEST(!normaliseNfcUid(QString(300, u'A')).has_value());
    // Not the hash a staff card of the same tag gets.
    BOOST_TEST(cardNfcHash(QStringLiteral("04A22B1C")) != StaffRepository::cardTokenHash(QStringLiteral("04A22B1C")));
    BOOST_TEST(cardNfcHash(QStringLiteral("04A22B1C")).size() == 64);
}

BOOST_AUTO_TEST_CASE(a_tag_bound_to_a_card_finds_and_redeems_it_and_is_stored_only_as_a_hash) {
    test::TempDir dir;
    CardCafe cafe(dir.file(QStringLiteral("cafe.db")));
    const CardType punch = cafe.addType(CardKind::Punch, "Klippekort", 10);
    const IssuedCard a = cafe.issue(punch, {QString(), std::nullopt, std::nullopt, QStringLiteral("04:a2:2b:1c")});
    const IssuedCard b = cafe.issue(punch);

    auto found = cafe.cards.find(u"04A22B1C");
    BOOST_TEST_REQUIRE(found.ok(), test::whyNot(found));
    BOOST_TEST(found->id == a.card.id);
    const RedeemOutcome byTag = cafe.redeemText(QStringLiteral("04 a2 2b 1c\r\n"), CardCafe::kiosk());
    BOOST_TEST_REQUIRE(byTag.ok());
    BOOST_TEST(byTag.redemption->cardId == a.card.id);
    BOOST_TEST((cafe.reload(a).balance == std::optional<int>(9)));
    BOOST_TEST(cafe.redeemAt(a, CardCafe::kiosk()).redemption->repeated);  // the code and the tag are one card

    // The tag belongs to card a: b cannot have it, and nothing changes.
    const size_t boundBefore = cafe.entriesOfKind(QStringLiteral("card_nfc_bound")).size();
    auto taken = cafe.cards.bindNfc(b.card.id, u"04A22B1C", cafe.ola, cafe.journal);
    BOOST_TEST_REQUIRE(!taken.ok());
    BOOST_TEST((taken.error().code == ErrorCode::Conflict));
    BOOST_TEST(taken.error().message == QStringLiteral("This tag already belongs to another coffee card. Use another tag."));
    auto issuedWithTaken = cafe.cards.issue(punch.id, {QString(), std::nullopt, std::nullopt, QStringLiteral("04a22b1c")},
                                            cafe.ola, cafe.journal);
    BOOST_TEST((!issuedWithTaken.ok() && issuedWithTaken.error().code == ErrorCode::Conflict));
    BOOST_TEST(cafe.cards.find(u"04A22B1C")->id == a.card.id);
    BOOST_TEST((cafe.cards.bindNfc(b.card.id, u"04A2", cafe.ola, cafe.journal).error().code == ErrorCode::InvalidInput));
    BOOST_TEST((cafe.cards.bindNfc(4711, u"0455667788", cafe.ola, cafe.journal).error().code == ErrorCode::NotFound));
    BOOST_TEST(cafe.entriesOfKind(QStringLiteral("card_nfc_bound")).size() == boundBefore);

    // Another tag for b; a tag for a blocked card is refused.
    BOOST_TEST_REQUIRE(cafe.cards.bindNfc(b.card.id, u"04:55:66:77:88:99:AA", cafe.ola, cafe.journal).ok());
    BOOST_TEST(cafe.cards.find(u"0455667788 99aa")->id == b.card.id);
    BOOST_TEST_REQUIRE(cafe.cards.block(b.card.id, cafe.kari, cafe.journal).ok());
    BOOST_TEST((cafe.cards.bindNfc(b.card.id, u"0411223344", cafe.ola, cafe.journal).error().code == ErrorCode::Conflict));
    BOOST_TEST(int(cafe.redeemText(QStringLiteral("04556677 8899AA"), CardCafe::kiosk()).refusal) == int(CardRefusal::Blocked));

    // An unknown tag, and text that is neither a code nor a tag: the same words as an unknown code.
    const RedeemOutcome unknown = cafe.redeemText(QStringLiteral("04:de:ad:be:ef:00:01"), CardCafe::kiosk());
    BOOST_TEST(int(unknown.refusal) == int(CardRefusal::Unknown));
    BOOST_TEST(unknown.message == CardCode::genericRefusal());
    BOOST_TEST(cafe.cards.find(u"DEADBEEF").error().message == CardCode::genericRefusal());
    BOOST_TEST((cafe.cards.find(u"DEADBEEF").error().code == ErrorCode::NotFound));
    BOOST_TEST(cafe.cards.find(u"04A22B1").error().message == CardCode::genericRefusal());

    // The journal names the card, never the tag.
    const auto bound = cafe.entriesOfKind(QStringLiteral("card_nfc_bound"));
    BOOST_TEST_REQUIRE(bound.size() == 2u);
    BOOST_TEST(QJsonDocument::fromJson(bound[0].payload.toUtf8())[QStringLiteral("card_id")].toInteger() == a.card.id);
    BOOST_TEST(QJsonDocument::fromJson(bound[1].payload.toUtf8())[QStringLiteral("card_id")].toInteger() == b.card.id);
    const QStringList spellings = {QStringLiteral("04A22B1C"), QStringLiteral("04a22b1c"), QStringLiteral("04:a2:2b:1c"),
                                   QStringLiteral("04556677"), QStringLiteral("04:55:66")};
    for (const JournalEntry& e : cafe.entries())
        for (const QString& uid : spellings) {
            BOOST_TEST(!e.payload.contains(uid, Qt::CaseInsensitive));
            BOOST_TEST(!e.payload.contains(cardNfcHash(QStringLiteral("04A22B1C"))));
        }

    // No text column of any table holds a UID in clear; the file's bytes do not either.
    int columnsSearched = 0;
    for (const QString& table : test::tableNames(*cafe.db)) {
        for (const QString& column : test::columnNames(*cafe.db, table)) {
            auto hits = cafe.db->query(QStringLiteral("SELECT COUNT(*) FROM \"%1\" WHERE upper(CAST(\"%2\" AS TEXT)) LIKE '%04A22B1C%'"
                                                      " OR upper(CAST(\"%2\" AS TEXT)) LIKE '%04:A2:2B:1C%'"
                                                      " OR upper(CAST(\"%2\" AS TEXT)) LIKE '%04556677%'")
                                           .arg(table, column));
            BOOST_TEST_REQUIRE(hits.ok());
            BOOST_TEST_REQUIRE(hits->next());
            BOOST_TEST(hits->value(0).toInt() == 0, table.toStdString() << "." << column.toStdString());
            ++columnsSearched;
        }
    }
    BOOST_TEST(columnsSearched > 20);
    auto hash = cafe.db->query(QStringLiteral("SELECT nfc_hash FROM coffee_cards WHERE id = ?"), {a.card.id});
    BOOST_TEST_REQUIRE(hash->next());
    BOOST_TEST(hash->value(0).toString() == cardNfcHash(QStringLiteral("04A22B1C")));
    if (!cafe.db->isPostgres()) {  // the server's files are its own
        const QByteArray bytes = test::readFile(cafe.db->path()) + test::readFile(cafe.db->path() + QStringLiteral("-wal"));
        BOOST_TEST_REQUIRE(!bytes.isEmpty());
        BOOST_TEST(bytes.contains(cardNfcHash(QStringLiteral("04A22B1C")).toLatin1()));  // the search does see the file
        for (const QString& uid : spellings) {
            BOOST_TEST(!bytes.contains(uid.toLatin1()));
            BOOST_TEST(!bytes.contains(uid.toLower().toLatin1()));
        }
        BOOST_TEST(!bytes.contains(QByteArray::fromHex("04A22B1C")));  // nor the UID's raw bytes
    }
    BOOST_TEST(cafe.journalVerifies());
}

BOOST_AUTO_TEST_SUITE_END()
