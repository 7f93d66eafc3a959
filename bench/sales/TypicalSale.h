#pragma once
// The sale the benchmark measures and the filler copies: a typical two-line cash sale at the till
// of the demo café (one coffee and one waffle, 17,50 kr, paid with a 50-kr note: rounded to 18 kr,
// 32 kr change). Header-only, shared by SaleFiller.cpp and main.cpp.

#include "core/catalogue/CatalogueRepository.h"
#include "core/sales/SaleRepository.h"

#include <QStringList>

#include <vector>

namespace ak::bench {

inline const QString kRegister = QStringLiteral("till-1");

// The products of the typical sale, looked up by code in the seeded catalogue.
inline Result<std::vector<qint64>> typicalProducts(Database& db) {
    auto all = CatalogueRepository(db).allProducts();
    if (!all) return all.error();
    std::vector<qint64> ids;
    for (const QString& code : {QStringLiteral("coffee"), QStringLiteral("waffle")}) {
        for (const Product& p : all.value())
            if (p.code == code && p.active) ids.push_back(p.id);
    }
    if (ids.size() != 2)
        return Error{ErrorCode::NotFound, QStringLiteral("the demo seed has no active coffee and waffle products")};
    return ids;
}

// What the volunteer rings up before tapping Pay.
inline Result<SaleDraft> typicalDraft(const SaleRepository& sales, const std::vector<qint64>& products) {
    SaleDraft draft(Currency::NOK, Consumption::EatIn);
    for (qint64 id : products)
        if (auto r = sales.addProduct(draft, id); !r) return r.error();
    return draft;
}

// What happens on the Pay tap: the cash the customer hands over.
inline Result<PaymentPlan> typicalPayment(const SaleRepository& sales, const SaleDraft& draft) {
    PaymentPlan plan(draft.totals(sales.vatTable()).total);
    if (auto r = plan.addCash(Money::kroner(50, Currency::NOK)); !r) return r.error();
    return plan;
}

}  // namespace ak::bench
