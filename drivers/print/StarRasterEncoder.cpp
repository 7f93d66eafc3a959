// Raster-only printers: a document painted and sent in Star Graphic mode; see StarRasterEncoder.h.
#include "drivers/print/StarRasterEncoder.h"

#include "drivers/Logging.h"
#include "drivers/print/EscPosEncoder.h"
#include "drivers/print/StarGraphicCommands.h"
// The simulator's reader and painter are the one layout of a receipt in pixels. They need only
// QtGui; when ak_drivers is split into its API and its implementations they go with the encoders.
#include "drivers/sim/EscPosRenderer.h"
#include "drivers/sim/ReceiptPainter.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <algorithm>
#include <type_traits>
#include <variant>

namespace ak::dev {

namespace {

// One piece of paper: the elements up to a cut (or the end), and whether a cut ends it.
struct Piece {
    PrintDocument document;
    bool cut = false;
};

struct Split {
    QList<Piece> pieces;
    int drawers = 0;  // bit 0: pin 2 (Star drawer 1), bit 1: pin 5 (drawer 2)
};

Split split(const PrintDocument& document) {
    Split out;
    Piece current;
    bool hasContent = false;
    for (const PrintElement& element : document.elements()) {
        if (const auto* pulse = std::get_if<element::DrawerPulse>(&element)) {
            // The TSP100 class opens drawers at the end of the document (ESC * r D), not in the
            // middle of the paper: a pulse anywhere in the document becomes that.
            out.drawers |= pulse->pin == 5 ? 2 : 1;
            continue;
        }
        if (std::holds_alternative<element::Cut>(element)) {
            current.cut = true;
            out.pieces.append(current);
            current = Piece{};
            hasContent = false;
            continue;
        }
        std::visit([&](const auto& e) {
            using E = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<E, element::Text>) current.document.text(e.text, e.style);
            else if constexpr (std::is_same_v<E, element::Columns>) current.document.columns(e.left, e.right, e.style);
            else if constexpr (std::is_same_v<E, element::Rule>) current.document.rule();
            else if constexpr (std::is_same_v<E, element::Qr>) current.document.qr(e.data, e.moduleSize, e.level);
            else if constexpr (std::is_same_v<E, element::Image>) current.document.image(e.image);
            else if constexpr (std::is_same_v<E, element::Feed>) current.document.feed(e.lines);
        }, element);
        hasContent = true;
    }
    if (hasContent) out.pieces.append(current);
    return out;
}

// The profile the layout is made for: the same paper, columns and characters, as a printer that
// prints text and QR codes itself. Its ESC/POS is only ever read back by our own reader.
PrinterProfile layoutTwin(const PrinterProfile& profile) {
    PrinterProfile twin = profile;
    twin.rasterOnly = false;
    twin.nativeQr = true;  // the reader redraws the symbol from its data at the exact module size
    twin.cp858Number = 19;
    twin.cp865Number = 5;
    twin.cutter = false;
    twin.drawer = false;
    return twin;
}

QImage toMono(const QImage& painted) {
    const QImage rgb = painted.convertToFormat(QImage::Format_RGB32);
    QImage mono(rgb.size(), QImage::Format_Mono);
    mono.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
    mono.fill(0);
    for (int y = 0; y < rgb.height(); ++y) {
        const QRgb* line = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
        uchar* bits = mono.scanLine(y);
        for (int x = 0; x < rgb.width(); ++x) {
            if (qGray(line[x]) < 128) bits[x >> 3] |= uchar(0x80 >> (x & 7));  // Format_Mono: MSB = leftmost
        }
    }
    return mono;
}

bool hasText(const PrintDocument& document) {
    return std::any_of(document.elements().begin(), document.elements().end(), [](const PrintElement& e) {
        return std::holds_alternative<element::Text>(e) || std::holds_alternative<element::Columns>(e) ||
               std::holds_alternative<element::Rule>(e);
    });
}

}  // namespace

