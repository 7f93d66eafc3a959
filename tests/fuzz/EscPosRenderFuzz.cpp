// libFuzzer target for the simulated printer's ESC/POS reader (EscPosRenderer): printer bytes in,
// text lines and the receipt picture out. The simulator reads whatever the apps send to the
// printer, and is the reference the encoder's tests compare with, so garbage must never crash it.
//
// The first input byte picks the printer profile and whether the picture is painted too; the rest
// is the byte stream. Checks besides "no crash, no leak, no undefined behaviour": a line wider than
// the paper is a marker ("[QR: ...]", "--- cut ---"), never text; the picture is the paper's width
// and never taller than the painter's limit.
//
// Pictures are painted only for receipts of at most kPaintedLines lines: a few bytes of ESC d 255
// make a 30,000-dot picture (the painter's limit, 69 MB), 0.1 s a run, and the fuzzer would spend
// its time filling white pixels instead of reading bytes. The limit itself is a unit test's matter.
// For the same reason a receipt whose raster images add up to more than kPaintedDots dots is not
// painted, and only one input in eight is painted at all (the three top bits of the first byte): the
// painter is 120 lines with few branches, and filling fresh pages white took over 40 % of the time
// (340 runs a second; 10 M runs would have taken eight CPU-hours).

#include <cstddef>
#include <cstdint>

#include <QRegularExpression>

#include <QByteArray>

#include "drivers/sim/EscPosRenderer.h"
#include "drivers/sim/ReceiptPainter.h"
#include "tests/fuzz/FuzzSupport.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    ak::fuzz::quietLogging();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace ak::dev;
    if (size < 1) return 0;
    static const QList<PrinterProfile> profiles = PrinterProfile::all();
    const PrinterProfile& profile = profiles.at((data[0] & 0x1F) % profiles.size());
    const QByteArray bytes(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    const RenderedReceipt r = EscPosRenderer::render(bytes, profile, false);
    if (r.cuts < 0 || r.drawerPulses < 0 || !r.image.isNull()) __builtin_trap();
    for (const QString& line : r.lines)
        if (line.size() > profile.columns && !line.startsWith(u'[') && !line.startsWith(QStringLiteral("---")))
            __builtin_trap();

    constexpr qsizetype kPaintedLines = 30;
    constexpr int kPaintedDots = 2048;
    if ((data[0] & 0xE0) != 0xE0 || r.lines.size() > kPaintedLines) return 0;
    // Markers are aligned like text (a centred "[image ...]" starts with spaces); a Star Graphic
    // mode picture (star-tsp143) is one such marker however many lines it has.
    static const QRegularExpression imageMarker(QStringLiteral("^ *\\[image \\d+x(\\d+)\\]$"));
    int imageDots = 0;
    for (const QString& line : r.lines)
        if (const QRegularExpressionMatch m = imageMarker.match(line); m.hasMatch()) imageDots += m.captured(1).toInt();
    if (imageDots > kPaintedDots) return 0;
    const RenderedReceipt painted = EscPosRenderer::render(bytes, profile, true);
    if (painted.lines != r.lines || painted.image.isNull() || painted.image.width() != std::max(profile.dotsPerLine, 8) ||
        painted.image.height() > ReceiptPainter::kMaxHeight)
        __builtin_trap();
    return 0;
}
