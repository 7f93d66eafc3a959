#include "core/sales/PaymentPlan.h"

#include "core/money/CashRounding.h"

#include <algorithm>

namespace ak {

namespace {
Result<void> invalid(const QString& why) { return Result<void>::fail(ErrorCode::InvalidInput, why); }
}  // namespace

// All bookkeeping is done on magnitudes (what the volunteer types, always positive) and the sign
// of the total is put back when amounts leave the plan; roundCash is symmetric, so a refund
// rounds exactly like a sale.
Money PaymentPlan::magnitude(const Money& m) const { return isRefund() ? -m : m; }
Money PaymentPlan::signedFrom(const Money& m) const { return isRefund() ? -m : m; }

PaymentPlan::State PaymentPlan::state() const {
    const Currency c = total_.currency();
    State s{Money::zero(c), Money::zero(c), Money::zero(c), false};
    for (const Payment& p : entries_) {
        if (p.method == PaymentMethod::Cash) {
            s.cash += magnitude(p.tendered);
            s.hasCash = true;
        } else {
            s.nonCash += magnitude(p.amount);
        }
    }
    s.cashDue = roundCash(magnitude(total_) - s.nonCash);
    return s;
}

Money PaymentPlan::remaining() const {
    const State s = state();
    const Money rest = magnitude(total_) - s.nonCash;
    if (!s.hasCash) return rest;
    if (s.cash >= s.cashDue) return Money::zero(total_.currency());
    return rest - s.cash;  // > 0: cash comes in whole steps, so it falls short by at least half a step
}

Money PaymentPlan::remainingInCash() const { return roundCash(remaining()); }

bool PaymentPlan::isPaidInFull() const {
    const State s = state();
    return s.hasCash ? s.cash >= s.cashDue : s.nonCash == magnitude(total_);
}

Money PaymentPlan::change() const {
    const State s = state();
    if (!s.hasCash || s.cash < s.cashDue) return Money::zero(total_.currency());
    return s.cash - s.cashDue;
}

Money PaymentPlan::rounding() const {
    const State s = state();
    if (!s.hasCash || s.cash < s.cashDue) return Money::zero(total_.currency());
    return signedFrom(s.cashDue - (magnitude(total_) - s.nonCash));
}

Result<void> PaymentPlan::addCash(const Money& tendered) {
    if (tendered.currency() != total_.currency()) return invalid(tr("The amount is in another currency."));
    if (tendered.isNegative() || tendered.isZero()) return invalid(tr("Type the amount of cash, more than zero."));
    if (tendered.minor() % cashRoundingStep(tendered.currency()) != 0)
        return invalid(total_.currency() == Currency::NOK ? tr("Cash is counted in whole kroner.")
                                                          : tr("Cash is counted in steps of 50 øre."));
    if (isPaidInFull()) return invalid(tr("The sale is already paid."));
    if (isRefund() && tendered > remainingInCash())
        return invalid(tr("A refund cannot pay out more than is owed."));
    entries_.push_back({PaymentMethod::Cash, signedFrom(tendered), signedFrom(tendered), {}});
    return {};
}

Result<void> PaymentPlan::addCash(const QString& typed) {
    auto m = Money::parse(typed, total_.currency());
    if (!m) return m.error();
    return addCash(m.value());
}

Result<void> PaymentPlan::payRestInCash() {
    if (isPaidInFull()) return invalid(tr("The sale is already paid."));
    const Money due = remainingInCash();
    entries_.push_back({PaymentMethod::Cash, signedFrom(due), signedFrom(due), {}});
    return {};
}

Result<void> PaymentPlan::add(PaymentMethod method, const Money& amount, const QString& reference) {
    if (method == PaymentMethod::Cash) return addCash(amount);
    if (amount.currency() != total_.currency()) return invalid(tr("The amount is in another currency."));
    if (amount.isNegative() || amount.isZero()) return invalid(tr("Type the amount, more than zero."));
    if (isPaidInFull()) return invalid(tr("The sale is already paid."));
    if (amount > remaining())
        return invalid(tr("Only cash can be more than what remains; take at most the remaining amount."));
    entries_.push_back({method, signedFrom(amount), signedFrom(amount), reference.trimmed()});
    return {};
}

Result<void> PaymentPlan::add(PaymentMethod method, const QString& typed, const QString& reference) {
    auto m = Money::parse(typed, total_.currency());
    if (!m) return m.error();
    return add(method, m.value(), reference);
}

Result<void> PaymentPlan::addCoffeeCard(const QString& scannedCode, const Money& amount) {
    if (scannedCode.trimmed().isEmpty()) return invalid(tr("Scan the coffee card."));
    // Giving a cup back onto a card belongs to returns of card payments, which are not built yet.
    if (isRefund()) return invalid(tr("A refund cannot be paid back onto a coffee card."));
    return add(PaymentMethod::CoffeeCard, amount, scannedCode);
}

bool PaymentPlan::hasCoffeeCardPayments() const {
    return std::any_of(entries_.begin(), entries_.end(),
                       [](const Payment& p) { return p.method == PaymentMethod::CoffeeCard; });
}

Result<void> PaymentPlan::setReference(int index, const QString& reference) {
    if (index < 0 || index >= int(entries_.size()))
        return Result<void>::fail(ErrorCode::NotFound, tr("There is no such payment."));
    entries_[size_t(index)].reference = reference;
    return {};
}

Result<void> PaymentPlan::remove(int index) {
    if (index < 0 || index >= int(entries_.size()))
        return Result<void>::fail(ErrorCode::NotFound, tr("There is no such payment."));
    entries_.erase(entries_.begin() + index);
    return {};
}

std::vector<Payment> PaymentPlan::settled() const {
    std::vector<Payment> out;
    for (const Payment& p : entries_)
        if (p.method != PaymentMethod::Cash) out.push_back(p);
    const State s = state();
    if (s.hasCash) {
        const Money kept = std::min(s.cash, s.cashDue);
        out.push_back({PaymentMethod::Cash, signedFrom(kept), signedFrom(s.cash), {}});
    }
    return out;
}

}  // namespace ak
