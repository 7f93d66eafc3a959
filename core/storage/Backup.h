#pragma once
// Backups of a café's database, and putting one back.
//
// write(): SQLite's VACUUM INTO makes a consistent copy while the till keeps working (it reads one
// snapshot; the copy is compact and has no write-ahead log). A café on a PostgreSQL server is
// copied into an SQLite café file the same way (CafeCopy.h, one snapshot), so that every backup is
// a file that opens, checks and restores alike. The copy goes to a hidden temporary
// name in the backup folder, is checked (integrity_check, Aktivkafe's application id, the journal
// verifies), fsynced and only then renamed to
//     aktivkafe-<label>-<yyyyMMdd-HHmmss>-<first 12 hex of the journal head>.sqlite
// so the name also keeps the journal's head outside the database (docs/integrity.md). A missing,
// read-only or full folder is said in plain words and leaves nothing under a backup's name.
//
// copy(): the same backup into a second folder (a USB stick, BackupCopies.h): copied byte for byte to
// a hidden temporary name, synced, checked there as write() checks, then renamed to the same name.
// The folder is never made (a stick that is not plugged in must not become a folder on the till's
// disk); its problems are said as the backup stick's.
//
// restore(): into an SQLite file (a server's café is restored with `aktivkafe db copy` into an
// empty database); refuses a file that fails the same checks, or while a till or kiosk is running on the
// database; keeps the current database as <name>.before-restore-<time>.sqlite beside it, then puts
// the backup in its place (temporary file, fsync, rename) and says what it did.

#include "core/storage/Database.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace ak {

struct BackupFile {
    QString path;        // absolute
    qint64 bytes = 0;
    qint64 journalEntries = 0;
};

struct RestoreOutcome {
    QString restoredFrom;  // the backup
    QString keptAs;        // where the database that was replaced now is ("" when there was none)
};

class Backup {
    Q_DECLARE_TR_FUNCTIONS(Backup)  // lupdate context "Backup"
public:
    // `label`: what the backup is for, e.g. "z12-KASSE-1" or "manual" (letters, digits, '-', '_').
    static Result<BackupFile> write(Database& db, const QString& directory, const QString& label,
                                    const QDateTime& nowUtc);
    // `backup` (what write() made) into `directory` under its own name, checked there. The folder
    // must exist: it is never made.
    static Result<BackupFile> copy(const BackupFile& backup, const QString& directory);
    // Deletes Aktivkafe backups in `directory` older than `keepDays` (by the time in their names),
    // never the newest `keepAtLeast`. Returns the names deleted.
    static Result<QStringList> rotate(const QString& directory, int keepDays, const QDateTime& nowUtc,
                                      int keepAtLeast = 3);
    // Opens `file` read-only and checks it as write() does; the number of journal entries.
    static Result<qint64> check(const QString& file);
    static Result<RestoreOutcome> restore(const QString& backupFile, const QString& databasePath,
                                          const QDateTime& nowUtc);

    static bool isBackupName(const QString& fileName);
    // The backups in `directory` (by their names), oldest first, each with the time (UTC) in its name.
    static std::vector<std::pair<QDateTime, QString>> list(const QString& directory);
};

}  // namespace ak
