#include "core/storage/Database.h"

#include "core/storage/DatabaseFile.h"
#include "core/storage/Migrations.h"
#include "core/storage/Sql.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QUrl>

namespace ak {

Q_LOGGING_CATEGORY(lcDb, "aktivkafe.core.db")

namespace {
QString nextConnectionName() {
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("aktivkafe-db-%1").arg(counter.fetchAndAddRelaxed(1));
}
}  // namespace

Database::Database(QString path, QString connectionName, bool postgres)
    : path_(std::move(path)), connectionName_(std::move(connectionName)), postgres_(postgres) {
    // A server's connection is made by openPostgres() under the same name.
    if (!postgres_) db_ = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName_);
}

Database::~Database() {
    if (inWrite_) (void)sql::exec(db_, QStringLiteral("ROLLBACK"));
    db_.close();
    db_ = QSqlDatabase();  // the last handle must go before removeDatabase
    QSqlDatabase::removeDatabase(connectionName_);
}

QStringList Database::files(const QString& path) {
    if (path == QLatin1String(":memory:") || path.isEmpty() || path.startsWith(QLatin1String("postgres"))) return {};
    return {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm"), path + QStringLiteral("-journal")};
}

bool Database::isInMemory() const { return !postgres_ && path_ == QLatin1String(":memory:"); }

Result<std::unique_ptr<Database>> Database::open(const DatabaseLocation& location, const DatabaseOptions& options) {
    if (location.isPostgres()) return openPostgresCafe(location, options);
    return open(location.path, options);
}

QString Database::newConnectionName() { return nextConnectionName(); }

Result<std::unique_ptr<Database>> Database::open(const QString& path, const DatabaseOptions& options) {
    std::unique_ptr<Database> db(new Database(path, nextConnectionName()));
    const bool create = options.createIfMissing && !options.readOnly;
    if (!db->isInMemory()) {
        // Look at the file before SQLite does: SQLite would create a missing file, and write a
        // header into an empty one.
        const QFileInfo info(path);
        if (!info.dir().exists())
            return Error{ErrorCode::Io, QStringLiteral("The folder %1 does not exist.%2")
                                            .arg(info.dir().path(), create ? QStringLiteral(" Create it first.")
                                                                           : QString())};
        const dbfile::Probe probe = dbfile::probe(path);
        if (const QString why = dbfile::refusal(path, probe); !why.isEmpty()) return Error{ErrorCode::Storage, why};
        if (!create && (probe.kind == dbfile::Kind::Missing || probe.kind == dbfile::Kind::Empty))
            return Error{ErrorCode::Io, QStringLiteral("There is no café database at %1%2. A new café is made with: "
                                                       "aktivkafe init --db %1")
                                            .arg(path, probe.kind == dbfile::Kind::Empty
                                                           ? QStringLiteral(" (the file is empty)")
                                                           : QString())};
        if (!options.readOnly)
            if (auto problem = dbfile::writeProblem(path)) return *problem;
    }
    // Read-only tools open the file as the apps do, so that SQLite tidies its -wal and -shm files
    // away at the end as usual, and set query_only: any write is refused by SQLite itself.
    auto connected = db->connect(path, QString(), !options.readOnly);
    if (!connected) {
        // A database in WAL mode cannot be opened in a read-only folder or on a full disk (SQLite
        // wants to make its -shm file there); a read-only tool can still read it another way.
        if (!options.readOnly || db->isInMemory() || (dbfile::folderWritable(path) && !dbfile::diskFull(path)))
            return connected.error();
        if (auto again = db->openReadOnlyElsewhere(); !again) return again.error();
    }
    if (options.readOnly)
        if (auto r = sql::exec(db->db_, QStringLiteral("PRAGMA query_only = ON")); !r) return r.error();
    const auto version = ak::schemaVersion(db->db_);
    const int before = version ? version.value() : -1;
    if (!db->isInMemory())
        if (auto r = db->recognise(create); !r) return r.error();
    if (auto r = db->configure(options); !r) return r.error();
    db->created_ = create && db->schemaVersion_ > 0 && before == 0 && !db->isInMemory();
    qCInfo(lcDb) << "opened" << path << "schema version" << db->schemaVersion_ << (options.readOnly ? "(read only)" : "");
    return db;
}

Result<void> Database::connect(const QString& name, const QString& connectOptions, bool forWriting) {
    db_.close();
    db_.setDatabaseName(name);
    db_.setConnectOptions(connectOptions);
    if (!db_.open()) return dbfile::explain(path_, db_.lastError(), forWriting);
    // Connection settings first, then the first real read: that read is where SQLite says whether
    // it can use the file (locked, read-only folder, damaged).
    QSqlQuery q(db_);
    if (!q.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs)) ||
        !q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next()) {
        const QSqlError error = q.lastError();
        q.finish();
        db_.close();
        return dbfile::explain(path_, error, forWriting);
    }
    return {};
}

