#include "core/settings/CafeZone.h"

#include "core/settings/SettingsRepository.h"

namespace ak::CafeZone {
namespace {
const QString kKey = QString::fromLatin1(kSettingKey);
}

Result<void> record(Database& db, const QTimeZone& zone) {
    SettingsRepository settings(db);
    const QString id = QString::fromUtf8(zone.id());
    auto current = settings.value(kKey);
    if (!current) return current.error();
    if (current.value() == id) return {};
    return settings.set(kKey, id);
}

Result<std::optional<QTimeZone>> recorded(const Database& db) {
    auto q = db.query(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {kKey});
    if (!q) return q.error();
    if (!q->next()) return std::optional<QTimeZone>();
    const QByteArray id = q->value(0).toString().toUtf8();
    if (!QTimeZone::isTimeZoneIdAvailable(id)) return std::optional<QTimeZone>();
    return std::optional<QTimeZone>(QTimeZone(id));
}

}  // namespace ak::CafeZone
