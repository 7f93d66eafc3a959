#include "drivers/print/PrinterProfile.h"

namespace ak::dev {

namespace {

// Derived from the ESC/POS printer database (github.com/receipt-print-hq/escpos-printer-db,
// data/profile/*.yml, CC BY 4.0; the copy read is ../shared/data/escpos-printer-db/capabilities.json):
// columns of font A, media width in pixels, the numbers of CP858 and CP865 in each model's code page
// table, and the qrCode / paperPartCut / paperFullCut features. "generic-*" are our defaults for the
// common Epson-compatible printers sold for tills. Status: Epson's TM models answer DLE EOT and
// send automatic status back (GS a) over USB; the cheap 58 mm printers answer DLE EOT at best.
QList<PrinterProfile> buildProfiles() {
    QList<PrinterProfile> list;
    const auto epson = [&](const char* id, const char* name, int columns, int dots, int cp858, int cp865) {
        list.append(PrinterProfile{.id = QString::fromLatin1(id), .name = QString::fromLatin1(name),
                                   .columns = columns, .dotsPerLine = dots,
                                   .codePage = cp858 >= 0 ? CodePage::Cp858 : CodePage::Cp865,
                                   .cp858Number = cp858, .cp865Number = cp865,
                                   .nativeQr = true, .cutter = true, .drawer = true,
                                   .realTimeStatus = true, .autoStatusBack = true});
    };
    list.append(PrinterProfile{.id = QStringLiteral("generic-80"),
                               .name = QStringLiteral("Generic 80 mm ESC/POS"),
                               .columns = 48, .dotsPerLine = 576, .codePage = CodePage::Cp858,
                               .cp858Number = 19, .cp865Number = 5,
                               .nativeQr = true, .cutter = true, .drawer = true});
    list.append(PrinterProfile{.id = QStringLiteral("generic-58"),
                               .name = QStringLiteral("Generic 58 mm ESC/POS"),
                               .columns = 32, .dotsPerLine = 384, .codePage = CodePage::Cp858,
                               .cp858Number = 19, .cp865Number = 5,
                               .nativeQr = true, .cutter = false, .drawer = true});
    // Database profiles "TM-T20II" and "TM-T20III": 48 columns at 576 dots, CP858 = 19, CP865 = 5.
    epson("epson-tm-t20ii", "Epson TM-T20II", 48, 576, 19, 5);
    epson("epson-tm-t20iii", "Epson TM-T20III", 48, 576, 19, 5);
    // "TM-T88V": 180 dpi, 42 columns at 512 dots. The TM-T88VI is not in the database; Epson's
    // specification gives it the same head (180 dpi, 512 dots), so it shares these figures.
    epson("epson-tm-t88v", "Epson TM-T88V", 42, 512, 19, 5);
    epson("epson-tm-t88vi", "Epson TM-T88VI", 42, 512, 19, 5);
    // "TM-m30III" (the database's TM-m30 entry): 48 columns at 576 dots; its table has no CP858, so CP865 = 5.
    epson("epson-tm-m30", "Epson TM-m30", 48, 576, -1, 5);
    // POS-5890 class (cheap 58 mm): no QR, no cutter, raster images only; CP858 = 53, CP865 = 58
    // in its own table (database "POS-5890").
    list.append(PrinterProfile{.id = QStringLiteral("pos-5890"),
                               .name = QStringLiteral("POS-5890 58 mm (no QR, no cutter)"),
                               .columns = 32, .dotsPerLine = 384, .codePage = CodePage::Cp858,
                               .cp858Number = 53, .cp865Number = 58,
                               .nativeQr = false, .cutter = false, .drawer = true});
    // Zjiang ZJ-5870: no CP858 in its table, so CP865 = 5 (database "ZJ-5870"); no QR, no cutter.
    list.append(PrinterProfile{.id = QStringLiteral("zj-5870"),
                               .name = QStringLiteral("Zjiang ZJ-5870 58 mm"),
                               .columns = 32, .dotsPerLine = 384, .codePage = CodePage::Cp865,
                               .cp858Number = -1, .cp865Number = 5,
                               .nativeQr = false, .cutter = false, .drawer = true});
    // Star TSP143 (the TSP100 series with an auto-cutter: TSP143IIIU/LAN/W/BI, TSP143IV). Not in the
    // ESC/POS database, which lists ESC/POS printers only: it speaks no ESC/POS, only Star Graphic
    // mode (see StarGraphicCommands.h for the sources). Where the figures come from:
    //   - 576 dots: 80 mm paper, 72 mm printable at 203 dpi (8 dots/mm); Star's CUPS filter gives
    //     the TSP100 a 72 mm print width, and the database's Star TSP600 (same 72 mm head) says
    //     72 mm = 576 pixels at 203 dpi;
    //   - 48 columns: not a printer fact (it has no font); our choice, the 12-dot cells of the other
    //     576-dot profiles, so a receipt is laid out as on a generic-80;
    //   - CP858: the characters the painted text may hold (the layout goes through the ESC/POS text
    //     path); no ESC t number, because the printer is never told a code page;
    //   - cutter: partial cut only (Star's filter offers the TSP143 "no cut" and "partial cut");
    //     drawer: ESC * r D, drawer 1 for pin 2 and drawer 2 for pin 5 (our mapping: not checked);
    //   - no DLE EOT and no GS a: Star printers report status their own way (ASB), which we do not
    //     read yet, so jobs are sent without asking.
    // Not known here: whether every firmware (TSP143IV also speaks StarPRNT) accepts each byte as
    // sent; nothing was printed on a real TSP143 for this profile.
    list.append(PrinterProfile{.id = QStringLiteral("star-tsp143"),
                               .name = QStringLiteral("Star TSP143 80 mm (raster only)"),
                               .columns = 48, .dotsPerLine = 576, .codePage = CodePage::Cp858,
                               .cp858Number = -1, .cp865Number = -1,
                               .nativeQr = false, .cutter = true, .drawer = true,
                               .realTimeStatus = false, .autoStatusBack = false, .rasterOnly = true});
    return list;
}

}  // namespace

std::optional<CodePage> PrinterProfile::codePageForNumber(int n) const {
    if (n == cp858Number) return CodePage::Cp858;
    if (n == cp865Number) return CodePage::Cp865;
    return std::nullopt;
}

QList<PrinterProfile> PrinterProfile::all() {
    static const QList<PrinterProfile> profiles = buildProfiles();
    return profiles;
}

std::optional<PrinterProfile> PrinterProfile::byId(const QString& id) {
    for (const PrinterProfile& p : all()) {
        if (p.id == id) return p;
    }
    return std::nullopt;
}

}  // namespace ak::dev
