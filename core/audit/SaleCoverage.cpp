#include "core/audit/SaleCoverage.h"

#include "core/sales/SaleDigest.h"
#include "core/sales/SaleRows.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <limits>
#include <map>
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

// `described` at the start of a sentence.
QString capitalised(QString described) {
    if (!described.isEmpty()) described[0] = described[0].toUpper();
    return described;
}

// An entry written before sale digests: its payload must be what the rows give today.
bool payloadStillMatches(const Database& db, qint64 seq, qint64 saleId) {
    auto stored = db.query(QStringLiteral("SELECT payload FROM journal WHERE seq = ?"), {seq});
    if (!stored || !stored->next()) return false;
    const QJsonObject recorded = QJsonDocument::fromJson(stored->value(0).toString().toUtf8()).object();
    auto sale = salerows::load(db, saleId);
    return sale && salerows::journalPayload(sale.value(), QString()) == recorded;
}

using K = CoverageProblem::Kind;

// The sentences, one per kind of finding.
CoverageProblem deleted(qint64 saleId, qint64 seq, qint64 receipt) {
    return {K::Deleted, saleId, seq,
            SaleCoverage::tr("Receipt %1, recorded in journal entry %2, is missing from the database: it was deleted.")
                .arg(receipt)
                .arg(seq)};
}
CoverageProblem unrecorded(const Database& db, qint64 saleId) {
    return {K::Unrecorded, saleId, 0,
            SaleCoverage::tr("%1 has no entry in the journal: it was put into the database outside the till.")
                .arg(capitalised(describe(db, saleId)))};
}
CoverageProblem changed(const Database& db, qint64 saleId, qint64 seq) {
    return {K::Changed, saleId, seq,
            SaleCoverage::tr("%1 was changed after it was recorded in journal entry %2: its totals, lines or payments "
                             "are no longer what was sold.")
                .arg(capitalised(describe(db, saleId)))
                .arg(seq)};
}
CoverageProblem twice(const Database& db, qint64 saleId, qint64 first, qint64 second) {
    return {K::Twice, saleId, second,
            SaleCoverage::tr("Journal entries %1 and %2 both record %3.").arg(first).arg(second).arg(describe(db, saleId))};
}
CoverageProblem orphaned(qint64 saleId) {
    return {K::Orphaned, saleId, 0,
            SaleCoverage::tr("Lines or payments of sale %1 are still there, but the sale itself was deleted.").arg(saleId)};
}

// Whether the sale still has the rows its entry recorded: by digest, or (an entry from before
// digests) by payload.
bool unchanged(const Database& db, qint64 saleId, qint64 seq, const QVariant& rows, const QString& digest) {
    return rows.isNull() ? payloadStillMatches(db, seq, saleId) : rows.toString() == digest;
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

// The columns an entry's check needs, from its payload; NULL for a payload that is not JSON (the
// chain check reports that entry as changed).
QString entryColumns(const Database& db) {
    return QStringLiteral("%1 AS sale, seq, %2 AS rows, %3 AS receipt")
        .arg(db.jsonInteger("payload", "sale_id"), db.jsonText("payload", "rows"), db.jsonText("payload", "receipt_number"));
}

}  // namespace

Result<std::vector<CoverageProblem>> SaleCoverage::check(const Database& db) {
    auto q = db.query(QStringLiteral("SELECT %1 FROM journal WHERE kind IN ('sale', 'return') ORDER BY sale NULLS FIRST, seq")
                          .arg(entryColumns(db)));
    if (!q) return q.error();
    EntryCursor entry;
    entry.q.emplace(std::move(q).value());
    entry.next();
    std::vector<CoverageProblem> problems;
    // Entries for sales below `saleId` that were not matched: their sales are gone.
    auto deletedBefore = [&](qint64 saleId) {
        for (; entry.more && entry.sale() < saleId; entry.next())
            if (!entry.q->value(0).isNull()) problems.push_back(deleted(entry.sale(), entry.seq(), entry.receipt()));
    };
    auto sale = [&](qint64 saleId, const QString& digest) {
        deletedBefore(saleId);
        if (!entry.more || entry.sale() != saleId) {
            problems.push_back(unrecorded(db, saleId));
            return;
        }
        const qint64 seq = entry.seq();
        const QVariant rows = entry.rows();
        for (entry.next(); entry.more && entry.sale() == saleId; entry.next())
            problems.push_back(twice(db, saleId, seq, entry.seq()));
        if (!unchanged(db, saleId, seq, rows, digest)) problems.push_back(changed(db, saleId, seq));
    };
    auto orphan = [&](qint64 saleId) { problems.push_back(orphaned(saleId)); };
    if (auto r = saledigest::forEach(db, 0, sale, orphan); !r) return r.error();
    deletedBefore(std::numeric_limits<qint64>::max());
    for (const CoverageProblem& p : problems) qCWarning(lcCoverage) << p.reason;
    return problems;
}

