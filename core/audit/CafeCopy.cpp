#include "core/audit/CafeCopy.h"

#include "core/audit/ProtectedTriggers.h"
#include "core/journal/Journal.h"
#include "core/storage/PostgresSchema.h"
#include "core/storage/Sql.h"
#include "core/util/Clock.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace ak {

Q_LOGGING_CATEGORY(lcCopy, "aktivkafe.core.copy")

namespace {

// Rows per INSERT: few round trips to a server, within SQLite's limit of bound values.
constexpr int kRowsPerInsert = 250;
constexpr int kMaxValuesPerInsert = 30000;

QStringList columnsOf(const Database& db, const QString& table) {
    auto q = db.query(QStringLiteral("SELECT * FROM %1 WHERE 1 = 0").arg(table));
    if (!q) return {};
    QStringList names;
    const QSqlRecord record = q->record();
    for (int i = 0; i < record.count(); ++i) names << record.fieldName(i);
    return names;
}

Result<qint64> count(const Database& db, const QString& table) {
    auto n = sql::scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
    if (!n) return n.error();
    return n->toLongLong();
}

Result<qint64> salesTotal(const Database& db) {
    auto n = sql::scalar(db.connection(), QStringLiteral("SELECT COALESCE(SUM(total_minor), 0) FROM sales"));
    if (!n) return n.error();
    return n->toLongLong();
}

Result<QString> journalHead(const Database& db) {
    auto q = db.query(QStringLiteral("SELECT seq, hash FROM journal_head WHERE id = 1"));
    if (!q) return q.error();
    if (!q->next()) return QString();
    return QString(q->value(0).toString() + u' ' + q->value(1).toString());
}

// The tables whose rows mean a café is in use; the rows a new café starts with are elsewhere.
Result<void> refuseUsedTarget(const Database& to) {
    for (const char* table : {"journal", "staff", "products", "sales", "coffee_cards", "visits", "activities", "shifts"}) {
        auto n = count(to, QString::fromLatin1(table));
        if (!n) return n.error();
        if (n.value() > 0)
            return Error{ErrorCode::Conflict,
                         CafeCopy::tr("%1 already holds a café (its %2 are not empty). A café is only copied into a new, "
                                      "empty database; nothing was changed.")
                             .arg(to.path(), QString::fromLatin1(table))};
    }
    return {};
}

// One table's rows, in the order of its first column (the id: parents before their returns), as
// multi-row INSERTs. The source is read row by row, the target written in batches.
Result<qint64> copyTable(const Database& from, Database& to, const QString& table, const QStringList& columns) {
    QSqlQuery source(from.connection());
    source.setForwardOnly(true);  // streamed: the source's connection serves nothing else meanwhile
    const QString list = columns.join(QStringLiteral(", "));
    if (!source.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY 1").arg(list, table)))
        return Error{ErrorCode::Storage, CafeCopy::tr("%1 could not be read from %2: %3")
                                             .arg(table, from.path(), source.lastError().text())};
    const int perInsert = std::max(1, std::min(kRowsPerInsert, kMaxValuesPerInsert / int(columns.size())));
    const QString oneRow = u'(' + QStringList(columns.size(), QStringLiteral("?")).join(u',') + u')';
    const auto statement = [&](int rows) -> QString {
        return QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, list) + QStringList(rows, oneRow).join(u',');
    };
    QSqlQuery full(to.connection());
    if (!full.prepare(statement(perInsert)))
        return Error{ErrorCode::Storage, CafeCopy::tr("%1 could not be written: %2").arg(table, full.lastError().text())};
    QVariantList pending;
    qint64 copied = 0;
    const auto flush = [&](QSqlQuery& insert) -> Result<void> {
        for (const QVariant& v : pending) insert.addBindValue(v);
        if (!insert.exec())
            return Error{ErrorCode::Storage, CafeCopy::tr("%1 could not be written into %2: %3")
                                                 .arg(table, to.path(), insert.lastError().text())};
        pending.clear();
        return {};
    };
    while (source.next()) {
        for (int i = 0; i < columns.size(); ++i) pending << source.value(i);
        if (++copied % perInsert == 0)
            if (auto r = flush(full); !r) return r.error();
    }
    if (source.lastError().isValid())
        return Error{ErrorCode::Storage, CafeCopy::tr("%1 could not be read from %2: %3")
                                             .arg(table, from.path(), source.lastError().text())};
    if (!pending.isEmpty()) {
        QSqlQuery rest(to.connection());
        if (!rest.prepare(statement(int(pending.size() / columns.size()))))
            return Error{ErrorCode::Storage, CafeCopy::tr("%1 could not be written: %2").arg(table, rest.lastError().text())};
        if (auto r = flush(rest); !r) return r.error();
    }
    return copied;
}

// PostgreSQL hands out ids from a sequence that copied rows did not move: on past the largest.
Result<void> moveIdentities(Database& to) {
    auto q = to.query(QStringLiteral("SELECT table_name FROM information_schema.columns WHERE table_schema ="
                                     " current_schema() AND column_name = 'id' AND is_identity = 'YES'"));
    if (!q) return q.error();
    QStringList tables;
    while (q->next()) tables << q->value(0).toString();
    for (const QString& t : tables)
        if (auto r = to.query(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'),"
                                             " (SELECT COALESCE(MAX(id), 0) + 1 FROM %1), false)")
                                  .arg(t));
            !r)
            return r.error();
    return {};
}

