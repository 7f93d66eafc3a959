#pragma once
// The rule behind the till's backup-stick warning: how many days the second backup folder ([database]
// second_backup_directory, a USB stick) has gone without a new good backup, and whether the till
// should say so — after 7 days, and at once when the folder is missing (the stick is not plugged
// in) or has never had a backup. No second folder: nothing to say.
//
// A good backup is a file under a backup's name (Backup::write and Backup::copy give that name only
// after the full check) that is still whole: an SQLite file whose header's page count times its page
// size is its size. That is cheap enough to ask every few minutes of a slow stick; the full check
// is `aktivkafe restore`'s. Time comes from the clock (the name's time is UTC).

#include "core/util/Clock.h"

#include <QDateTime>
#include <QString>

namespace ak {

struct SecondBackupState {
    enum class Kind {
        NotConfigured,  // no second folder: nothing to say
        Recent,         // a good backup less than kWarnAfterDays old
        Old,            // the newest good backup is kWarnAfterDays or more old
        FolderMissing,  // the folder is not there (the stick is not plugged in)
        NoBackup,       // the folder is there, without a good backup
    };
    Kind kind = Kind::NotConfigured;
    QDateTime newestAt;  // UTC, the newest good backup's time; invalid when there is none to see
    int days = -1;       // whole days since newestAt (0 for one from the future); -1 without one
    bool warn = false;   // the till shows its warning
};

class SecondBackupAge {
public:
    static constexpr int kWarnAfterDays = 7;

    static SecondBackupState check(const QString& directory, const Clock& clock);
    // Whether `file` is a whole SQLite database file by its header and size.
    static bool looksWhole(const QString& file);
};

}  // namespace ak
