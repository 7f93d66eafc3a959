#pragma once
// The parts of a sale in progress: a line per product, a voided line, a discount, and the priced
// view of a line that totals() returns. Plain values, so that a draft can be copied, parked and
// compared in tests.

#include "core/money/Money.h"
#include "core/money/Vat.h"

#include <QString>

namespace ak {

struct SaleLine {
    qint64 productId = 0;
    QString name;          // in the café's language (receipts and the journal use it)
    int quantity = 1;      // 1..SaleDraft::kMaxQuantity
    Money unitPrice;       // VAT-inclusive
    VatClass vatClass = VatClass::Standard;
    QString saftBasicId;   // SAF-T article group, e.g. "04012"
    bool coffeeCardPayable = false;  // Product::coffeeCardPayable when added: what coffeeCardUnits() offers

    Money gross() const { return unitPrice * quantity; }
    bool operator==(const SaleLine&) const = default;
};

// A line taken off (or a quantity lowered) before the sale was completed. Kept because the
// journal and the X/Z reports count voids with their amounts.
struct VoidedLine {
    qint64 productId = 0;
    QString name;
    int quantity = 0;
    Money amount;  // unitPrice × quantity taken off
    bool operator==(const VoidedLine&) const = default;
};

// A discount on the whole sale, spread over the lines in proportion to their amounts so that the
// VAT per rate stays right.
struct SaleDiscount {
    enum class Kind { None, Percent, Amount };
    Kind kind = Kind::None;
    int percent = 0;     // 1..100 when kind == Percent
    Money amount;        // > 0 when kind == Amount
    QString reasonCode;  // discount_reasons.code
    QString reasonText;  // in the café's language, as printed and journaled
    bool operator==(const SaleDiscount&) const = default;
};

// One line with its rate and its share of the discount, as totals() computes it.
struct PricedLine {
    SaleLine line;
    int basisPoints = 0;  // the VAT rate that applies (depends on eat-in/takeaway in Norway)
    Money gross;          // before the discount
    Money discount;       // this line's share (≥ 0)
    Money net;            // gross - discount: what the line costs, VAT included
};

}  // namespace ak
