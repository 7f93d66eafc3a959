#include "core/audit/SaleCoverage.h"

#include "core/sales/SaleDigest.h"
#include "core/sales/SaleRows.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <limits>
#include <optional>

namespace ak {

Q_LOGGING_CATEGORY(lcCoverage, "aktivkafe.core.audit")

namespace {

// "receipt 12 on KASSE-1", "return receipt 3 on KASSE-1", "training receipt 4 on KASSE-1".
QString describe(const Database& db, qint64 saleId) {
    auto q = db.query(QStringLiteral("SELECT register_id, receipt_number, kind, training FROM sales WHERE id = ?"), {saleId});
    if (!q || !q->next()) return SaleCoverage::tr("sale %1").arg(saleId);
    const QString reg = q->value(0).toString();
    const qint64 number = q->value(1).toLongLong();
    if (q->value(2).toString() == QLatin1String("return"))
        return SaleCoverage::tr("return receipt %1 on %2").arg(number).arg(reg);
    if (q->value(3).toBool()) return SaleCoverage::tr("training receipt %1 on %2").arg(number).arg(reg);
    return SaleCoverage::tr("receipt %1 on %2").arg(number).arg(reg);
}

// An entry written before sale digests: its payload must be what the rows give today.
bool payloadStillMatches(const Database& db, qint64 seq, qint64 saleId) {
    auto stored = db.query(QStringLiteral("SELECT payload FROM journal WHERE seq = ?"), {seq});
    if (!stored || !stored->next()) return false;
    const QJsonObject recorded = QJsonDocument::fromJson(stored->value(0).toString().toUtf8()).object();
    auto sale = salerows::load(db, saleId);
    return sale && salerows::journalPayload(sale.value(), QString()) == recorded;
}

struct EntryCursor {
    std::optional<QSqlQuery> q;
    bool more = false;
    qint64 sale() const { return q->value(0).toLongLong(); }
    qint64 seq() const { return q->value(1).toLongLong(); }
    QVariant rows() const { return q->value(2); }
    qint64 receipt() const { return q->value(3).toLongLong(); }
    void next() { more = q->next(); }
};

}  // namespace

Result<std::vector<CoverageProblem>> SaleCoverage::check(const Database& db, qint64 fromSaleId) {
    // The entries that record sales, by the sale they name; a payload that is not JSON names none
    // (the chain check reports that entry as changed).
    auto q = db.query(QStringLiteral(
        "SELECT sale, seq, rows, receipt FROM ("
        " SELECT CASE WHEN json_valid(payload) THEN CAST(json_extract(payload, '$.sale_id') AS INTEGER) END AS sale,"
        "  seq, CASE WHEN json_valid(payload) THEN json_extract(payload, '$.rows') END AS rows,"
        "  CASE WHEN json_valid(payload) THEN json_extract(payload, '$.receipt_number') END AS receipt"
        " FROM journal WHERE kind IN ('sale', 'return'))"
        " WHERE sale >= ? ORDER BY sale, seq"),
        {fromSaleId});
    if (!q) return q.error();
    EntryCursor entry;
    entry.q.emplace(std::move(q).value());
    entry.next();

    std::vector<CoverageProblem> problems;
    using K = CoverageProblem::Kind;
    // Entries for sales below `saleId` that were not matched: their sales are gone.
    auto deletedBefore = [&](qint64 saleId) {
        for (; entry.more && entry.sale() < saleId; entry.next())
            problems.push_back({K::Deleted, entry.sale(), entry.seq(),
                                tr("Receipt %1, recorded in journal entry %2, is missing from the database: it was "
                                   "deleted.")
                                    .arg(entry.receipt())
                                    .arg(entry.seq())});
    };
    auto sale = [&](qint64 saleId, const QString& digest) {
        deletedBefore(saleId);
        if (!entry.more || entry.sale() != saleId) {
            problems.push_back({K::Unrecorded, saleId, 0,
                                tr("%1 has no entry in the journal: it was put into the database outside the till.")
                                    .arg(describe(db, saleId))});
            return;
        }
        const qint64 seq = entry.seq();
        const QVariant rows = entry.rows();
        for (entry.next(); entry.more && entry.sale() == saleId; entry.next())
            problems.push_back({K::Twice, saleId, entry.seq(),
                                tr("Journal entries %1 and %2 both record %3.").arg(seq).arg(entry.seq()).arg(describe(db, saleId))});
        const bool same = rows.isNull() ? payloadStillMatches(db, seq, saleId) : rows.toString() == digest;
        if (!same)
            problems.push_back({K::Changed, saleId, seq,
                                tr("%1 was changed after it was recorded in journal entry %2: its totals, lines or "
                                   "payments are no longer what was sold.")
                                    .arg(describe(db, saleId))
                                    .arg(seq)});
    };
    auto orphan = [&](qint64 saleId) {
        problems.push_back({K::Orphaned, saleId, 0,
                            tr("Lines or payments of sale %1 are still there, but the sale itself was deleted.").arg(saleId)});
    };
    if (auto r = saledigest::forEach(db, fromSaleId, sale, orphan); !r) return r.error();
    deletedBefore(std::numeric_limits<qint64>::max());
    for (const CoverageProblem& p : problems) qCWarning(lcCoverage) << p.reason;
    return problems;
}

}  // namespace ak
