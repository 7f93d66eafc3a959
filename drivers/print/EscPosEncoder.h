#pragma once
// PrintDocument + PrinterProfile -> ESC/POS bytes. Stateless; the bytes start with ESC @ and the
// profile's ESC t so every job is self-contained (a printer may have been power-cycled between jobs).
// For a raster-only profile (PrinterProfile::rasterOnly) the bytes are StarRasterEncoder's instead.

#include "drivers/print/PrintDocument.h"
#include "drivers/print/PrinterProfile.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QImage>

namespace ak::dev {

class EscPosEncoder {
public:
    static QByteArray encode(const PrintDocument& document, const PrinterProfile& profile);

    // Layout helpers, public because the tests check them and core may want the same line breaks.
    // Word-wraps already encoded single-byte text to lines of at most width bytes.
    static QByteArrayList wrap(const QByteArray& text, int width);
    // A two-column line: left text, right text flush right at width; wrapped when they do not fit.
    static QByteArrayList columnLines(const QByteArray& left, const QByteArray& right, int width);
    // GS v 0 commands for a picture, thresholded to black and white, scaled down to maxDots wide,
    // in bands of at most 255 rows. Empty if the image is null.
    static QByteArray raster(const QImage& image, int maxDots);
};

}  // namespace ak::dev
