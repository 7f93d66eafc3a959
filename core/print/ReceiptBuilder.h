#pragma once
// The receipt of a completed sale or return, as a device-neutral print document, in the café's
// language (a Danish volunteer on an English screen still prints a Danish receipt).
//
// Content (kassasystemforskriften / Danish rules): the title larger than any amount
// ("Salgskvittering", "Returkvittering", training receipts marked as not a receipt), "KOPI" on a
// copy, café name, org number (+ "MVA" in Norway / "CVR" in Denmark when VAT-registered), register,
// consecutive receipt number, date and time, operator, the lines, discount, total, VAT per rate,
// payment means, cash rounding and change.

#include "core/money/VatTable.h"  // Country
#include "core/sales/CompletedSale.h"
#include "drivers/print/PrintDocument.h"

#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace ak {

struct ReceiptInfo {
    QString cafeName;
    QString orgNumber;  // digits only; may be empty
    Country country = Country::Norway;
    bool vatRegistered = true;
    QString operatorName;
    QLocale locale{QLocale::NorwegianBokmal, QLocale::Norway};  // the café's language and formats
    QTimeZone timeZone = QTimeZone::utc();  // set to [cafe] time_zone: the time printed is the café's
};

enum class ReceiptCopy { Original, Copy };

// Shared with the X/Z reports: "Org.nr. 923 609 016 MVA" / "CVR 12345678" ("" without a number),
// and a VAT rate as "25 %" / "11,11 %".
QString orgLine(const ReceiptInfo& info);
QString rateText(int basisPoints, const QLocale& locale);

class ReceiptBuilder {
public:
    // A copy must first be registered with SaleRepository::registerCopy() (one copy per sale).
    static dev::PrintDocument build(const CompletedSale& sale, const ReceiptInfo& info,
                                    ReceiptCopy copy = ReceiptCopy::Original);
};

}  // namespace ak
