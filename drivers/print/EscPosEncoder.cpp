#include "drivers/print/EscPosEncoder.h"

#include "drivers/Logging.h"
#include "drivers/print/EscPosCommands.h"
#include "drivers/print/QrRaster.h"
#include "drivers/print/StarRasterEncoder.h"

#include <algorithm>

namespace ak::dev {

namespace {

// What the printer is set to; commands are only written when something changes, which keeps the
// byte stream short and the tests readable. ESC @ resets the printer to these defaults.
struct PrinterState {
    Align align = Align::Left;
    bool bold = false;
    bool underline = false;
    bool doubleWidth = false;
    bool doubleHeight = false;
};

int alignNumber(Align a) { return a == Align::Center ? 1 : a == Align::Right ? 2 : 0; }

class Writer {
public:
    Writer(const PrinterProfile& profile) : profile_(profile) {
        out_ += escpos::init();
        const int n = profile.codePageNumber();
        if (n >= 0) out_ += escpos::selectCodePage(n);
        else qCWarning(lcEscPos) << "profile" << profile.id << "has no number for" << CodePageCodec::name(profile.codePage);
    }

    void apply(const TextStyle& style) {
        setAlign(style.align);
        if (style.bold != state_.bold) out_ += escpos::bold(state_.bold = style.bold);
        if (style.underline != state_.underline) out_ += escpos::underline(state_.underline = style.underline);
        if (style.doubleWidth != state_.doubleWidth || style.doubleHeight != state_.doubleHeight) {
            state_.doubleWidth = style.doubleWidth;
            state_.doubleHeight = style.doubleHeight;
            out_ += escpos::size(style.doubleWidth, style.doubleHeight);
        }
    }
    void setAlign(Align a) {
        if (a != state_.align) out_ += escpos::align(alignNumber(state_.align = a));
    }
    int widthFor(const TextStyle& style) const { return style.doubleWidth ? profile_.columns / 2 : profile_.columns; }
    QByteArray encodeText(const QString& s) const { return CodePageCodec::encode(s, profile_.codePage); }
    void line(const QByteArray& bytes) { out_ += bytes + escpos::LF; }
    void raw(const QByteArray& bytes) { out_ += bytes; }
    const PrinterProfile& profile() const { return profile_; }
    QByteArray result() const { return out_; }

