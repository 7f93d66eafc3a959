// One register's events in the SAF-T file: every journal entry of the period with a SAF-T event
// code (JournalKind.h), in the journal's order, and with each X and Z report its whole eventReport
// — a Z as it was stored when taken, an X figured again up to the moment it was taken
// (DayReport::figures), which is what its paper showed.

#include "core/cash/DayReport.h"
#include "core/compliance/SaftCodes.h"
#include "core/compliance/SaftParts.h"
#include "core/journal/JournalKind.h"
#include "core/storage/Sql.h"
#include "core/util/Clock.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdlib>

namespace ak::compliance::saft {
namespace {

void countRow(Xml& x, const char* group, const char* type, const char* num, const char* amnt, const QString& id,
              qint64 count, qint64 minor) {
    x.open(group);
    x.text(type, id);
    x.number(num, count);
    x.amount(amnt, minor);
    x.close();
}

// The report's figures under `reportID`; the elements in the schema's order, each list with at
// least one row (the schema wants one: a zero row stands for none, as in the official example).
void writeReport(Context& c, const QString& id, const QString& type, const QDateTime& at, const DayFigures& f) {
    Xml& x = c.xml;
    x.open("eventReport");
    x.text("reportID", id);
    x.text("reportType", type);
    x.text("companyIdent", c.company.orgNumber);
    x.text("companyName", c.company.name);
    x.dateAndTime("reportDate", "reportTime", at);
    x.text("registerID", f.registerId);
    x.open("reportTotalCashSales");
    x.amount("totalCashSaleAmnt", f.totalCashSales.minor());
    x.close();
    x.open("reportArtGroups");
    if (f.artGroups.empty()) countRow(x, "reportArtGroup", "artGroupID", "artGroupNum", "artGroupAmnt", QStringLiteral("04999"), 0, 0);
    for (const ArtGroupTotal& g : f.artGroups)
        countRow(x, "reportArtGroup", "artGroupID", "artGroupNum", "artGroupAmnt", g.saftBasicId, g.quantity, g.amount.minor());
    x.close();
    x.open("reportPayments");
    if (f.payments.empty()) countRow(x, "reportPayment", "paymentType", "paymentNum", "paymentAmnt", paymentType(QStringLiteral("cash")), 0, 0);
    for (const PaymentTotal& p : f.payments)
        countRow(x, "reportPayment", "paymentType", "paymentNum", "paymentAmnt", paymentType(p.method), p.count, p.amount.minor());
    x.close();
    x.open("reportCashSalesVat");
    std::vector<VatTotal> vat = f.vat;
    if (vat.empty()) vat.push_back({0, {}, {}, {}});
    for (const VatTotal& v : vat) {
        x.open("reportCashSaleVat");
        x.text("vatCode", vatCode(v.basisPoints, c.company.vatRegistered));
        x.text("vatPerc", percentText(v.basisPoints));
        x.amount("cashSaleAmnt", v.net.minor());
        x.amount("vatAmnt", v.vat.minor());
        x.text("vatAmntTp", v.vat.minor() < 0 ? QStringLiteral("D") : QStringLiteral("C"));
        x.close();
    }
    x.close();
    x.amount("reportOpeningChangeFloat", f.openingFloat.minor());
    x.number("reportReceiptNum", f.receipts.count);
    x.number("reportOpenCashBoxNum", f.drawerOpenings);
    x.number("reportReceiptCopyNum", f.copies.count);
    x.amount("reportReceiptCopyAmnt", f.copies.amount.minor());
    x.number("reportReceiptProformaNum", 0);  // the till prints no pro-forma receipts
    x.amount("reportReceiptProformaAmnt", 0);
    x.number("reportReturnNum", f.returns.count);
    x.amount("reportReturnAmnt", std::llabs(f.returns.amount.minor()));  // positive, as in the example
    x.number("reportDiscountNum", f.discounts.count);
    x.amount("reportDiscountAmnt", f.discounts.amount.minor());
    x.number("reportVoidTransNum", f.voids.count);
    x.amount("reportVoidTransAmnt", f.voids.amount.minor());
    x.open("reportCorrLines");
    // The till counts lines taken off a sale before payment; it keeps no amount for them.
    countRow(x, "reportCorrLine", "corrLineType", "corrLineNum", "corrLineAmnt", QStringLiteral("Delete line"),
             f.lineCorrections, 0);
    x.close();
    x.open("reportPriceInquiries");  // the till has no price look-up
    countRow(x, "reportPriceInquiry", "priceInquiryGroup", "priceInquiryNum", "priceInquiryAmnt", QStringLiteral("None"), 0, 0);
    x.close();
    x.open("reportOtherCorrs");
    countRow(x, "reportOtherCorr", "otherCorrType", "otherCorrNum", "otherCorrAmnt", QStringLiteral("None"), 0, 0);
    x.close();
    x.number("reportReceiptDeliveryNum", 0);  // no credit sales
    x.amount("reportReceiptDeliveryAmnt", 0);
    x.number("reportTrainingNum", f.training.count);
    x.amount("reportTrainingAmnt", f.training.amount.minor());
    x.open("reportPayIns");
    countRow(x, "reportPayIn", "payInType", "payInNum", "payInAmnt", QStringLiteral("CASHIN"), f.payIns.count, f.payIns.amount.minor());
    x.close();
    x.open("reportPayOuts");
    countRow(x, "reportPayOut", "payOutType", "payOutNum", "payOutAmnt", QStringLiteral("CASHOUT"), f.payOuts.count,
             f.payOuts.amount.minor());
    x.close();
    x.amount("reportGrandTotalSales", f.grandTotalSales.minor());
    x.amount("reportGrandTotalReturn", std::llabs(f.grandTotalReturn.minor()));
    x.amount("reportGrandTotalSalesNet", f.grandTotalNet.minor());
    x.close();
    ++c.summary.reports;
}

}  // namespace

QString eventKindList() {
    QStringList kinds;  // the cash register's kinds only: a visitor's sign-up is not an event here
    for (int i = 0; i < JournalKinds::count(); ++i)
        if (JournalKinds::safTEvent(static_cast<JournalKind>(i)))
            kinds << QStringLiteral("'%1'").arg(JournalKinds::name(static_cast<JournalKind>(i)));
    return kinds.join(u',');
}

Result<void> writeEvents(Context& c, const QString& registerId) {
    Xml& x = c.xml;
    SystemClock clock;  // DayReport wants one; figures() never asks it
    const DayReport reports(c.db, clock, c.company.currency);
    // The sale an entry is about comes from the database's JSON reader; whole payloads only for reports.
    auto q = c.db.query(QStringLiteral("SELECT seq, at, actor, kind, %2,"
                                       " CASE WHEN kind IN (?, ?) THEN payload END FROM journal"
                                       " WHERE register_id = ? AND at >= ? AND at < ? AND kind IN (%1)"
                                       " ORDER BY at, seq").arg(eventKindList(), c.db.jsonInteger("payload", "sale_id")),
                        {JournalKinds::name(JournalKind::XReport), JournalKinds::name(JournalKind::ZReport), registerId,
                         sql::utcText(c.fromUtc), sql::utcText(c.toUtc)});
    if (!q) return q.error();
    while (q->next()) {
        const auto kind = JournalKinds::fromName(q->value(3).toString());
        if (!kind) continue;
        const QDateTime at = sql::fromUtcText(q->value(1).toString());
        const QJsonObject payload = q->value(5).isNull()
                                        ? QJsonObject()
                                        : QJsonDocument::fromJson(q->value(5).toString().toUtf8()).object();
        x.open("event");
        x.text("eventID", q->value(0).toString());
        x.text("eventType", q->value(3).toString());
        if (!q->value(4).isNull()) x.text("transID", q->value(4).toString());
        x.optional("empID", employeeOf(q->value(2).toString()));
        x.dateAndTime("eventDate", "eventTime", at);
        if (*kind == JournalKind::ZReport) {
            const qint64 number = payload.value(QStringLiteral("z_number")).toInteger();
            x.text("eventText", QStringLiteral("Z report %1").arg(number));
            DayFigures f = DayFigures::fromJson(payload, c.company.currency);
            f.registerId = registerId;
            writeReport(c, QStringLiteral("Z%1").arg(number), QStringLiteral("Z report"), at, f);
        } else if (*kind == JournalKind::XReport) {
            x.text("eventText", QStringLiteral("X report"));
            auto f = reports.figures(payload.value(QStringLiteral("business_day_id")).toInteger(),
                                     sql::fromUtcText(payload.value(QStringLiteral("until")).toString()));
            if (!f) return f.error();
            DayFigures figures = std::move(f).value();
            figures.registerId = registerId;
            writeReport(c, QStringLiteral("X%1").arg(q->value(0).toString()), QStringLiteral("X report"), at, figures);
        }
        x.close();
        ++c.summary.events;
        x.flush();
        if (x.failed()) break;
    }
    return {};
}

}  // namespace ak::compliance::saft
