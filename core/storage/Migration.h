#pragma once
// One step of the schema history: the version it brings the database to, a one-line description
// (shown when it fails) and the SQL statements it runs.

#include <QString>
#include <QStringList>

#include <vector>

namespace ak {

struct Migration {
    int version;          // 1, 2, 3 ... without gaps; stored in schema_version (and SQLite's PRAGMA user_version)
    QString description;  // one line: what this step adds or changes
    QStringList statements;
};

using MigrationList = std::vector<Migration>;

}  // namespace ak
