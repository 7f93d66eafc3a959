#pragma once
// Internal to the configuration loader: the visitors' sections of aktivkafe.toml, [checkin],
// [signups] and [opening_hours] (ConfigVisits.cpp; called from readAppConfig in ConfigSchema.cpp).

#include <string_view>
#include <vector>

#include "core/config/CheckInConfig.h"
#include "core/config/ConfigSection.h"

namespace ak::config {

// The keys each section may hold.
std::vector<std::string_view> checkInKeys();
std::vector<std::string_view> signupsKeys();
std::vector<std::string_view> openingHoursKeys();  // monday … sunday

CheckInConfig readCheckIn(ConfigSection& s);
SignupsConfig readSignups(ConfigSection& s);
OpeningHours readOpeningHours(ConfigSection& s);

}  // namespace ak::config
