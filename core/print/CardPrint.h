#pragma once
// The printed coffee card: what the till prints once, at issue time, for the visitor to keep. It is
// the only place the card's code ever exists outside the visitor's pocket (storage keeps a hash), so
// the QR code must scan and the code under it must be readable aloud when a scanner fails.
//
// In the café's language (nb, da, en), like the receipt and for the same reasons (see
// ReceiptBuilder.cpp): the café's name, the title, the card type, what it holds, how long it is
// valid (the last valid local day), the programme of a free card, the QR code, the code in groups,
// how to use it and that the card has no name on it. Never a person's name: the card is a bearer
// card, and IssuedCard carries no person.
//
// Fits 32 and 48 columns: no text relies on the encoder breaking a word.

#include "core/cards/CoffeeCard.h"
#include "drivers/print/PrintDocument.h"

#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace ak {

struct CardPrintInfo {
    QString cafeName;
    QLocale locale{QLocale::NorwegianBokmal, QLocale::Norway};  // the café's language and formats
    QTimeZone timeZone = QTimeZone::utc();  // set to [cafe] time_zone: validity is printed in the café's days
};

class CardPrint {
public:
    // Large enough for a kiosk scanner or a phone at arm's length (1 mm modules at 203 dpi), with
    // error level Q because a card lives for months in a pocket. Printers without GS ( k get the
    // same symbol as a raster image, shrunk only if the paper is too narrow.
    static constexpr int kQrModuleSize = 8;
    static constexpr dev::QrErrorLevel kQrLevel = dev::QrErrorLevel::Q;

    static dev::PrintDocument build(const IssuedCard& issued, const CardPrintInfo& info);

    // The code as printed under the QR code: the canonical text split into two lines at a group
    // boundary ("AK1-XXXXX-XXXXX-XXXXX", "XXXX-XXXX-XXXC"), each short enough for 32 columns in bold.
    // CardCode::parse reads the two lines joined with or without a hyphen.
    static QStringList codeLines(const CardCode& code);
};

}  // namespace ak
