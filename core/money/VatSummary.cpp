#include "core/money/VatSummary.h"

#include "core/money/Vat.h"

#include <algorithm>

namespace ak {

std::vector<VatRateTotal> summarizeVat(const std::vector<VatLine>& lines, Currency currency) {
    std::vector<VatRateTotal> totals;
    for (const VatLine& line : lines) {
        auto it = std::find_if(totals.begin(), totals.end(),
                               [&](const VatRateTotal& t) { return t.basisPoints == line.basisPoints; });
        if (it == totals.end()) {
            totals.push_back({line.basisPoints, Money::zero(currency), Money::zero(currency), Money::zero(currency)});
            it = totals.end() - 1;
        }
        it->gross += line.gross;
    }
    for (VatRateTotal& t : totals) {
        t.vat = vatFromGross(t.gross, t.basisPoints);
        t.net = t.gross - t.vat;
    }
    std::sort(totals.begin(), totals.end(),
              [](const VatRateTotal& a, const VatRateTotal& b) { return a.basisPoints > b.basisPoints; });
    return totals;
}

}  // namespace ak
