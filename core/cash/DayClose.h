#pragma once
// The Z report with the backup the law and common sense want before it: check that the day can
// be closed, write the backup (when it cannot be written the Z waits, and the manager is told why),
// take the Z stating the backup's file, then delete backups older than keep_days.

#include "core/cash/DayReport.h"
#include "core/journal/Journal.h"
#include "core/staff/StaffMember.h"
#include "core/storage/Database.h"
#include "core/util/Result.h"

namespace ak {

struct BackupSettings {
    QString directory;  // [database] backup_directory
    int keepDays = 90;  // [database] keep_days
    // The folder is the default one beside the database: made when missing. A folder the café
    // chose (a USB stick) is never made: when it is missing the Z waits and says so.
    bool createIfMissing = false;
};

class DayClose {
public:
    static Result<ZReport> run(Database& db, DayReport& days, Journal& journal, const QString& registerId,
                               const StaffMember& manager, const BackupSettings& backup, const QDateTime& nowUtc);
};

}  // namespace ak
