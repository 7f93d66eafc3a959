#pragma once
// Small helpers around QSqlQuery so that every failure becomes a typed Storage error with a
// translated sentence for the person at the till (the driver's own text goes to the log, once,
// under aktivkafe.core.db).

#include "core/util/Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <QVariantList>

namespace ak::sql {

// Prepares `statement`, binds `values` positionally ('?') and executes it.
Result<QSqlQuery> run(const QSqlDatabase& db, const QString& statement, const QVariantList& values = {});

// Runs a statement expected to return one row and returns its first column (NotFound if no row).
Result<QVariant> scalar(const QSqlDatabase& db, const QString& statement, const QVariantList& values = {});

// A null QString binds as SQL NULL; text columns are NOT NULL, so empty texts are bound as ''.
inline QVariant text(const QString& s) { return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s); }

// How a moment is stored: UTC, ISO 8601 with milliseconds ("2025-03-06T09:15:02.120Z").
inline QString utcText(const QDateTime& t) { return t.toUTC().toString(Qt::ISODateWithMs); }
inline QDateTime fromUtcText(const QString& text) { return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC(); }

// The Storage error for a failure the driver described as `technical` (logged, never shown) with
// SQLite's result code `sqliteCode` (0: none): a translated sentence for the person at the till
// that says what happened and what to do. A UNIQUE clash is Conflict and a FOREIGN KEY failure
// InvalidInput, so that callers can say it in their own words by the code.
Error failure(const QString& technical, int sqliteCode = 0);
// The same for PostgreSQL's SQLSTATE (QPSQL's nativeErrorCode): unique and foreign-key violations
// as above, a serialization failure or deadlock as busy, a lost connection in its own words.
Error postgresFailure(const QString& technical, const QString& sqlstate);

// Runs a statement without binding (PRAGMA, BEGIN, DDL with several parameters-free parts).
Result<void> exec(const QSqlDatabase& db, const QString& statement);

}  // namespace ak::sql
