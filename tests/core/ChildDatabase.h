#pragma once
// For the child processes of the concurrency and crash suites: the database named on their command
// line by the parent's test::databaseArgument(), an SQLite file's path or (the suite's _pg run) a
// PostgreSQL URL, so that the same children race on either database.

#include "core/storage/Database.h"
#include "core/storage/DatabaseLocation.h"

#include <memory>

namespace ak::test {

inline Result<std::unique_ptr<Database>> openChildDatabase(const QString& argument, const DatabaseOptions& options = {}) {
    if (!argument.startsWith(QLatin1String("postgresql:"))) return Database::open(argument, options);
    auto location = DatabaseLocation::parse(argument);
    if (!location) return location.error();
    return Database::open(location.value(), options);
}

}  // namespace ak::test
