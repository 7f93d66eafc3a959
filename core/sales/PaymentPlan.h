#pragma once
// Paying one sale (or refunding one return), possibly split over several methods.
//
// Rules: only the cash part is rounded (roundCash: whole kroner in Norway, 50 øre in Denmark), and
// only when the cash settles the rest; a non-cash part may not exceed what remains; cash may exceed
// it (the difference is change) for a sale, never for a refund. Amounts are typed as positive
// numbers for both sales and refunds; a refund plan (negative total) stores them negative.

#include "core/sales/Payment.h"
#include "core/util/Result.h"

#include <QCoreApplication>

#include <vector>

namespace ak {

class PaymentPlan {
    Q_DECLARE_TR_FUNCTIONS(PaymentPlan)  // messages for the volunteer; lupdate context "PaymentPlan"
public:
    explicit PaymentPlan(const Money& totalDue) : total_(totalDue) {}

    const Money& totalDue() const { return total_; }
    bool isRefund() const { return total_.isNegative(); }

    // Cash handed over (or paid out for a refund), > 0. A refund refuses more than the rounded rest.
    Result<void> addCash(const Money& tendered);
    Result<void> addCash(const QString& typed);  // Money::parse: "50", "12,5"; refuses "12,505"
    // Settles the whole rest in cash, exactly (no change): the usual refund and "exact cash".
    Result<void> payRestInCash();
    // A non-cash payment of at most remaining(). Method must not be Cash.
    Result<void> add(PaymentMethod method, const Money& amount, const QString& reference = {});
    Result<void> add(PaymentMethod method, const QString& typed, const QString& reference = {});
    // One cup paid with a coffee card: `amount` is the unit price it settles (coffeeCardUnits()).
    // The reference is the scanned text (a printed code or an NFC UID), kept in memory only: it is
    // how the checkout (core/cards/CardCheckout.h) finds the card. The code is a bearer token —
    // stored in sale_payments, printed on the receipt or journaled it would let anyone who reads
    // it drink from the card — so the checkout replaces it with "card <id>" before anything is
    // stored, and SaleRepository::complete() refuses a plan that still holds one.
    Result<void> addCoffeeCard(const QString& scannedCode, const Money& amount);
    bool hasCoffeeCardPayments() const;
    // Replaces the reference of the entry at `index` (how the checkout swaps the scanned text for
    // the card's id). NotFound for a bad index.
    Result<void> setReference(int index, const QString& reference);
    // Takes back the payment at `index` of entries() (typed wrongly). NotFound for a bad index.
    Result<void> remove(int index);

    // Still to pay in exact terms (0 once paid in full); positive for sales and refunds alike.
    Money remaining() const;
    // What the rest comes to if paid in cash (remaining() rounded): what the screen shows for cash.
    Money remainingInCash() const;
    bool isPaidInFull() const;
    Money change() const;    // cash handed back, ≥ 0
    Money rounding() const;  // roundCash on the cash part: added (+) or taken off (−); signed like the total

    // As typed, in order (cash with tendered = amount = what was handed over).
    const std::vector<Payment>& entries() const { return entries_; }
    // The payments to store: non-cash as typed, all cash merged into one Cash payment whose amount
    // is what stays in the drawer and whose tendered is what was handed over.
    std::vector<Payment> settled() const;

private:
    struct State {
        Money nonCash;    // signed like the total
        Money cash;       // tendered, signed like the total
        Money cashDue;    // roundCash(total - nonCash)
        bool hasCash = false;
    };
    State state() const;
    Money magnitude(const Money& signedAmount) const;  // flips a refund's amounts to positive
    Money signedFrom(const Money& magnitude) const;

    Money total_;
    std::vector<Payment> entries_;
};

}  // namespace ak
