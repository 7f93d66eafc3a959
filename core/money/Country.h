#pragma once
// The countries a café can be in: they decide VAT rates, cash rounding and receipt rules.

#include <QString>

namespace ak {

enum class Country { Norway, Denmark };

inline QString countryCode(Country c) { return c == Country::Norway ? QStringLiteral("NO") : QStringLiteral("DK"); }

}  // namespace ak
