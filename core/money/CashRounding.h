#pragma once
// Rounding of the cash part of a payment (card and mobile payments are never rounded).
// Norway: nearest whole krone, 50 øre rounds up. Denmark: nearest 50 øre (0–24 down, 25–74 to 50,
// 75–99 up). Negative amounts round symmetrically (a cash refund of 12,50 is 13 kr in Norway).

#include "core/money/Money.h"

namespace ak {

Money roundCash(const Money& amount);

// What the rounding added (positive) or took away (negative): roundCash(a) - a.
Money cashRoundingDifference(const Money& amount);

}  // namespace ak
