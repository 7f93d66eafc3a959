#include "core/cash/DayClose.h"

#include "core/staff/Permissions.h"

#include <QLoggingCategory>
#include <QRegularExpression>

namespace ak {

Q_LOGGING_CATEGORY(lcDayClose, "aktivkafe.core.cash.close")

Result<ClosedDay> DayClose::run(Database& db, DayReport& days, Journal& journal, const QString& registerId,
                                const StaffMember& manager, const BackupSettings& backup, const QDateTime& nowUtc) {
    if (auto allowed = requirePermission(manager, Permission::CloseDay); !allowed) return allowed.error();
    if (auto ready = days.readyToClose(registerId); !ready) return ready.error();
    auto number = days.nextZNumber(registerId);
    if (!number) return number.error();
    QString label = QStringLiteral("z%1-%2").arg(number.value()).arg(registerId);
    label.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("_"));
    auto written = BackupCopies::write(db, backup, label.left(40), nowUtc);
    if (!written) return written.error();  // the Z waits: nothing has been closed
    auto z = days.z(registerId, manager, journal, written->first.path);
    if (!z) return z.error();
    if (auto rotated = BackupCopies::rotate(backup, nowUtc); !rotated)
        qCWarning(lcDayClose) << "old backups could not be deleted:" << rotated.error().message;
    return ClosedDay{z.value(), written->second};
}

}  // namespace ak
