// SAF-T export benchmark (bench/saft.sh): one year of a busy café — 200,000 signed sales with their
// lines, payments and VAT, a journal entry each, 365 business days with a Z each — exported as a
// SAF-T Cash Register file, against one month of the same café. Targets: the year under 20 s and
// under 100 MB peak memory, and memory that does not grow with the period (month ≈ year).
//
//   ak-bench-saft fill CACHE_DIR [SALES] [DAYS]   builds the history once (kept in CACHE_DIR) and
//                                                  prints its path
//   ak-bench-saft export DB FROM TO OUT           one export, in this process; prints
//                                                  "export from=… to=… ms=… cpu_ms=… peak_kb=… bytes=…
//                                                  transactions=… events=… reports=… checked=…"
//
// Each export runs in a process of its own so that its peak memory (VmHWM) is its own. The history
// is History.h's (SQL copies of a real day), then signed for real: every sale's signature computed
// in order with an RSA-SHA1 key registered as version 1, so that the export checks each link as it
// would at a café.

#include "bench/dayclose/History.h"
#include "core/compliance/KeyRegistry.h"
#include "core/compliance/SaftExport.h"
#include "core/compliance/SignatureText.h"
#include "core/compliance/SigningKey.h"
#include "core/storage/Sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <sys/resource.h>

#include <cstdio>
#include <cstdlib>

using namespace ak;
using namespace ak::bench;

namespace {

const QTimeZone kOslo(QByteArrayLiteral("Europe/Oslo"));

// Signs every sale in id order, chained as SaleSigner does (the history's copies carry none).
void signAll(const QString& path, const compliance::SigningKey& key) {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("ak-bench-saft-sign"));
    db.setDatabaseName(path);
    if (!db.open()) die(db.lastError().text());
    exec(db, QStringLiteral("PRAGMA synchronous = OFF"));
    QSqlQuery trigger(db);
    if (!trigger.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'sales_no_update'")) || !trigger.next())
        die(QStringLiteral("the sales' update trigger is missing"));
    const QString noUpdate = trigger.value(0).toString();
    trigger.finish();
    exec(db, QStringLiteral("BEGIN"));
    exec(db, QStringLiteral("DROP TRIGGER sales_no_update"));
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT s.id, s.receipt_number, s.created_at, s.total_minor,"
                                  " (SELECT coalesce(sum(vat_minor), 0) FROM sale_vat WHERE sale_id = s.id)"
                                  " FROM sales s ORDER BY s.id")))
        die(rows.lastError().text());
    QSqlQuery update(db);
    if (!update.prepare(QStringLiteral("UPDATE sales SET signature = ?, key_version = 1 WHERE id = ?")))
        die(update.lastError().text());
    QString previous;
    qint64 n = 0;
    while (rows.next()) {
        const qint64 total = rows.value(3).toLongLong();
        const QByteArray text = compliance::signedText({previous, sql::fromUtcText(rows.value(2).toString()), kOslo,
                                                        rows.value(1).toLongLong(), total, total - rows.value(4).toLongLong()});
        previous = must(key.sign(text), "sign");
        update.bindValue(0, previous);
        update.bindValue(1, rows.value(0));
        if (!update.exec()) die(update.lastError().text());
        if (++n % 50000 == 0) std::fprintf(stderr, "signed %lld sales\n", static_cast<long long>(n));
    }
    rows.finish();
    exec(db, noUpdate);
    exec(db, QStringLiteral("COMMIT"));
    db.close();
}

int fill(const QDir& cache, qint64 sales, qint64 days) {
    const QString history = cache.filePath(QStringLiteral("saft-%1-sales-%2-days.sqlite").arg(sales).arg(days));
    if (!QFile::exists(history)) {
        const QString partial = history + QStringLiteral(".partial");
        startCafe(partial);
        fillHistory(partial, days, sales, 0);
        const QString keyPath = cache.filePath(QStringLiteral("saft-bench.key"));
        QFile::remove(keyPath);
        const auto key = must(compliance::SigningKey::create(keyPath, compliance::Algorithm::RsaSha1), "key");
        {
            auto db = must(Database::open(partial, {.createIfMissing = false}), "open");
            ManualClock clock(at(kBaseEpoch));
            Journal journal(*db, clock, kRegister);
            must(compliance::registerKey(*db, journal, kRegister, key, clock.now()), "register key");
        }
        signAll(partial, key);
        if (!QFile::rename(partial, history)) die(QStringLiteral("cannot rename %1").arg(partial));
    }
    std::printf("%s\n", qPrintable(history));
    return 0;
}

qint64 peakKb() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:")) return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

int exportPeriod(const QString& path, QDate from, QDate to, const QString& outPath) {
    auto db = must(Database::open(path, {.createIfMissing = false}), "open");
    compliance::SaftCompany company{QStringLiteral("Aktivkafé Lyspunkt"), QStringLiteral("923609016"), true,
                                    Currency::NOK, kOslo};
    compliance::SaftRequest request;
    request.from = from;
    request.to = to;
    request.createdAt = QDateTime::currentDateTimeUtc();
    request.softwareVersion = QStringLiteral("bench");
    QFile out(outPath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) die(out.errorString());
    rusage before{}, after{};
    getrusage(RUSAGE_SELF, &before);
    QElapsedTimer timer;
    timer.start();
    const auto s = must(compliance::SaftExport::write(*db, company, request, out), "export");
    out.close();
    const qint64 ms = timer.elapsed();
    getrusage(RUSAGE_SELF, &after);
    const auto cpu = [](const rusage& r) {
        return (r.ru_utime.tv_sec + r.ru_stime.tv_sec) * 1000 + (r.ru_utime.tv_usec + r.ru_stime.tv_usec) / 1000;
    };
    std::printf("export from=%s to=%s ms=%lld cpu_ms=%lld peak_kb=%lld bytes=%lld transactions=%lld events=%lld "
                "reports=%lld checked=%lld\n",
                qPrintable(from.toString(Qt::ISODate)), qPrintable(to.toString(Qt::ISODate)), static_cast<long long>(ms),
                static_cast<long long>(cpu(after) - cpu(before)), static_cast<long long>(peakKb()),
                static_cast<long long>(QFile(outPath).size()), static_cast<long long>(s.transactions),
                static_cast<long long>(s.events), static_cast<long long>(s.reports),
                static_cast<long long>(s.signaturesChecked));
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ak-bench-saft"));
    QLoggingCategory::setFilterRules(QStringLiteral("aktivkafe.*.debug=false\naktivkafe.*.info=false"));
    const QStringList args = app.arguments();
    if (args.size() >= 3 && args.at(1) == QLatin1String("fill"))
        return fill(QDir(args.at(2)), args.size() > 3 ? args.at(3).toLongLong() : 200'000,
                    args.size() > 4 ? args.at(4).toLongLong() : 365);
    if (args.size() == 6 && args.at(1) == QLatin1String("export"))
        return exportPeriod(args.at(2), QDate::fromString(args.at(3), Qt::ISODate), QDate::fromString(args.at(4), Qt::ISODate),
                            args.at(5));
    std::fprintf(stderr, "usage: ak-bench-saft fill CACHE_DIR [SALES] [DAYS]\n"
                         "       ak-bench-saft export DB FROM TO OUT\n");
    return 64;
}
