#include "core/storage/Sql.h"

#include "core/storage/SqliteCode.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlError>

namespace ak::sql {

Q_LOGGING_CATEGORY(lcSql, "aktivkafe.core.db")

namespace {

// The context lupdate gives tr() calls in this namespace.
QString tr(const char* text) { return QCoreApplication::translate("ak::sql", text); }

using namespace sqlite;

}  // namespace

// What the person at the till reads: what happened, that nothing half-done was kept (every write
// is one transaction), and what to do. The driver's own text is for the log.
Error failure(const QString& technical, int sqliteCode) {
    qCWarning(lcSql) << "storage error:" << technical;
    switch (sqliteCode & 0xff) {
    case kFull:
        return {ErrorCode::Storage, tr("The disk is full, so this could not be saved. Nothing was lost. Ask whoever "
                                       "looks after the till to free some space, then try again.")};
    case kReadOnly:
    case kCantOpen:
        return {ErrorCode::Storage, tr("The till cannot save anything: its database has become read-only. Nothing was "
                                       "saved. Ask whoever looks after the till.")};
    case kBusy:
    case kLocked:
        return {ErrorCode::Storage, tr("The database is busy with another till or the kiosk. Wait a moment and try "
                                       "again.")};
    case kIoErr:
        return {ErrorCode::Storage, tr("The disk did not answer, so this could not be saved. Try again; if it happens "
                                       "again, call whoever looks after the till.")};
    case kConstraint:
        // The two a caller can turn into its own words (a code already used, a category that is
        // gone); the rest (CHECK, the append-only triggers) are refusals like any other.
        if (technical.contains(QLatin1String("UNIQUE constraint failed")))
            return {ErrorCode::Conflict, tr("Something with the same name or code is already there, so nothing was "
                                            "saved.")};
        if (technical.contains(QLatin1String("FOREIGN KEY constraint failed")))
            return {ErrorCode::InvalidInput, tr("This refers to something that is not there any more, so nothing was "
                                                "saved.")};
        break;
    case kCorrupt:
    case kNotADb:
        return {ErrorCode::Storage, tr("The till's database is damaged. Stop selling and call the manager: the last "
                                       "backup must be put back.")};
    default:
        break;
    }
    return {ErrorCode::Storage, tr("The database refused to save this, so nothing was saved. Tell whoever looks after "
                                   "the till; the details are in the till's log.")};
}

Error postgresFailure(const QString& technical, const QString& sqlstate) {
    // SQLSTATE classes (PostgreSQL's errcodes): the same sentences as SQLite's codes above.
    const QString klass = sqlstate.left(2);
    if (sqlstate == QLatin1String("23505")) return failure(QStringLiteral("UNIQUE constraint failed: ") + technical, kConstraint);
    if (sqlstate == QLatin1String("23503"))
        return failure(QStringLiteral("FOREIGN KEY constraint failed: ") + technical, kConstraint);
    if (sqlstate == QLatin1String("53100")) return failure(technical, kFull);
    if (sqlstate == QLatin1String("25006")) return failure(technical, kReadOnly);
    if (sqlstate == QLatin1String("40001") || sqlstate == QLatin1String("40P01") || sqlstate == QLatin1String("55P03"))
        return failure(technical, kBusy);
    if (klass == QLatin1String("XX")) return failure(technical, kCorrupt);
    if (klass == QLatin1String("08") || klass == QLatin1String("57") || sqlstate.isEmpty()) {
        qCWarning(lcSql) << "storage error:" << technical;
        return {ErrorCode::Storage, tr("The till lost its connection to the database server, so this was not saved. "
                                       "Check that the server is on and the network cable is in, then try again.")};
    }
    return failure(technical, 0);
}

namespace {
Error storageError(const QSqlDatabase& db, const QString& statement, const QSqlError& e) {
    const QString technical = statement + QStringLiteral(" - ") + e.text();
    if (db.driverName() == QLatin1String("QPSQL")) return postgresFailure(technical, e.nativeErrorCode());
    return failure(technical, sqlite::code(e));
}
}  // namespace

Result<QSqlQuery> run(const QSqlDatabase& db, const QString& statement, const QVariantList& values) {
    QSqlQuery q(db);
    // SQLite: rows as they are stepped to, no copy. PostgreSQL's driver streams a forward-only
    // result on the connection itself, which then serves no other query until it is read to the end;
    // repositories walk several results at once (SaleDigest), so there the result is fetched whole.
    q.setForwardOnly(db.driverName() != QLatin1String("QPSQL"));
    if (!q.prepare(statement)) return storageError(db, statement, q.lastError());
    for (const QVariant& v : values) q.addBindValue(v);
    if (!q.exec()) return storageError(db, statement, q.lastError());
    return q;
}

Result<QVariant> scalar(const QSqlDatabase& db, const QString& statement, const QVariantList& values) {
    auto q = run(db, statement, values);
    if (!q) return q.error();
    if (!q->next()) {
        // No row, or reading the row failed (a damaged page, a full disk mid-statement).
        if (q->lastError().isValid()) return storageError(db, statement, q->lastError());
        return Error{ErrorCode::NotFound, QStringLiteral("No row for: %1").arg(statement)};
    }
    QVariant v = q->value(0);
    q->finish();
    return v;
}

Result<void> exec(const QSqlDatabase& db, const QString& statement) {
    QSqlQuery q(db);
    if (!q.exec(statement)) return storageError(db, statement, q.lastError());
    return {};
}

}  // namespace ak::sql
