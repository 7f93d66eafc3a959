#pragma once
// Paints rendered rows as a receipt picture: paper-width white image, black print. Two uses: the
// simulator's preview of what a printer printed, and the paper itself for raster-only printers
// (StarRasterEncoder paints a document with it, so both share one layout).

#include "drivers/print/PrinterProfile.h"
#include "drivers/sim/PaperRow.h"

#include <QImage>
#include <QList>

namespace ak::dev {

class ReceiptPainter {
public:
    // Font A geometry: dotsPerLine / columns dots per character (12 on 576/48 and 384/32), 24 dots
    // per line. Text glyphs need a QGuiApplication (fonts); without one they are grey bars.
    // Preview: markers (QR text, drawer pulses) in grey italics, cuts as dashed lines.
    // Paper: only what ink would show; markers and cuts take no room (the printer cuts by command).
    enum class Mode { Preview, Paper };
    static QImage paint(const QList<PaperRow>& rows, const PrinterProfile& profile, Mode mode = Mode::Preview);
    static constexpr int kLineDots = 24;
    static constexpr int kMaxHeight = 30000;  // garbage in must not mean a gigapixel picture out
};

}  // namespace ak::dev
