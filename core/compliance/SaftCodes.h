#pragma once
// How Aktivkafe's own keys are written as SAF-T Cash Register codes (the code lists in
// config/saft/, from Skatteetaten): the `basics` of the export's master files and the ids its
// transactions, events and reports refer to. One table per list, so that the master files name
// every code a transaction may use.

#include <QString>

#include <vector>

namespace ak::compliance::saft {

struct Basic {
    QString basicType;   // BasicType list: "04" article group, "05" line, "11" transaction, "12" payment, "13" event
    QString basicId;     // the id the file's elements use ("CASH", "SAL", "z_report" …)
    QString predefined;  // the PredefinedBasicID code ("12001"); empty where the list has none (05)
    QString description;
};

// Payment methods as stored in sale_payments.method ("cash", "card", "mobile", "coffee_card",
// "voucher") → paymentType; the method itself, upper-cased, for a key this version does not know.
QString paymentType(const QString& method);
// Line types: "SAL" for a sale's line, "RET" for a return's.
QString lineType(bool isReturn);
// Transaction types: "CASHSAL" (11001) for a sale, "RETURNSAL" (11006) for a return.
QString transactionType(bool isReturn);

// The basics of types 05, 11 and 12 (fixed), for the master files.
std::vector<Basic> fixedBasics();
// The article group (04) with this PredefinedBasicID-04 code ("04006"): its description from the
// code list (English), "Article group 04xxx" for a code not in it.
Basic articleGroup(const QString& predefinedCode);
// The event type (13) of a journal kind's name ("z_report") with its code (13009).
Basic eventType(const QString& kindName, int code);

struct VatCode {
    QString code;          // the café's own vatCode in the file
    int basisPoints = 0;   // 2500 = 25 %
    QString standardCode;  // Skatteetaten's standard tax code (SAF-T Financial's StandardTaxCode list)
    QString description;
};
// The VAT codes an export declares: output VAT at 25 %, 15 % and 12 % (standard codes 3, 31, 33)
// and 0 % — standard code 6 (outside the VAT act) for a registered café's exempt sales, 0 (no VAT
// treatment) for a café that is not registered for VAT.
std::vector<VatCode> vatCodes(bool vatRegistered);
// The vatCode of a rate (basis points) in the list above.
QString vatCode(int basisPoints, bool vatRegistered);
// "25.00": a rate in basis points as the file writes percentages.
QString percentText(int basisPoints);

}  // namespace ak::compliance::saft
