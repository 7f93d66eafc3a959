// Day-close benchmark (bench/dayclose.sh): the X report the day-close screen shows and the Z report
// itself, on a database holding ten years of a busy café (2,000,000 sales on 3,650 business days,
// 1,000,000 visits) against one holding a single earlier day — target: at most 50 ms, and at most
// twice the single-day time (closing a day must not cost more as history grows).
//
// Both databases get the same "today": a shift with 300 typical sales (TypicalSale.h, through
// SaleRepository), counted. Then, 31 times each: the X report (DayReport::x, journaled as the screen
// does) and readyToClose; the Z report (DayReport::z) inside a transaction that is rolled back, so
// that it can be taken again; the median and the 95th percentile are printed.
//
// History is written with plain SQL for speed (as bench/sales/SaleFiller.h does): day 1 is a real
// day (shift, sale, count, Z through the repositories) and its rows are copied — business days,
// shifts, sales with their lines, payments and VAT rows, one journal entry per sale (hashes are
// not chained: the journal's head is moved past them so that new entries append, but `journal
// verify` would fail on this file) and visits spread over the ten years.
//
// Usage: ak-bench-day-close CACHE_DIR [SALES] [VISITS]
// Prints:  history days=3650 sales=2000000 visits=1000000 x_median_ms=… x_p95_ms=… z_median_ms=… z_p95_ms=…
//          single  days=1 …

#include "bench/sales/TypicalSale.h"
#include "core/cash/DayReport.h"
#include "core/cash/ShiftRepository.h"
#include "core/money/VatTable.h"
#include "core/seed/DemoSeeder.h"
#include "core/staff/StaffRepository.h"
#include "core/storage/Database.h"
#include "core/storage/Sql.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace ak;

namespace {

constexpr qint64 kBaseEpoch = 1448953200;  // 1 December 2015, 08:00 in Oslo: ten years before "today"
constexpr qint64 kDay = 86400;

[[noreturn]] void die(const QString& what) {
    std::fprintf(stderr, "ak-bench-day-close: %s\n", qPrintable(what));
    std::exit(1);
}

template <class T>
T must(Result<T> r, const char* what) {
    if (!r) die(QStringLiteral("%1: %2").arg(QString::fromLatin1(what), r.error().message));
    return std::move(r).value();
}

QDateTime at(qint64 epoch) { return QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC); }

// A shift with `sales` typical sales at `day`, counted exactly; the manager for X and Z.
struct Till {
    Database& db;
    ManualClock clock;
    Journal journal{db, clock, bench::kRegister};
    SaleRepository sales{db, journal, clock, VatTable::forCountry(Country::Norway, true), QLocale::NorwegianBokmal};
    ShiftRepository shifts{db, clock, Currency::NOK, 5000};
    DayReport days{db, clock, Currency::NOK};
    StaffMember manager;
    StaffMember volunteer;

    void sellADay(qint64 dayStart, int n) {
        clock.set(at(dayStart));
        must(shifts.open(bench::kRegister, CashCount(Currency::NOK), volunteer, journal), "open shift");
        const auto products = must(bench::typicalProducts(db), "products");
        for (int i = 0; i < n; ++i) {
            clock.set(at(dayStart + 60 + i * 60));
            const SaleDraft draft = must(bench::typicalDraft(sales, products), "draft");
            must(sales.complete(draft, must(bench::typicalPayment(sales, draft), "payment"), volunteer), "sale");
        }
        const qint64 expected = must(shifts.expectedCash(must(shifts.current(bench::kRegister), "shift")->id, manager),
                                     "expected").minor();
        // 1 kr coins make any amount: the count matches to the øre.
        auto count = must(CashCount::fromTyped(Currency::NOK, Denominations::standard(Currency::NOK),
                                               {QString::number(expected / 100), {}, {}, {}, {}, {}, {}, {}, {}}),
                          "count");
        must(shifts.close(bench::kRegister, count, volunteer, std::nullopt, journal), "count");
    }
};

StaffMember staffWithRole(Database& db, const char* role) {
    auto id = must(sql::scalar(db.connection(), QStringLiteral("SELECT id FROM staff WHERE role = ? ORDER BY id LIMIT 1"),
                               {QString::fromLatin1(role)}),
                   "staff");
    return must(StaffRepository(db, PinHashCost::Minimum).find(id.toLongLong()), "staff");
}

