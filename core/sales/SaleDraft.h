#pragma once
// A sale in progress at the till: no database, no clock, just the rules for lines, quantities,
// voids, eat-in/takeaway and a discount. The till's controller keeps one and hands it to
// SaleRepository::complete() (or park()/abandon()) when the volunteer is done.
//
// Every change either succeeds or returns InvalidInput with a sentence for the volunteer and
// leaves the draft exactly as it was.

#include "core/catalogue/Product.h"
#include "core/money/Money.h"
#include "core/money/VatSummary.h"
#include "core/money/VatTable.h"
#include "core/sales/SaleLine.h"
#include "core/util/Result.h"

#include <QCoreApplication>

#include <QJsonObject>
#include <QLocale>

#include <functional>
#include <vector>

namespace ak {

struct SaleTotals {
    std::vector<PricedLine> lines;
    Money gross;     // before the discount
    Money discount;  // ≥ 0
    Money total;     // what is due: gross - discount (before any cash rounding)
    std::vector<VatRateTotal> vat;  // per rate, on each rate's total after the discount
};

class SaleDraft {
    Q_DECLARE_TR_FUNCTIONS(SaleDraft)  // messages for the volunteer; lupdate context "SaleDraft"
public:
    static constexpr int kMaxQuantity = 99;

    explicit SaleDraft(Currency currency = Currency::NOK, Consumption consumption = Consumption::EatIn)
        : currency_(currency), consumption_(consumption) {}

    // Adds one of `product`, named in `cafeLanguage`; the same product again adds 1 to its line.
    // InvalidInput for an inactive product, another currency or a line already at kMaxQuantity.
    Result<void> addProduct(const Product& product, QLocale::Language cafeLanguage);
    // 1..kMaxQuantity. Lowering a quantity records the difference as a void. NotFound if the
    // product is not on the sale.
    Result<void> setQuantity(qint64 productId, int quantity);
    // Takes the line off and records it as a void. NotFound if the product is not on the sale.
    Result<void> removeLine(qint64 productId);

    void setConsumption(Consumption c) { consumption_ = c; }
    Consumption consumption() const { return consumption_; }

    // 1..100 %, with a reason from the manager's list (reasonCode must not be empty).
    Result<void> setPercentDiscount(int percent, const QString& reasonCode, const QString& reasonText);
    // 0 < amount ≤ the current gross total.
    Result<void> setAmountDiscount(const Money& amount, const QString& reasonCode, const QString& reasonText);
    void clearDiscount() { discount_ = {}; }
    const SaleDiscount& discount() const { return discount_; }

    Currency currency() const { return currency_; }
    const std::vector<SaleLine>& lines() const { return lines_; }
    const std::vector<VoidedLine>& voids() const { return voids_; }
    bool isEmpty() const { return lines_.empty(); }

    // Prices the sale with `vat`. An amount discount larger than the (since lowered) gross is
    // capped at the gross here; canComplete() refuses such a sale so the volunteer notices.
    SaleTotals totals(const VatTable& vat) const;
    // What each line costs after its share of the discount, in the order of lines() (the `net` of
    // totals(), which does not depend on VAT).
    std::vector<Money> lineNets() const;
    // InvalidInput if there are no lines or the discount no longer fits.
    Result<void> canComplete() const;

    // Parking stores the draft as JSON (lines, voids, consumption, discount).
    QJsonObject toJson() const;
    static Result<SaleDraft> fromJson(const QJsonObject& json);

    bool operator==(const SaleDraft&) const = default;

private:
    std::vector<SaleLine>::iterator findLine(qint64 productId);
    Money gross() const;
    std::vector<qint64> discountShares() const;

    Currency currency_;
    Consumption consumption_;
    std::vector<SaleLine> lines_;
    std::vector<VoidedLine> voids_;
    SaleDiscount discount_;
};

// What a coffee card can pay in `draft`: one entry per unit of every line whose product takes a
// coffee card (SaleLine::coffeeCardPayable, or `payable` when given), in line order, at what that
// unit costs after the sale's discount. A line's net is split over its units to the øre, the first
// units taking the remainder (net 9,99 for 2 → 5,00 and 4,99), so the entries of a line add up to
// its net. The till offers "pay one coffee with the card" for each; the checkout accepts a
// coffee-card payment only for one of these amounts.
std::vector<Money> coffeeCardUnits(const SaleDraft& draft);
std::vector<Money> coffeeCardUnits(const SaleDraft& draft, const std::function<bool(const SaleLine&)>& payable);

}  // namespace ak
