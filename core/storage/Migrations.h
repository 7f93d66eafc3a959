#pragma once
// The schema history of an Aktivkafe database and the code that applies it.
//
// Versions live in PRAGMA user_version (0 = empty file). Opening a database brings it to the
// latest version; tests inject their own list to exercise upgrades and failures.
//
// All pending steps run inside one BEGIN IMMEDIATE transaction, each step inside its own
// SAVEPOINT with user_version set at its end. Why not one COMMIT per step: a half-upgraded file
// (say v3 of 5 because step 4 failed) would then be left behind and the next start of an older
// build would refuse it as "newer"; with one transaction a failed step rolls everything back and
// the file stays byte-identical, which is what the person restoring a backup needs to be told.

#include "core/storage/Migration.h"
#include "core/util/Result.h"

#include <QSqlDatabase>

namespace ak {

// The migrations of this build of Aktivkafe, oldest first (see SchemaV1.cpp).
const MigrationList& schemaMigrations();

// Highest version in `list` (0 for an empty list).
int latestVersion(const MigrationList& list);

// Brings `db` from its current schema version to latestVersion(list). `fileLabel` names the file
// in error messages. Errors: Migration (a step failed; nothing was changed), NewerSchema (the
// file was written by a newer version; nothing was changed), Storage.
Result<void> migrate(QSqlDatabase& db, const QString& fileLabel, const MigrationList& list);

// The schema's version: the schema_version table (from step 21 on, and always on PostgreSQL) and,
// on SQLite, PRAGMA user_version, which each step keeps in step for earlier versions of Aktivkafe
// (they know only that one). The higher of the two counts, so that either says "newer" alone.
Result<int> schemaVersion(QSqlDatabase& db);

}  // namespace ak
