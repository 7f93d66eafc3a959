#pragma once
// Small helpers around QSqlQuery so that every failure becomes a typed Storage error with the
// driver's message, and is logged once under aktivkafe.core.db.

#include "core/util/Result.h"

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

// Runs a statement without binding (PRAGMA, BEGIN, DDL with several parameters-free parts).
Result<void> exec(const QSqlDatabase& db, const QString& statement);

}  // namespace ak::sql