QList<QImage> StarRasterEncoder::paint(const PrintDocument& document, const PrinterProfile& profile) {
    const PrinterProfile twin = layoutTwin(profile);
    if (hasText(document) && !qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        qCWarning(lcEscPos) << "profile" << profile.id << "prints text as pictures, which needs a QGuiApplication: text left out";
    QList<QImage> pictures;
    for (const Piece& piece : split(document).pieces) {
        const QList<PaperRow> rows = EscPosRenderer::readRows(EscPosEncoder::encode(piece.document, twin), twin);
        pictures.append(toMono(ReceiptPainter::paint(rows, twin, ReceiptPainter::Mode::Paper)));
    }
    return pictures;
}

QByteArray StarRasterEncoder::rasterLines(const QImage& picture, int widthBytes) {
    if (picture.isNull() || widthBytes < 1) return {};
    const QImage mono = picture.format() == QImage::Format_Mono ? picture : toMono(picture);
    const qsizetype copy = std::min<qsizetype>(widthBytes, mono.bytesPerLine());
    QByteArray out;
    out.reserve(qsizetype(mono.height()) * (3 + widthBytes));
    for (int y = 0; y < mono.height(); ++y) {
        out += star::kRasterLine;
        out += static_cast<char>(widthBytes & 0xFF);
        out += static_cast<char>((widthBytes >> 8) & 0xFF);
        QByteArray line(widthBytes, '\0');
        std::copy_n(reinterpret_cast<const char*>(mono.constScanLine(y)), copy, line.data());
        // Format_Mono pads the last byte of a line with whatever was there: keep only real dots.
        if (const int extra = widthBytes * 8 - mono.width(); extra > 0 && extra < 8)
            line[widthBytes - 1] = static_cast<char>(line[widthBytes - 1] & (0xFF << extra));
        out += line;
    }
    return out;
}

QByteArray StarRasterEncoder::encode(const PrintDocument& document, const PrinterProfile& profile) {
    const Split parts = split(document);
    QList<QImage> pictures = paint(document, profile);
    if (pictures.isEmpty() && parts.drawers != 0) {
        // Only a drawer pulse (a drawer opened without a sale). Star's driver always sends the
        // drawer with a printed page; whether a TSP143 runs the end of a document that has no
        // raster line at all is not known here, so one white dot line (1/8 mm) is sent with it.
        QImage blank(profile.dotsPerLine, 1, QImage::Format_Mono);
        blank.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
        blank.fill(0);
        pictures.append(blank);
    }
    const int widthBytes = std::max(1, (profile.dotsPerLine + 7) / 8);
    // The TSP143's cutter only cuts partially (Star's driver offers it nothing else), so a full cut
    // is a partial one here; a profile without a cutter never cuts.
    const int cutMode = profile.cutter ? star::kPartialCut : star::kNoCut;
    const bool cutAtEnd = !parts.pieces.isEmpty() && parts.pieces.last().cut;
    const bool cutBetween = parts.pieces.size() > 1;

    QByteArray out = star::init();
    out += star::rasterInit();
    out += star::enterRaster();
    out += star::continuousPaper();
    out += star::eotMode(cutAtEnd ? cutMode : star::kNoCut);
    if (cutBetween) out += star::ffMode(cutMode);
    if (parts.drawers != 0) {
        if (profile.drawer) out += star::drawerAtEnd(parts.drawers);
        else qCWarning(lcEscPos) << "profile" << profile.id << "has no drawer connector: pulse left out";
    }
    for (qsizetype i = 0; i < pictures.size(); ++i) {
        out += rasterLines(pictures.at(i), widthBytes);
        if (i + 1 < pictures.size()) out += star::formFeed();  // pieces are split at cuts: FF mode cuts
    }
    out += star::endOfDocument();
    out += star::quitRaster();
    return out;
}

}  // namespace ak::dev
