// The Z report against other processes on the same file (DayCloseChild.cpp):
// - two processes sell while a third counts the drawer and takes the Z: every sale lands in exactly
//   one Z report, never in neither or both;
// - a process that opens, sells, counts and takes Z reports in a loop is killed with SIGKILL at
//   random moments: after each kill every business day is closed whole or still open, never in
//   between, the Z numbers have no gaps, and the journal verifies.

#include "core/cash/DayReport.h"
#include "core/cash/ShiftRepository.h"
#include "core/storage/Sql.h"
#include "tests/core/SaleTestFixture.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <boost/test/unit_test.hpp>

#include <csignal>
#include <set>

using namespace ak;
using namespace ak::test;

namespace {

const QString kTill = QStringLiteral("till-1");

QString child() {
    const QString program = qEnvironmentVariable("AK_DAY_CLOSE_CHILD");
    BOOST_TEST_REQUIRE(!program.isEmpty(), "AK_DAY_CLOSE_CHILD is not set");
    return program;
}

qint64 scalar(Database& db, const QString& statement, const QVariantList& values = {}) {
    return valueOrFail(sql::scalar(db.connection(), statement, values)).toLongLong();
}

// The receipts a Z holds against the sales its day's shifts hold now: equal when no sale landed on
// the day after its Z.
void zHoldsItsDay(Database& db, const ZReport& z) {
    const qint64 onDay = scalar(db, QStringLiteral("SELECT COUNT(*) FROM sales s JOIN shifts h ON h.id = s.shift_id"
                                                   " WHERE h.business_day_id = ? AND s.training = 0"),
                                {z.figures.businessDayId});
    BOOST_TEST(z.figures.receipts.count == onDay, "Z " << z.number);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(day_close_concurrency)

BOOST_AUTO_TEST_CASE(two_sellers_and_a_z_no_sale_lands_in_neither_or_both) {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("cafe.sqlite"));
    { SaleWorld seed(Country::Norway, true, QLocale::NorwegianBokmal, path); }  // products, staff, an open shift
    constexpr int kEach = 60;
    const QString go = dir.file(QStringLiteral("go"));
    QProcess a, b;
    for (QProcess* p : {&a, &b}) {
        p->start(child(), {test::databaseArgument(path), QStringLiteral("sell"), QString::number(kEach), go});
        BOOST_TEST_REQUIRE(p->waitForStarted(10000));
    }
    auto db = openOrFail(path);
    SystemClock clock;
    Journal journal(*db, clock, kTill);
    ShiftRepository shifts(*db, clock, Currency::NOK, 5000);
    DayReport days(*db, clock, Currency::NOK);
    StaffRepository staff(*db, PinHashCost::Minimum);
    const StaffMember mona = valueOrFail(staff.find(2));
    QThread::msleep(300);
    { QFile start(go); BOOST_TEST_REQUIRE(start.open(QIODevice::WriteOnly)); }
    // While both sell: count and Z in one transaction, so that no seller opens the next shift of the
    // same day between the two (the sellers then wait for the lock, find no shift, open a new day).
    while (scalar(*db, QStringLiteral("SELECT COUNT(*) FROM sales")) < 20) QThread::msleep(5);
    const auto closeDay = [&]() -> ZReport {
        std::optional<ZReport> z;
        requireOk(db->write([&]() -> Result<void> {
            if (auto open = shifts.current(kTill); open && open->has_value())
                if (auto c = shifts.close(kTill, CashCount(Currency::NOK), mona, std::nullopt, journal); !c) return c.error();
            auto taken = days.z(kTill, mona, journal);
            if (!taken) return taken.error();
            z = taken.value();
            return {};
        }));
        return *z;
    };
    const ZReport first = closeDay();
    const qint64 soldAtZ = scalar(*db, QStringLiteral("SELECT COUNT(*) FROM sales"));
    for (QProcess* p : {&a, &b}) {
        BOOST_TEST_REQUIRE(p->waitForFinished(120000));
        BOOST_TEST(p->exitCode() == 0, p->readAllStandardError().toStdString());
    }
    BOOST_TEST(soldAtZ < 2 * kEach, "the Z came after the sellers had finished: no race was tested");
    const ZReport second = closeDay();

    std::set<qint64> receipts;
    for (QProcess* p : {&a, &b})
        for (const QByteArray& line : p->readAllStandardOutput().split('\n'))
            if (line.startsWith("sold ")) BOOST_TEST(receipts.insert(line.mid(5).toLongLong()).second, "receipt twice");
    BOOST_TEST(receipts.size() == size_t(2 * kEach));
    BOOST_TEST(first.figures.receipts.count + second.figures.receipts.count == 2 * kEach);
    BOOST_TEST(first.figures.receipts.count >= 20);
    zHoldsItsDay(*db, first);
    zHoldsItsDay(*db, second);
    BOOST_TEST((second.number == first.number + 1));
    BOOST_TEST(second.figures.grandTotalSales == first.figures.grandTotalSales + second.figures.receipts.amount);
}

BOOST_AUTO_TEST_CASE(sigkill_during_the_z_leaves_each_day_closed_whole_or_open) {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("cafe.sqlite"));
    { SaleWorld seed(Country::Norway, true, QLocale::NorwegianBokmal, path); }
    QRandomGenerator rng(20261206);
    qint64 reported = 0;  // the highest Z number a child said was taken
    for (int run = 1; run <= 12; ++run) {
        QProcess p;
        p.start(child(), {test::databaseArgument(path), QStringLiteral("cycle")});
        BOOST_TEST_REQUIRE(p.waitForStarted(10000));
        QThread::msleep(150 + rng.bounded(400));
        ::kill(pid_t(p.processId()), SIGKILL);
        BOOST_TEST_REQUIRE(p.waitForFinished(10000));
        for (const QByteArray& line : p.readAllStandardOutput().split('\n'))
            if (line.startsWith("z ")) reported = std::max(reported, line.mid(2).toLongLong());

        auto db = openOrFail(path);
        // Z numbers 1..k without gaps, each with its stored report, its closing time and its journal entry.
        const qint64 k = scalar(*db, QStringLiteral("SELECT COUNT(*) FROM business_days WHERE z_number IS NOT NULL"));
        BOOST_TEST(k >= reported, "run " << run << ": a Z the child reported is gone");
        BOOST_TEST(scalar(*db, QStringLiteral("SELECT COALESCE(MAX(z_number), 0) FROM business_days")) == k);
        BOOST_TEST(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM journal WHERE kind = 'z_report'")) == k, "run " << run);
        BOOST_TEST(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM business_days WHERE closed_at IS NULL")) <= 1);
        // A closed day's shifts are all counted.
        BOOST_TEST(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM shifts h JOIN business_days d ON d.id = h.business_day_id"
                                              " WHERE d.closed_at IS NOT NULL AND h.closed_at IS NULL")) == 0);
        ManualClock clock(QDateTime::currentDateTimeUtc());
        DayReport days(*db, clock, Currency::NOK);
        for (qint64 n = 1; n <= k; ++n) zHoldsItsDay(*db, valueOrFail(days.storedZ(kTill, n)));
        Journal journal(*db, clock, kTill);
        auto check = journal.verify();
        BOOST_TEST_REQUIRE(check.ok());
        BOOST_TEST(check->ok(), "run " << run << ": " << check->reason.toStdString());
    }
    BOOST_TEST(reported >= 1, "no Z was ever taken before a kill");
}

BOOST_AUTO_TEST_SUITE_END()
