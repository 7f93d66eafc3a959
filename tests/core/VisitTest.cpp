// Visits: the schema holds nothing but the allowed columns; times to the local quarter hour, also
// across summer time; the guest number's local day; answers; the card-derived visit token; returning
// visitors; the statistics of a seeded month and their suppressed export.

#include <boost/test/unit_test.hpp>

#include <QSet>
#include <QSqlQuery>

#include <array>
#include <map>
#include <tuple>
#include <utility>
#include <vector>

#include "core/visits/VisitRepository.h"
#include "core/visits/VisitStats.h"
#include "tests/core/CardTestFixture.h"
#include "tests/core/SchemaView.h"

using namespace ak;
using namespace ak::test;

namespace {

QDateTime oslo(int y, int mo, int d, int h, int mi, int s = 0, int ms = 0) {
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), osloZone());
}
QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0) {
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

struct VisitCafe : CardCafe {
    explicit VisitCafe(const QString& path = QStringLiteral(":memory:")) : CardCafe(path) {}

    VisitRepository visits{*db, clock, osloZone()};
    CardType punch = addType(CardKind::Punch, "Klippekort", 10);

    CheckIn checkIn(const VisitAnswers& answers = {}, const QString& card = QString()) {
        auto r = visits.checkIn(QStringLiteral("inngang"), answers, card);
        BOOST_TEST_REQUIRE(r.ok(), whyNot(r));
        return r.value();
    }
    CheckIn checkInAt(const QDateTime& when, const QString& card = QString(), const VisitAnswers& answers = {}) {
        clock.set(when);
        return checkIn(answers, card);
    }
    // The stored row of the visit written last (ids are random: the one row not seen before, or
    // the one found by the call before if there is none).
    QVariantList lastVisit() {
        auto q = db->query(QStringLiteral("SELECT at, kiosk_id, first_visit, reason, mood, token, id FROM visits"));
        BOOST_TEST_REQUIRE(q.ok(), whyNot(q));
        bool found = false;
        while (q->next()) {
            if (seenVisits.contains(q->value(6).toLongLong())) continue;
            BOOST_TEST_REQUIRE(!found, "more than one new visit");
            found = true;
            latest.clear();
            for (int i = 0; i < 6; ++i) latest << q->value(i);
            seenVisits.insert(q->value(6).toLongLong());
        }
        BOOST_TEST_REQUIRE(!latest.isEmpty(), "no visit");
        return latest;
    }
    QSet<qint64> seenVisits;
    QVariantList latest;
    QString lastAt() { return lastVisit().at(0).toString(); }
    QVariant lastToken() { return lastVisit().at(5); }
    int count(const QString& sql) {
        auto q = db->query(sql);
        BOOST_TEST_REQUIRE(q.ok(), whyNot(q));
        BOOST_TEST_REQUIRE(q->next());
        return q->value(0).toInt();
    }
    QStringList column(const QString& sql) {
        auto q = db->query(sql);
        BOOST_TEST_REQUIRE(q.ok(), whyNot(q));
        QStringList out;
        while (q->next()) out << q->value(0).toString();
        return out;
    }
    bool rawInsertWorks(const QString& values) {
        return db->query(QStringLiteral("INSERT INTO visits (id, at, kiosk_id, first_visit, reason, mood, token) VALUES ") +
                         values)
            .ok();
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(core_visits)

BOOST_AUTO_TEST_CASE(schema_holds_only_the_allowed_columns_and_links_to_nothing) {
    VisitCafe cafe;
    BOOST_TEST(columnNames(*cafe.db, QStringLiteral("visits")) ==
               (QStringList{QStringLiteral("id"), QStringLiteral("at"), QStringLiteral("kiosk_id"),
                            QStringLiteral("first_visit"), QStringLiteral("reason"), QStringLiteral("mood"),
                            QStringLiteral("token")}));
    BOOST_TEST(columnNames(*cafe.db, QStringLiteral("visit_secret")) == (QStringList{QStringLiteral("id"), QStringLiteral("secret")}));
    // No foreign key out of the visit tables, none into them, no trigger or view touching them.
    for (const QString& table : {QStringLiteral("visits"), QStringLiteral("visit_secret")}) {
        BOOST_TEST(referencedBy(*cafe.db, table).isEmpty());
        BOOST_TEST(referencing(*cafe.db, table).isEmpty());
    }
    BOOST_TEST(triggersAndViewsAbout(*cafe.db, QStringLiteral("visit")).isEmpty());
    // No other table holds anything named after visits (a visit id, a visit token).
    int columnsRead = 0;
    for (const QString& table : tableNames(*cafe.db)) {
        if (table == u"visits" || table == u"visit_secret") continue;
        for (const QString& column : columnNames(*cafe.db, table)) {
            BOOST_TEST(!column.contains(u"visit"), table.toStdString() << "." << column.toStdString());
            ++columnsRead;
        }
    }
    BOOST_TEST(columnsRead > 100);

    // The database itself refuses anything finer than the schema allows.
    const QString ok = QStringLiteral("'2025-03-06T08:15:00.000Z', 'inngang'");
    BOOST_TEST(cafe.rawInsertWorks(QStringLiteral("(1, %1, 1, 'talk', 3, NULL)").arg(ok)));
    BOOST_TEST(!cafe.rawInsertWorks(QStringLiteral("(2, '2025-03-06T08:07:00.000Z', 'inngang', NULL, NULL, NULL, NULL)")));
    BOOST_TEST(!cafe.rawInsertWorks(QStringLiteral("(2, '2025-03-06T08:15:01.000Z', 'inngang', NULL, NULL, NULL, NULL)")));
    BOOST_TEST(!cafe.rawInsertWorks(QStringLiteral("(2, '2025-03-06 08:15', 'inngang', NULL, NULL, NULL, NULL)")));
    BOOST_TEST(!cafe.rawInsertWorks(QStringLiteral("(2, %1, 2, NULL, NULL, NULL)").arg(ok)));
    BOOST_TEST(!cafe.rawInsertWorks(QStringLiteral("(2, %1, NULL, 'beer', NULL, NULL)").arg(ok)));
    BOOST_TEST(!cafe.rawInsertWorks(QStringLiteral("(2, %1, NULL, 'Kari', NULL, NULL)").arg(ok)));
    BOOST_TEST(!cafe.rawInsertWorks(QStringLiteral("(2, %1, NULL, NULL, 6, NULL)").arg(ok)));
    // SQLite checks typeof(); PostgreSQL's INTEGER column holds no fraction (it would round 2.5).
    if (!cafe.db->isPostgres()) BOOST_TEST(!cafe.rawInsertWorks(QStringLiteral("(2, %1, NULL, NULL, 2.5, NULL)").arg(ok)));
    BOOST_TEST(!cafe.rawInsertWorks(QStringLiteral("(2, %1, NULL, NULL, NULL, 'Kari Nordmann')").arg(ok)));
    BOOST_TEST(!cafe.rawInsertWorks(QStringLiteral("(2, %1, NULL, NULL, NULL, '%2')").arg(ok, QString(64, u'G'))));
    BOOST_TEST(!cafe.rawInsertWorks(QStringLiteral("(2, '2025-03-06T08:15:00.000Z', '', NULL, NULL, NULL, NULL)")));
    BOOST_TEST(cafe.rawInsertWorks(QStringLiteral("(2, %1, NULL, NULL, NULL, '%2')").arg(ok, QString(64, u'a'))));
}

BOOST_AUTO_TEST_CASE(time_is_rounded_down_to_the_local_quarter_hour) {
    VisitCafe cafe;
    const QString quarter = QStringLiteral("2025-03-06T09:00:00.000Z");  // 10:00 in Oslo (CET)
    cafe.checkInAt(oslo(2025, 3, 6, 10, 0));
    BOOST_TEST(cafe.lastAt() == quarter);
    cafe.checkInAt(oslo(2025, 3, 6, 10, 14, 59, 999));
    BOOST_TEST(cafe.lastAt() == quarter);
    cafe.checkInAt(oslo(2025, 3, 6, 10, 15));
    BOOST_TEST(cafe.lastAt() == QStringLiteral("2025-03-06T09:15:00.000Z"));
    cafe.checkInAt(oslo(2025, 3, 6, 10, 59, 59));
    BOOST_TEST(cafe.lastAt() == QStringLiteral("2025-03-06T09:45:00.000Z"));

    // Summer time starts 2025-03-30 at 02:00 CET (01:00 UTC): clocks jump to 03:00 CEST.
    cafe.checkInAt(utc(2025, 3, 30, 0, 59, 59));  // 01:59:59 CET
    BOOST_TEST(cafe.lastAt() == QStringLiteral("2025-03-30T00:45:00.000Z"));
    cafe.checkInAt(utc(2025, 3, 30, 1, 7));  // 03:07 CEST
    BOOST_TEST(cafe.lastAt() == QStringLiteral("2025-03-30T01:00:00.000Z"));
    // Summer time ends 2025-10-26 at 03:00 CEST (01:00 UTC): 02:00–03:00 comes twice. Each 02:20
    // goes to its own 02:15, an hour apart, not both to the same instant.
    cafe.checkInAt(utc(2025, 10, 26, 0, 20));  // 02:20 CEST
    BOOST_TEST(cafe.lastAt() == QStringLiteral("2025-10-26T00:15:00.000Z"));
    cafe.checkInAt(utc(2025, 10, 26, 1, 20));  // 02:20 CET
    BOOST_TEST(cafe.lastAt() == QStringLiteral("2025-10-26T01:15:00.000Z"));
}

BOOST_AUTO_TEST_CASE(guest_number_counts_the_local_day_and_starts_again_at_local_midnight) {
    VisitCafe cafe;
    BOOST_TEST(cafe.checkInAt(utc(2025, 3, 6, 22, 50)).guestNumberToday == 1);  // 23:50 in Oslo
    BOOST_TEST(cafe.checkInAt(utc(2025, 3, 6, 22, 59)).guestNumberToday == 2);
    // 00:10 on 7 March in Oslo, still 6 March in UTC: a new day.
    BOOST_TEST(cafe.checkInAt(utc(2025, 3, 6, 23, 10)).guestNumberToday == 1);
    BOOST_TEST(cafe.checkInAt(utc(2025, 3, 6, 23, 59)).guestNumberToday == 2);
    // UTC midnight is not the café's.
    BOOST_TEST(cafe.checkInAt(utc(2025, 3, 7, 0, 1)).guestNumberToday == 3);
    // Another kiosk counts into the same day.
    auto other = cafe.visits.checkIn(QStringLiteral("bakdor"), {}, {});
    BOOST_TEST_REQUIRE(other.ok(), whyNot(other));
    BOOST_TEST(other->guestNumberToday == 4);
}

BOOST_AUTO_TEST_CASE(answers_are_stored_as_given_and_validated) {
    VisitCafe cafe;
    const auto before = cafe.entries().size();
    cafe.checkIn({.firstVisit = true, .reason = QStringLiteral("talk"), .mood = 2});
    const QVariantList all = cafe.lastVisit();
    BOOST_TEST(all.at(0).toString() == QStringLiteral("2025-03-06T08:00:00.000Z"));
    BOOST_TEST(all.at(1).toString() == QStringLiteral("inngang"));
    BOOST_TEST(all.at(2).toInt() == 1);
    BOOST_TEST(all.at(3).toString() == QStringLiteral("talk"));
    BOOST_TEST(all.at(4).toInt() == 2);
    BOOST_TEST(all.at(5).isNull());
    cafe.checkIn({.firstVisit = false});
    const QVariantList row = cafe.lastVisit();
    BOOST_TEST(row.at(2).toInt() == 0);
    BOOST_TEST(!row.at(2).isNull());
    BOOST_TEST(row.at(3).isNull());
    BOOST_TEST(row.at(4).isNull());
    // Every reason the kiosk offers is accepted.
    for (const QString& reason : VisitRepository::reasons()) cafe.checkIn({.reason = reason});

    const std::vector<std::pair<QString, VisitAnswers>> bad{
        {QStringLiteral("inngang"), {.reason = QStringLiteral("beer")}},
        {QStringLiteral("inngang"), {.reason = QStringLiteral("")}},
        {QStringLiteral("inngang"), {.reason = QStringLiteral("Coffee")}},
        {QStringLiteral("inngang"), {.mood = 0}},
        {QStringLiteral("inngang"), {.mood = 6}},
        {QString(), {}},
        {QString(33, u'k'), {}},
    };
    for (const auto& [kiosk, answers] : bad) {
        auto r = cafe.visits.checkIn(kiosk, answers, {});
        BOOST_TEST_REQUIRE(!r.ok());
        BOOST_TEST((r.error().code == ErrorCode::InvalidInput));
        BOOST_TEST(!r.error().message.isEmpty());
    }
    BOOST_TEST(cafe.count(QStringLiteral("SELECT COUNT(*) FROM visits")) == 2 + VisitRepository::reasons().size());
    // Visitor data stays out of the till's journal.
    BOOST_TEST(cafe.entries().size() == before);
}

BOOST_AUTO_TEST_CASE(token_comes_from_the_card_never_equals_its_hashes_and_unknown_cards_still_check_in) {
    VisitCafe cafe;
    const IssuedCard a = cafe.issue(cafe.punch);
    const IssuedCard b = cafe.issue(cafe.punch);
    const auto journalBefore = cafe.entries().size();

    const CheckIn first = cafe.checkIn({}, a.code.toString());
    BOOST_TEST((first.card == CardAtCheckIn::Recognised));
    BOOST_TEST(first.message.isEmpty());
    const QString tokenA = cafe.lastToken().toString();
    BOOST_TEST(tokenA.size() == 64);
    // The same card, scanned again (in lower case, as a scanner may send it): the same token.
    cafe.checkIn({}, a.code.toString().toLower());
    BOOST_TEST(cafe.lastToken().toString() == tokenA);
    cafe.checkIn({}, b.code.toString());
    const QString tokenB = cafe.lastToken().toString();
    BOOST_TEST(tokenB.size() == 64);
    BOOST_TEST(tokenB != tokenA);

    // The same card by its NFC tag: the same token as by its printed code.
    BOOST_TEST_REQUIRE(cafe.cards.bindNfc(a.card.id, QStringLiteral("04:A2:2B:1C:5D:6E:80"), cafe.ola, cafe.journal).ok());
    const auto journalAfterBind = cafe.entries().size();
    BOOST_TEST((cafe.checkIn({}, QStringLiteral("04a22b1c5d6e80")).card == CardAtCheckIn::Recognised));
    BOOST_TEST(cafe.lastToken().toString() == tokenA);

    // No visit token is any value the card tables keep.
    const QStringList cardValues = cafe.column(QStringLiteral("SELECT token_hash FROM coffee_cards UNION ALL"
                                                              " SELECT nfc_hash FROM coffee_cards WHERE nfc_hash IS NOT NULL"));
    BOOST_TEST(cardValues.size() == 3);
    BOOST_TEST(cardValues.contains(cardTokenHash(a.code)));
    BOOST_TEST(cafe.count(QStringLiteral("SELECT COUNT(*) FROM visits v JOIN coffee_cards c"
                                         " ON v.token IN (c.token_hash, c.nfc_hash)")) == 0);
    for (const QString& t : cafe.column(QStringLiteral("SELECT token FROM visits WHERE token IS NOT NULL")))
        BOOST_TEST(!cardValues.contains(t));
    BOOST_TEST(cafe.count(QStringLiteral("SELECT COUNT(*) FROM visit_secret")) == 1);

    // Not recognised: a well-formed code of no card, text that is no code, a blocked card. The
    // visitor is checked in all the same, without a token, and the kiosk gets a kind sentence.
    auto unknownCode = CardCode::generate();
    BOOST_TEST_REQUIRE(unknownCode.ok());
    const IssuedCard lost = cafe.issue(cafe.punch);
    BOOST_TEST_REQUIRE(cafe.cards.block(lost.card.id, cafe.kari, cafe.journal).ok());
    const auto journalNow = cafe.entries().size();
    int guests = cafe.count(QStringLiteral("SELECT COUNT(*) FROM visits"));
    for (const QString& text : {unknownCode->toString(), QStringLiteral("hello"), QStringLiteral("04:00:00:01"),
                                lost.code.toString()}) {
        const CheckIn c = cafe.checkIn({.mood = 4}, text);
        BOOST_TEST((c.card == CardAtCheckIn::NotRecognised), text);
        BOOST_TEST(c.message == VisitRepository::cardNotRecognisedMessage());
        BOOST_TEST(!c.returning);
        BOOST_TEST(c.guestNumberToday == ++guests);
        BOOST_TEST(cafe.lastToken().isNull());
        BOOST_TEST(cafe.lastVisit().at(4).toInt() == 4);
    }
    // Nothing scanned at all.
    const CheckIn none = cafe.checkIn({}, QStringLiteral("  "));
    BOOST_TEST((none.card == CardAtCheckIn::NotScanned));
    BOOST_TEST(none.message.isEmpty());
    BOOST_TEST(cafe.lastToken().isNull());
    // Check-ins wrote nothing to the journal (only the bind and the block did).
    BOOST_TEST(journalAfterBind == journalBefore + 1);
    BOOST_TEST(cafe.entries().size() == journalNow);
}

BOOST_AUTO_TEST_CASE(a_second_cafe_gives_the_same_card_another_token) {
    // The secret is per café: a copy of one café's visits cannot be matched with another's.
    VisitCafe one;
    VisitCafe two;
    auto code = CardCode::generate();
    BOOST_TEST_REQUIRE(code.ok());
    for (VisitCafe* cafe : {&one, &two}) {
        BOOST_TEST_REQUIRE(cafe->db->write([&]() -> Result<void> {
            auto r = cafe->db->query(QStringLiteral("INSERT INTO coffee_cards (token_hash, type_id, issued_at, balance)"
                                                    " VALUES (?, ?, '2025-03-01T10:00:00.000Z', 5)"),
                                     {cardTokenHash(code.value()), cafe->punch.id});
            if (!r) return r.error();
            return {};
        }).ok());
        BOOST_TEST((cafe->checkIn({}, code->toString()).card == CardAtCheckIn::Recognised));
    }
    BOOST_TEST(one.lastToken().toString() != two.lastToken().toString());
}

BOOST_AUTO_TEST_CASE(returning_means_seen_on_an_earlier_local_day) {
    VisitCafe cafe;
    const IssuedCard a = cafe.issue(cafe.punch);
    const IssuedCard b = cafe.issue(cafe.punch);
    BOOST_TEST(!cafe.checkInAt(oslo(2025, 3, 6, 10, 0), a.code.toString()).returning);
    BOOST_TEST(!cafe.checkInAt(oslo(2025, 3, 6, 23, 59), a.code.toString()).returning);  // same day
    BOOST_TEST(cafe.checkInAt(oslo(2025, 3, 7, 0, 0), a.code.toString()).returning);     // the next day
    BOOST_TEST(!cafe.checkInAt(oslo(2025, 3, 7, 9, 0), b.code.toString()).returning);    // b is new
    BOOST_TEST(cafe.checkInAt(oslo(2025, 3, 20, 9, 0), b.code.toString()).returning);
}

namespace {

// March 2025 in Oslo (summer time from the 30th), plus a visit before and after the month:
//   28 Feb 12:00  card C                                         (outside: makes C returning)
//   3 Mar 09:10   5 visits, no card; first visit yes, coffee, mood 4
//   4 Mar 13:40   card A, card B; no answers
//   10 Mar 09:20  card A twice, card C, 4 without card; first visit no, talk, mood 2
//   30 Mar 03:30  card B (CEST, the day summer time starts)
//   31 Mar 23:55  1 visit, no card
//   1 Apr 00:10   1 visit, no card                               (outside)
struct SeededMonth : VisitCafe {
    SeededMonth() {
        const QString a = issue(punch).code.toString();
        const QString b = issue(punch).code.toString();
        const QString c = issue(punch).code.toString();
        checkInAt(oslo(2025, 2, 28, 12, 0), c);
        const VisitAnswers yes{.firstVisit = true, .reason = QStringLiteral("coffee"), .mood = 4};
        for (int i = 0; i < 5; ++i) checkInAt(oslo(2025, 3, 3, 9, 10), {}, yes);
        checkInAt(oslo(2025, 3, 4, 13, 40), a);
        checkInAt(oslo(2025, 3, 4, 13, 40), b);
        const VisitAnswers no{.firstVisit = false, .reason = QStringLiteral("talk"), .mood = 2};
        for (const QString& card : {a, a, c, QString(), QString(), QString(), QString()})
            checkInAt(oslo(2025, 3, 10, 9, 20), card, no);
        checkInAt(oslo(2025, 3, 30, 3, 30), b);
        checkInAt(oslo(2025, 3, 31, 23, 55));
        checkInAt(oslo(2025, 4, 1, 0, 10));
    }
    VisitFigures march() {
        auto f = VisitStats::figures(*db, QDate(2025, 3, 1), QDate(2025, 3, 31), osloZone());
        BOOST_TEST_REQUIRE(f.ok(), whyNot(f));
        return f.value();
    }
};

}  // namespace

BOOST_AUTO_TEST_CASE(statistics_of_a_month) {
    SeededMonth cafe;
    const VisitFigures f = cafe.march();
    BOOST_TEST(f.total == 16);

    BOOST_TEST_REQUIRE(f.perDay.size() == 31u);
    std::map<int, int> days;
    for (const DayVisits& d : f.perDay)
        if (d.visits > 0) days[d.day.day()] = d.visits;
    BOOST_TEST((days == std::map<int, int>{{3, 5}, {4, 2}, {10, 7}, {30, 1}, {31, 1}}));
    BOOST_TEST((f.perDay.front().day == QDate(2025, 3, 1)));
    BOOST_TEST((f.perDay.back().day == QDate(2025, 3, 31)));

    // 1–2 March are in week 9, 31 March in week 14.
    std::vector<std::tuple<int, int, int>> weeks;
    for (const WeekVisits& w : f.perWeek) weeks.emplace_back(w.isoYear, w.week, w.visits);
    BOOST_TEST((weeks == std::vector<std::tuple<int, int, int>>{
                             {2025, 9, 0}, {2025, 10, 7}, {2025, 11, 7}, {2025, 12, 0}, {2025, 13, 1}, {2025, 14, 1}}));
    BOOST_TEST_REQUIRE(f.perMonth.size() == 1u);
    BOOST_TEST(f.perMonth[0].year == 2025);
    BOOST_TEST(f.perMonth[0].month == 3);
    BOOST_TEST(f.perMonth[0].visits == 16);

    std::array<int, 24> hours{};
    hours[9] = 12;
    hours[13] = 2;
    hours[3] = 1;
    hours[23] = 1;
    BOOST_TEST(f.perHour == hours);

    BOOST_TEST(f.newVisits == 2);        // A and B on 4 March
    BOOST_TEST(f.returningVisits == 4);  // A twice and C on 10 March (C came in February), B on 30 March
    BOOST_TEST(f.unknownVisits == 10);
    BOOST_TEST(f.distinctCards == 3);

    BOOST_TEST(f.firstVisitYes == 5);
    BOOST_TEST(f.firstVisitNo == 7);
    BOOST_TEST(f.firstVisitUnanswered == 4);
    BOOST_TEST((f.reasons == std::array<int, 4>{5, 0, 0, 7}));  // coffee, activity, company, talk
    BOOST_TEST(f.reasonUnanswered == 4);
    BOOST_TEST((f.moods == std::array<int, 5>{0, 7, 0, 5, 0}));
    BOOST_TEST(f.moodUnanswered == 4);

    // A period of one day: 10 March's A visits are returning, even though 4 March is outside it.
    auto day = VisitStats::figures(*cafe.db, QDate(2025, 3, 10), QDate(2025, 3, 10), osloZone());
    BOOST_TEST_REQUIRE(day.ok());
    BOOST_TEST(day->total == 7);
    BOOST_TEST(day->returningVisits == 3);
    BOOST_TEST(day->newVisits == 0);
    BOOST_TEST(day->perWeek.size() == 1u);

    auto backwards = VisitStats::figures(*cafe.db, QDate(2025, 3, 2), QDate(2025, 3, 1), osloZone());
    BOOST_TEST_REQUIRE(!backwards.ok());
    BOOST_TEST((backwards.error().code == ErrorCode::InvalidInput));
}

BOOST_AUTO_TEST_CASE(exported_figures_suppress_counts_under_five) {
    SeededMonth cafe;
    std::map<std::pair<QString, QString>, QString> shown;
    for (const VisitExportRow& r : VisitStats::exportRows(cafe.march())) {
        BOOST_TEST(shown.emplace(std::pair{r.section, r.key}, r.visits).second, "twice: " << r.section << " " << r.key);
    }
    const auto at = [&](const char* section, const char* key) {
        auto it = shown.find({QString::fromLatin1(section), QString::fromLatin1(key)});
        BOOST_TEST_REQUIRE((it != shown.end()), section << " " << key);
        return it->second;
    };
    BOOST_TEST(at("total", "all") == QStringLiteral("16"));
    BOOST_TEST(at("day", "2025-03-03") == QStringLiteral("5"));  // 5 is shown
    BOOST_TEST(at("day", "2025-03-04") == QStringLiteral("<5"));
    BOOST_TEST(at("day", "2025-03-05") == QStringLiteral("0"));  // nobody is pointed at by 0
    BOOST_TEST(at("day", "2025-03-10") == QStringLiteral("7"));
    BOOST_TEST(at("week", "2025-W09") == QStringLiteral("0"));
    BOOST_TEST(at("week", "2025-W13") == QStringLiteral("<5"));
    BOOST_TEST(at("month", "2025-03") == QStringLiteral("16"));
    BOOST_TEST(at("hour", "09") == QStringLiteral("12"));
    BOOST_TEST(at("hour", "03") == QStringLiteral("<5"));
    BOOST_TEST(at("visitors", "new") == QStringLiteral("<5"));
    BOOST_TEST(at("visitors", "returning") == QStringLiteral("<5"));
    BOOST_TEST(at("visitors", "unknown") == QStringLiteral("10"));
    BOOST_TEST(at("visitors", "distinct_cards") == QStringLiteral("<5"));
    BOOST_TEST(at("first_visit", "yes") == QStringLiteral("5"));
    BOOST_TEST(at("first_visit", "unanswered") == QStringLiteral("<5"));
    BOOST_TEST(at("reason", "talk") == QStringLiteral("7"));
    BOOST_TEST(at("reason", "activity") == QStringLiteral("0"));
    BOOST_TEST(at("mood", "2") == QStringLiteral("7"));
    BOOST_TEST(at("mood", "unanswered") == QStringLiteral("<5"));
    // 1 total + 31 days + 6 weeks + 1 month + 24 hours + 4 visitors + 3 first visit + 5 reasons + 6 moods
    BOOST_TEST(shown.size() == 81u);
    // No value in 1–4 is ever shown as a number.
    for (const auto& [key, value] : shown)
        BOOST_TEST(!QStringList({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")})
                        .contains(value),
                   key.first << " " << key.second);
}

BOOST_AUTO_TEST_SUITE_END()
