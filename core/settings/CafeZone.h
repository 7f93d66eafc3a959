#pragma once
// The café's time zone ([cafe] time_zone) as last recorded in its database by the kiosk or the
// till. The command line reads it from there, so that `aktivkafe report …` cuts the café's days,
// not the days of whatever machine (or TZ) it runs on.

#include <QTimeZone>

#include <optional>

#include "core/storage/Database.h"
#include "core/util/Result.h"

namespace ak::CafeZone {

// The settings key it is kept under (the kiosk's role may write it, PostgresRoles.h).
inline constexpr const char* kSettingKey = "cafe.time_zone";

// Keeps `zone` as the café's; writes only when it differs from what is recorded.
Result<void> record(Database& db, const QTimeZone& zone);
// The recorded zone; nullopt when no app has started on this database yet (or the name is not
// one this machine knows).
Result<std::optional<QTimeZone>> recorded(const Database& db);

}  // namespace ak::CafeZone
