#pragma once
// What is at a database path, looked at before and after SQLite opens it, and the sentences for
// everything that can stand in the way of using it: a missing folder, a read-only folder or file, a
// full disk, a lock held by another program, a file that is not SQLite, an SQLite file of another
// program, a damaged file. Each gets its own sentence with what to do, so that nobody restores a
// backup over a good database because it sat on a read-only stick.
//
// The messages are for whoever sets up the machine (apps print them at start, the command on
// stderr) and stay in English, like configuration errors.

#include "core/util/Result.h"

#include <QString>
#include <QtGlobal>

#include <optional>

class QSqlError;

namespace ak::dbfile {

// PRAGMA application_id of an Aktivkafe café database ("AkAf"), set by schema step 15.
inline constexpr qint32 kApplicationId = 0x416b4166;
inline constexpr int kApplicationIdStep = 15;

enum class Kind {
    Missing,     // nothing at the path
    NotAFile,    // a folder, a device, ...
    Unreadable,  // exists but cannot be read (permissions)
    Empty,       // a file of 0 bytes
    NotSqlite,   // some other kind of file
    Sqlite,      // an SQLite database (ours or not: see applicationId)
};

struct Probe {
    Kind kind = Kind::Missing;
    qint32 applicationId = 0;  // from the file's header (bytes 68..71)
    qint32 userVersion = 0;    // from the file's header (bytes 60..63): our schema version
};

// Reads the file's first 100 bytes; never opens it with SQLite, never writes.
Probe probe(const QString& path);

// Whether this process may create files in the database's folder / write the file itself (false
// on a read-only mount, an immutable folder, missing permissions).
bool folderWritable(const QString& path);
bool fileWritable(const QString& path);
// Whether the disk holding `path` has (next to) no room left for this process.
bool diskFull(const QString& path);

// Why an existing database at `path` cannot be written: a read-only folder or file, a full disk;
// nullopt when nothing stands in the way.
std::optional<Error> writeProblem(const QString& path);

// The sentence for a refused file, from a probe: NotAFile, Unreadable, NotSqlite, or an SQLite file
// whose application id is another program's. Empty when the probe shows nothing wrong.
QString refusal(const QString& path, const Probe& probe);

// The Error for an SQLite failure on an existing file at `path`, told apart by the driver's code and
// by looking at the folder, the file and the disk. `forWriting`: the caller needs to write.
Error explain(const QString& path, const QSqlError& error, bool forWriting);

// The sentence for an SQLite database that is not a café: another program's, or one made by hand.
QString foreign(const QString& path);

}  // namespace ak::dbfile
