#include "core/cash/DayFigures.h"

#include <QJsonArray>

namespace ak {

namespace {
QJsonObject pair(const CountAmount& c) {
    return {{QStringLiteral("count"), c.count}, {QStringLiteral("amount"), c.amount.minor()}};
}
}  // namespace

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
