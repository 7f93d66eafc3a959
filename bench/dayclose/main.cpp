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
// History is written with plain SQL for speed (History.h): day 1 is a real day and its rows are
// copied over the ten years.
//
// Usage: ak-bench-day-close CACHE_DIR [SALES] [VISITS]
// Prints:  history days=3650 sales=2000000 visits=1000000 x_median_ms=… x_p95_ms=… z_median_ms=… z_p95_ms=…
//          single  days=1 …

#include "bench/dayclose/History.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace ak;
using namespace ak::bench;

namespace {

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
        must(till.days.x(kRegister, till.manager, till.journal), "x");
        must(till.days.readyToClose(kRegister), "ready");
        xs.push_back(ms(Steady::now() - t0));
    }
    for (int i = 0; i < 31; ++i) {
        Steady::duration took{};
        const Result<void> undone = db->write([&]() -> Result<void> {
            const Steady::time_point t0 = Steady::now();
            must(till.days.z(kRegister, till.manager, till.journal), "z");
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
