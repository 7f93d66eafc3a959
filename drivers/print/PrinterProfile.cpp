#include "drivers/print/PrinterProfile.h"

namespace ak::dev {

namespace {

// Derived from the ESC/POS printer database (github.com/receipt-print-hq/escpos-printer-db,
// data/profile/*.yml, CC BY 4.0): columns of font A, media width in pixels, the numbers of CP858 and
// CP865 in each model's code page table, and the qrCode / paperPartCut / paperFullCut features.
// "generic-*" are our defaults for the common Epson-compatible printers sold for tills.
QList<PrinterProfile> buildProfiles() {
    QList<PrinterProfile> list;
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
    // Epson TM-T20II: 48 columns at 576 dots, CP858 = 19, CP865 = 5 (database profile "TM-T20II").
    list.append(PrinterProfile{.id = QStringLiteral("epson-tm-t20ii"),
                               .name = QStringLiteral("Epson TM-T20II"),
                               .columns = 48, .dotsPerLine = 576, .codePage = CodePage::Cp858,
                               .cp858Number = 19, .cp865Number = 5,
                               .nativeQr = true, .cutter = true, .drawer = true});
    // POS-5890 class (cheap 58 mm): no QR, no cutter, raster images only (database "POS-5890").
    list.append(PrinterProfile{.id = QStringLiteral("pos-5890"),
                               .name = QStringLiteral("POS-5890 58 mm (no QR, no cutter)"),
                               .columns = 32, .dotsPerLine = 384, .codePage = CodePage::Cp858,
                               .cp858Number = 19, .cp865Number = 5,
                               .nativeQr = false, .cutter = false, .drawer = true});
    // Zjiang ZJ-5870: no CP858 in its table, so CP865 = 5 (database "ZJ-5870"); no QR, no cutter.
    list.append(PrinterProfile{.id = QStringLiteral("zj-5870"),
                               .name = QStringLiteral("Zjiang ZJ-5870 58 mm"),
                               .columns = 32, .dotsPerLine = 384, .codePage = CodePage::Cp865,
                               .cp858Number = -1, .cp865Number = 5,
                               .nativeQr = false, .cutter = false, .drawer = true});
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
