#pragma once
// How a sale is paid (or a return refunded). The card terminal is not connected: a card payment is
// recorded as what the volunteer saw the terminal accept.

#include "core/money/Money.h"

#include <QString>

#include <optional>

namespace ak {

enum class PaymentMethod {
    Cash,
    Card,        // external terminal
    Mobile,      // Vipps (Norway) / MobilePay (Denmark), with an optional reference
    CoffeeCard,  // paying with the café's own coffee card (a later step; kept so stored keys are stable)
    Voucher,
};

QString paymentMethodKey(PaymentMethod m);  // "cash", "card", "mobile", "coffee_card", "voucher"
std::optional<PaymentMethod> paymentMethodFromKey(const QString& key);

struct Payment {
    PaymentMethod method = PaymentMethod::Cash;
    // What this payment settles of the sale, negative for a refund. For cash: the rounded amount
    // kept in the drawer (tendered - change).
    Money amount;
    // Cash only: what was handed over (≥ amount); the difference is the change. Equal to amount
    // for other methods.
    Money tendered;
    QString reference;  // Mobile: the Vipps/MobilePay reference, optional
    bool operator==(const Payment&) const = default;
};

}  // namespace ak
