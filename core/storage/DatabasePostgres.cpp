// Database::open for a café on a PostgreSQL server (Database.h): connect, recognise, create.
#include "core/storage/Database.h"

#include "core/storage/Migrations.h"
#include "core/storage/PostgresConnection.h"
#include "core/storage/PostgresSchema.h"
#include "core/storage/Sql.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

namespace ak {

Q_DECLARE_LOGGING_CATEGORY(lcDb)

namespace {

Result<int> tableCount(QSqlDatabase& db) {
    auto n = sql::scalar(db, QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"));
    if (!n) return n.error();
    return n->toInt();
}

}  // namespace

Result<std::unique_ptr<Database>> Database::openPostgresCafe(const DatabaseLocation& location, const DatabaseOptions& options) {
    std::unique_ptr<Database> db(new Database(location.display(), newConnectionName(), true));
    auto connected = openPostgres(location, db->connectionName_);
    if (!connected) return connected.error();
    db->db_ = connected.value();
    if (auto r = db->configureSession(); !r) return r.error();

    const MigrationList& list = options.migrations ? *options.migrations : schemaMigrations();
    const int latest = latestVersion(list);
    auto version = ak::schemaVersion(db->db_);
    if (!version) return version.error();
    if (version.value() == 0) {
        auto tables = tableCount(db->db_);
        if (!tables) return tables.error();
        if (tables.value() > 0)
            return Error{ErrorCode::Storage,
                         QStringLiteral("The database %1 holds another program's tables, not an Aktivkafe café. It was "
                                        "not changed. A café needs a database of its own (createdb).")
                             .arg(db->path_)};
        if (!options.createIfMissing || options.readOnly)
            return Error{ErrorCode::Io, QStringLiteral("There is no café in %1: it is an empty database. A new café is "
                                                       "made with: aktivkafe init")
                                            .arg(db->path_)};
        // The baseline in one transaction: a café is there whole or not at all.
        auto made = db->write([&]() -> Result<void> {
            for (const QString& statement : postgresBaseline())
                if (auto r = sql::exec(db->db_, statement); !r) return r;
            return {};
        });
        if (!made)
            return Error{ErrorCode::Migration,
                         QStringLiteral("Could not make a café in %1: %2").arg(db->path_, made.error().message)};
        db->created_ = true;
        version = kPostgresBaselineVersion;
    }
    if (version.value() > latest)
        return Error{ErrorCode::NewerSchema,
                     QStringLiteral("%1 has schema version %2; this version of Aktivkafe expects %3. The database was not "
                                    "changed.")
                         .arg(db->path_)
                         .arg(version.value())
                         .arg(latest)};
    if (version.value() < latest)
        return Error{ErrorCode::Migration,
                     QStringLiteral("%1 has schema version %2; this version of Aktivkafe expects %3 and has no steps "
                                    "for PostgreSQL between them. The database was not changed.")
                         .arg(db->path_)
                         .arg(version.value())
                         .arg(latest)};
    if (options.readOnly) {
        db->readOnly_ = true;
        if (auto r = db->configureSession(); !r) return r.error();
    }
    db->schemaVersion_ = version.value();
    qCInfo(lcDb) << "opened" << db->path_ << "schema version" << db->schemaVersion_ << (options.readOnly ? "(read only)" : "");
    return db;
}

Result<void> Database::configureSession() const {
    // A writer waits for the café's write lock (Database::write) as long as SQLite waits for its
    // file; a till that vanished in the middle of a write (cable pulled, machine off) loses its
    // transaction and the lock with it instead of holding every other machine up.
    QStringList settings{QStringLiteral("SET lock_timeout = %1").arg(kBusyTimeoutMs),
                         QStringLiteral("SET idle_in_transaction_session_timeout = %1").arg(kIdleWriteTimeoutMs)};
    if (readOnly_) settings << QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
    for (const QString& setting : settings)
        if (auto r = sql::exec(db_, setting); !r) return r;
    return {};
}

Result<bool> Database::reconnectIfLost() const {
    if (!postgres_) return false;
    QSqlDatabase connection = db_;  // the same connection (a handle)
    if (QSqlQuery alive(connection); alive.exec(QStringLiteral("SELECT 1"))) return false;
    connection.close();
    if (!connection.open()) {
        qCWarning(lcDb) << "the server is still away:" << connection.lastError().text();
        return sql::postgresFailure(connection.lastError().text(), QStringLiteral("08006"));  // said in words
    }
    if (auto r = configureSession(); !r) return r.error();
    qCInfo(lcDb) << "connected again to" << path_;
    for (const auto& [id, listener] : reconnectListeners_) listener();
    return true;
}

int Database::addReconnectListener(std::function<void()> listener) const {
    reconnectListeners_.emplace_back(++nextListener_, std::move(listener));
    return nextListener_;
}

void Database::removeReconnectListener(int id) const {
    std::erase_if(reconnectListeners_, [id](const auto& l) { return l.first == id; });
}

}  // namespace ak
