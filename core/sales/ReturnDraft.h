#pragma once
// A return being prepared: which lines of which sale come back, and what that refunds. Built by
// SaleRepository::prepareReturn() from the stored sale, so the amounts are the original's (its
// discount included); completed by SaleRepository::completeReturn() with a manager's approval.

#include "core/money/Money.h"
#include "core/money/VatSummary.h"
#include "core/sales/CompletedSale.h"

#include <QString>

#include <vector>

namespace ak {

// The screen's choice: this many of this original line come back.
struct ReturnItem {
    qint64 saleLineId = 0;
    int quantity = 0;  // > 0
};

struct ReturnDraft {
    CompletedSale original;
    std::vector<ReturnItem> items;
    std::vector<CompletedLine> lines;  // negative quantities and amounts, as they will be stored
    Money gross;
    Money discount;
    Money total;  // negative: what is refunded before cash rounding
    std::vector<VatRateTotal> vat;
};

}  // namespace ak
