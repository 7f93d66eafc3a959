#include "bench/sales/WorkDatabase.h"

#include "core/audit/CafeCopy.h"
#include "core/storage/Migrations.h"
#include "core/storage/PostgresConnection.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>

#include <unistd.h>

namespace ak::bench {

namespace {

Error failure(const QString& what, const QSqlError& e) {
    return Error{ErrorCode::Storage, QStringLiteral("%1: %2").arg(what, e.text())};
}

void removeSqlite(const QString& path) {
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) QFile::remove(path + suffix);
}

// A connection to another database of the same server (the maintenance database "postgres" for
// CREATE/DROP DATABASE, which cannot run while connected to the database they act on).
class ServerConnection {
public:
    static Result<std::unique_ptr<ServerConnection>> open(DatabaseLocation location, const QString& database,
                                                           const QString& name) {
        location.database = database;
        auto db = openPostgres(location, name);
        if (!db) return db.error();
        auto c = std::unique_ptr<ServerConnection>(new ServerConnection);
        c->name_ = name;
        c->db_ = db.value();
        return c;
    }
    ~ServerConnection() {
        db_.close();
        db_ = QSqlDatabase();
        QSqlDatabase::removeDatabase(name_);
    }
    Result<void> exec(const QString& sql) {
        QSqlQuery q(db_);
        if (!q.exec(sql)) return failure(sql, q.lastError());
        return {};
    }
    Result<QVariant> scalar(const QString& sql) {
        QSqlQuery q(db_);
        if (!q.exec(sql)) return failure(sql, q.lastError());
        return q.next() ? q.value(0) : QVariant();
    }

private:
    ServerConnection() = default;
    QString name_;
    QSqlDatabase db_;
};

QString quoted(const QString& name) { return u'"' + QString(name).replace(u'"', QStringLiteral("\"\"")) + u'"'; }

// The filled café on the server: `partial` made a café, the SQLite file copied in (CafeCopy also
// analyses it), vacuumed (its visibility map set, as autovacuum would have it on a café's server
// long before 1,000,000 sales), then renamed to its final name.
Result<void> makeTemplate(const QString& cached, const DatabaseLocation& location, ServerConnection& admin,
                          const QString& name, const Progress& progress) {
    const QString partial = name + QStringLiteral("_partial");
    if (auto r = admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(quoted(partial))); !r) return r;
    if (auto r = admin.exec(QStringLiteral("CREATE DATABASE %1").arg(quoted(partial))); !r) return r;
    {
        auto from = Database::open(cached, {.createIfMissing = false, .migrate = false, .readOnly = true});
        if (!from) return from.error();
        DatabaseLocation target = location;
        target.database = partial;
        auto to = Database::open(target);
        if (!to) return to.error();
        if (progress) progress(QStringLiteral("copying %1 onto the server as %2 (once; reused afterwards)").arg(cached, name));
        auto copied = CafeCopy::copy(*from.value(), *to.value());
        if (!copied) return copied.error();
        if (progress) progress(QStringLiteral("copied %1 rows").arg(copied->totalRows()));
    }
    {
        auto c = ServerConnection::open(location, partial, QStringLiteral("ak-bench-analyse"));
        if (!c) return c.error();
        if (auto r = c.value()->exec(QStringLiteral("VACUUM")); !r) return r;
    }
    return admin.exec(QStringLiteral("ALTER DATABASE %1 RENAME TO %2").arg(quoted(partial), quoted(name)));
}

}  // namespace

Result<std::unique_ptr<Database>> sqliteWorkCopy(const QString& cached, const QString& work) {
    removeSqlite(work);
    if (!QFile::copy(cached, work)) return Error{ErrorCode::Storage, QStringLiteral("cannot copy %1 to %2").arg(cached, work)};
    {
        // The copy's pages must be on disk before measuring, or their write-back slows every fsync.
        QFile copy(work);
        if (!copy.open(QIODevice::ReadWrite) || ::fsync(copy.handle()) != 0)
            return Error{ErrorCode::Storage, QStringLiteral("cannot sync %1").arg(work)};
    }
    return Database::open(work, {.createIfMissing = false});
}

