#include "core/sales/SaleDraft.h"

#include "core/money/Vat.h"

#include <QJsonArray>

#include <algorithm>

namespace ak {

namespace {

// 128 bits for discount × line amount: two large øre amounts multiplied may exceed 64 bits.
__extension__ typedef __int128 Wide;

Result<void> invalid(const QString& why) { return Result<void>::fail(ErrorCode::InvalidInput, why); }

// Spreads `discount` over `gross` amounts in proportion, to the øre, by largest remainder: the
// shares add up to exactly the discount, and equal remainders go to the earlier line so the result
// does not depend on anything but the order of the lines.
std::vector<qint64> spread(qint64 discount, const std::vector<qint64>& gross) {
    std::vector<qint64> share(gross.size(), 0);
    qint64 total = 0;
    for (qint64 g : gross) total += g;
    if (total <= 0 || discount <= 0) return share;
    std::vector<std::pair<qint64, size_t>> remainders;
    qint64 given = 0;
    for (size_t i = 0; i < gross.size(); ++i) {
        const Wide num = static_cast<Wide>(discount) * gross[i];
        share[i] = static_cast<qint64>(num / total);
        remainders.push_back({static_cast<qint64>(num % total), i});
        given += share[i];
    }
    std::stable_sort(remainders.begin(), remainders.end(), [](auto& a, auto& b) { return a.first > b.first; });
    for (size_t k = 0; given < discount && k < remainders.size(); ++k, ++given) share[remainders[k].second] += 1;
    return share;
}

QString consumptionKey(Consumption c) { return c == Consumption::Takeaway ? QStringLiteral("takeaway") : QStringLiteral("eat_in"); }

QJsonObject moneyLess(const SaleLine& l) {
    return {{QStringLiteral("product_id"), l.productId},   {QStringLiteral("name"), l.name},
            {QStringLiteral("quantity"), l.quantity},      {QStringLiteral("unit_price"), l.unitPrice.minor()},
            {QStringLiteral("vat_class"), vatClassKey(l.vatClass)}, {QStringLiteral("saft"), l.saftBasicId},
            {QStringLiteral("coffee_card"), l.coffeeCardPayable}};
}

}  // namespace

std::vector<SaleLine>::iterator SaleDraft::findLine(qint64 productId) {
    return std::find_if(lines_.begin(), lines_.end(), [&](const SaleLine& l) { return l.productId == productId; });
}

Money SaleDraft::gross() const {
    Money sum = Money::zero(currency_);
    for (const SaleLine& l : lines_) sum += l.gross();
    return sum;
}

Result<void> SaleDraft::addProduct(const Product& product, QLocale::Language cafeLanguage) {
    const QString name = product.name.text(cafeLanguage);
    if (!product.active) return invalid(tr("%1 is no longer sold.").arg(name));
    if (product.price.currency() != currency_)
        return invalid(tr("%1 is priced in %2, but the till sells in %3.")
                           .arg(name, currencyCode(product.price.currency()), currencyCode(currency_)));
    auto it = findLine(product.id);
    if (it != lines_.end()) {
        if (it->quantity >= kMaxQuantity)
            return invalid(tr("At most %1 of one product can be on a sale.").arg(kMaxQuantity));
        ++it->quantity;
        return {};
    }
    lines_.push_back({product.id, name, 1, product.price, product.vatClass, product.saftBasicId,
                      product.coffeeCardPayable});
    return {};
}

Result<void> SaleDraft::setQuantity(qint64 productId, int quantity) {
    auto it = findLine(productId);
    if (it == lines_.end())
        return Result<void>::fail(ErrorCode::NotFound, tr("That product is not on the sale."));
    if (quantity < 1 || quantity > kMaxQuantity)
        return invalid(tr("The quantity must be between 1 and %1; to take the line off, remove it.").arg(kMaxQuantity));
    if (quantity < it->quantity) {
        const int off = it->quantity - quantity;
        voids_.push_back({it->productId, it->name, off, it->unitPrice * off});
    }
    it->quantity = quantity;
    return {};
}

Result<void> SaleDraft::removeLine(qint64 productId) {
    auto it = findLine(productId);
    if (it == lines_.end())
        return Result<void>::fail(ErrorCode::NotFound, tr("That product is not on the sale."));
    voids_.push_back({it->productId, it->name, it->quantity, it->gross()});
    lines_.erase(it);
    return {};
}

Result<void> SaleDraft::setPercentDiscount(int percent, const QString& reasonCode, const QString& reasonText) {
    if (percent < 1 || percent > 100) return invalid(tr("A discount must be between 1 and 100 %."));
    if (reasonCode.trimmed().isEmpty()) return invalid(tr("Choose a reason for the discount."));
    discount_ = {SaleDiscount::Kind::Percent, percent, Money::zero(currency_), reasonCode, reasonText};
    return {};
}

Result<void> SaleDraft::setAmountDiscount(const Money& amount, const QString& reasonCode, const QString& reasonText) {
    if (amount.currency() != currency_) return invalid(tr("The discount is in another currency."));
    if (amount.isNegative() || amount.isZero()) return invalid(tr("A discount must be more than zero."));
    if (amount > gross()) return invalid(tr("A discount cannot be more than the sale's total."));
    if (reasonCode.trimmed().isEmpty()) return invalid(tr("Choose a reason for the discount."));
    discount_ = {SaleDiscount::Kind::Amount, 0, amount, reasonCode, reasonText};
    return {};
}

Result<void> SaleDraft::canComplete() const {
    if (lines_.empty()) return invalid(tr("The sale has no lines."));
    if (discount_.kind == SaleDiscount::Kind::Amount && discount_.amount > gross())
        return invalid(tr("The discount is now more than the sale's total; change or remove it."));
    return {};
}

// The discount in øre and each line's share of it (in the order of lines_).
std::vector<qint64> SaleDraft::discountShares() const {
    const qint64 g = gross().minor();
    qint64 discount = 0;
    if (discount_.kind == SaleDiscount::Kind::Percent)
        discount = divideRoundHalfAway(g * discount_.percent, 100);
    else if (discount_.kind == SaleDiscount::Kind::Amount)
        discount = std::min(discount_.amount.minor(), g);
    std::vector<qint64> grosses;
    for (const SaleLine& l : lines_) grosses.push_back(l.gross().minor());
    return spread(discount, grosses);
}

std::vector<Money> SaleDraft::lineNets() const {
    const std::vector<qint64> shares = discountShares();
    std::vector<Money> out;
    for (size_t i = 0; i < lines_.size(); ++i) out.push_back(lines_[i].gross() - Money(shares[i], currency_));
    return out;
}

SaleTotals SaleDraft::totals(const VatTable& vat) const {
    SaleTotals t;
    t.gross = gross();
    const std::vector<qint64> shares = discountShares();
    qint64 discount = 0;
    for (qint64 share : shares) discount += share;
    t.discount = Money(discount, currency_);
    t.total = t.gross - t.discount;

    std::vector<VatLine> vatLines;
    for (size_t i = 0; i < lines_.size(); ++i) {
        const SaleLine& l = lines_[i];
        PricedLine p{l, vat.basisPoints(l.vatClass, consumption_), l.gross(), Money(shares[i], currency_), {}};
        p.net = p.gross - p.discount;
        vatLines.push_back({p.net, p.basisPoints});
        t.lines.push_back(p);
    }
    t.vat = summarizeVat(vatLines, currency_);
    return t;
}

QJsonObject SaleDraft::toJson() const {
    QJsonArray lines, voids;
    for (const SaleLine& l : lines_) lines.append(moneyLess(l));
    for (const VoidedLine& v : voids_)
        voids.append(QJsonObject{{QStringLiteral("product_id"), v.productId}, {QStringLiteral("name"), v.name},
                                 {QStringLiteral("quantity"), v.quantity}, {QStringLiteral("amount"), v.amount.minor()}});
    const QString kind = discount_.kind == SaleDiscount::Kind::Percent  ? QStringLiteral("percent")
                         : discount_.kind == SaleDiscount::Kind::Amount ? QStringLiteral("amount")
                                                                        : QStringLiteral("none");
    return {{QStringLiteral("currency"), currencyCode(currency_)},
            {QStringLiteral("consumption"), consumptionKey(consumption_)},
            {QStringLiteral("lines"), lines},
            {QStringLiteral("voids"), voids},
            {QStringLiteral("discount"),
             QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("percent"), discount_.percent},
                         {QStringLiteral("amount"), discount_.amount.minor()},
                         {QStringLiteral("reason_code"), discount_.reasonCode},
                         {QStringLiteral("reason_text"), discount_.reasonText}}}};
}

