#pragma once
// The figures of one business day at one register, as the X and Z reports print them. Field names
// follow the SAF-T Cash Register report elements (reportArtGroups, reportPayments, …) so that the
// export (issue 13) can write them as they are.
//
// What is counted: completed sales and returns of the day's shifts (training ones only as
// training), cash movements of those shifts, drawer openings, copies and voids journaled at the
// register while the day was open. Grand totals never reset: the previous Z's plus this day's.

#include "core/money/Money.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace ak {

struct CountAmount {
    qint64 count = 0;
    Money amount;
    bool operator==(const CountAmount&) const = default;
};

struct ArtGroupTotal {  // reportArtGroup: SAF-T PredefinedBasicID-04 (04012 other drinks, 04006 food …)
    QString saftBasicId;
    qint64 quantity = 0;
    Money amount;  // VAT included, after discounts
    bool operator==(const ArtGroupTotal&) const = default;
};

struct PaymentTotal {  // reportPayment
    QString method;  // "cash", "card", "mobile", "coffee_card", "voucher"
    qint64 count = 0;
    Money amount;
    bool operator==(const PaymentTotal&) const = default;
};

struct OperatorTotal {  // reportEmpPayment, per person
    qint64 staffId = 0;
    QString name;
    qint64 receipts = 0;
    Money amount;
    bool operator==(const OperatorTotal&) const = default;
};

struct VatTotal {  // reportCashSaleVat
    int basisPoints = 0;
    Money gross;
    Money vat;
    Money net;
    bool operator==(const VatTotal&) const = default;
};

struct DayFigures {
    QString registerId;
    qint64 businessDayId = 0;
    QDateTime dayOpenedAt;  // UTC: the first shift's opening
    QDateTime until;        // UTC: the report's time (the Z's, or now for an X)

    std::vector<ArtGroupTotal> artGroups;  // by SAF-T id
    std::vector<PaymentTotal> payments;    // by method key
    std::vector<OperatorTotal> operators;  // by staff id
    std::vector<VatTotal> vat;             // by rate
    Money openingFloat;                    // reportOpeningChangeFloat: the first shift's float
    CountAmount receipts;                  // reportReceiptNum: sales receipts (not training)
    CountAmount copies;                    // reportReceiptCopyNum/Amnt
    CountAmount returns;                   // reportReturnNum/Amnt (amount negative)
    CountAmount discounts;                 // reportDiscountNum/Amnt
    CountAmount voids;                     // reportVoidTransNum/Amnt: sales cancelled before payment
    qint64 lineCorrections = 0;            // reportCorrLines: lines taken off a sale before payment
    qint64 drawerOpenings = 0;             // reportOpenCashBoxNum: no-sale openings
    CountAmount training;                  // reportTrainingNum/Amnt
    CountAmount payIns;                    // reportPayIns: cash put in outside a sale
    CountAmount payOuts;                   // reportPayOuts: cash taken out outside a sale
    qint64 cardsSold = 0;                  // coffee cards issued by a sale
    qint64 cardsRedeemed = 0;              // coffee-card cups at the till and the kiosks while the day was open
    Money totalCashSales;                  // reportTotalCashSales: cash kept from sales and returns
    Money expectedCash;                    // what the drawer should hold: the day's latest shift's expected cash
    Money countedCash;                     // the latest shift's closing count (zero while it is open)
    Money countDifference;                 // counted − expected, added up over the day's counted shifts
    int shifts = 0;                        // the day's shifts …
    int openShifts = 0;                    // … and how many of them are not counted yet
    Money grandTotalSales;                 // reportGrandTotalSales: never reset
    Money grandTotalReturn;                // reportGrandTotalReturn (negative)
    Money grandTotalNet;                   // reportGrandTotalSalesNet

    Money netSales() const { return receipts.amount + returns.amount; }

    QJsonObject toJson() const;  // the whole report, for the journal entry of a Z
    // A Z's figures as they were stored when it was taken (amounts in `currency`).
    static DayFigures fromJson(const QJsonObject& json, Currency currency);
};

}  // namespace ak