Result<void> verifyTarget(Database& to, const CopiedCafe& copied, const QString& sourceHead) {
    for (const auto& [table, rows] : copied.rows) {
        auto n = count(to, table);
        if (!n) return n.error();
        if (n.value() != rows)
            return Error{ErrorCode::Storage, CafeCopy::tr("The copy in %1 holds %2 rows of %3 instead of %4.")
                                                 .arg(to.path()).arg(n.value()).arg(table).arg(rows)};
    }
    auto total = salesTotal(to);
    if (!total) return total.error();
    if (total.value() != copied.salesTotalMinor)
        return Error{ErrorCode::Storage, CafeCopy::tr("The sales in %1 add up to %2 instead of %3 (in øre/cents).")
                                             .arg(to.path()).arg(total.value()).arg(copied.salesTotalMinor)};
    auto head = journalHead(to);
    if (!head) return head.error();
    const SystemClock clock;
    auto verified = Journal(to, clock, QString()).verify();
    if (!verified) return verified.error();
    if (!verified->ok() || head.value() != sourceHead)
        return Error{ErrorCode::Storage, CafeCopy::tr("The journal copied into %1 does not verify: %2")
                                             .arg(to.path(), verified->ok() ? CafeCopy::tr("it ends elsewhere")
                                                                            : verified->reason)};
    return {};
}

}  // namespace

qint64 CopiedCafe::totalRows() const {
    qint64 n = 0;
    for (const auto& [table, rows] : rows) n += rows;
    return n;
}

const QStringList& CafeCopy::tables() { return postgresTables(); }

Result<CopiedCafe> CafeCopy::copy(const Database& from, Database& to) {
    if (from.schemaVersion() != to.schemaVersion())
        return Error{ErrorCode::Migration, tr("%1 is at schema version %2 and %3 at %4; both must be opened by this "
                                              "version of Aktivkafe first.")
                                               .arg(from.path())
                                               .arg(from.schemaVersion())
                                               .arg(to.path())
                                               .arg(to.schemaVersion())};
    if (auto r = refuseUsedTarget(to); !r) return r.error();
    CopiedCafe copied;
    QString sourceHead;
    auto read = from.read([&]() -> Result<void> {
        auto head = journalHead(from);
        if (!head) return head.error();
        sourceHead = head.value();
        auto total = salesTotal(from);
        if (!total) return total.error();
        copied.salesTotalMinor = total.value();
        return to.write([&]() -> Result<void> {
            if (auto r = ProtectedTriggers::lift(to); !r) return r;
            for (auto t = tables().crbegin(); t != tables().crend(); ++t)
                if (auto r = to.query(QStringLiteral("DELETE FROM %1").arg(*t)); !r) return r.error();
            for (const QString& table : tables()) {
                const QStringList columns = columnsOf(from, table);
                if (columns.isEmpty() || columns != columnsOf(to, table))
                    return Error{ErrorCode::Migration, tr("The table %1 is not the same in %2 and %3.")
                                                           .arg(table, from.path(), to.path())};
                auto rows = copyTable(from, to, table, columns);
                if (!rows) return rows.error();
                copied.rows[table] = rows.value();
                qCInfo(lcCopy) << "copied" << rows.value() << "rows of" << table;
            }
            if (to.isPostgres())
                if (auto r = moveIdentities(to); !r) return r;
            return ProtectedTriggers::put(to);
        });
    });
    if (!read) return read.error();
    // A server plans its queries from statistics that autovacuum gathers only some time later:
    // gathered now, the check below and the first sale or report on the copy are planned for the
    // café's real size rather than for empty tables.
    if (to.isPostgres())
        if (auto r = sql::exec(to.connection(), QStringLiteral("ANALYZE")); !r) return r.error();
    copied.journalEntries = copied.rows[QStringLiteral("journal")];
    if (auto r = verifyTarget(to, copied, sourceHead); !r) return r.error();
    return copied;
}

}  // namespace ak
