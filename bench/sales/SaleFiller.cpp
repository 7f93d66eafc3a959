#include "bench/sales/SaleFiller.h"

#include "bench/sales/TypicalSale.h"
#include "core/cash/ShiftRepository.h"
#include "core/journal/Journal.h"
#include "core/journal/JournalEncoding.h"
#include "core/money/VatTable.h"
#include "core/sales/SaleDigest.h"
#include "core/seed/DemoSeeder.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace ak::bench {

namespace {

constexpr qint64 kBatch = 50'000;
constexpr qint64 kSecondsApart = 60;
// 2024-01-01 08:00 UTC: sale i was made kSecondsApart * i seconds later.
constexpr qint64 kBaseEpoch = 1'704'096'000;

QString timeOfSale(qint64 i) {
    return QDateTime::fromSecsSinceEpoch(kBaseEpoch + kSecondsApart * i, Qt::UTC).toString(Qt::ISODateWithMs);
}

Error storage(const QString& what, const QSqlError& e) {
    return Error{ErrorCode::Storage, QStringLiteral("%1: %2").arg(what, e.text())};
}

Result<void> exec(QSqlQuery& q, const QString& what) {
    if (!q.exec()) return storage(what, q.lastError());
    return {};
}

Result<QSqlQuery> run(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {}) {
    QSqlQuery q(db);
    if (!q.prepare(sql)) return storage(sql, q.lastError());
    for (const QVariant& v : values) q.addBindValue(v);
    if (!q.exec()) return storage(sql, q.lastError());
    return q;
}

// "INSERT INTO t (cols) SELECT exprs FROM n, t AS tpl WHERE tpl.sale_id = 1 ORDER BY ..." over the
// counter n(i) = ?..?: every column copied from the template sale's rows except those in
// `overrides` (column -> expression; an empty expression leaves the column out: a fresh rowid).
Result<QString> copyStatement(const QSqlDatabase& db, const QString& table, const QString& templateColumn,
                              const QHash<QString, QString>& overrides, const QString& order) {
    auto info = run(db, QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(table));
    if (!info) return info.error();
    QStringList columns, values;
    while (info->next()) {
        const QString c = info->value(0).toString();
        const auto o = overrides.constFind(c);
        if (o != overrides.cend() && o->isEmpty()) continue;
        columns << c;
        values << (o != overrides.cend() ? *o : QStringLiteral("tpl.") + c);
    }
    return QStringLiteral("WITH RECURSIVE n(i) AS (SELECT ? UNION ALL SELECT i + 1 FROM n WHERE i < ?)"
                          " INSERT INTO %1 (%2) SELECT %3 FROM n, %1 AS tpl WHERE tpl.%4 = 1 ORDER BY n.i%5")
        .arg(table, columns.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")), templateColumn,
             order.isEmpty() ? QString() : QStringLiteral(", tpl.") + order);
}

// The seeded database with sale 1, completed for real.
Result<void> seedAndSellOnce(const QString& path, const QString& seedFile) {
    auto opened = Database::open(path);
    if (!opened) return opened.error();
    Database& db = *opened.value();
    ManualClock clock(QDateTime::fromSecsSinceEpoch(kBaseEpoch, Qt::UTC));
    Journal journal(db, clock, kRegister);
    auto seeded = DemoSeeder::seed(db, journal, clock, seedFile, PinHashCost::Minimum);
    if (!seeded) return seeded.error();
    clock.advanceSeconds(kSecondsApart);
    SaleRepository sales(db, journal, clock, VatTable::forCountry(Country::Norway, true), QLocale::NorwegianBokmal);
    // Every sale belongs to a shift; the copies are taken in the same one.
    auto shift = ShiftRepository(db, clock, Currency::NOK, 5000)
                     .open(kRegister, CashCount(Currency::NOK), seeded->staff.front().member, journal);
    if (!shift) return shift.error();
    auto products = typicalProducts(db);
    if (!products) return products.error();
    auto draft = typicalDraft(sales, products.value());
    if (!draft) return draft.error();
    auto plan = typicalPayment(sales, draft.value());
    if (!plan) return plan.error();
    auto sale = sales.complete(draft.value(), plan.value(), seeded->staff.front().member);
    if (!sale) return sale.error();
    if (sale->id != 1 || sale->receiptNumber != 1)
        return Error{ErrorCode::Conflict, QStringLiteral("the template sale is not sale 1 with receipt 1")};
    return {};
}

class Filler {
public:
    explicit Filler(const QSqlDatabase& db) : db_(db) {}

