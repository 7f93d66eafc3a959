#include "core/sales/TrainingMode.h"

#include "core/settings/SettingsRepository.h"
#include "core/staff/Permissions.h"

namespace ak {

Result<bool> TrainingMode::isOn() const {
    auto q = db_.query(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key()});
    if (!q) return q.error();
    return q->next() && q->value(0).toString() == QLatin1String("on");
}

Result<void> TrainingMode::set(bool on, const StaffMember& manager, Journal& journal) {
    if (auto allowed = requirePermission(manager, Permission::SwitchTraining); !allowed) return allowed;
    return db_.write([&]() -> Result<void> {
        auto now = isOn();
        if (!now) return now.error();
        if (now.value() == on) return {};
        if (auto r = SettingsRepository(db_).set(key(), on ? QStringLiteral("on") : QStringLiteral("off")); !r)
            return r;
        auto e = journal.append(Journal::staffActor(manager.id), on ? JournalKind::TrainingOn : JournalKind::TrainingOff,
                                {{QStringLiteral("register_id"), registerId_}});
        if (!e) return e.error();
        return {};
    });
}

}  // namespace ak
