#include "core/cash/DayFigures.h"

#include <QJsonArray>

namespace ak {

namespace {
QJsonObject pair(const CountAmount& c) {
    return {{QStringLiteral("count"), c.count}, {QStringLiteral("amount"), c.amount.minor()}};
}
CountAmount pairFrom(const QJsonValue& v, Currency c) {
    const QJsonObject o = v.toObject();
    return {o.value(QStringLiteral("count")).toInteger(), Money(o.value(QStringLiteral("amount")).toInteger(), c)};
}
}  // namespace

DayFigures DayFigures::fromJson(const QJsonObject& j, Currency c) {
    const auto money = [&](const char* key) { return Money(j.value(QLatin1String(key)).toInteger(), c); };
    const auto whole = [&](const char* key) { return j.value(QLatin1String(key)).toInteger(); };
    DayFigures f;
    f.registerId = j.value(QStringLiteral("register_id")).toString();
    f.businessDayId = whole("business_day_id");
    f.dayOpenedAt = QDateTime::fromString(j.value(QStringLiteral("day_opened_at")).toString(), Qt::ISODateWithMs).toUTC();
    f.until = QDateTime::fromString(j.value(QStringLiteral("until")).toString(), Qt::ISODateWithMs).toUTC();
    for (const QJsonValue& v : j.value(QStringLiteral("art_groups")).toArray()) {
        const QJsonObject o = v.toObject();
        f.artGroups.push_back({o.value(QStringLiteral("saft_basic_id")).toString(),
                               o.value(QStringLiteral("quantity")).toInteger(),
                               Money(o.value(QStringLiteral("amount")).toInteger(), c)});
    }
    for (const QJsonValue& v : j.value(QStringLiteral("payments")).toArray()) {
        const QJsonObject o = v.toObject();
        f.payments.push_back({o.value(QStringLiteral("method")).toString(), o.value(QStringLiteral("count")).toInteger(),
                              Money(o.value(QStringLiteral("amount")).toInteger(), c)});
    }
    for (const QJsonValue& v : j.value(QStringLiteral("operators")).toArray()) {
        const QJsonObject o = v.toObject();
        f.operators.push_back({o.value(QStringLiteral("staff_id")).toInteger(), o.value(QStringLiteral("name")).toString(),
                               o.value(QStringLiteral("receipts")).toInteger(),
                               Money(o.value(QStringLiteral("amount")).toInteger(), c)});
    }
    for (const QJsonValue& v : j.value(QStringLiteral("vat")).toArray()) {
        const QJsonObject o = v.toObject();
        f.vat.push_back({int(o.value(QStringLiteral("rate")).toInteger()), Money(o.value(QStringLiteral("gross")).toInteger(), c),
                         Money(o.value(QStringLiteral("vat")).toInteger(), c), Money(o.value(QStringLiteral("net")).toInteger(), c)});
    }
    f.openingFloat = money("opening_float");
    f.receipts = pairFrom(j.value(QStringLiteral("receipts")), c);
    f.copies = pairFrom(j.value(QStringLiteral("copies")), c);
    f.returns = pairFrom(j.value(QStringLiteral("returns")), c);
    f.discounts = pairFrom(j.value(QStringLiteral("discounts")), c);
    f.voids = pairFrom(j.value(QStringLiteral("voids")), c);
    f.lineCorrections = whole("line_corrections");
    f.drawerOpenings = whole("drawer_openings");
    f.training = pairFrom(j.value(QStringLiteral("training")), c);
    f.payIns = pairFrom(j.value(QStringLiteral("pay_ins")), c);
    f.payOuts = pairFrom(j.value(QStringLiteral("pay_outs")), c);
    f.cardsSold = whole("cards_sold");
    f.cardsRedeemed = whole("cards_redeemed");
    f.totalCashSales = money("total_cash_sales");
    f.expectedCash = money("expected_cash");
    f.countedCash = money("counted_cash");
    f.countDifference = money("count_difference");
    f.shifts = int(whole("shifts"));
    f.grandTotalSales = money("grand_total_sales");
    f.grandTotalReturn = money("grand_total_return");
    f.grandTotalNet = money("grand_total_net");
    return f;
}

QJsonObject DayFigures::toJson() const {
    QJsonArray groups, pays, ops, rates;
    for (const ArtGroupTotal& g : artGroups)
        groups.append(QJsonObject{{QStringLiteral("saft_basic_id"), g.saftBasicId},
                                  {QStringLiteral("quantity"), g.quantity},
                                  {QStringLiteral("amount"), g.amount.minor()}});
    for (const PaymentTotal& p : payments)
        pays.append(QJsonObject{{QStringLiteral("method"), p.method},
                                {QStringLiteral("count"), p.count},
                                {QStringLiteral("amount"), p.amount.minor()}});
    for (const OperatorTotal& o : operators)
        ops.append(QJsonObject{{QStringLiteral("staff_id"), o.staffId},
                               {QStringLiteral("name"), o.name},
                               {QStringLiteral("receipts"), o.receipts},
                               {QStringLiteral("amount"), o.amount.minor()}});
    for (const VatTotal& v : vat)
        rates.append(QJsonObject{{QStringLiteral("rate"), v.basisPoints},
                                 {QStringLiteral("gross"), v.gross.minor()},
                                 {QStringLiteral("vat"), v.vat.minor()},
                                 {QStringLiteral("net"), v.net.minor()}});
    return {{QStringLiteral("register_id"), registerId},
            {QStringLiteral("business_day_id"), businessDayId},
            {QStringLiteral("day_opened_at"), dayOpenedAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("until"), until.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("art_groups"), groups},
            {QStringLiteral("payments"), pays},
            {QStringLiteral("operators"), ops},
            {QStringLiteral("vat"), rates},
            {QStringLiteral("opening_float"), openingFloat.minor()},
            {QStringLiteral("receipts"), pair(receipts)},
            {QStringLiteral("copies"), pair(copies)},
            {QStringLiteral("returns"), pair(returns)},
            {QStringLiteral("discounts"), pair(discounts)},
            {QStringLiteral("voids"), pair(voids)},
            {QStringLiteral("line_corrections"), lineCorrections},
            {QStringLiteral("drawer_openings"), drawerOpenings},
            {QStringLiteral("training"), pair(training)},
            {QStringLiteral("pay_ins"), pair(payIns)},
            {QStringLiteral("pay_outs"), pair(payOuts)},
            {QStringLiteral("cards_sold"), cardsSold},
            {QStringLiteral("cards_redeemed"), cardsRedeemed},
            {QStringLiteral("total_cash_sales"), totalCashSales.minor()},
            {QStringLiteral("expected_cash"), expectedCash.minor()},
            {QStringLiteral("counted_cash"), countedCash.minor()},
            {QStringLiteral("count_difference"), countDifference.minor()},
            {QStringLiteral("shifts"), shifts},
            {QStringLiteral("grand_total_sales"), grandTotalSales.minor()},
            {QStringLiteral("grand_total_return"), grandTotalReturn.minor()},
            {QStringLiteral("grand_total_net"), grandTotalNet.minor()}};
}

}  // namespace ak
