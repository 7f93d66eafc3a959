#include "core/storage/Sql.h"

#include <QLoggingCategory>
#include <QSqlError>

namespace ak::sql {

Q_LOGGING_CATEGORY(lcSql, "aktivkafe.core.db")

namespace {
Error storageError(const QString& statement, const QSqlError& e) {
    qCWarning(lcSql) << "statement failed:" << statement << "-" << e.text();
    return Error{ErrorCode::Storage, QStringLiteral("The database refused an operation: %1").arg(e.text())};
}
}  // namespace

Result<QSqlQuery> run(const QSqlDatabase& db, const QString& statement, const QVariantList& values) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(statement)) return storageError(statement, q.lastError());
    for (const QVariant& v : values) q.addBindValue(v);
    if (!q.exec()) return storageError(statement, q.lastError());
    return q;
}

Result<QVariant> scalar(const QSqlDatabase& db, const QString& statement, const QVariantList& values) {
    auto q = run(db, statement, values);
    if (!q) return q.error();
    if (!q->next()) return Error{ErrorCode::NotFound, QStringLiteral("No row for: %1").arg(statement)};
    QVariant v = q->value(0);
    q->finish();
    return v;
}

Result<void> exec(const QSqlDatabase& db, const QString& statement) {
    QSqlQuery q(db);
    if (!q.exec(statement)) return storageError(statement, q.lastError());
    return {};
}

}  // namespace ak::sql
