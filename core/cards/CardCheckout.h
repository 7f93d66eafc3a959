#pragma once
// Completing a sale at the till where coffee cards are involved: paid with one (a cup per
// payment), sold as products (punch cards, day passes), or both — in one Database::write(), so
// that the sale, its receipt number, the cups taken, the cards issued, the print-outs queued and
// all their journal entries commit together or not at all.
//
// Ownership: a function; the caller's objects outlive the call.

#include <functional>

#include "core/cards/CoffeeCard.h"
#include "core/sales/CompletedSale.h"
#include "core/sales/PaymentPlan.h"
#include "core/sales/SaleDraft.h"
#include "core/staff/StaffMember.h"
#include "core/util/Result.h"

namespace ak {

class Database;
class Journal;
class SaleRepository;

// Completes `draft` paid by `plan`:
//  - every CoffeeCard payment (PaymentPlan::addCoffeeCard) redeems one cup of the card it names, at
//    the till without the double-scan guard (two coffees paid with one card are two cups). Its
//    amount must be one of coffeeCardUnits() of the draft, the catalogue deciding which products a
//    card pays for. The stored payment's reference is "card <id>", never the scanned code.
//  - every unit of a line whose product has a card type issues one card of that type, with the
//    sale's id; `onIssued` is called for each inside the transaction (the till queues the card's
//    print-out there: the printed code exists only now and can never be rebuilt).
// A refusal — a card that is empty, expired, blocked, handed back or unknown, a card payment for
// something a card does not pay for — rolls everything back and is InvalidInput whose message is
// the kind sentence for the person at the till; so does an error from `onIssued`, an issue or the
// sale itself (with their own errors). In training mode coffee cards can be neither sold nor used:
// a training sale must not hand out or use up real cups.
//
// `journal` is the till's journal, the one `sales` writes to. Returns of a sale that sold a card
// or was paid with one are not built yet (SaleRepository refuses coffee-card refunds).
Result<CompletedSale> completeSaleWithCards(Database& db, SaleRepository& sales, CardRepository& cards,
                                            const SaleDraft& draft, const PaymentPlan& plan, const StaffMember& op,
                                            Journal& journal,
                                            const std::function<Result<void>(const IssuedCard&)>& onIssued);

}  // namespace ak
