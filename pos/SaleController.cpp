#include "SaleController.h"

#include <QLoggingCategory>

#include "LanguageController.h"
#include "SessionController.h"
#include "core/money/MoneyFormat.h"
#include "core/sales/DiscountReasonRepository.h"
#include "core/sales/SaleRepository.h"
#include "core/cash/CashDrawer.h"

Q_LOGGING_CATEGORY(lcSale, "aktivkafe.pos.sale")

namespace ak {

SaleController::SaleController(Currency currency, QLocale::Language cafeLanguage, SaleRepository& sales, DiscountReasonRepository& reasons,
                               SessionController& session, ui::LanguageController& language,
                               const CashDrawer& drawer, QTimeZone zone, QObject* parent)
    : QObject(parent),
      zone_(std::move(zone)),
      sales_(sales),
      reasonRepository_(reasons),
      session_(session),
      language_(language),
      drawer_(drawer),
      cafeLanguage_(cafeLanguage),
      draft_(currency) {
    connect(&language_, &ui::LanguageController::currentChanged, this, [this] {
        refresh();
        reload();
    });
    connect(&drawer_, &CashDrawer::changed, this, &SaleController::drawerChanged);
    reload();
}

QLocale SaleController::locale() const { return language_.locale(); }

Money SaleController::total() const { return draft_.totals(sales_.vatTable()).total; }

QString SaleController::totalText() const { return formatMoney(total(), locale()); }

QString SaleController::discountText() const {
    const SaleDiscount& d = draft_.discount();
    if (d.kind == SaleDiscount::Kind::None) return {};
    const Money amount = draft_.totals(sales_.vatTable()).discount;
    //: %1 the reason, %2 the amount taken off, e.g. "Volunteer coffee: −kr 5,00"
    return tr("%1: −%2").arg(d.reasonText, formatMoney(amount, locale()));
}

bool SaleController::offersTakeaway() const {
    const VatTable& vat = sales_.vatTable();
    return vat.basisPoints(VatClass::Food, Consumption::EatIn) != vat.basisPoints(VatClass::Food, Consumption::Takeaway);
}

bool SaleController::drawerOpen() const {
    return drawer_.isOpen().value_or(false);
}

void SaleController::setTakeaway(bool on) {
    draft_.setConsumption(on ? Consumption::Takeaway : Consumption::EatIn);
    refresh();
}

bool SaleController::apply(const Result<void>& result) {
    if (!result) {
        setError(result.error().message);
        return false;
    }
    setError({});
    refresh();
    return true;
}

void SaleController::add(qint64 productId) {
    apply(sales_.addProduct(draft_, productId));
}

void SaleController::increase(qint64 productId) {
    for (const SaleLine& l : draft_.lines()) {
        if (l.productId == productId) {
            apply(draft_.setQuantity(productId, l.quantity + 1));
            return;
        }
    }
}

void SaleController::decrease(qint64 productId) {
    for (const SaleLine& l : draft_.lines()) {
        if (l.productId != productId) continue;
        apply(l.quantity > 1 ? draft_.setQuantity(productId, l.quantity - 1) : draft_.removeLine(productId));
        return;
    }
}

void SaleController::remove(qint64 productId) { apply(draft_.removeLine(productId)); }

void SaleController::setPercentDiscount(int percent, const QString& reasonCode) {
    auto reason = reasonRepository_.find(reasonCode);
    if (!reason) {
        setError(reason.error().message);
        return;
    }
    // The receipt and the journal take the reason in the café's language, like the line names.
    apply(draft_.setPercentDiscount(percent, reasonCode, reason->text.text(cafeLanguage_)));
}

void SaleController::clearDiscount() {
    draft_.clearDiscount();
    refresh();
}

void SaleController::park() {
    const StaffMember* op = session_.currentOperator();
    if (!op || draft_.isEmpty()) return;
    auto parked = sales_.park(draft_, *op);
    if (!parked) {
        setError(parked.error().message);
        return;
    }
    draft_ = SaleDraft(draft_.currency());
    setError({});
    refresh();
    reload();
}

void SaleController::resume(qint64 parkedId) {
    const StaffMember* op = session_.currentOperator();
    if (!op) return;
    if (!draft_.isEmpty()) {
        setError(tr("Finish or park the sale on the screen first."));
        return;
    }
    auto draft = sales_.resume(parkedId, *op);
    if (!draft) {
        setError(draft.error().message);
        return;
    }
    draft_ = std::move(draft).value();
    setError({});
    refresh();
    reload();
}

void SaleController::abandon() {
    const StaffMember* op = session_.currentOperator();
    if (!op || draft_.isEmpty()) return;
    const Result<void> r = sales_.abandon(draft_, *op);
    if (!r) {
        setError(r.error().message);
        return;
    }
    startNext();
}

void SaleController::startNext() {
    draft_ = SaleDraft(draft_.currency());
    setError({});
    refresh();
}

void SaleController::refresh() {
    const SaleTotals totals = draft_.totals(sales_.vatTable());
    std::vector<QVariantMap> rows;
    for (const PricedLine& p : totals.lines) {
        rows.push_back({{QStringLiteral("productId"), p.line.productId},
                        {QStringLiteral("name"), p.line.name},
                        {QStringLiteral("quantity"), p.line.quantity},
                        {QStringLiteral("amountText"), formatMoney(p.gross, locale())}});
    }
    lines_.setRows(std::move(rows));
    emit changed();
}

void SaleController::reload() {
    const QLocale here = locale();
    std::vector<QVariantMap> parkedRows;
    if (auto parked = sales_.parkedSales()) {
        for (const ParkedSale& p : parked.value()) {
            QStringList names;
            for (const SaleLine& l : p.draft.lines()) names.append(QStringLiteral("%1 × %2").arg(l.quantity).arg(l.name));
            parkedRows.push_back({{QStringLiteral("parkedId"), p.id},
                                  {QStringLiteral("summary"), names.join(QStringLiteral(", "))},
                                  {QStringLiteral("whenText"), here.toString(p.parkedAt.toTimeZone(zone_).time(), QStringLiteral("HH:mm"))},
                                  {QStringLiteral("totalText"), formatMoney(p.draft.totals(sales_.vatTable()).total, here)}});
        }
    } else {
        qCWarning(lcSale) << "parked sales:" << parked.error().message;
    }
    parked_.setRows(std::move(parkedRows));

    std::vector<QVariantMap> reasonRows;
    if (auto reasons = reasonRepository_.active()) {
        for (const DiscountReason& r : reasons.value()) {
            reasonRows.push_back({{QStringLiteral("code"), r.code}, {QStringLiteral("text"), r.text.text(here.language())}});
        }
    }
    reasons_.setRows(std::move(reasonRows));
}

void SaleController::setError(const QString& text) {
    if (text == errorText_) return;
    errorText_ = text;
    emit errorTextChanged();
}

}  // namespace ak
