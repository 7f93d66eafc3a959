#pragma once
// The café's schema as a test reads it, the same on SQLite (sqlite_master, pragma_*) and on
// PostgreSQL (information_schema, pg_catalog): for the tests that check what the schema may hold,
// such as no column linking a visit to anything (VisitTest) or no clear card UID anywhere.

#include "core/storage/Database.h"

#include <QString>
#include <QStringList>

namespace ak::test {

QStringList tableNames(const Database& db);
// In the order of the table's definition.
QStringList columnNames(const Database& db, const QString& table);
// The tables `table` has a foreign key to, and the tables with a foreign key to `table`.
QStringList referencedBy(const Database& db, const QString& table);
QStringList referencing(const Database& db, const QString& table);
// Triggers and views on a table whose name starts with `prefix`, or whose definition names it.
QStringList triggersAndViewsAbout(const Database& db, const QString& prefix);

}  // namespace ak::test
