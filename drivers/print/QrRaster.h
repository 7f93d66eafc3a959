#pragma once
// QR code -> black-and-white QImage via libqrencode. Shared by the ESC/POS encoder (printers without
// GS ( k get the QR as a raster image) and the simulator's renderer (draws what a printer would).

#include "drivers/print/PrintDocument.h"

#include <QByteArray>
#include <QImage>

#include <optional>

namespace ak::dev {

class QrRaster {
public:
    // Model 2 QR, 8-bit mode, smallest version that fits. Each module is moduleSize x moduleSize
    // pixels, with a white quiet zone of quietZoneModules around it (the standard asks for 4).
    // Format_Grayscale8, black 0, white 255. nullopt if the data is empty or too long for a QR code.
    static std::optional<QImage> render(const QByteArray& data, int moduleSize, QrErrorLevel level,
                                        int quietZoneModules = 4);
    // Modules per side without quiet zone (21 for version 1 ...), or 0 if it cannot be encoded.
    static int symbolModules(const QByteArray& data, QrErrorLevel level);
};

}  // namespace ak::dev