    Result<void> prepare() {
        for (const QString& p : {QStringLiteral("PRAGMA synchronous = OFF"), QStringLiteral("PRAGMA cache_size = -262144")})
            if (auto r = run(db_, p); !r) return r.error();
        const QString sale = QStringLiteral("n.i");
        const QString at = QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', %1 + n.i * %2, 'unixepoch')")
                               .arg(kBaseEpoch)
                               .arg(kSecondsApart);
        struct Copy {
            const char* table;
            const char* templateColumn;
            QHash<QString, QString> overrides;
            const char* order;
        };
        const Copy copies[] = {
            {"sales", "id", {{QStringLiteral("id"), sale}, {QStringLiteral("receipt_number"), sale},
                             {QStringLiteral("created_at"), at}}, ""},
            {"sale_lines", "sale_id", {{QStringLiteral("id"), QString()}, {QStringLiteral("sale_id"), sale}}, "position"},
            {"sale_payments", "sale_id", {{QStringLiteral("id"), QString()}, {QStringLiteral("sale_id"), sale}}, "position"},
            {"sale_vat", "sale_id", {{QStringLiteral("sale_id"), sale}}, "basis_points"},
        };
        for (const Copy& c : copies) {
            auto sql = copyStatement(db_, QString::fromLatin1(c.table), QString::fromLatin1(c.templateColumn),
                                     c.overrides, QString::fromLatin1(c.order));
            if (!sql) return sql.error();
            copies_.push_back(sql.value());
        }
        auto tpl = run(db_, QStringLiteral("SELECT register_id, actor, payload FROM journal WHERE kind = 'sale'"));
        if (!tpl) return tpl.error();
        if (!tpl->next()) return Error{ErrorCode::NotFound, QStringLiteral("the template sale has no journal entry")};
        entry_.registerId = tpl->value(0).toString();
        entry_.actor = tpl->value(1).toString();
        entry_.kind = QStringLiteral("sale");
        payload_ = QJsonDocument::fromJson(tpl->value(2).toString().toUtf8()).object();
        auto head = run(db_, QStringLiteral("SELECT seq, hash FROM journal_head WHERE id = 1"));
        if (!head) return head.error();
        if (!head->next()) return Error{ErrorCode::Storage, QStringLiteral("the journal head row is missing")};
        entry_.seq = head->value(0).toLongLong();
        entry_.hash = head->value(1).toString();

        insertEntry_ = QSqlQuery(db_);
        moveHead_ = QSqlQuery(db_);
        if (!insertEntry_.prepare(QStringLiteral("INSERT INTO journal (seq, at, register_id, actor, kind, payload,"
                                                 " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) ||
            !moveHead_.prepare(QStringLiteral("UPDATE journal_head SET seq = ?, hash = ? WHERE id = 1")))
            return storage(QStringLiteral("prepare"), insertEntry_.lastError());
        return {};
    }

    // Sales first..last (inclusive), in one transaction.
    Result<void> fill(qint64 first, qint64 last) {
        if (auto r = run(db_, QStringLiteral("BEGIN IMMEDIATE")); !r) return r.error();
        for (const QString& sql : copies_)
            if (auto r = run(db_, sql, {first, last}); !r) return r.error();
        for (qint64 i = first; i <= last; ++i) {
            payload_.insert(QStringLiteral("sale_id"), i);
            payload_.insert(QStringLiteral("receipt_number"), i);
            // Each copy's own rows digest, as SaleRepository writes it: verify checks every one.
            auto rows = saledigest::of(db_, i);
            if (!rows) return rows.error();
            payload_.insert(QStringLiteral("rows"), rows.value());
            entry_.prevHash = entry_.hash;
            entry_.seq += 1;
            entry_.at = timeOfSale(i);
            entry_.payload = QString::fromUtf8(QJsonDocument(payload_).toJson(QJsonDocument::Compact));
            entry_.hash = journal::computeHash(entry_);
            const QVariant values[] = {entry_.seq,    entry_.at,      entry_.registerId, entry_.actor,
                                       entry_.kind,   entry_.payload, entry_.prevHash,   entry_.hash};
            for (int v = 0; v < 8; ++v) insertEntry_.bindValue(v, values[v]);
            if (auto r = exec(insertEntry_, QStringLiteral("journal insert")); !r) return r;
            moveHead_.bindValue(0, entry_.seq);
            moveHead_.bindValue(1, entry_.hash);
            if (auto r = exec(moveHead_, QStringLiteral("journal head")); !r) return r;
        }
        if (auto r = run(db_, QStringLiteral("COMMIT")); !r) return r.error();
        return {};
    }

private:
    QSqlDatabase db_;
    QStringList copies_;
    JournalEntry entry_;
    QJsonObject payload_;
    QSqlQuery insertEntry_, moveHead_;
};

Result<void> fillCopies(const QString& path, qint64 sales, const std::function<void(const QString&)>& progress) {
    const QString name = QStringLiteral("ak-bench-filler");
    Result<void> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) return storage(path, db.lastError());
        Filler filler(db);
        result = filler.prepare();
        QElapsedTimer t;
        t.start();
        for (qint64 first = 2; result && first <= sales; first += kBatch) {
            const qint64 last = std::min(sales, first + kBatch - 1);
            result = filler.fill(first, last);
            if (progress)
                progress(QStringLiteral("filler: %1 of %2 sales, %3 s").arg(last).arg(sales).arg(t.elapsed() / 1000.0, 0, 'f', 1));
        }
        if (result)
            if (auto r = run(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !r) result = r.error();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

}  // namespace

Result<FillerReport> buildSalesDatabase(const QString& path, qint64 sales, const QString& seedFile,
                                        const std::function<void(const QString&)>& progress) {
    const QString partial = path + QStringLiteral(".partial");
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) QFile::remove(partial + suffix);
    FillerReport report;
    QElapsedTimer t;
    t.start();
    if (auto r = seedAndSellOnce(partial, seedFile); !r) return r.error();
    if (sales > 1)
        if (auto r = fillCopies(partial, sales, progress); !r) return r.error();
    report.seconds = t.elapsed() / 1000.0;

    // The result must be sound: as many sales as asked, and a journal chain that verifies.
    t.restart();
    {
        auto opened = Database::open(partial, {.createIfMissing = false});
        if (!opened) return opened.error();
        SystemClock clock;
        const Journal journal(*opened.value(), clock, kRegister);
        auto check = journal.verify();
        if (!check) return check.error();
        if (!check->ok()) return Error{ErrorCode::Storage, QStringLiteral("filler journal: ") + check->reason};
        auto q = opened.value()->query(QStringLiteral("SELECT count(*), max(receipt_number) FROM sales"));
        if (!q) return q.error();
        if (!q->next() || q->value(0).toLongLong() != sales || q->value(1).toLongLong() != sales)
            return Error{ErrorCode::Storage, QStringLiteral("the filler did not write %1 sales").arg(sales)};
    }
    report.verifySeconds = t.elapsed() / 1000.0;
    QFile::remove(path);
    if (!QFile::rename(partial, path)) return Error{ErrorCode::Io, QStringLiteral("cannot rename %1").arg(partial)};
    return report;
}

}  // namespace ak::bench
