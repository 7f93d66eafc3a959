#include "core/cards/CardCheckout.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>
#include <optional>
#include <vector>

#include "core/catalogue/CatalogueRepository.h"
#include "core/sales/SaleRepository.h"
#include "core/sales/SalesLogging.h"
#include "core/storage/Database.h"

namespace ak {

namespace {

Error refusal(const QString& message) { return {ErrorCode::InvalidInput, message}; }

}  // namespace

Result<CompletedSale> completeSaleWithCards(Database& db, SaleRepository& sales, CardRepository& cards,
                                            const SaleDraft& draft, const PaymentPlan& plan, const StaffMember& op,
                                            Journal& journal,
                                            const std::function<Result<void>(const IssuedCard&)>& onIssued) {
    std::optional<CompletedSale> sale;
    int issued = 0;
    int cups = 0;
    const Result<void> written = db.write([&]() -> Result<void> {
        // The catalogue as it is now decides, not the draft: a draft may have been parked before a
        // manager changed what a product issues or what a card pays for.
        CatalogueRepository catalogue(db);
        std::map<qint64, bool> payable;  // by product id: a product has one line on a draft
        std::vector<std::optional<qint64>> cardType;
        for (const SaleLine& line : draft.lines()) {
            auto product = catalogue.product(line.productId);
            if (!product) return product.error();
            payable[line.productId] = product->coffeeCardPayable;
            cardType.push_back(product->cardTypeId);
        }
        const bool sellsCards = std::any_of(cardType.begin(), cardType.end(), [](const auto& t) { return t.has_value(); });
        if (sales.training() && (sellsCards || plan.hasCoffeeCardPayments()))
            return refusal(QCoreApplication::translate("ak::CardCheckout",
                                                       "In training mode coffee cards can be neither sold nor used "
                                                       "to pay."));

        // Each card payment must settle exactly one cup the catalogue lets a card pay for; otherwise a
        // card could pay for cake, or for half of a sandwich.
        std::vector<Money> open = coffeeCardUnits(draft, [&](const SaleLine& l) { return payable.at(l.productId); });
        PaymentPlan stored = plan;
        for (size_t i = 0; i < plan.entries().size(); ++i) {
            const Payment& p = plan.entries()[i];
            if (p.method != PaymentMethod::CoffeeCard) continue;
            auto unit = std::find(open.begin(), open.end(), p.amount);
            if (unit == open.end())
                return refusal(QCoreApplication::translate("ak::CardCheckout",
                                                           "A coffee card pays for one coffee or tea at its price. "
                                                           "Take the card payment off and add it again."));
            open.erase(unit);
            auto outcome = cards.redeem(p.reference, RedeemPlace::tillPayment(op), QString(), journal);
            if (!outcome) return outcome.error();
            if (!outcome->ok()) return refusal(outcome->message);
            ++cups;
            if (auto r = stored.setReference(int(i), QStringLiteral("card %1").arg(outcome->redemption->cardId)); !r)
                return r;
        }

        auto completed = sales.completeWithRedeemedCards(draft, stored, op);
        if (!completed) return completed.error();
        sale = completed.value();

        for (size_t i = 0; i < draft.lines().size(); ++i) {
            if (!cardType[i]) continue;
            IssueOptions options;
            options.saleId = sale->id;
            for (int unit = 0; unit < draft.lines()[i].quantity; ++unit) {
                auto card = cards.issue(*cardType[i], options, op, journal);
                if (!card) return card.error();
                if (auto queued = onIssued(card.value()); !queued) return queued;
                ++issued;
            }
        }
        return {};
    });
    if (!written) return written.error();
    qCInfo(lcSales) << "sale" << sale->receiptNumber << "on" << sale->registerId << sale->total.toDebugString() << "with"
                    << cups << "coffee-card cups and" << issued << "cards issued";
    return *sale;
}

}  // namespace ak