void exec(QSqlDatabase& db, const QString& sql, const QVariantList& values = {}) {
    QSqlQuery q(db);
    if (!q.prepare(sql)) die(QStringLiteral("prepare: %1: %2").arg(sql, q.lastError().text()));
    for (int i = 0; i < values.size(); ++i) q.bindValue(i, values[i]);
    if (!q.exec()) die(QStringLiteral("exec: %1: %2").arg(sql, q.lastError().text()));
}

// INSERT INTO table (columns) SELECT <columns, some replaced> FROM n, table t WHERE t.<key> = 1:
// copies of the template row for every n.i in the counter CTE that the caller puts in front.
QString copyOf(QSqlDatabase& db, const QString& table, const QString& key, const QHash<QString, QString>& replace) {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table))) die(q.lastError().text());
    QStringList columns, values;
    while (q.next()) {
        const QString c = q.value(1).toString();
        if (replace.contains(c) && replace.value(c).isEmpty()) continue;  // left to SQLite (a new id)
        columns << c;
        values << (replace.contains(c) ? replace.value(c) : QStringLiteral("t.") + c);
    }
    // CROSS JOIN keeps the template row the outer loop: found once, not once per copy.
    return QStringLiteral("INSERT INTO %1 (%2) SELECT %3 FROM %1 t CROSS JOIN n WHERE t.%4 = 1")
        .arg(table, columns.join(u','), values.join(u','), key);
}

