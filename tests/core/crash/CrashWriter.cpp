// Child process of the crash test: writes sale-like rows and their journal entry in one
// BEGIN IMMEDIATE transaction, in a loop, and reports each commit on stdout only after COMMIT
// returned. The parent kills it with SIGKILL at a random moment.
//
// Usage: ak_crash_writer DB_PATH

#include "core/journal/Journal.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>

#include <cstdio>

namespace {

ak::Result<void> exec(ak::Database& db, const QString& sql, const QVariantList& values = {}) {
    auto q = db.query(sql, values);
    if (!q) return q.error();
    return {};
}

}  // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    // stderr is for real failures only: the parent treats any output there as an error.
    QLoggingCategory::setFilterRules(QStringLiteral("aktivkafe.*.debug=false\naktivkafe.*.info=false"));
    if (argc != 2) {
        std::fprintf(stderr, "usage: ak_crash_writer DB_PATH\n");
        return 64;
    }
    auto opened = ak::Database::open(QString::fromLocal8Bit(argv[1]));
    if (!opened) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(opened.error().message));
        return 2;
    }
    ak::Database& db = *opened.value();
    auto created = db.write([&]() -> ak::Result<void> {
        if (auto r = exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS crash_sales (id INTEGER PRIMARY KEY, "
                                             "total_minor INTEGER NOT NULL, line_count INTEGER NOT NULL, "
                                             "checksum TEXT NOT NULL)"));
            !r)
            return r;
        return exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS crash_sale_lines (sale_id INTEGER NOT NULL "
                                       "REFERENCES crash_sales(id), line_no INTEGER NOT NULL, amount_minor INTEGER "
                                       "NOT NULL, PRIMARY KEY (sale_id, line_no))"));
    });
    if (!created) {
        std::fprintf(stderr, "create failed: %s\n", qPrintable(created.error().message));
        return 2;
    }

    ak::SystemClock clock;
    ak::Journal journal(db, clock, QStringLiteral("crash-test"));
    QRandomGenerator* rng = QRandomGenerator::global();
    for (;;) {
        qint64 saleId = 0;
        auto r = db.write([&]() -> ak::Result<void> {
            const int lines = 1 + int(rng->bounded(5));
            QList<qint64> amounts;
            for (int i = 0; i < lines; ++i) amounts << 500 * (1 + qint64(rng->bounded(8)));
            qint64 total = 0;
            for (qint64 a : amounts) total += a;
            // The checksum covers the lines, so a sale that lost or changed a line shows.
            QByteArray text;
            for (qint64 a : amounts) text += QByteArray::number(a) + ';';
            const QString checksum = QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
            if (auto e = exec(db, QStringLiteral("INSERT INTO crash_sales (total_minor, line_count, checksum) VALUES (?, ?, ?)"),
                              {total, lines, checksum});
                !e)
                return e;
            saleId = db.lastInsertId();
            for (int i = 0; i < lines; ++i)
                if (auto e = exec(db, QStringLiteral("INSERT INTO crash_sale_lines VALUES (?, ?, ?)"), {saleId, i, amounts[i]}); !e)
                    return e;
            auto j = journal.append(ak::Journal::systemActor(), QStringLiteral("sale"),
                                    QJsonObject{{QStringLiteral("sale_id"), saleId}, {QStringLiteral("total"), total}});
            if (!j) return j.error();
            return {};
        });
        if (!r) {
            std::fprintf(stderr, "write failed: %s\n", qPrintable(r.error().message));
            return 1;
        }
        std::printf("committed %lld\n", static_cast<long long>(saleId));
        std::fflush(stdout);
    }
}
