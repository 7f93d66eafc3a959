#pragma once
// Where a café's data is: an SQLite file on this machine (one machine: the default, and the demo's)
// or a PostgreSQL server (kiosk and till on two machines), as `[database] url` names it:
//
//   ""  or  sqlite:PATH                       the SQLite file (PATH as [database] path takes it)
//   postgresql://[USER@]HOST[:PORT]/DATABASE[?sslmode=...&connect_timeout=...]
//   postgresql:///DATABASE?host=/run/postgresql   a Unix socket folder (also %2Frun%2Fpostgresql as HOST)
//
// "postgres://" is taken too (libpq takes both). A password is never part of the URL or the TOML
// file (anyone who may read the configuration would know it): it comes from `[database]
// password_file` (libpq's passfile format, or the password alone on the first line) or from libpq's
// own PGPASSFILE / ~/.pgpass. parse() says in one sentence what is wrong with a URL and how to
// write it; display() is the URL without anything secret, for messages and logs.

#include "core/util/Result.h"

#include <QString>

namespace ak {

struct DatabaseLocation {
    enum class Kind { Sqlite, Postgres };
    Kind kind = Kind::Sqlite;

    // Sqlite: the file's path as written (resolved by the configuration), or ":memory:".
    QString path;

    // Postgres: host name or address, or a Unix socket folder (an absolute path).
    QString host;
    int port = 5432;
    QString database;
    QString user;          // empty: libpq's default (the login name)
    QString sslMode;       // empty: libpq's default ("prefer"); disable, allow, prefer, require, verify-ca, verify-full
    int connectTimeoutSeconds = 5;
    QString passwordFile;  // [database] password_file (absolute); empty: PGPASSFILE or ~/.pgpass

    bool isPostgres() const { return kind == Kind::Postgres; }
    QString display() const;

    // `url` as written in [database] url. An empty url or sqlite: with no path is the SQLite
    // default (path left empty for the configuration to fill in).
    static Result<DatabaseLocation> parse(const QString& url);
    // What --db takes: a URL as above, or a file's path as it is (":memory:" too).
    static Result<DatabaseLocation> fromArgument(const QString& pathOrUrl);
};

}  // namespace ak
