// Check-ins kept on the kiosk's disk while the database is away (core/visits/VisitOutbox): handed
// over when it is back, none lost and none counted twice — across a kiosk restart (a new outbox on
// the same file) and a crash between storing and rewriting the file. In core_visit_outbox on SQLite,
// in core_visit_outbox_pg on a PostgreSQL server.
#include <boost/test/unit_test.hpp>

#include "core/visits/VisitOutbox.h"
#include "tests/core/CardTestFixture.h"
#include "tests/core/SaleTestFixture.h"

#include <QFile>

using namespace ak;
using namespace ak::test;

namespace {

struct OutboxCafe : CardCafe {
    explicit OutboxCafe(const QString& path) : CardCafe(path) {}
    VisitRepository visits{*db, clock, osloZone()};
    qint64 count() {
        auto q = db->query(QStringLiteral("SELECT COUNT(*), COUNT(token), COUNT(mood) FROM visits"));
        BOOST_TEST_REQUIRE(q.ok());
        BOOST_TEST_REQUIRE(q->next());
        BOOST_TEST(q->value(1).toInt() == 0);  // never a card's token
        return q->value(0).toLongLong();
    }
};

const QDateTime kMorning(QDate(2025, 3, 6), QTime(8, 7), Qt::UTC);

}  // namespace

BOOST_AUTO_TEST_SUITE(visit_outbox)

BOOST_AUTO_TEST_CASE(kept_while_away_handed_over_once_when_back) {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("cafe.sqlite"));
    OutboxCafe cafe(path);
    const QString file = dir.file(QStringLiteral("outbox.jsonl"));
    {
        VisitOutbox outbox(file, cafe.clock);
        requireOk(outbox.keep(QStringLiteral("inngang"), {}, kMorning));
        requireOk(outbox.keep(QStringLiteral("inngang"), {true, QStringLiteral("talk"), 4}, kMorning.addSecs(600)));
        BOOST_TEST(outbox.pending() == 2);
        BOOST_TEST(!outbox.keep(QStringLiteral("inngang"), {std::nullopt, QStringLiteral("beer"), std::nullopt}, kMorning).ok());
    }

    // Still away (a database that refuses every write): nothing handed over, nothing lost.
    DatabaseOptions readOnly;
    readOnly.readOnly = true;
    auto away = openOrFail(path, readOnly);
    VisitRepository awayVisits(*away, cafe.clock, osloZone());
    VisitOutbox restarted(file, cafe.clock);  // the kiosk restarted meanwhile: the same file
    BOOST_TEST(valueOrFail(restarted.handOver(awayVisits)) == 0);
    BOOST_TEST(restarted.pending() == 2);
    BOOST_TEST(cafe.count() == 0);

    // Back: both stored, at their own quarter hours, with their answers; the file is gone.
    BOOST_TEST(valueOrFail(restarted.handOver(cafe.visits)) == 2);
    BOOST_TEST(cafe.count() == 2);
    BOOST_TEST(restarted.pending() == 0);
    BOOST_TEST(!QFile::exists(file));
    auto row = cafe.db->query(QStringLiteral("SELECT at, first_visit, reason, mood FROM visits WHERE mood IS NOT NULL"));
    BOOST_TEST_REQUIRE(row->next());
    BOOST_TEST(row->value(0).toString() == QStringLiteral("2025-03-06T08:15:00.000Z"));
    BOOST_TEST(row->value(1).toInt() == 1);
    BOOST_TEST(row->value(2).toString() == QStringLiteral("talk"));
    BOOST_TEST(row->value(3).toInt() == 4);
}

BOOST_AUTO_TEST_CASE(a_crash_between_storing_and_rewriting_counts_each_once) {
    TempDir dir;
    OutboxCafe cafe(dir.file(QStringLiteral("cafe.sqlite")));
    const QString file = dir.file(QStringLiteral("outbox.jsonl"));
    VisitOutbox outbox(file, cafe.clock);
    for (int i = 0; i < 3; ++i) requireOk(outbox.keep(QStringLiteral("inngang"), {}, kMorning.addSecs(i * 60)));
    const QByteArray before = readFile(file);
    BOOST_TEST(valueOrFail(outbox.handOver(cafe.visits)) == 3);
    // The file as it was before the hand-over: as if the kiosk died before rewriting it.
    QFile f(file);
    BOOST_TEST_REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(before);
    f.close();
    BOOST_TEST(valueOrFail(outbox.handOver(cafe.visits)) == 3);  // found stored
    BOOST_TEST(cafe.count() == 3);
    BOOST_TEST(outbox.pending() == 0);
}

// The kiosk's check-in: kept when the database refuses, handed over with the next one that is stored.
BOOST_AUTO_TEST_CASE(a_check_in_while_away_is_kept_and_goes_in_with_the_next) {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("cafe.sqlite"));
    OutboxCafe cafe(path);
    VisitOutbox outbox(dir.file(QStringLiteral("outbox.jsonl")), cafe.clock);
    DatabaseOptions readOnly;
    readOnly.readOnly = true;
    auto away = openOrFail(path, readOnly);
    VisitRepository awayVisits(*away, cafe.clock, osloZone());
    const CheckIn kept = valueOrFail(outbox.checkIn(awayVisits, QStringLiteral("inngang"), {}, QString()));
    BOOST_TEST(kept.kept);
    BOOST_TEST(outbox.pending() == 1);
    BOOST_TEST(!outbox.checkIn(awayVisits, QStringLiteral("inngang"), {std::nullopt, std::nullopt, 9}, QString()).ok());
    const CheckIn stored = valueOrFail(outbox.checkIn(cafe.visits, QStringLiteral("inngang"), {}, QString()));
    BOOST_TEST(!stored.kept);
    BOOST_TEST(stored.guestNumberToday == 1);  // counted before the kept one went in
    BOOST_TEST(outbox.pending() == 0);
    BOOST_TEST(cafe.count() == 2);
}

BOOST_AUTO_TEST_SUITE_END()
