#pragma once
// The VAT summary of a sale or a report: per rate, the gross total, the VAT and the net amount.
// VAT is computed once on each rate's total, not per line and summed, so that the receipt, the
// X/Z report and the SAF-T export agree to the øre.

#include "core/money/Money.h"

#include <vector>

namespace ak {

struct VatLine {
    Money gross;      // VAT-inclusive line total (price × quantity, after discounts)
    int basisPoints;  // the rate that applies to the line
};

struct VatRateTotal {
    int basisPoints = 0;
    Money gross;
    Money vat;
    Money net;  // gross - vat
};

// One entry per rate that occurs, highest rate first. All lines must share `currency`.
std::vector<VatRateTotal> summarizeVat(const std::vector<VatLine>& lines, Currency currency);

}  // namespace ak
