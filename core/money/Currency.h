#pragma once
// The currencies a café can keep its till in. Minor units are always 1/100 (øre).

#include <QString>

#include <optional>

namespace ak {

enum class Currency { NOK, DKK };

inline QString currencyCode(Currency c) { return c == Currency::NOK ? QStringLiteral("NOK") : QStringLiteral("DKK"); }

inline std::optional<Currency> currencyFromCode(const QString& code) {
    if (code == QLatin1String("NOK")) return Currency::NOK;
    if (code == QLatin1String("DKK")) return Currency::DKK;
    return std::nullopt;
}

// Cash payments are rounded to this many minor units: whole kroner in Norway, 50 øre in Denmark.
inline int cashRoundingStep(Currency c) { return c == Currency::NOK ? 100 : 50; }

}  // namespace ak
