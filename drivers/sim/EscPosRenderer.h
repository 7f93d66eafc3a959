#pragma once
// ESC/POS bytes -> what the paper would show, as text lines and as a picture. Reads the subset
// EscPosEncoder writes and skips other known commands by their length; unknown or truncated
// commands are skipped too. It must never crash on garbage (fuzzed in tests).
//
// Text form: one line per printed line, `columns` wide, alignment applied with spaces. Double-width
// text is shown as the plain letters, but takes two cells each when aligning and wrapping, so a
// centred double-width "TOTAL" starts where it would on paper. Non-text items are markers:
// "[QR: data]", "[image WxH]", "[barcode: data]", "[drawer pulse pin 2]", "--- cut ---",
// "--- partial cut ---"; markers are not wrapped.
//
// Picture form: profile dots wide, 24 dots per line (48 double height), text in a monospace font
// (needs a QGuiApplication; without one, text is drawn as grey bars), QR codes redrawn from the
// stored data with QrRaster, raster images as they are, cuts as dashed lines.
//
// Garbage must not cost more than it is: three bytes (ESC d 255) feed 255 lines, so the rows stop
// at kMaxRows, as many as the picture can ever show, with a last "[cut short: ...]" line (cuts,
// drawer pulses and QR codes after it are still counted); QR data longer than a QR symbol holds
// (escpos::kQrMaxBytes) is refused as a printer refuses it, so is not kept or shown.
//
// Raster-only profiles (PrinterProfile::rasterOnly, the Star TSP143) are read as such a printer
// reads its input: Star Graphic mode (StarGraphicCommands.h). Only raster lines reach the paper;
// text, ESC/POS and anything else print nothing, as on the real printer. The text form then holds
// markers only ("[image 576xH]", cuts, drawer pulses) and RenderedReceipt::rasterOnly says so: a
// test or the demo reads the picture, never the text, of such a receipt.

#include "drivers/print/PrinterProfile.h"
#include "drivers/sim/ReceiptPainter.h"

#include <QByteArray>
#include <QImage>
#include <QStringList>

namespace ak::dev {

struct RenderedReceipt {
    QStringList lines;
    QImage image;                 // null if not asked for
    QList<QByteArray> qrCodes;    // data of every printed GS ( k QR symbol
    int cuts = 0;
    int drawerPulses = 0;
    bool rasterOnly = false;      // read as a raster-only printer: the paper holds no text
    QString text() const { return lines.join(u'\n'); }
};

class EscPosRenderer {
public:
    static constexpr int kMaxRows = ReceiptPainter::kMaxHeight / ReceiptPainter::kLineDots;
    static RenderedReceipt render(const QByteArray& bytes, const PrinterProfile& profile, bool withImage = true);
    // The rows before painting (for StarRasterEncoder, which paints an ESC/POS rendering of a
    // document with ReceiptPainter: one layout for every printer).
    static QList<PaperRow> readRows(const QByteArray& bytes, const PrinterProfile& profile);
};

}  // namespace ak::dev
