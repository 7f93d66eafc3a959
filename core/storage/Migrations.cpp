#include "core/storage/Migrations.h"

#include "core/storage/Sql.h"

#include <QLoggingCategory>

#include <algorithm>

namespace ak {

Q_LOGGING_CATEGORY(lcMigrations, "aktivkafe.core.db")

int latestVersion(const MigrationList& list) {
    int v = 0;
    for (const Migration& m : list) v = std::max(v, m.version);
    return v;
}

namespace {

bool isPostgres(const QSqlDatabase& db) { return db.driverName() == QLatin1String("QPSQL"); }

Result<bool> hasVersionTable(QSqlDatabase& db) {
    auto n = sql::scalar(db, isPostgres(db) ? QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables"
                                                             " WHERE schemaname = current_schema() AND tablename = 'schema_version'")
                                            : QStringLiteral("SELECT count(*) FROM sqlite_master"
                                                             " WHERE type = 'table' AND name = 'schema_version'"));
    if (!n) return n.error();
    return n->toInt() > 0;
}

}  // namespace

Result<int> schemaVersion(QSqlDatabase& db) {
    int version = 0;
    if (!isPostgres(db)) {
        // Cafés from before the schema_version table (step 21) and earlier versions of Aktivkafe
        // know only this; it is kept in step, so that an older program still refuses a newer file.
        auto v = sql::scalar(db, QStringLiteral("PRAGMA user_version"));
        if (!v) return v.error();
        version = v->toInt();
    }
    auto table = hasVersionTable(db);
    if (!table) return table.error();
    if (table.value()) {
        auto v = sql::scalar(db, QStringLiteral("SELECT version FROM schema_version"));
        if (!v) return v.error();
        version = std::max(version, v->toInt());  // either mark saying "newer" is enough to refuse
    }
    return version;
}

namespace {

Result<void> checkList(const MigrationList& list) {
    for (size_t i = 0; i < list.size(); ++i)
        if (list[i].version != int(i) + 1)
            return Result<void>::fail(ErrorCode::Migration,
                                      QStringLiteral("Migration list is out of order at step %1").arg(i + 1));
    return {};
}

Result<void> applyStep(QSqlDatabase& db, const Migration& m) {
    if (auto r = sql::exec(db, QStringLiteral("SAVEPOINT migration")); !r) return r;
    for (const QString& statement : m.statements) {
        if (auto r = sql::exec(db, statement); !r) return r;
    }
    auto table = hasVersionTable(db);
    if (!table) return table.error();
    if (table.value())
        if (auto r = sql::run(db, QStringLiteral("UPDATE schema_version SET version = ?"), {m.version}); !r) return r.error();
    // user_version cannot be bound as a parameter; the number comes from our own list.
    if (!isPostgres(db))
        if (auto r = sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(m.version)); !r) return r;
    return sql::exec(db, QStringLiteral("RELEASE migration"));
}

}  // namespace

Result<void> migrate(QSqlDatabase& db, const QString& fileLabel, const MigrationList& list) {
    if (auto r = checkList(list); !r) return r;
    const int latest = latestVersion(list);

    auto newer = [&](int found) {
        return Result<void>::fail(ErrorCode::NewerSchema,
                                  QStringLiteral("%1 has schema version %2, but this version of Aktivkafe only "
                                                 "knows up to %3. Use a newer Aktivkafe; the file was not changed.")
                                      .arg(fileLabel)
                                      .arg(found)
                                      .arg(latest));
    };

    // Look before taking the write lock: a newer or current file must not be written to at all.
    auto before = schemaVersion(db);
    if (!before) return before.error();
    if (before.value() > latest) return newer(before.value());
    if (before.value() == latest) return {};

    // Another process (kiosk and till start together) may be migrating: BEGIN IMMEDIATE waits for
    // it, and the version is read again under the lock.
    if (auto r = sql::exec(db, QStringLiteral("BEGIN IMMEDIATE")); !r) return r;
    auto current = schemaVersion(db);
    if (!current) {
        (void)sql::exec(db, QStringLiteral("ROLLBACK"));
        return current.error();
    }
    if (current.value() > latest) {
        (void)sql::exec(db, QStringLiteral("ROLLBACK"));
        return newer(current.value());
    }
    for (const Migration& m : list) {
        if (m.version <= current.value()) continue;
        qCInfo(lcMigrations) << "migrating" << fileLabel << "to version" << m.version << "-" << m.description;
        if (auto r = applyStep(db, m); !r) {
            (void)sql::exec(db, QStringLiteral("ROLLBACK"));
            return Result<void>::fail(ErrorCode::Migration,
                                      QStringLiteral("Could not upgrade %1 from schema version %2 to %3 (\"%4\"): %5 "
                                                     "The file was not changed.")
                                          .arg(fileLabel)
                                          .arg(current.value())
                                          .arg(m.version)
                                          .arg(m.description, r.error().message));
        }
    }
    if (auto r = sql::exec(db, QStringLiteral("COMMIT")); !r) {
        (void)sql::exec(db, QStringLiteral("ROLLBACK"));
        return Result<void>::fail(ErrorCode::Migration,
                                  QStringLiteral("Could not commit the upgrade of %1: %2").arg(fileLabel, r.error().message));
    }
    return {};
}

}  // namespace ak