// Ten years of history on day 1's pattern: days 2..days, sales 2..sales, visits.
void fillHistory(const QString& path, qint64 days, qint64 sales, qint64 visits) {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("ak-bench-history"));
    db.setDatabaseName(path);
    if (!db.open()) die(db.lastError().text());
    exec(db, QStringLiteral("PRAGMA synchronous = OFF"));
    exec(db, QStringLiteral("PRAGMA cache_size = -262144"));
    const qint64 perDay = (sales + days - 1) / days;
    const QString counter = QStringLiteral("WITH RECURSIVE n(i) AS (SELECT ? UNION ALL SELECT i + 1 FROM n WHERE i < ?) ");
    const auto utc = [](const QString& epoch) {
        return QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', %1, 'unixepoch')").arg(epoch);
    };
    const QString dayStart = QStringLiteral("(%1 + (n.i - 1) * %2)").arg(kBaseEpoch).arg(kDay);
    exec(db, QStringLiteral("BEGIN"));
    // The journal's rows go in bulk: the trigger that makes each follow the head one by one is
    // dropped for the fill and made again after it, as it was.
    QSqlQuery trigger(db);
    if (!trigger.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'journal_in_sequence'")) || !trigger.next())
        die(QStringLiteral("the journal's sequence trigger is missing"));
    const QString inSequence = trigger.value(0).toString();
    trigger.finish();
    // Day 1's sale entry: the pattern of the copies' entries.
    if (!trigger.exec(QStringLiteral("SELECT seq FROM journal WHERE kind = 'sale'")) || !trigger.next())
        die(QStringLiteral("day 1 has no sale entry"));
    const qint64 templateSeq = trigger.value(0).toLongLong();
    trigger.finish();
    exec(db, QStringLiteral("DROP TRIGGER journal_in_sequence"));
    exec(db, counter + copyOf(db, QStringLiteral("business_days"), QStringLiteral("id"),
                              {{QStringLiteral("id"), QStringLiteral("n.i")},
                               {QStringLiteral("opened_at"), utc(dayStart)},
                               {QStringLiteral("closed_at"), utc(dayStart + QStringLiteral(" + 32400"))},
                               {QStringLiteral("z_number"), QStringLiteral("n.i")},
                               {QStringLiteral("grand_sales_minor"), QStringLiteral("t.grand_sales_minor * n.i * %1").arg(perDay)}}),
         {2, days});
    exec(db, counter + copyOf(db, QStringLiteral("shifts"), QStringLiteral("id"),
                              {{QStringLiteral("id"), QStringLiteral("n.i")},
                               {QStringLiteral("business_day_id"), QStringLiteral("n.i")},
                               {QStringLiteral("opened_at"), utc(dayStart)},
                               {QStringLiteral("closed_at"), utc(dayStart + QStringLiteral(" + 32400"))}}),
         {2, days});
    const QString saleDay = QStringLiteral("((n.i - 1) / %1 + 1)").arg(perDay);
    const QString saleAt = QStringLiteral("(%1 + (%2 - 1) * %3 + 60 + ((n.i - 1) %% %4) * 60)")
                               .arg(kBaseEpoch).arg(saleDay).arg(kDay).arg(perDay).replace(QStringLiteral("%%"), QStringLiteral("%"));
    for (qint64 first = 2; first <= sales; first += 200000) {
        const qint64 last = std::min(sales, first + 199999);
        exec(db, counter + copyOf(db, QStringLiteral("sales"), QStringLiteral("id"),
                                  {{QStringLiteral("id"), QStringLiteral("n.i")},
                                   {QStringLiteral("receipt_number"), QStringLiteral("n.i")},
                                   {QStringLiteral("shift_id"), saleDay},
                                   {QStringLiteral("created_at"), utc(saleAt)}}),
             {first, last});
        for (const char* table : {"sale_lines", "sale_payments"})
            exec(db, counter + copyOf(db, QString::fromLatin1(table), QStringLiteral("sale_id"),
                                      {{QStringLiteral("id"), QString()}, {QStringLiteral("sale_id"), QStringLiteral("n.i")}}),
                 {first, last});
        exec(db, counter + copyOf(db, QStringLiteral("sale_vat"), QStringLiteral("sale_id"),
                                  {{QStringLiteral("sale_id"), QStringLiteral("n.i")}}),
             {first, last});
        // One journal entry per sale, after everything day 1 wrote.
        exec(db, counter + QStringLiteral("INSERT INTO journal (seq, at, register_id, actor, kind, payload, prev_hash, hash)"
                                          " SELECT (SELECT seq FROM journal_head) + n.i - 1, ") +
                     utc(saleAt) +
                     QStringLiteral(", t.register_id, t.actor, t.kind, t.payload, printf('%064x', n.i - 1),"
                                    " printf('%064x', n.i) FROM journal t CROSS JOIN n WHERE t.seq = ?"),
             {first, last, templateSeq});
        std::fprintf(stderr, "history: %lld of %lld sales\n", static_cast<long long>(last), static_cast<long long>(sales));
    }
    exec(db, QStringLiteral("UPDATE journal_head SET seq = (SELECT MAX(seq) FROM journal),"
                            " hash = (SELECT hash FROM journal WHERE seq = (SELECT MAX(seq) FROM journal))"));
    exec(db, inSequence);
    // Check-ins every 315 s over the ten years, on the quarter hour as the kiosk stores them.
    exec(db, counter + QStringLiteral("INSERT INTO visits (at, kiosk_id, reason, mood) SELECT"
                                      " strftime('%Y-%m-%dT%H:%M:00.000Z', ((%1 + n.i * 315) / 900) * 900, 'unixepoch'),"
                                      " 'inngang', 'coffee', 1 + n.i % 5 FROM n")
                          .arg(kBaseEpoch),
         {1, visits});
    exec(db, QStringLiteral("COMMIT"));
    exec(db, QStringLiteral("ANALYZE"));
    db.close();
}

struct Figures {
    double xMedian = 0, xP95 = 0, zMedian = 0, zP95 = 0;
};

double ms(std::chrono::steady_clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }
std::pair<double, double> medianP95(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return {v[v.size() / 2], v[std::min(v.size() - 1, v.size() * 95 / 100)]};
}

