#pragma once
// A Qt SQL connection (QPSQL, libpq underneath) to the PostgreSQL server a DatabaseLocation names:
// the password read from [database] password_file (the password alone on its first line, or libpq's
// passfile format host:port:database:user:password) or left to libpq (PGPASSFILE, ~/.pgpass), and
// libpq's failures turned into sentences a café's manager can act on — wrong password, no password,
// server not answering, unknown host, no such database or user, not let in — that never contain
// the password.

#include "core/storage/DatabaseLocation.h"
#include "core/util/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace ak {

// Adds and opens the connection `connectionName` (QSqlDatabase::removeDatabase is the caller's).
// Errors: Config (password file unreadable or readable by others), Storage (everything the server
// or the network says), each naming the server as location.display() writes it.
Result<QSqlDatabase> openPostgres(const DatabaseLocation& location, const QString& connectionName);

}  // namespace ak
