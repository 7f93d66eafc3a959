#pragma once
// One café database: a single SQLite file shared by the kiosk and the till processes (or
// ":memory:" for tests), opened through Qt SQL (QSQLITE) on a connection of its own.
//
// Opening applies PRAGMAs (WAL for files, synchronous=FULL, foreign_keys=ON, busy_timeout=5000)
// and brings the schema to the latest version (see Migrations.h). Writes go through write(), which
// starts with BEGIN IMMEDIATE so that two processes never both hold a read snapshot they then try
// to upgrade (that would fail with SQLITE_BUSY instead of waiting).
//
// Ownership and threads: the composition root owns the Database (unique_ptr) and it outlives the
// repositories and the Journal that hold a reference to it. Use it from the thread that opened it.

#include "core/storage/DatabaseLocation.h"
#include "core/storage/Migration.h"
#include "core/util/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariantList>

#include <functional>
#include <memory>
#include <utility>
#include <vector>

namespace ak {

struct DatabaseOptions {
    // false: a missing or empty file is refused instead of becoming a new, empty café. Only
    // `aktivkafe init` (and tests) create a café; the apps and the other commands never do.
    bool createIfMissing = true;
    // false: do not upgrade; a file that is not at the latest version is refused (read-only tools).
    bool migrate = true;
    // true: never write to the file (reports, journal verify: SQLite's query_only), and work on a
    // read-only copy: in a read-only folder the file is opened as immutable, or, when it has a
    // write-ahead log with data in it, a private copy of both is read. Implies neither creating nor
    // migrating.
    bool readOnly = false;
    // nullptr: this build's schemaMigrations(). Tests inject their own history.
    const MigrationList* migrations = nullptr;
};

class Database {
public:
    static constexpr int kBusyTimeoutMs = 5000;
    // PostgreSQL: a session idle inside a write this long is ended by the server (its lock freed).
    static constexpr int kIdleWriteTimeoutMs = 30000;
    // The advisory lock every write on PostgreSQL takes first ("Akti").
    static constexpr qint64 kPostgresWriteLock = 0x416b7469;

    // Only an Aktivkafe database is opened (PRAGMA application_id, or a café from before it was
    // set); another program's SQLite file or any other file is refused and left byte-identical.
    // Errors: Io (missing file or folder, read-only folder or file, full disk), Storage (not a
    // database, another program's database, locked, damaged), Migration, NewerSchema. The messages
    // name the file, say which of these it is and what to do (DatabaseFile.h).
    static Result<std::unique_ptr<Database>> open(const QString& path, const DatabaseOptions& options = {});
    // The same for a [database] url: an SQLite file as above, or a PostgreSQL server
    // (DatabasePostgres.cpp): an empty database there becomes a café (PostgresSchema.h) when
    // options.createIfMissing; one with other tables in it, or of a newer schema, is refused and
    // left as it was. Errors as above, and those of openPostgres() (PostgresConnection.h).
    static Result<std::unique_ptr<Database>> open(const DatabaseLocation& location, const DatabaseOptions& options = {});

    // The files SQLite keeps for a database at `path`: the file and its -wal, -shm and -journal
    // companions. Nothing but SQLite may ever write over them (reports refuse them as targets).
    static QStringList files(const QString& path);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // The SQLite file's path, or for a server the URL as DatabaseLocation::display() writes it.
    const QString& path() const { return path_; }
    bool isPostgres() const { return postgres_; }
    bool isInMemory() const;
    int schemaVersion() const { return schemaVersion_; }
    // Whether this open made a new café (of a missing or empty file, or an empty database).
    bool created() const { return created_; }

    // Runs `body` inside BEGIN IMMEDIATE ... COMMIT (PostgreSQL: BEGIN and the café's write lock,
    // see write()); rolls back if it returns an error (or throws).
    // A write() inside a write() joins the outer transaction (one commit for the business rows
    // and their journal entry); the inner error must then be returned by the outer body.
    Result<void> write(const std::function<Result<void>()>& body);
    bool inWrite() const { return inWrite_; }
    // Runs `body` on one snapshot of the database (several statements see the same café, as a
    // backup or a copy must): a read transaction (PostgreSQL: REPEATABLE READ, READ ONLY).
    Result<void> read(const std::function<Result<void>()>& body) const;

    // A prepared, executed query with positional '?' values. For repositories inside core/ only.
    Result<QSqlQuery> query(const QString& statement, const QVariantList& values = {}) const;
    // Runs one INSERT (no RETURNING clause of its own) and gives the id of the row it made.
    Result<qint64> insert(const QString& statement, const QVariantList& values = {}) const;

    // SQL for one value of a JSON text column, written for this database (SQLite's JSON1 or
    // PostgreSQL's jsonb through ak_json, PostgresSchema.h): NULL where the key is missing or the
    // text is not JSON (a tampered journal row is reported, never a failed query). `key` is a
    // top-level key. jsonInteger gives an integer, jsonText the value as text (numbers as digits),
    // jsonFlag 1 for true and 0 for false or missing.
    QString jsonInteger(const char* column, const char* key) const;
    QString jsonText(const char* column, const char* key) const;
    QString jsonFlag(const char* column, const char* key) const;

    // PostgreSQL: when the server went away and is back (restarted, the network cable back in), the
    // next write() or read reconnects by itself; the failed one was not saved and said so. These
    // are called after each reconnection (ChangeFeed listens again). Returns an id for removal.
    int addReconnectListener(std::function<void()> listener) const;
    void removeReconnectListener(int id) const;

    // The Qt connection, for repositories inside core/ only.
    const QSqlDatabase& connection() const { return db_; }

private:
    Database(QString path, QString connectionName, bool postgres = false);
    static Result<std::unique_ptr<Database>> openPostgresCafe(const DatabaseLocation& location, const DatabaseOptions& options);
    static QString newConnectionName();
    Result<void> connect(const QString& name, const QString& connectOptions, bool forWriting);
    Result<void> recognise(bool mayAdoptEmpty);
    Result<void> configure(const DatabaseOptions& options);
    Result<void> openReadOnlyElsewhere();
    Result<void> configureSession() const;  // PostgreSQL: timeouts, read-only
    Result<void> begin();
    // PostgreSQL: true when the connection was lost and has been made again; an error when the
    // server is still away; false when the connection was fine (the failure was something else).
    Result<bool> reconnectIfLost() const;

    QString path_;
    QString connectionName_;
    std::unique_ptr<QTemporaryDir> copy_;  // a read-only database's private copy, when one was needed
    QSqlDatabase db_;
    int schemaVersion_ = 0;
    bool inWrite_ = false;
    bool created_ = false;
    bool postgres_ = false;
    bool readOnly_ = false;
    qint64 transaction_ = 0;  // PostgreSQL: the id of the write in progress (txid_current)
    mutable std::vector<std::pair<int, std::function<void()>>> reconnectListeners_;
    mutable int nextListener_ = 0;
};

}  // namespace ak