Result<ServerWork> serverWorkCopy(const QString& cached, const DatabaseLocation& location, qint64 fill,
                                  const Progress& progress) {
    if (!location.isPostgres()) return Error{ErrorCode::Config, QStringLiteral("--postgres takes a postgresql:// URL")};
    const QString name = QStringLiteral("ak_bench_sales_%1_schema%2").arg(fill).arg(latestVersion(schemaMigrations()));
    ServerWork work;
    {
        auto admin = ServerConnection::open(location, QStringLiteral("postgres"), QStringLiteral("ak-bench-admin"));
        if (!admin) return admin.error();
        auto have = admin.value()->scalar(QStringLiteral("SELECT COUNT(*) FROM pg_database WHERE datname = '%1'").arg(name));
        if (!have) return have.error();
        if (have->toInt() == 0) {
            QElapsedTimer made;
            made.start();
            if (auto r = makeTemplate(cached, location, *admin.value(), name, progress); !r) return r.error();
            work.templateSeconds = double(made.elapsed()) / 1000.0;
        }
        if (auto r = admin.value()->exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(quoted(location.database))); !r)
            return r.error();
        if (auto r = admin.value()->exec(
                QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(quoted(location.database), quoted(name)));
            !r)
            return r.error();
        // The new database's files on disk before the first sale (as the SQLite copy's fsync).
        if (auto r = admin.value()->exec(QStringLiteral("CHECKPOINT")); !r) return r.error();
        QStringList settings;
        for (const char* setting : {"fsync", "synchronous_commit", "wal_sync_method", "full_page_writes"}) {
            auto v = admin.value()->scalar(QStringLiteral("SHOW %1").arg(QLatin1String(setting)));
            if (!v) return v.error();
            settings << QStringLiteral("%1=%2").arg(QLatin1String(setting), v->toString());
        }
        work.settings = settings.join(u' ');
    }
    auto db = Database::open(location, {.createIfMissing = false});
    if (!db) return db.error();
    work.db = std::move(db).value();
    return work;
}

Result<std::unique_ptr<BareInsert>> BareInsert::sqlite(const QString& path) {
    removeSqlite(path);
    auto b = std::unique_ptr<BareInsert>(new BareInsert);
    b->name_ = QStringLiteral("ak-bench-bare");
    b->db_ = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), b->name_);
    b->db_.setDatabaseName(path);
    if (!b->db_.open()) return failure(path, b->db_.lastError());
    if (auto r = b->prepare({QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA synchronous = FULL"),
                             QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, at INTEGER NOT NULL, note TEXT NOT NULL)")});
        !r)
        return r.error();
    return b;
}

Result<std::unique_ptr<BareInsert>> BareInsert::postgres(const DatabaseLocation& server) {
    const QString database = QStringLiteral("ak_bench_bare");
    {
        auto admin = ServerConnection::open(server, QStringLiteral("postgres"), QStringLiteral("ak-bench-admin"));
        if (!admin) return admin.error();
        if (auto r = admin.value()->exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(database)); !r) return r.error();
        if (auto r = admin.value()->exec(QStringLiteral("CREATE DATABASE %1").arg(database)); !r) return r.error();
    }
    DatabaseLocation location = server;
    location.database = database;
    auto b = std::unique_ptr<BareInsert>(new BareInsert);
    b->name_ = QStringLiteral("ak-bench-bare");
    auto db = openPostgres(location, b->name_);
    if (!db) return db.error();
    b->db_ = db.value();
    if (auto r = b->prepare({QStringLiteral("CREATE TABLE t (id BIGSERIAL PRIMARY KEY, at BIGINT NOT NULL, note TEXT NOT NULL)")}); !r)
        return r.error();
    return b;
}

Result<void> BareInsert::prepare(const QStringList& setup) {
    for (const QString& sql : setup) {
        QSqlQuery q(db_);
        if (!q.exec(sql)) return failure(sql, q.lastError());
    }
    insert_ = QSqlQuery(db_);
    if (!insert_.prepare(QStringLiteral("INSERT INTO t (at, note) VALUES (?, ?)"))) return failure(QStringLiteral("prepare"), insert_.lastError());
    return {};
}

BareInsert::~BareInsert() {
    insert_ = QSqlQuery();
    db_.close();
    db_ = QSqlDatabase();
    QSqlDatabase::removeDatabase(name_);
}

Result<void> BareInsert::insertOne(qint64 n) {
    insert_.bindValue(0, n);
    insert_.bindValue(1, QStringLiteral("row %1").arg(n));
    if (!insert_.exec()) return failure(QStringLiteral("bare insert"), insert_.lastError());
    return {};
}

}  // namespace ak::bench
