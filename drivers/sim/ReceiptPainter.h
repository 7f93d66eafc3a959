#pragma once
// Paints rendered rows as a receipt picture: paper-width white image, black print.

#include "drivers/print/PrinterProfile.h"
#include "drivers/sim/PaperRow.h"

#include <QImage>
#include <QList>

namespace ak::dev {

class ReceiptPainter {
public:
    // Font A geometry: dotsPerLine / columns dots per character (12 on 576/48 and 384/32), 24 dots
    // per line. Text glyphs need a QGuiApplication (fonts); without one they are grey bars.
    static QImage paint(const QList<PaperRow>& rows, const PrinterProfile& profile);
    static constexpr int kLineDots = 24;
    static constexpr int kMaxHeight = 30000;  // garbage in must not mean a gigapixel picture out
};

}  // namespace ak::dev