Result<SaleDraft> SaleDraft::fromJson(const QJsonObject& json) {
    const auto currency = currencyFromCode(json.value(QStringLiteral("currency")).toString());
    if (!currency) return Error{ErrorCode::Storage, QStringLiteral("A parked sale has no valid currency.")};
    const Consumption c = json.value(QStringLiteral("consumption")).toString() == QLatin1String("takeaway")
                              ? Consumption::Takeaway
                              : Consumption::EatIn;
    SaleDraft d(*currency, c);
    for (const auto& v : json.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject o = v.toObject();
        d.lines_.push_back({o.value(QStringLiteral("product_id")).toInteger(), o.value(QStringLiteral("name")).toString(),
                            o.value(QStringLiteral("quantity")).toInt(),
                            Money(o.value(QStringLiteral("unit_price")).toInteger(), *currency),
                            vatClassFromKey(o.value(QStringLiteral("vat_class")).toString()).value_or(VatClass::Standard),
                            o.value(QStringLiteral("saft")).toString(),
                            o.value(QStringLiteral("coffee_card")).toBool()});  // absent (parked before schema 11): false
    }
    for (const auto& v : json.value(QStringLiteral("voids")).toArray()) {
        const QJsonObject o = v.toObject();
        d.voids_.push_back({o.value(QStringLiteral("product_id")).toInteger(), o.value(QStringLiteral("name")).toString(),
                            o.value(QStringLiteral("quantity")).toInt(),
                            Money(o.value(QStringLiteral("amount")).toInteger(), *currency)});
    }
    const QJsonObject disc = json.value(QStringLiteral("discount")).toObject();
    const QString kind = disc.value(QStringLiteral("kind")).toString();
    d.discount_ = {kind == QLatin1String("percent")  ? SaleDiscount::Kind::Percent
                   : kind == QLatin1String("amount") ? SaleDiscount::Kind::Amount
                                                     : SaleDiscount::Kind::None,
                   disc.value(QStringLiteral("percent")).toInt(),
                   Money(disc.value(QStringLiteral("amount")).toInteger(), *currency),
                   disc.value(QStringLiteral("reason_code")).toString(),
                   disc.value(QStringLiteral("reason_text")).toString()};
    return d;
}

std::vector<Money> coffeeCardUnits(const SaleDraft& draft) {
    return coffeeCardUnits(draft, [](const SaleLine& l) { return l.coffeeCardPayable; });
}

std::vector<Money> coffeeCardUnits(const SaleDraft& draft, const std::function<bool(const SaleLine&)>& payable) {
    const std::vector<Money> nets = draft.lineNets();
    std::vector<Money> units;
    for (size_t i = 0; i < draft.lines().size(); ++i) {
        const SaleLine& l = draft.lines()[i];
        if (!payable(l) || l.quantity <= 0) continue;
        const qint64 net = nets[i].minor();
        const qint64 base = net / l.quantity;
        const qint64 extra = net % l.quantity;  // ≥ 0: a share of the discount never exceeds its line
        for (int u = 0; u < l.quantity; ++u) units.push_back(Money(base + (u < extra ? 1 : 0), draft.currency()));
    }
    return units;
}

}  // namespace ak
