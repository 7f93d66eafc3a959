#pragma once
// What the encoder must know about one printer model: paper width in characters and dots, which
// ESC t number selects our code page on this model (vendors number them differently), and which
// features it has. Our own table; model facts derived from the ESC/POS printer database
// (receipt-print-hq/escpos-printer-db, CC BY 4.0), except where PrinterProfile.cpp says otherwise.

#include "drivers/print/CodePage.h"

#include <QList>
#include <QString>

#include <optional>

namespace ak::dev {

struct PrinterProfile {
    QString id;    // stable, used in configuration: "generic-80"
    QString name;  // for people: "Generic 80 mm ESC/POS"
    int columns = 48;        // characters per line in font A
    int dotsPerLine = 576;   // printable width in dots (raster images, QR fallback)
    CodePage codePage = CodePage::Cp858;  // the page we select and encode text in
    int cp858Number = 19;    // ESC t n for CP858 on this model; -1: the model lacks it
    int cp865Number = 5;     // ESC t n for CP865 on this model; -1: the model lacks it
    bool nativeQr = true;    // understands GS ( k; otherwise QR codes are sent as raster images
    bool cutter = true;      // has an auto-cutter (GS V)
    bool drawer = true;      // has a drawer kick connector (ESC p)
    int cutFeedLines = 4;    // lines fed before a cut so the last text clears the blade
    bool realTimeStatus = true;   // answers DLE EOT n (over a transport that can read back)
    bool autoStatusBack = false;  // sends status by itself after GS a (the Epson TM series)
    // Prints raster images only (the Star TSP100 class): no text, no code pages, no QR commands.
    // The encoder paints the whole document into one picture and sends it in Star Graphic mode
    // (StarRasterEncoder); columns and codePage then only shape the painted layout.
    bool rasterOnly = false;

    // ESC t number of the code page this profile uses.
    int codePageNumber() const { return codePage == CodePage::Cp858 ? cp858Number : cp865Number; }
    // The code page a printer switches to on ESC t n (renderer), if this profile knows n.
    std::optional<CodePage> codePageForNumber(int n) const;

    static std::optional<PrinterProfile> byId(const QString& id);
    static QList<PrinterProfile> all();
};

}  // namespace ak::dev
