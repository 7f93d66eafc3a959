// Crash consistency (TESTING.md "Durability and faults"): a child completes real sales through
// SaleRepository::complete() on a seeded database (CrashWriter.cpp) and is killed with SIGKILL at
// random moments. After every kill the file must hold every sale the child reported, whole (lines,
// payments, VAT, its one journal entry), with consecutive receipt numbers, a sound database and
// an intact journal chain.

#include "core/cash/ShiftRepository.h"
#include "core/journal/Journal.h"
#include "core/sales/SaleRepository.h"
#include "core/seed/DemoSeeder.h"
#include "core/storage/Database.h"
#include "tests/core/CoreFixtures.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <boost/test/unit_test.hpp>

#include <map>

using namespace ak;
using namespace ak::test;

namespace {

constexpr int kRuns = 50;
const QString kRegister = QStringLiteral("till-1");

struct Reported {
    qint64 receipt = 0;
    qint64 total = 0;
};

QList<Reported> committed(const QByteArray& output) {
    QList<Reported> out;
    // Only complete lines: the kill may cut the last one.
    const QList<QByteArray> lines = output.split('\n');
    for (int i = 0; i + 1 < lines.size(); ++i) {
        if (lines[i] == "ready") continue;  // the writer has opened the database and starts selling
        const QList<QByteArray> f = lines[i].split(' ');
        BOOST_TEST_REQUIRE((f.size() == 3 && f[0] == "committed"), "unexpected line: " << lines[i].toStdString());
        out.push_back({f[1].toLongLong(), f[2].toLongLong()});
    }
    return out;
}

// Boost evaluates a check's message even when the check passes.
template <class R>
QString why(const R& r) {
    return r.ok() ? QString() : r.error().message;
}

qint64 count(Database& db, const QString& sql) {
    auto q = db.query(sql);
    BOOST_TEST_REQUIRE(q.ok());
    BOOST_TEST_REQUIRE(q->next());
    return q->value(0).toLongLong();
}

// One "sale" journal entry per stored sale: receipt number -> its payload.
std::map<qint64, QJsonObject> saleEntries(Database& db) {
    std::map<qint64, QJsonObject> out;
    auto q = db.query(QStringLiteral("SELECT payload FROM journal WHERE kind = 'sale' ORDER BY seq"));
    BOOST_TEST_REQUIRE(q.ok());
    while (q->next()) {
        const QJsonObject o = QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object();
        const qint64 receipt = o.value(QStringLiteral("receipt_number")).toInteger();
        BOOST_TEST(out.count(receipt) == 0u, "two sale entries for receipt " << receipt);
        out[receipt] = o;
    }
    return out;
}

// The stored sale is whole and adds up; its journal entry tells the same story.
void checkSale(const CompletedSale& s, const std::map<qint64, QJsonObject>& entries) {
    const qint64 r = s.receiptNumber;
    BOOST_TEST_REQUIRE(!s.lines.empty(), "receipt " << r << " has no lines");
    BOOST_TEST_REQUIRE(!s.payments.empty(), "receipt " << r << " has no payments");
    qint64 gross = 0, discount = 0, net = 0;
    for (const CompletedLine& l : s.lines) {
        BOOST_TEST((l.quantity >= 1 && l.quantity <= 3), "receipt " << r);
        BOOST_TEST(l.gross.minor() == l.unitPrice.minor() * l.quantity, "receipt " << r);
        BOOST_TEST(l.net.minor() == l.gross.minor() - l.discount.minor(), "receipt " << r);
        gross += l.gross.minor();
        discount += l.discount.minor();
        net += l.net.minor();
    }
    BOOST_TEST(s.gross.minor() == gross, "receipt " << r);
    BOOST_TEST(s.discount.minor() == discount, "receipt " << r);
    BOOST_TEST(s.total.minor() == net, "receipt " << r);
    BOOST_TEST(s.total.minor() == s.gross.minor() - s.discount.minor(), "receipt " << r);
    BOOST_TEST(s.discountReasonCode.isEmpty() == s.discount.isZero(), "receipt " << r);
    qint64 vatGross = 0;
    for (const VatRateTotal& v : s.vat) vatGross += v.gross.minor();
    BOOST_TEST(vatGross == s.total.minor(), "receipt " << r << ": VAT rows do not cover the total");

    qint64 paid = 0, change = 0;
    for (const Payment& p : s.payments) {
        paid += p.amount.minor();
        BOOST_TEST(p.amount.minor() > 0, "receipt " << r);
        if (p.method == PaymentMethod::Cash)
            change += p.tendered.minor() - p.amount.minor();
        else
            BOOST_TEST(p.tendered.minor() == p.amount.minor(), "receipt " << r);
    }
    BOOST_TEST(paid == s.total.minor() + s.rounding.minor(), "receipt " << r << ": payments do not settle it");
    BOOST_TEST(s.change.minor() == change, "receipt " << r << ": change is not tendered - amount");

    const auto e = entries.find(r);
    BOOST_TEST_REQUIRE((e != entries.end()), "receipt " << r << " has no sale journal entry");
    const QJsonObject& o = e->second;
    BOOST_TEST(o.value(QStringLiteral("sale_id")).toInteger() == s.id, "receipt " << r);
    BOOST_TEST(o.value(QStringLiteral("total")).toInteger() == s.total.minor(), "receipt " << r);
    BOOST_TEST(o.value(QStringLiteral("rounding")).toInteger() == s.rounding.minor(), "receipt " << r);
    BOOST_TEST(o.value(QStringLiteral("change")).toInteger() == s.change.minor(), "receipt " << r);
    BOOST_TEST(o.value(QStringLiteral("lines")).toArray().size() == qsizetype(s.lines.size()), "receipt " << r);
    BOOST_TEST(o.value(QStringLiteral("payments")).toArray().size() == qsizetype(s.payments.size()), "receipt " << r);
}

// After a kill: a sound file, receipts 1..N each with its one journal entry, every sale ever
// reported still there with its total, and the sales of `fresh` (or all of them) checked whole.
void checkDatabase(const QString& path, int run, const QList<Reported>& all, const QList<Reported>& fresh) {
    auto db = openOrFail(path);
    // SQLite's file and its foreign keys (not enforced on a connection that does not turn them on);
    // a PostgreSQL server keeps its own files and always enforces them.
    if (!db->isPostgres()) {
        auto integrity = db->query(QStringLiteral("PRAGMA integrity_check"));
        BOOST_TEST_REQUIRE(integrity.ok());
        BOOST_TEST_REQUIRE(integrity->next());
        BOOST_TEST(integrity->value(0).toString() == QStringLiteral("ok"), "run " << run);
        integrity->finish();
        auto fk = db->query(QStringLiteral("PRAGMA foreign_key_check"));
        BOOST_TEST_REQUIRE(fk.ok());
        const bool violation = fk->next();
        BOOST_TEST(!violation, "run " << run << ": foreign key violation in " << (violation ? fk->value(0).toString() : QString()));
        fk->finish();
    }

    // Receipt numbers 1..N: no gap, no duplicate (the unique index forbids duplicates as well).
    auto numbers = db->query(QStringLiteral("SELECT receipt_number, total_minor FROM sales"
                                            " WHERE register_id = ? AND training = 0 ORDER BY receipt_number"),
                             {kRegister});
    BOOST_TEST_REQUIRE(numbers.ok());
    std::vector<qint64> totals{0};  // totals[receipt number]
    while (numbers->next()) {
        BOOST_TEST_REQUIRE(numbers->value(0).toLongLong() == qint64(totals.size()), "run " << run << ": receipt numbers jump");
        totals.push_back(numbers->value(1).toLongLong());
    }
    numbers->finish();
    const qint64 stored = qint64(totals.size()) - 1;
    BOOST_TEST(count(*db, QStringLiteral("SELECT count(*) FROM sales")) == stored);
    for (const Reported& rep : all) {
        BOOST_TEST_REQUIRE(rep.receipt <= stored, "run " << run << ": reported receipt " << rep.receipt << " is missing");
        BOOST_TEST(totals[size_t(rep.receipt)] == rep.total, "run " << run << ": receipt " << rep.receipt);
    }

    // Every sale has exactly its one journal entry: they commit together or not at all.
    const std::map<qint64, QJsonObject> entries = saleEntries(*db);
    BOOST_TEST(qint64(entries.size()) == stored, "run " << run);
    if (!entries.empty())
        BOOST_TEST((entries.begin()->first == 1 && entries.rbegin()->first == stored), "run " << run);
    // Parking and resuming commit with their journal entries as well.
    BOOST_TEST(count(*db, QStringLiteral("SELECT count(*) FROM parked_sales")) ==
                   count(*db, QStringLiteral("SELECT count(*) FROM journal WHERE kind = 'park_sale'")) -
                       count(*db, QStringLiteral("SELECT count(*) FROM journal WHERE kind = 'resume_sale'")),
               "run " << run);

    ManualClock clock(QDateTime::currentDateTimeUtc());
    Journal journal(*db, clock, kRegister);
    SaleRepository sales(*db, journal, clock, VatTable::forCountry(Country::Norway, true), QLocale::NorwegianBokmal);
    for (const Reported& rep : fresh) {
        auto sale = sales.find(rep.receipt);
        BOOST_TEST_REQUIRE(sale.ok(), "run " << run << ": receipt " << rep.receipt << ": " << why(sale));
        checkSale(sale.value(), entries);
    }
    auto check = journal.verify();
    BOOST_TEST_REQUIRE(check.ok());
    BOOST_TEST(check->ok(), "run " << run << ": " << check->reason.toStdString());
}

}  // namespace

