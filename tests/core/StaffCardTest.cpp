// Staff cards: binding a scanned token, logging in with it, moving and removing it.

#include <boost/test/unit_test.hpp>

#include <QJsonDocument>
#include <QJsonObject>

#include "tests/core/StaffTestFixture.h"

using namespace ak;
using namespace ak::test;

namespace {

const QString kToken = QStringLiteral("04A1B2C3D4E5F6");  // an NFC UID as the reader gives it
QJsonObject payloadOf(const JournalEntry& e) { return QJsonDocument::fromJson(e.payload.toUtf8()).object(); }

struct Cards : StaffCafe {
    StaffMember kari = add("Kari", StaffRole::Manager, "2468");
    StaffMember ola = add("Ola", StaffRole::Volunteer, "1357");
    StaffMember eva = add("Eva", StaffRole::Volunteer, "8642");
};

}  // namespace

BOOST_AUTO_TEST_SUITE(staff_cards)

BOOST_AUTO_TEST_CASE(bind_then_log_in_with_the_card) {
    Cards c;
    BOOST_TEST_REQUIRE(c.repo.bindCard(c.ola.id, kToken, c.kari, c.journal).ok());
    // A keyboard-wedge scanner adds a return: the same card.
    auto r = c.repo.loginWithCard(kToken + QStringLiteral("\r\n"), c.journal);
    BOOST_TEST_REQUIRE(r.ok(), (r.ok() ? QString() : r.error().message).toStdString());
    BOOST_TEST(r->id == c.ola.id);
    BOOST_TEST(r->name == QStringLiteral("Ola"));

    const auto logins = c.entriesOfKind(QStringLiteral("login"));
    BOOST_TEST_REQUIRE(logins.size() == 1u);
    BOOST_TEST(logins[0].actor == Journal::staffActor(c.ola.id));
    BOOST_TEST(payloadOf(logins[0]).value(QStringLiteral("method")).toString() == QStringLiteral("card"));
    const auto bound = c.entriesOfKind(QStringLiteral("staff_card_bound"));
    BOOST_TEST_REQUIRE(bound.size() == 1u);
    BOOST_TEST(bound[0].actor == Journal::staffActor(c.kari.id));
    BOOST_TEST(!payloadOf(bound[0]).contains(QStringLiteral("moved_from")));
    BOOST_TEST(c.journalVerifies());
}