    void operator()(const element::Text& e) {
        apply(e.style);
        for (const QString& part : e.text.split(u'\n')) {
            const QByteArrayList lines = EscPosEncoder::wrap(encodeText(part), widthFor(e.style));
            if (lines.isEmpty()) line({});
            for (const QByteArray& l : lines) line(l);
        }
    }
    void operator()(const element::Columns& e) {
        TextStyle style = e.style;
        style.align = Align::Left;  // the padding does the alignment
        apply(style);
        for (const QByteArray& l : EscPosEncoder::columnLines(encodeText(e.left), encodeText(e.right), widthFor(style)))
            line(l);
    }
    void operator()(const element::Rule&) {
        apply(TextStyle{});
        line(QByteArray(profile_.columns, '-'));
    }
    void operator()(const element::Qr& e) {
        if (e.data.isEmpty() || e.data.size() > escpos::kQrMaxBytes) {
            qCWarning(lcEscPos) << "QR code skipped: data of" << e.data.size() << "bytes cannot be a QR code";
            return;
        }
        setAlign(Align::Center);
        if (profile_.nativeQr) {
            static constexpr int kLevels[] = {48, 49, 50, 51};  // L M Q H
            out_ += escpos::qrFunction(escpos::kQrModel, escpos::bytes({50, 0}));
            out_ += escpos::qrFunction(escpos::kQrModuleSize, escpos::bytes({e.moduleSize}));
            out_ += escpos::qrFunction(escpos::kQrErrorLevel, escpos::bytes({kLevels[static_cast<int>(e.level)]}));
            out_ += escpos::qrFunction(escpos::kQrStore, escpos::bytes({48}) + e.data);
            out_ += escpos::qrFunction(escpos::kQrPrint, escpos::bytes({48}));
            return;
        }
        // No GS ( k on this model: draw the symbol ourselves, shrinking modules until it fits.
        const int modules = QrRaster::symbolModules(e.data, e.level);
        int moduleSize = e.moduleSize;
        while (moduleSize > 1 && (modules + 8) * moduleSize > profile_.dotsPerLine) --moduleSize;
        if (auto image = QrRaster::render(e.data, moduleSize, e.level)) {
            out_ += EscPosEncoder::raster(*image, profile_.dotsPerLine);
        } else {
            qCWarning(lcEscPos) << "QR code skipped: libqrencode could not encode" << e.data.size() << "bytes";
        }
    }
    void operator()(const element::Image& e) {
        if (e.image.isNull()) return;
        setAlign(Align::Center);
        out_ += EscPosEncoder::raster(e.image, profile_.dotsPerLine);
    }
    void operator()(const element::Feed& e) { out_ += escpos::feedLines(e.lines); }
    void operator()(const element::Cut& e) {
        // Feed first: on most printers the blade sits a few lines above the print head.
        out_ += escpos::feedLines(profile_.cutFeedLines);
        if (profile_.cutter) out_ += escpos::cut(e.partial);
        else qCDebug(lcEscPos) << "profile" << profile_.id << "has no cutter: cut left out, paper fed for tearing";
    }
    void operator()(const element::DrawerPulse& e) {
        if (profile_.drawer) out_ += escpos::drawerPulse(e.pin);
        else qCWarning(lcEscPos) << "profile" << profile_.id << "has no drawer connector: pulse left out";
    }

private:
    const PrinterProfile& profile_;
    PrinterState state_;
    QByteArray out_;
};

}  // namespace

QByteArray EscPosEncoder::encode(const PrintDocument& document, const PrinterProfile& profile) {
    // A raster-only printer reads no ESC/POS at all: the whole document goes as pictures.
    if (profile.rasterOnly) return StarRasterEncoder::encode(document, profile);
    Writer writer(profile);
    for (const PrintElement& element : document.elements()) std::visit(writer, element);
    return writer.result();
}

QByteArrayList EscPosEncoder::wrap(const QByteArray& text, int width) {
    if (width < 1) width = 1;
    if (text.size() <= width) return text.isEmpty() ? QByteArrayList{} : QByteArrayList{text};  // keep its spacing
    QByteArrayList lines;
    QByteArray current;
    for (QByteArray word : text.split(' ')) {
        if (word.isEmpty()) continue;
        if (!current.isEmpty() && current.size() + 1 + word.size() <= width) {
            current += ' ' + word;
            continue;
        }
        if (!current.isEmpty()) lines.append(current);
        while (word.size() > width) {  // a word longer than the line: break it hard
            lines.append(word.left(width));
            word = word.mid(width);
        }
        current = word;
    }
    if (!current.isEmpty()) lines.append(current);
    return lines;
}

QByteArrayList EscPosEncoder::columnLines(const QByteArray& left, const QByteArray& right, int width) {
    const QByteArray l = left.trimmed();
    const QByteArray r = right.trimmed();
    if (l.size() + 1 + r.size() <= width) return {l + QByteArray(width - l.size() - r.size(), ' ') + r};
    const int leftWidth = width - static_cast<int>(r.size()) - 1;
    if (leftWidth >= width / 2) {
        // Long name, short price: the name wraps in its column, the price stays on the first line.
        QByteArrayList lines = wrap(l, leftWidth);
        lines[0] = lines[0] + QByteArray(width - lines[0].size() - r.size(), ' ') + r;
        return lines;
    }
    // The right text is too long to share a line: left text first, right text flush right below.
    QByteArrayList lines = wrap(l, width);
    for (const QByteArray& part : wrap(r, width)) lines.append(QByteArray(width - part.size(), ' ') + part);
    return lines;
}

QByteArray EscPosEncoder::raster(const QImage& source, int maxDots) {
    if (source.isNull() || maxDots < 8) return {};
    QImage image = source;
    if (image.width() > maxDots) image = image.scaledToWidth(maxDots, Qt::SmoothTransformation);
    // Transparent pixels are paper: flatten onto white before thresholding.
    QImage flat(image.size(), QImage::Format_ARGB32);
    flat.fill(Qt::white);
    {
        QImage argb = image.convertToFormat(QImage::Format_ARGB32);
        for (int y = 0; y < argb.height(); ++y) {
            const QRgb* src = reinterpret_cast<const QRgb*>(argb.constScanLine(y));
            QRgb* dst = reinterpret_cast<QRgb*>(flat.scanLine(y));
            for (int x = 0; x < argb.width(); ++x) {
                const int a = qAlpha(src[x]);
                const int gray = (qGray(src[x]) * a + 255 * (255 - a)) / 255;
                dst[x] = qRgb(gray, gray, gray);
            }
        }
    }
    const int widthBytes = (flat.width() + 7) / 8;
    QByteArray out;
    for (int top = 0; top < flat.height(); top += escpos::kRasterMaxBandRows) {
        const int rows = std::min(escpos::kRasterMaxBandRows, flat.height() - top);
        out += escpos::bytes({escpos::GS, 'v', '0', 0, widthBytes & 0xFF, widthBytes >> 8, rows & 0xFF, rows >> 8});
        for (int y = top; y < top + rows; ++y) {
            const QRgb* line = reinterpret_cast<const QRgb*>(flat.constScanLine(y));
            for (int xb = 0; xb < widthBytes; ++xb) {
                uchar byte = 0;
                for (int bit = 0; bit < 8; ++bit) {
                    const int x = xb * 8 + bit;
                    if (x < flat.width() && qRed(line[x]) < 128) byte |= uchar(0x80 >> bit);  // MSB = leftmost dot
                }
                out.append(static_cast<char>(byte));
            }
        }
    }
    return out;
}

}  // namespace ak::dev