BOOST_AUTO_TEST_SUITE(crash)

BOOST_AUTO_TEST_CASE(sigkill_while_completing_sales_loses_no_committed_sale) {
    const QString writer = qEnvironmentVariable("AK_CRASH_WRITER");
    BOOST_TEST_REQUIRE(!writer.isEmpty(), "AK_CRASH_WRITER must name the child executable");
    TempDir dir;
    const QString path = dir.file(QStringLiteral("crash.db"));
    {
        auto db = openOrFail(path);
        ManualClock clock(QDateTime::currentDateTimeUtc());
        Journal journal(*db, clock, kRegister);
        auto seeded = DemoSeeder::seed(*db, journal, clock, sourceDir() + QStringLiteral("/config/demo-seed.toml"),
                                       PinHashCost::Minimum);
        BOOST_TEST_REQUIRE(seeded.ok(), why(seeded));
        // Every sale belongs to a shift: open it here, so that the writer's first moments sell.
        auto shift = ShiftRepository(*db, clock, Currency::NOK, 5000)
                         .open(kRegister, CashCount(Currency::NOK), seeded->staff.front().member, journal);
        BOOST_TEST_REQUIRE(shift.ok(), why(shift));
    }
    const quint32 seed = QRandomGenerator::global()->generate();
    BOOST_TEST_MESSAGE("random seed " << seed);
    QRandomGenerator rng(seed);
    QList<Reported> all;

    for (int run = 0; run < kRuns; ++run) {
        QProcess child;
        child.start(writer, {test::databaseArgument(path), QString::number(rng.generate())});
        BOOST_TEST_REQUIRE(child.waitForStarted(10'000));
        // The kill comes 20–300 ms into the selling, not into the start-up (slow under ASan on a
        // busy machine): the writer says "ready" when its database is open.
        while (!child.peek(6).startsWith("ready") && child.state() == QProcess::Running) child.waitForReadyRead(100);
        QThread::msleep(ulong(20 + rng.bounded(281)));
        child.kill();  // SIGKILL
        BOOST_TEST_REQUIRE(child.waitForFinished(10'000));
        const QByteArray err = child.readAllStandardError();
        BOOST_TEST(err.isEmpty(), "run " << run << ": " << err.toStdString());
        const QList<Reported> now = committed(child.readAllStandardOutput());
        for (const Reported& r : now)
            BOOST_TEST_REQUIRE((all.isEmpty() || r.receipt > all.back().receipt), "run " << run << ": receipt "
                                                                                        << r.receipt << " reported twice");
        all += now;
        checkDatabase(path, run, all, now);
    }
    checkDatabase(path, kRuns, all, all);  // every reported sale, whole, once more at the end
    BOOST_TEST_MESSAGE(all.size() << " reported sales survived " << kRuns << " kills");
    BOOST_TEST(all.size() > kRuns);
}

BOOST_AUTO_TEST_SUITE_END()
