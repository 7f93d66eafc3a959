#pragma once
// The X and Z reports on paper: on the receipt printer (PrintDocument) and as an A4 page
// (ReportDocument, painted by drivers/report/PdfReport). Both show the same sections, in the café's
// language (nb, da, en: fixed words per language, as on receipts, so that a report never depends on
// the translator the screen has loaded).
//
// A Z also prints its number, the backup written before it and the journal's head after it: the
// entry and the first 16 characters of its hash, which `aktivkafe journal verify --head` checks.

#include "core/cash/DayReport.h"
#include "core/print/ReceiptBuilder.h"
#include "drivers/print/PrintDocument.h"
#include "drivers/report/ReportDocument.h"

#include <optional>

namespace ak {

struct DayReportPrintInfo {
    ReceiptInfo cafe;     // name, org number, country, VAT, language, time zone
    QString printedBy;    // the manager's name
    QDateTime printedAt;  // UTC
};

class DayReportPrint {
public:
    // `z`: the Z report when this is one; nullopt for an X of `figures`.
    static dev::PrintDocument receipt(const DayFigures& figures, const std::optional<ZReport>& z,
                                      const DayReportPrintInfo& info);
    static dev::ReportDocument a4(const DayFigures& figures, const std::optional<ZReport>& z,
                                  const DayReportPrintInfo& info);
    // "Annen drikke (te, kaffe etc)" for "04012" in the café's language; the code itself when unknown.
    static QString artGroupName(const QString& saftBasicId, QLocale::Language language);
};

}  // namespace ak
