#pragma once
// Where ak-bench-sale-commit's measured sales go: a fresh copy of the filled café (SaleFiller.h), so
// the measured sales never pile up in what is reused, and a bare one-row insert with the same
// durability beside it, to compare against.
//
// SQLite: the cached file copied in the cache folder and flushed (fsync) before the first sale; the
// bare insert goes to a one-table file with journal_mode=WAL, synchronous=FULL in the same folder.
//
// PostgreSQL (--postgres URL, issue 14): the server's database named in the URL is made afresh, each
// run, as `CREATE DATABASE ... TEMPLATE` of a template database that holds the filled café. The
// template is made once per fill size and schema version by copying the cached SQLite café onto
// the server with CafeCopy (what `aktivkafe db copy` does) and vacuuming it, then kept on the server
// and reused. A CHECKPOINT puts the fresh copy on disk before the first sale. The bare insert is one
// row into a one-table database on the same server, committed with the server's synchronous_commit.

#include "core/storage/Database.h"
#include "core/storage/DatabaseLocation.h"
#include "core/util/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>

namespace ak::bench {

using Progress = std::function<void(const QString&)>;

// The SQLite copy of `cached` at `work` (its -wal and -shm removed first), flushed, opened as the till opens it.
Result<std::unique_ptr<Database>> sqliteWorkCopy(const QString& cached, const QString& work);

struct ServerWork {
    std::unique_ptr<Database> db;
    double templateSeconds = -1;  // making the template in this run (copy + vacuum); -1: reused
    QString settings;             // "fsync=on synchronous_commit=on wal_sync_method=..." as the server has them
};

// The PostgreSQL work database `location.database`, made from the template of `cached` (whose name
// says `fill` and the schema version); the template is made first when the server lacks it.
Result<ServerWork> serverWorkCopy(const QString& cached, const DatabaseLocation& location, qint64 fill,
                                  const Progress& progress);

// One row per insert into a table of its own, autocommitted: the cheapest durable write the database can do.
class BareInsert {
public:
    static Result<std::unique_ptr<BareInsert>> sqlite(const QString& path);
    static Result<std::unique_ptr<BareInsert>> postgres(const DatabaseLocation& server);
    ~BareInsert();
    Result<void> insertOne(qint64 n);

private:
    BareInsert() = default;
    Result<void> prepare(const QStringList& setup);
    QString name_;
    QSqlDatabase db_;
    QSqlQuery insert_;
};

}  // namespace ak::bench
