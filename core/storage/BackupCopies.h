#pragma once
// The café's backups as configured ([database] backup_directory, second_backup_directory,
// keep_days), for the nightly `aktivkafe backup` and the Z report alike.
//
// The first copy is the one that counts: when it cannot be written nothing else happens (the Z
// waits and says why). The second copy, the same file on a USB stick, is a spare: a stick that is
// not plugged in, full or read-only never undoes the first copy; its problem comes back in words
// beside the first copy's success, for the command's output (and the timer's journal) and the Z's
// screen. Before the copy, backups older than keep_days are deleted on the stick (a small stick
// makes room first); the first folder is rotated by rotate() after the caller's own step (the Z).
// Whether the till should warn about the stick is SecondBackupAge's rule.

#include "core/storage/Backup.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace ak {

struct BackupSettings {
    QString directory;  // [database] backup_directory
    int keepDays = 90;  // [database] keep_days, in both folders
    // The folder is the default one beside the database: made when missing. A folder the café
    // chose is never made: when it is missing the backup fails and says so.
    bool createIfMissing = false;
    // [database] second_backup_directory; empty: no second copy. Never made.
    QString secondDirectory;
};

// What became of the second copy.
struct SecondBackup {
    QString path;             // written and checked there; empty when not
    qint64 journalEntries = 0;  // what the check of the copy there counted
    QStringList deleted;      // old backups deleted there (names)
    QStringList problems;     // why it was not written, or old ones could not be deleted, in words
    bool wanted = false;      // a second folder is set
    bool written() const { return !path.isEmpty(); }
};

struct WrittenBackups {
    BackupFile first;
    SecondBackup second;
};

class BackupCopies {
public:
    // The first copy (Backup::write), then the second when a second folder is set. Fails only when
    // the first copy cannot be written.
    static Result<WrittenBackups> write(Database& db, const BackupSettings& settings, const QString& label,
                                        const QDateTime& nowUtc);
    // Deletes backups older than keep_days in the first folder (the newest three stay).
    static Result<QStringList> rotate(const BackupSettings& settings, const QDateTime& nowUtc);
};

}  // namespace ak
