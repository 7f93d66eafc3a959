#pragma once
// A completed sale or return as stored: immutable (the tables refuse UPDATE and DELETE); a
// correction is a return that refers to it.

#include "core/money/VatSummary.h"
#include "core/money/VatTable.h"
#include "core/sales/Payment.h"
#include "core/sales/SaleLine.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace ak {

enum class SaleKind { Sale, Return };

struct CompletedLine {
    qint64 id = 0;  // sale_lines.id: what a return refers to
    qint64 productId = 0;
    QString name;
    int quantity = 0;  // negative on a return
    Money unitPrice;
    VatClass vatClass = VatClass::Standard;
    QString saftBasicId;
    int basisPoints = 0;
    Money gross;     // before the discount (negative on a return)
    Money discount;  // this line's share of the discount
    Money net;       // gross - discount: what the line cost, VAT included
    qint64 returnsLineId = 0;  // on a return: the original sale_lines.id
};

struct CompletedSale {
    qint64 id = 0;
    QString registerId;
    qint64 receiptNumber = 0;  // consecutive per register (training receipts count on their own)
    SaleKind kind = SaleKind::Sale;
    bool training = false;
    qint64 operatorId = 0;
    Consumption consumption = Consumption::EatIn;
    std::vector<CompletedLine> lines;
    Money gross;     // before the discount
    Money discount;
    QString discountReasonCode;  // discount_reasons.code, empty without a discount
    QString discountReason;      // in the café's language, empty without a discount
    Money total;     // due before cash rounding (negative for a return)
    std::vector<VatRateTotal> vat;
    std::vector<Payment> payments;
    Money rounding;  // cash rounding (signed)
    Money change;    // cash handed back
    QDateTime createdAt;  // UTC
    qint64 shiftId = 0;   // the register's shift it was taken in (core/cash/ShiftRepository.h); 0: none open
    // The signature chain (core/compliance/SaleSigner.h): base64, and the register's key version;
    // empty and 0 when the till does not sign.
    QString signature;
    int keyVersion = 0;
    // Set when it is completed: core's answer whether the drawer opens for it (cash changed hands and
    // it is not a training receipt), journaled as drawer_opened in the sale's transaction.
    bool opensDrawer = false;
    // Returns only:
    qint64 refersToSaleId = 0;
    qint64 refersToReceiptNumber = 0;
    QString returnReason;
    qint64 approvedBy = 0;

    Money paid() const { return total + rounding; }  // what changed hands, net of change
};

}  // namespace ak
