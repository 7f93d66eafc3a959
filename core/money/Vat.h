#pragma once
// VAT arithmetic in one place. Rates are basis points (2500 = 25 %), amounts are Money; prices in
// Aktivkafe are VAT-inclusive (gross), so VAT is always extracted from a gross amount.

#include "core/money/Money.h"

#include <QString>

#include <optional>

namespace ak {

// The rate class a product belongs to. Which rate a class has depends on the country, on whether
// the café is VAT-registered and (in Norway) on whether the food is eaten in or taken away.
enum class VatClass { Standard, Food, Exempt };

QString vatClassKey(VatClass c);  // "standard", "food", "exempt": the stored form
std::optional<VatClass> vatClassFromKey(const QString& key);

// VAT contained in a gross amount: gross * rate / (1 + rate), rounded to the nearest øre with
// halves away from zero (so that a return gives exactly the negative VAT of the sale).
Money vatFromGross(const Money& gross, int basisPoints);

// Integer division rounding halves away from zero; den > 0.
qint64 divideRoundHalfAway(qint64 num, qint64 den);

}  // namespace ak
