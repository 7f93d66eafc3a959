#include "drivers/print/QrRaster.h"

#include <qrencode.h>

#include <memory>

namespace ak::dev {

namespace {

struct QrFree {
    void operator()(QRcode* code) const { QRcode_free(code); }
};
using QrPtr = std::unique_ptr<QRcode, QrFree>;

QRecLevel toQrLevel(QrErrorLevel level) {
    switch (level) {
    case QrErrorLevel::L: return QR_ECLEVEL_L;
    case QrErrorLevel::M: return QR_ECLEVEL_M;
    case QrErrorLevel::Q: return QR_ECLEVEL_Q;
    case QrErrorLevel::H: return QR_ECLEVEL_H;
    }
    return QR_ECLEVEL_M;
}

QrPtr encode(const QByteArray& data, QrErrorLevel level) {
    if (data.isEmpty()) return nullptr;
    // 8-bit mode on purpose: what the printer's GS ( k stores, so both paths give the same symbol
    // content (QRcode_encodeString would pick kanji/alnum modes and treat NUL as the end).
    return QrPtr(QRcode_encodeData(static_cast<int>(data.size()),
                                   reinterpret_cast<const unsigned char*>(data.constData()), 0,
                                   toQrLevel(level)));
}

}  // namespace

int QrRaster::symbolModules(const QByteArray& data, QrErrorLevel level) {
    QrPtr code = encode(data, level);
    return code ? code->width : 0;
}

std::optional<QImage> QrRaster::render(const QByteArray& data, int moduleSize, QrErrorLevel level,
                                       int quietZoneModules) {
    QrPtr code = encode(data, level);
    if (!code || moduleSize < 1 || quietZoneModules < 0) return std::nullopt;
    const int modules = code->width + 2 * quietZoneModules;
    const int side = modules * moduleSize;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            // libqrencode: bit 0 of each byte is "dark module"
            if (!(code->data[y * code->width + x] & 1)) continue;
            const int px = (x + quietZoneModules) * moduleSize;
            const int py = (y + quietZoneModules) * moduleSize;
            for (int dy = 0; dy < moduleSize; ++dy) {
                uchar* line = image.scanLine(py + dy);
                std::fill(line + px, line + px + moduleSize, uchar(0));
            }
        }
    }
    return image;
}

}  // namespace ak::dev
