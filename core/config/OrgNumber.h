#pragma once
// Form checks for business registration numbers: the Norwegian organisasjonsnummer (9 digits, the
// last one a modulus-11 check digit) and the Danish CVR-nummer (8 digits).

#include <optional>

#include <QString>

#include "core/config/AppConfig.h"

namespace ak {

// The number with spaces removed if it has the right form for the country, nullopt otherwise.
// "923 609 016" -> "923609016".
std::optional<QString> normalizedOrgNumber(const QString& text, Country country);

}  // namespace ak