BOOST_AUTO_TEST_CASE(only_the_hash_of_the_token_is_stored_or_journaled) {
    Cards c;
    BOOST_TEST_REQUIRE(c.repo.bindCard(c.ola.id, kToken, c.kari, c.journal).ok());
    BOOST_TEST_REQUIRE(c.repo.loginWithCard(kToken, c.journal).ok());
    auto q = c.db->query(QStringLiteral("SELECT token_hash FROM staff_cards"));
    BOOST_TEST_REQUIRE(q.ok());
    BOOST_TEST_REQUIRE(q->next());
    const QString stored = q->value(0).toString();
    BOOST_TEST(stored == StaffRepository::cardTokenHash(kToken));
    BOOST_TEST(stored.size() == 64);
    BOOST_TEST(!stored.contains(kToken, Qt::CaseInsensitive));
    for (const JournalEntry& e : c.entries()) {
        BOOST_TEST(!e.payload.contains(kToken, Qt::CaseInsensitive));
        BOOST_TEST(!e.payload.contains(stored));
    }
    // SHA-256("abc"), so that the stored form is the documented one.
    BOOST_TEST(StaffRepository::cardTokenHash(QStringLiteral(" abc\n")) ==
               QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

BOOST_AUTO_TEST_CASE(rebinding_moves_the_card_to_the_new_person) {
    Cards c;
    BOOST_TEST_REQUIRE(c.repo.bindCard(c.ola.id, kToken, c.kari, c.journal).ok());
    BOOST_TEST_REQUIRE(c.repo.bindCard(c.eva.id, kToken, c.kari, c.journal).ok());
    BOOST_TEST(c.repo.loginWithCard(kToken, c.journal)->id == c.eva.id);
    auto q = c.db->query(QStringLiteral("SELECT count(*) FROM staff_cards"));
    BOOST_TEST_REQUIRE(q->next());
    BOOST_TEST(q->value(0).toInt() == 1);
    const auto bound = c.entriesOfKind(QStringLiteral("staff_card_bound"));
    BOOST_TEST_REQUIRE(bound.size() == 2u);
    BOOST_TEST(payloadOf(bound[1]).value(QStringLiteral("moved_from")).toInteger() == c.ola.id);
    // Binding it again to the same person changes nothing and journals nothing.
    BOOST_TEST_REQUIRE(c.repo.bindCard(c.eva.id, kToken, c.kari, c.journal).ok());
    BOOST_TEST(c.entriesOfKind(QStringLiteral("staff_card_bound")).size() == 2u);
    // A person may have more than one card (a QR badge and an NFC tag).
    BOOST_TEST_REQUIRE(c.repo.bindCard(c.eva.id, QStringLiteral("QR-77"), c.kari, c.journal).ok());
    BOOST_TEST(c.repo.loginWithCard(QStringLiteral("QR-77"), c.journal)->id == c.eva.id);
    BOOST_TEST(c.journalVerifies());
}

BOOST_AUTO_TEST_CASE(an_unknown_card_gets_the_same_plain_refusal) {
    Cards c;
    BOOST_TEST_REQUIRE(c.repo.bindCard(c.ola.id, kToken, c.kari, c.journal).ok());
    auto unknown = c.repo.loginWithCard(QStringLiteral("04FFFFFFFFFFFF"), c.journal);
    BOOST_TEST_REQUIRE(!unknown.ok());
    BOOST_TEST((unknown.error().code == ErrorCode::Permission));
    BOOST_TEST(unknown.error().message ==
               QStringLiteral("This card is not known here. Log in with your PIN, or ask a manager."));
    auto empty = c.repo.loginWithCard(QStringLiteral("  "), c.journal);
    BOOST_TEST_REQUIRE(!empty.ok());
    BOOST_TEST(empty.error().message == unknown.error().message);
    const auto failed = c.entriesOfKind(QStringLiteral("login_failed"));
    BOOST_TEST_REQUIRE(failed.size() == 2u);
    const QJsonObject p = payloadOf(failed[0]);
    BOOST_TEST(p.value(QStringLiteral("reason")).toString() == QStringLiteral("unknown_card"));
    BOOST_TEST(p.value(QStringLiteral("method")).toString() == QStringLiteral("card"));
    BOOST_TEST(!p.contains(QStringLiteral("staff_id")));
}

BOOST_AUTO_TEST_CASE(an_inactive_or_locked_person_is_refused_with_the_card) {
    Cards c;
    BOOST_TEST_REQUIRE(c.repo.bindCard(c.ola.id, kToken, c.kari, c.journal).ok());
    BOOST_TEST_REQUIRE(c.repo.bindCard(c.eva.id, QStringLiteral("QR-77"), c.kari, c.journal).ok());

    for (int i = 0; i < StaffLockout::kTriesBeforeLock; ++i) BOOST_TEST(!c.login(c.eva, "0000").ok());
    auto locked = c.repo.loginWithCard(QStringLiteral("QR-77"), c.journal);
    BOOST_TEST_REQUIRE(!locked.ok());
    BOOST_TEST((locked.error().code == ErrorCode::Locked));
    BOOST_TEST(locked.error().message.contains(QStringLiteral("30 seconds")));

    BOOST_TEST_REQUIRE(c.repo.deactivate(c.ola.id, c.kari, c.journal).ok());
    auto inactive = c.repo.loginWithCard(kToken, c.journal);
    BOOST_TEST_REQUIRE(!inactive.ok());
    BOOST_TEST((inactive.error().code == ErrorCode::Permission));
    BOOST_TEST(inactive.error().message == QStringLiteral("Ola can no longer log in."));
    const auto failed = c.entriesOfKind(QStringLiteral("login_failed"));
    const QJsonObject p = payloadOf(failed.back());
    BOOST_TEST(p.value(QStringLiteral("reason")).toString() == QStringLiteral("inactive"));
    BOOST_TEST(p.value(QStringLiteral("staff_id")).toInteger() == c.ola.id);
    // A card cannot be bound to someone who has left.
    BOOST_TEST(
        (c.repo.bindCard(c.ola.id, QStringLiteral("NEW"), c.kari, c.journal).error().code == ErrorCode::InvalidInput));
    BOOST_TEST(c.journalVerifies());
}

BOOST_AUTO_TEST_CASE(only_a_manager_binds_and_removes_cards) {
    Cards c;
    auto byVolunteer = c.repo.bindCard(c.ola.id, kToken, c.eva, c.journal);
    BOOST_TEST_REQUIRE(!byVolunteer.ok());
    BOOST_TEST((byVolunteer.error().code == ErrorCode::Permission));
    BOOST_TEST(!c.repo.loginWithCard(kToken, c.journal).ok());
    BOOST_TEST(
        (c.repo.bindCard(c.ola.id, QStringLiteral(" \n"), c.kari, c.journal).error().code == ErrorCode::InvalidInput));
    BOOST_TEST((c.repo.bindCard(4242, kToken, c.kari, c.journal).error().code == ErrorCode::NotFound));

    BOOST_TEST_REQUIRE(c.repo.bindCard(c.ola.id, kToken, c.kari, c.journal).ok());
    BOOST_TEST((c.repo.unbindCards(c.ola.id, c.eva, c.journal).error().code == ErrorCode::Permission));
    auto removed = c.repo.unbindCards(c.ola.id, c.kari, c.journal);
    BOOST_TEST_REQUIRE(removed.ok());
    BOOST_TEST(removed.value() == 1);
    BOOST_TEST(!c.repo.loginWithCard(kToken, c.journal).ok());  // a lost card no longer works
    BOOST_TEST(c.entriesOfKind(QStringLiteral("staff_cards_removed")).size() == 1u);
    BOOST_TEST(c.journalVerifies());
}

BOOST_AUTO_TEST_SUITE_END()
