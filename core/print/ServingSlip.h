#pragma once
// The small slip a kiosk prints, when the café wants one ([kiosk] print_serving_slip), after a
// coffee card was redeemed: the café's name, the serving number large, what it is for, the time,
// and "show it at the counter". The number is what the counter's "From the kiosk" list shows, so a
// visitor who does not want to say anything can simply hold the slip up.
//
// In the café's language (nb, da, en) with fixed words, as the receipt (ReceiptBuilder.cpp says why
// not tr()). Nothing about the card or the visitor is printed. Fits 32 and 48 columns.

#include "core/print/SignupSlip.h"
#include "drivers/print/PrintDocument.h"

#include <QDateTime>
#include <QString>

namespace ak {

class ServingSlip {
public:
    // `what`: the item as the counter's list names it ("Kaffe (kaffekort)"); `at`: when (UTC),
    // printed as the local time in `info.timeZone`.
    static dev::PrintDocument build(int servingNumber, const QString& what, const QDateTime& at,
                                    const SignupPrintInfo& info);
};

}  // namespace ak
