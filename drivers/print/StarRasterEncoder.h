#pragma once
// PrintDocument -> bytes for a raster-only printer (PrinterProfile::rasterOnly: the Star TSP143).
// Such a printer has no fonts, code pages or QR commands, so the whole document (text with its
// styles and columns, rules, QR codes, images, feeds) is painted here into 1-bit pictures at the
// profile's width and sent in Star Graphic mode (StarGraphicCommands.h): one picture per piece of
// paper between cuts, then the cut, and the drawer at the end of the document.
//
// The layout is not a second one: a piece is encoded as ESC/POS for a text-capable twin of the
// profile (same paper, columns and code page), read back into rows by the simulator's reader and
// painted by ReceiptPainter in paper mode. So line breaks, columns, double size and QR module
// sizes are exactly those of every other profile and of the simulator's preview; what differs is
// only that the pixels go to the printer. Text needs fonts, i.e. a QGuiApplication (every app has
// one); without one the text is left out, with a warning.

#include "drivers/print/PrintDocument.h"
#include "drivers/print/PrinterProfile.h"

#include <QByteArray>
#include <QImage>
#include <QList>

namespace ak::dev {

class StarRasterEncoder {
public:
    // ESC @, ESC * r R, ESC * r A, ESC * r P "0" NUL, ESC * r E n NUL [ESC * r F n NUL]
    // [ESC * r D n NUL], then per piece one "b n1 n2 data" per dot line and ESC FF NUL between
    // pieces, and ESC FF EOT ESC * r B at the end.
    static QByteArray encode(const PrintDocument& document, const PrinterProfile& profile);
    // The pieces of paper as they will print: Format_Mono, profile.dotsPerLine wide, index 1 = ink.
    static QList<QImage> paint(const PrintDocument& document, const PrinterProfile& profile);
    // One "b n1 n2 data" per line of a Format_Mono picture (index 1 = ink), widthBytes per line.
    static QByteArray rasterLines(const QImage& picture, int widthBytes);
};

}  // namespace ak::dev