Result<void> Database::openReadOnlyElsewhere() {
    const QString wal = path_ + QStringLiteral("-wal");
    if (QFileInfo(wal).size() == 0) {
        // No log with data in it: the file alone is the whole database, and "immutable" tells SQLite
        // not to look for locks or a log it could not create here.
        const QString uri = QUrl::fromLocalFile(QFileInfo(path_).absoluteFilePath()).toString(QUrl::FullyEncoded) +
                            QStringLiteral("?immutable=1");
        qCInfo(lcDb) << path_ << "is in a read-only folder or on a full disk: reading it as immutable";
        return connect(uri, QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"), false);
    }
    // Committed data still in the log: read a private copy of both, so that none of it is missed.
    copy_ = std::make_unique<QTemporaryDir>();
    const QString copy = copy_->filePath(QFileInfo(path_).fileName());
    if (!copy_->isValid() || !QFile::copy(path_, copy) || !QFile::copy(wal, copy + QStringLiteral("-wal")))
        return Error{ErrorCode::Io, QStringLiteral("%1 is in a read-only folder or on a full disk and could not be "
                                                   "copied to read it: there is not enough room in the temporary "
                                                   "folder either.")
                                        .arg(path_)};
    qCInfo(lcDb) << path_ << "has a write-ahead log that cannot be opened in place: reading a copy in" << copy_->path();
    return connect(copy, QString(), false);
}

Result<void> Database::recognise(bool mayAdoptEmpty) {
    auto number = [this](const QString& statement) -> qint64 {
        auto v = sql::scalar(db_, statement);
        return v ? v->toLongLong() : -1;
    };
    const qint64 id = number(QStringLiteral("PRAGMA application_id"));
    if (id == dbfile::kApplicationId) return {};
    const qint64 version = number(QStringLiteral("PRAGMA user_version"));
    const qint64 tables = number(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    auto hasTable = [&](const char* name) {
        return number(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'")
                          .arg(QLatin1String(name))) == 1;
    };
    if (id == 0 && version == 0 && tables == 0) {
        if (mayAdoptEmpty) return {};  // a new café: the first schema step makes it ours
        return Error{ErrorCode::Io, QStringLiteral("There is no café in %1: it is an empty database. A new café is "
                                                   "made with: aktivkafe init --db %1")
                                        .arg(path_)};
    }
    // A café from before schema step 15 marked the file: it has our first tables (the journal from
    // step 5 on). Step 15 marks it when it is upgraded.
    if (id == 0 && version >= 1 && version < dbfile::kApplicationIdStep && hasTable("settings") &&
        (version < 5 || hasTable("journal_head")))
        return {};
    return Error{ErrorCode::Storage, dbfile::foreign(path_)};
}

Result<void> Database::configure(const DatabaseOptions& options) {
    // Connection settings only: nothing here writes to the file.
    auto version = ak::schemaVersion(db_);
    if (!version) return dbfile::explain(path_, db_.lastError(), !options.readOnly);
    for (const QString& pragma : {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA synchronous = FULL")})
        if (auto r = sql::exec(db_, pragma); !r) return r;

    const MigrationList& list = options.migrations ? *options.migrations : schemaMigrations();
    if (options.migrate && !options.readOnly) {
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
    if (!isInMemory() && options.migrate && !options.readOnly) {
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
    // SQLite: the write lock at once (see the class comment). PostgreSQL: the café's write lock
    // (a transaction-scoped advisory lock) before anything is read, so that writes from every
    // machine follow one another exactly as on SQLite: a redemption, the last place of an activity,
    // the next receipt number and the journal head are read by one writer at a time, each statement
    // seeing what the writer before committed (READ COMMITTED). No write fails for clashing with
    // another, so no write body has to run twice.
    if (auto begun = begin(); !begun) {
        // A server restarted since the last write: nothing of this one has happened yet, so it
        // may start again on a new connection.
        auto again = reconnectIfLost();
        if (!again) return again.error();
        if (!again.value()) return begun;
        if (auto r = begin(); !r) return r;
    }
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
        // The connection went while the server was committing: whether the write is saved is the
        // server's to say (txid_status), so that a sale is never reported lost when it was kept.
        if (postgres_ && transaction_ > 0)
            if (auto again = reconnectIfLost(); again && again.value()) {
                auto status = sql::scalar(db_, QStringLiteral("SELECT txid_status(%1)").arg(transaction_));
                if (status && status->toString() == QLatin1String("committed")) {
                    qCWarning(lcDb) << "the answer to COMMIT was lost; the server says it committed";
                    return {};
                }
            }
        return r;
    }
    return {};
}

Result<void> Database::read(const std::function<Result<void>()>& body) const {
    if (inWrite_) return body();
    if (auto r = sql::exec(db_, postgres_ ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                                          : QStringLiteral("BEGIN"));
        !r)
        return r;
    Result<void> result;
    try {
        result = body();
    } catch (...) {
        (void)sql::exec(db_, QStringLiteral("ROLLBACK"));
        throw;
    }
    (void)sql::exec(db_, QStringLiteral("ROLLBACK"));  // nothing was written
    return result;
}

Result<void> Database::begin() {
    if (auto r = sql::exec(db_, postgres_ ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE")); !r) return r;
    if (!postgres_) return {};
    // The lock, and the transaction's id for when the answer to COMMIT is lost (write()).
    auto id = sql::scalar(db_, QStringLiteral("SELECT txid_current() FROM (SELECT pg_advisory_xact_lock(%1)) AS locked")
                                   .arg(kPostgresWriteLock));
    if (!id) {
        (void)sql::exec(db_, QStringLiteral("ROLLBACK"));
        return id.error();
    }
    transaction_ = id->toLongLong();
    return {};
}

Result<QSqlQuery> Database::query(const QString& statement, const QVariantList& values) const {
    auto q = sql::run(db_, statement, values);
    // A read on its own after the server came back: read again on a new connection. Inside a write
    // the write fails whole instead (its transaction went with the connection).
    if (!q && postgres_ && !inWrite_)
        if (auto again = reconnectIfLost(); again && again.value()) return sql::run(db_, statement, values);
    return q;
}

Result<qint64> Database::insert(const QString& statement, const QVariantList& values) const {
    // RETURNING rather than last_insert_rowid(): the same on SQLite (3.35 and later) and PostgreSQL.
    auto id = sql::scalar(db_, statement + QStringLiteral(" RETURNING id"), values);
    if (!id) return id.error();
    return id->toLongLong();
}

QString Database::jsonText(const char* column, const char* key) const {
    const QString c = QString::fromLatin1(column), k = QString::fromLatin1(key);
    if (postgres_) return QStringLiteral("(ak_json(%1) ->> '%2')").arg(c, k);
    return QStringLiteral("(CASE WHEN json_valid(%1) THEN json_extract(%1, '$.%2') END)").arg(c, k);
}

QString Database::jsonInteger(const char* column, const char* key) const {
    if (postgres_) return QStringLiteral("CAST(%1 AS BIGINT)").arg(jsonText(column, key));
    return QStringLiteral("CAST(%1 AS INTEGER)").arg(jsonText(column, key));
}

QString Database::jsonFlag(const char* column, const char* key) const {
    if (postgres_) return QStringLiteral("(CASE WHEN CAST(%1 AS BOOLEAN) THEN 1 ELSE 0 END)").arg(jsonText(column, key));
    return QStringLiteral("(CASE WHEN %1 THEN 1 ELSE 0 END)").arg(jsonText(column, key));
}

}  // namespace ak
