#include "core/storage/Database.h"

#include "core/storage/Migrations.h"
#include "core/storage/Sql.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>

namespace ak {

Q_LOGGING_CATEGORY(lcDb, "aktivkafe.core.db")

namespace {
QString nextConnectionName() {
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("aktivkafe-db-%1").arg(counter.fetchAndAddRelaxed(1));
}
}  // namespace

Database::Database(QString path, QString connectionName)
    : path_(std::move(path)), connectionName_(std::move(connectionName)) {
    db_ = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName_);
    db_.setDatabaseName(path_);
}

Database::~Database() {
    if (inWrite_) (void)sql::exec(db_, QStringLiteral("ROLLBACK"));
    db_.close();
    db_ = QSqlDatabase();  // the last handle must go before removeDatabase
    QSqlDatabase::removeDatabase(connectionName_);
}

QStringList Database::files(const QString& path) {
    if (path == QLatin1String(":memory:") || path.isEmpty()) return {};
    return {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm"), path + QStringLiteral("-journal")};
}

bool Database::isInMemory() const { return path_ == QLatin1String(":memory:"); }

Result<std::unique_ptr<Database>> Database::open(const QString& path, const DatabaseOptions& options) {
    std::unique_ptr<Database> db(new Database(path, nextConnectionName()));
    if (!db->isInMemory()) {
        const QFileInfo info(path);
        if (!info.dir().exists())
            return Error{ErrorCode::Io, QStringLiteral("The folder %1 does not exist.").arg(info.dir().path())};
        if (!options.createIfMissing && !info.exists())
            return Error{ErrorCode::Io, QStringLiteral("There is no database at %1.").arg(path)};
    }
    if (!db->db_.open())
        return Error{ErrorCode::Storage,
                     QStringLiteral("Could not open the database %1: %2").arg(path, db->db_.lastError().text())};
    if (auto r = db->configure(options); !r) return r.error();
    qCInfo(lcDb) << "opened" << path << "schema version" << db->schemaVersion_;
    return db;
}

Result<void> Database::configure(const DatabaseOptions& options) {
    // Connection settings only: nothing here writes to the file. The busy timeout comes first so
    // that the first read already waits for another process; that read tells a damaged or foreign
    // file apart from a database.
    if (auto r = sql::exec(db_, QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs)); !r) return r;
    auto version = ak::schemaVersion(db_);
    if (!version)
        return Result<void>::fail(
            ErrorCode::Storage,
            QStringLiteral("%1 is not an Aktivkafe database or is damaged (%2)").arg(path_, version.error().message));
    for (const QString& pragma :
         {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA synchronous = FULL")})
        if (auto r = sql::exec(db_, pragma); !r) return r;

    const MigrationList& list = options.migrations ? *options.migrations : schemaMigrations();
    if (options.migrate) {
        if (auto r = migrate(db_, path_, list); !r) return r;
    } else if (version.value() != latestVersion(list)) {
        return Result<void>::fail(
            version.value() > latestVersion(list) ? ErrorCode::NewerSchema : ErrorCode::Migration,
            QStringLiteral("%1 has schema version %2; this version of Aktivkafe expects %3. The file was not changed.")
                .arg(path_)
                .arg(version.value())
                .arg(latestVersion(list)));
    }

    // WAL only after a successful upgrade, so that a refused file keeps its header bytes too.
    // Read-only tools leave the journal mode as they found it.
    if (!isInMemory() && options.migrate) {
        auto mode = sql::scalar(db_, QStringLiteral("PRAGMA journal_mode = WAL"));
        if (!mode) return mode.error();
        if (mode->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            qCWarning(lcDb) << path_ << "could not switch to WAL, journal mode is" << mode->toString();
    }
    auto now = ak::schemaVersion(db_);
    if (!now) return now.error();
    schemaVersion_ = now.value();
    return {};
}

Result<void> Database::write(const std::function<Result<void>()>& body) {
    if (inWrite_) return body();
    if (auto r = sql::exec(db_, QStringLiteral("BEGIN IMMEDIATE")); !r) return r;
    inWrite_ = true;
    Result<void> result;
    try {
        result = body();
    } catch (...) {
        inWrite_ = false;
        (void)sql::exec(db_, QStringLiteral("ROLLBACK"));
        throw;
    }
    inWrite_ = false;
    if (!result) {
        if (auto r = sql::exec(db_, QStringLiteral("ROLLBACK")); !r)
            qCWarning(lcDb) << "rollback failed:" << r.error().message;
        return result;
    }
    if (auto r = sql::exec(db_, QStringLiteral("COMMIT")); !r) {
        (void)sql::exec(db_, QStringLiteral("ROLLBACK"));
        return r;
    }
    return {};
}

Result<QSqlQuery> Database::query(const QString& statement, const QVariantList& values) const {
    return sql::run(db_, statement, values);
}

qint64 Database::lastInsertId() const {
    auto id = sql::scalar(db_, QStringLiteral("SELECT last_insert_rowid()"));
    return id ? id->toLongLong() : -1;
}

}  // namespace ak
