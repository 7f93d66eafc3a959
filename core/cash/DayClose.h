#pragma once
// The Z report with the backup the law and common sense want before it: check that the day can
// be closed, write the backup (when it cannot be written the Z waits, and the manager is told why)
// and its second copy on the backup stick when one is set (a stick that is missing or full never
// stops the Z: its problem comes back with the Z), take the Z stating the backup's file, then
// delete backups older than keep_days (core/storage/BackupCopies.h).

#include "core/cash/DayReport.h"
#include "core/journal/Journal.h"
#include "core/staff/StaffMember.h"
#include "core/storage/BackupCopies.h"
#include "core/storage/Database.h"
#include "core/util/Result.h"

namespace ak {

struct ClosedDay {
    ZReport z;
    SecondBackup secondBackup;  // the copy on the backup stick, or why there is none
};

class DayClose {
public:
    static Result<ClosedDay> run(Database& db, DayReport& days, Journal& journal, const QString& registerId,
                                 const StaffMember& manager, const BackupSettings& backup, const QDateTime& nowUtc);
};

}  // namespace ak
