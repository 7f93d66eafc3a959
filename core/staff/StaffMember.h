#pragma once

#include <QString>

#include <optional>

namespace ak {

enum class StaffRole { Volunteer, Manager };

inline QString staffRoleKey(StaffRole r) {
    return r == StaffRole::Manager ? QStringLiteral("manager") : QStringLiteral("volunteer");
}
inline std::optional<StaffRole> staffRoleFromKey(const QString& key) {
    if (key == QLatin1String("manager")) return StaffRole::Manager;
    if (key == QLatin1String("volunteer")) return StaffRole::Volunteer;
    return std::nullopt;
}

// A person who works the till. Never holds the PIN or its hash.
struct StaffMember {
    qint64 id = 0;
    QString name;
    StaffRole role = StaffRole::Volunteer;
    bool active = true;
};

}  // namespace ak