// Today on `path`: 300 sales in a counted shift, then the X and the rolled-back Z, 31 times each.
Figures measure(const QString& path, qint64 today) {
    auto db = must(Database::open(path, {.createIfMissing = false}), "open");
    Till till{*db, ManualClock(at(today))};
    till.manager = staffWithRole(*db, "manager");
    till.volunteer = staffWithRole(*db, "volunteer");
    till.sellADay(today, 300);
    till.clock.set(at(today + 10 * 3600));
    std::vector<double> xs, zs;
    using Steady = std::chrono::steady_clock;
    for (int i = 0; i < 31; ++i) {
        const Steady::time_point t0 = Steady::now();
        must(till.days.x(bench::kRegister, till.manager, till.journal), "x");
        must(till.days.readyToClose(bench::kRegister), "ready");
        xs.push_back(ms(Steady::now() - t0));
    }
    for (int i = 0; i < 31; ++i) {
        Steady::duration took{};
        const Result<void> undone = db->write([&]() -> Result<void> {
            const Steady::time_point t0 = Steady::now();
            must(till.days.z(bench::kRegister, till.manager, till.journal), "z");
            took = Steady::now() - t0;
            return Error{ErrorCode::Conflict, QStringLiteral("rolled back: the benchmark takes the Z again")};
        });
        if (undone) die(QStringLiteral("the Z was not rolled back"));
        zs.push_back(ms(took));
    }
    Figures f;
    std::tie(f.xMedian, f.xP95) = medianP95(xs);
    std::tie(f.zMedian, f.zP95) = medianP95(zs);
    return f;
}

// Seed, then day 1 for real (the pattern of the history).
void startCafe(const QString& path) {
    QFile::remove(path);
    auto db = must(Database::open(path), "create");
    ManualClock clock(at(kBaseEpoch - 3600));
    Journal journal(*db, clock, bench::kRegister);
    must(DemoSeeder::seed(*db, journal, clock, QStringLiteral(AK_BENCH_SEED_FILE), PinHashCost::Minimum), "seed");
    Till till{*db, ManualClock(at(kBaseEpoch))};
    till.manager = staffWithRole(*db, "manager");
    till.volunteer = staffWithRole(*db, "volunteer");
    till.sellADay(kBaseEpoch, 1);
    till.clock.set(at(kBaseEpoch + 32400));
    must(till.days.z(bench::kRegister, till.manager, till.journal), "z 1");
}

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("aktivkafe.*.debug=false\naktivkafe.*.info=false"));
    if (argc < 2 || argc > 4) {
        std::fprintf(stderr, "usage: ak-bench-day-close CACHE_DIR [SALES] [VISITS]\n");
        return 64;
    }
    const QDir cache(QString::fromLocal8Bit(argv[1]));
    const qint64 sales = argc > 2 ? std::atoll(argv[2]) : 2'000'000;
    const qint64 visits = argc > 3 ? std::atoll(argv[3]) : 1'000'000;
    const qint64 days = 3650;
    const qint64 today = kBaseEpoch + days * kDay;

    // The filled history is kept between runs (a few minutes to build); "today" goes on a copy.
    const QString history = cache.filePath(QStringLiteral("day-close-%1-sales.sqlite").arg(sales));
    if (!QFile::exists(history)) {
        const QString partial = history + QStringLiteral(".partial");
        startCafe(partial);
        fillHistory(partial, days, sales, visits);
        if (!QFile::rename(partial, history)) die(QStringLiteral("cannot rename %1").arg(partial));
    }
    const QString work = cache.filePath(QStringLiteral("work-day-close.sqlite"));
    const QString single = cache.filePath(QStringLiteral("work-day-close-single.sqlite"));
    for (const QString& f : {work, single})
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) QFile::remove(f + suffix);
    if (!QFile::copy(history, work)) die(QStringLiteral("cannot copy %1").arg(history));
    startCafe(single);

    const Figures h = measure(work, today);
    const Figures s = measure(single, today);
    std::printf("history days=%lld sales=%lld visits=%lld x_median_ms=%.2f x_p95_ms=%.2f z_median_ms=%.2f z_p95_ms=%.2f\n",
                static_cast<long long>(days), static_cast<long long>(sales), static_cast<long long>(visits), h.xMedian,
                h.xP95, h.zMedian, h.zP95);
    std::printf("single days=1 sales=1 visits=0 x_median_ms=%.2f x_p95_ms=%.2f z_median_ms=%.2f z_p95_ms=%.2f\n",
                s.xMedian, s.xP95, s.zMedian, s.zP95);
    for (const QString& f : {work, single})
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) QFile::remove(f + suffix);
    return 0;
}
