#include "core/money/CashRounding.h"

#include "core/money/Vat.h"

namespace ak {

Money roundCash(const Money& amount) {
    const qint64 step = cashRoundingStep(amount.currency());
    // Round to the nearest step with halves away from zero: exactly the Norwegian and Danish rules.
    return Money(divideRoundHalfAway(amount.minor(), step) * step, amount.currency());
}

Money cashRoundingDifference(const Money& amount) { return roundCash(amount) - amount; }

}  // namespace ak
