#include "core/settings/SettingsRepository.h"

namespace ak {

Result<std::optional<QString>> SettingsRepository::value(const QString& key) const {
    auto q = db_.query(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!q) return q.error();
    if (!q->next()) return std::optional<QString>();
    return std::optional<QString>(q->value(0).toString());
}

Result<void> SettingsRepository::set(const QString& key, const QString& value) {
    return db_.write([&]() -> Result<void> {
        auto q = db_.query(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"
                                          " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                           {key, value});
        if (!q) return q.error();
        return {};
    });
}

}  // namespace ak