Result<std::vector<CoverageProblem>> SaleCoverage::recent(const Database& db, int entries) {
    auto last = db.query(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM journal"));
    if (!last) return last.error();
    const qint64 start = std::max<qint64>(1, (last->next() ? last->value(0).toLongLong() : 0) - entries + 1);
    std::vector<CoverageProblem> problems;

    // The sale entries among the newest entries, by the sale they record.
    // "+kind": walk the newest entries by seq; through the journal_by_kind index SQLite would read
    // and sort every sale entry ever made (0.6 s on a million sales). PostgreSQL has no unary + on
    // text and plans by its statistics.
    const QString kind = db.isPostgres() ? QStringLiteral("kind") : QStringLiteral("+kind");
    auto tail = db.query(QStringLiteral("SELECT %1 FROM journal WHERE seq >= ? AND %2 IN ('sale', 'return') ORDER BY seq")
                             .arg(entryColumns(db), kind),
                         {start});
    if (!tail) return tail.error();
    struct Recorded {
        qint64 seq;
        QVariant rows;
        qint64 receipt;
        bool seen = false;
    };
    std::map<qint64, Recorded> recorded;
    while (tail->next()) {
        if (tail->value(0).isNull()) continue;
        const qint64 saleId = tail->value(0).toLongLong(), seq = tail->value(1).toLongLong();
        if (const auto [at, fresh] = recorded.emplace(saleId, Recorded{seq, tail->value(2), tail->value(3).toLongLong()});
            !fresh)
            problems.push_back(twice(db, saleId, at->second.seq, seq));
    }
    // Sale ids only grow, and a sale and its entry are written in one transaction: every sale after
    // the last one recorded before these entries must be recorded among them, unchanged.
    auto floor = db.query(QStringLiteral("SELECT %1 FROM journal WHERE seq < ? AND %2 IN ('sale', 'return')"
                                         " ORDER BY seq DESC LIMIT 1")
                              .arg(entryColumns(db), kind),
                          {start});
    if (!floor) return floor.error();
    const qint64 after = floor->next() ? floor->value(0).toLongLong() : 0;
    floor->finish();
    auto sale = [&](qint64 saleId, const QString& digest) {
        const auto it = recorded.find(saleId);
        if (it == recorded.end()) {
            problems.push_back(unrecorded(db, saleId));
            return;
        }
        it->second.seen = true;
        if (!unchanged(db, saleId, it->second.seq, it->second.rows, digest))
            problems.push_back(changed(db, saleId, it->second.seq));
    };
    auto orphan = [&](qint64 saleId) { problems.push_back(orphaned(saleId)); };
    if (auto r = saledigest::forEach(db, after, sale, orphan); !r) return r.error();
    // An entry among the newest that records an older sale does not happen by itself (the chain
    // check says more); its sale is still looked at on its own.
    for (auto& [saleId, entry] : recorded) {
        if (saleId > after) continue;
        auto digest = saledigest::of(db, saleId);
        if (!digest && digest.error().code != ErrorCode::NotFound) return digest.error();
        if (!digest) continue;  // reported as deleted below
        entry.seen = true;
        if (!unchanged(db, saleId, entry.seq, entry.rows, digest.value())) problems.push_back(changed(db, saleId, entry.seq));
    }
    for (const auto& [saleId, entry] : recorded)
        if (!entry.seen) problems.push_back(deleted(saleId, entry.seq, entry.receipt));
    for (const CoverageProblem& p : problems) qCWarning(lcCoverage) << p.reason;
    return problems;
}

}  // namespace ak
