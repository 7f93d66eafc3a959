// ESC/POS (and, for raster-only profiles, Star Graphic mode) bytes -> rows, text and a picture.
#include "drivers/sim/EscPosRenderer.h"

#include "drivers/Logging.h"
#include "drivers/print/CodePage.h"
#include "drivers/print/EscPosCommands.h"
#include "drivers/print/QrRaster.h"
#include "drivers/sim/PaperRow.h"
#include "drivers/sim/ReceiptPainter.h"
#include "drivers/sim/StarGraphicReader.h"

#include <algorithm>

namespace ak::dev {

namespace {

using namespace escpos;

class Parser {
public:
    Parser(const QByteArray& bytes, const PrinterProfile& profile)
        : in_(bytes), profile_(profile), page_(profile.codePage) {}

    QList<PaperRow> run(RenderedReceipt& out) {
        while (pos_ < in_.size()) step(out);
        if (!line_.isEmpty()) flush();
        if (cutShort_) {
            PaperRow row;
            row.kind = PaperRow::Marker;
            row.marker = QStringLiteral("[cut short: more than %1 rows]").arg(EscPosRenderer::kMaxRows);
            rows_.append(row);
        }
        return std::move(rows_);
    }

private:
    int byteAt(qsizetype i) const { return i < in_.size() ? static_cast<uchar>(in_.at(i)) : -1; }
    bool has(qsizetype n) const { return pos_ + n <= in_.size(); }
    // Skips n bytes (or the rest if the command is cut short).
    void skip(qsizetype n) { pos_ = std::min(in_.size(), pos_ + n); }

    int lineCells() const {
        int cells = 0;
        for (const TextRun& r : line_) cells += static_cast<int>(r.text.size()) * (r.doubleWidth ? 2 : 1);
        return cells;
    }
    void addChar(QChar c) {
        const int w = style_.doubleWidth ? 2 : 1;
        if (lineCells() + w > profile_.columns) flush();  // the printer wraps at the paper edge
        if (line_.isEmpty() || !(line_.last().sameStyle(style_))) {
            TextRun run = style_;
            run.text.clear();
            line_.append(run);
        }
        line_.last().text.append(c);
    }
    // False once the rows are full: the row is not kept (see the header).
    bool roomForRow() {
        if (rows_.size() < EscPosRenderer::kMaxRows) return true;
        cutShort_ = true;
        return false;
    }
    void flush() {
        if (!roomForRow()) {
            line_.clear();
            return;
        }
        PaperRow row;
        row.kind = PaperRow::Text;
        row.align = align_;
        row.runs = line_;
        row.cells = lineCells();
        rows_.append(row);
        line_.clear();
    }
    void flushIfPending() {
        if (!line_.isEmpty()) flush();
    }
    // The new row, or nullptr when the rows are full.
    PaperRow* marker(const QString& text, PaperRow::Kind kind = PaperRow::Marker) {
        flushIfPending();
        if (!roomForRow()) return nullptr;
        PaperRow row;
        row.kind = kind;
        row.align = align_;
        row.marker = text;
        rows_.append(row);
        return &rows_.last();
    }

    void step(RenderedReceipt& out) {
        const int b = byteAt(pos_);
        if (b == ESC) return escape(out);
        if (b == GS) return groupSeparator(out);
        if (b == DLE) return skip(byteAt(pos_ + 1) == 0x14 ? 5 : 3);  // DLE EOT n, DLE ENQ n, DLE DC4 fn m t
        if (b == FS) return fileSeparator();
        ++pos_;
        if (b == LF) return flush();
        if (b == '\t') return addChar(u' ');
        if (b < 0x20 || b == 0x7F) return;  // CR and other controls: nothing on paper
        const QString decoded = CodePageCodec::decode(QByteArrayView(in_.constData() + pos_ - 1, 1), page_);
        addChar(decoded.at(0));
    }

    void escape(RenderedReceipt& out) {
        const int c = byteAt(pos_ + 1);
        const int n = byteAt(pos_ + 2);
        switch (c) {
        case '@': style_ = {}; align_ = Align::Left; page_ = profile_.codePage; return skip(2);
        case 't':
            if (n >= 0) {
                if (auto page = profile_.codePageForNumber(n)) page_ = *page;
                else qCDebug(lcRender) << "ESC t" << n << "is not a code page this profile knows";
            }
            return skip(3);
        case 'E': style_.bold = (n & 1); return skip(3);
        case '-': style_.underline = (n & 3) != 0 && n != '0'; return skip(3);
        case 'a': align_ = (n == 1 || n == '1') ? Align::Center : (n == 2 || n == '2') ? Align::Right : Align::Left;
            return skip(3);
        case '!':  // print mode: bit 3 bold, 4 double height, 5 double width, 7 underline
            if (n >= 0) {
                style_.bold = n & 0x08; style_.doubleHeight = n & 0x10;
                style_.doubleWidth = n & 0x20; style_.underline = n & 0x80;
            }
            return skip(3);
        case 'd':
            skip(3);
            flushIfPending();
            for (int i = 0; i < std::max(n, 0); ++i) flush();
            return;
        case 'p':
            ++out.drawerPulses;
            marker(QStringLiteral("[drawer pulse pin %1]").arg(n == 1 || n == '1' ? 5 : 2));
            return skip(5);
        case '*': {  // bit image: m nL nH, then (m < 2 ? 1 : 3) x nL+256 nH bytes
            const int m = n, nl = byteAt(pos_ + 3), nh = byteAt(pos_ + 4);
            if (nl < 0 || nh < 0) return skip(5);
            return skip(5 + qsizetype(m < 2 ? 1 : 3) * (nl + 256 * nh));
        }
        case '$': case '\\': return skip(4);
        case 'c': return skip(4);
        case '2': case '<': return skip(2);
        default: return skip(3);  // ESC J/3/M/G/V/{/R/SP/=/%/e and unknown: one parameter
        }
    }

    void groupSeparator(RenderedReceipt& out) {
        const int c = byteAt(pos_ + 1);
        const int n = byteAt(pos_ + 2);
        switch (c) {
        case '!':
            if (n >= 0) { style_.doubleWidth = (n & 0x70) != 0; style_.doubleHeight = (n & 0x07) != 0; }
            return skip(3);
        case 'V': {
            const bool withFeed = n == 65 || n == 66 || n == 97 || n == 98 || n == 103 || n == 104;
            ++out.cuts;
            const bool partial = n == 1 || n == '1' || n == 66 || n == 98 || n == 104;
            PaperRow* row = marker(partial ? QStringLiteral("--- partial cut ---") : QStringLiteral("--- cut ---"),
                                   PaperRow::Cut);
            if (row) row->align = Align::Center;  // across the paper, whatever the text alignment was
            return skip(withFeed ? 4 : 3);
        }
        case '(': {
            const int pl = byteAt(pos_ + 3), ph = byteAt(pos_ + 4);
            if (pl < 0 || ph < 0) return skip(5);
            const qsizetype len = pl + 256 * ph;
            if (n == 'k' && len >= 2) qrFunction(out, byteAt(pos_ + 5), byteAt(pos_ + 6), pos_ + 7, len - 2);
            return skip(5 + len);
        }
        case 'v': return rasterImage();
        case 'k': return barcode();
        case '8': {  // GS 8 L p1 p2 p3 p4: 32-bit length
            qsizetype len = 0;
            for (int i = 0; i < 4; ++i) len |= qsizetype(std::max(byteAt(pos_ + 3 + i), 0)) << (8 * i);
            return skip(7 + len);
        }
        case '*': {
            const int x = n, y = byteAt(pos_ + 3);
            return skip(4 + (x < 0 || y < 0 ? 0 : qsizetype(x) * y * 8));
        }
        case 'L': case 'W': case 'P': case '$': case '\\': return skip(4);
        case '^': return skip(5);
        case ':': return skip(2);
        default: return skip(3);  // GS a/B/H/f/h/w/b/I/r/... and unknown: one parameter
        }
    }

    void fileSeparator() {
        const int c = byteAt(pos_ + 1);
        if (c == '.' || c == '&') return skip(2);
        if (c == 'p') return skip(4);
        if (c == '(') {
            const int pl = byteAt(pos_ + 3), ph = byteAt(pos_ + 4);
            return skip(pl < 0 || ph < 0 ? 5 : 5 + pl + 256 * ph);
        }
        skip(3);
    }

    void qrFunction(RenderedReceipt& out, int cn, int fn, qsizetype paramsAt, qsizetype paramLen) {
        if (cn != 49) return;  // 49 = QR; other 2-D symbologies are not drawn
        const int p0 = paramLen > 0 ? byteAt(paramsAt) : -1;
        if (fn == kQrModuleSize && p0 >= 1 && p0 <= 16) qrModule_ = p0;
        if (fn == kQrErrorLevel && p0 >= 48 && p0 <= 51) qrLevel_ = static_cast<QrErrorLevel>(p0 - 48);
        if (fn == kQrStore && paramLen >= 1) {
            // More than a symbol holds: the printer refuses it and keeps nothing.
            const qsizetype available = std::max<qsizetype>(0, std::min(paramLen - 1, in_.size() - paramsAt - 1));
            qrData_ = paramLen - 1 > kQrMaxBytes ? QByteArray() : in_.mid(paramsAt + 1, available);
        }
        if (fn == kQrPrint) {
            out.qrCodes.append(qrData_);
            if (PaperRow* row = marker(QStringLiteral("[QR: %1]").arg(QString::fromUtf8(qrData_)), PaperRow::Qr)) {
                row->qrData = qrData_;
                row->qrModule = qrModule_;
                row->qrLevel = qrLevel_;
            }
        }
    }

    void rasterImage() {  // GS v 0 m xL xH yL yH d...
        if (!has(8)) return skip(8);
        const int widthBytes = byteAt(pos_ + 4) + 256 * byteAt(pos_ + 5);
        const int rows = byteAt(pos_ + 6) + 256 * byteAt(pos_ + 7);
        const int function = byteAt(pos_ + 2);  // '0' (or 0): print raster; GS v 1.. are other things
        const qsizetype dataAt = pos_ + 8;
        const qsizetype size = qsizetype(widthBytes) * rows;
        skip(8 + size);
        if (function != '0' && function != 0) return;
        const int widthDots = widthBytes * 8;
        // Sanity limits: garbage must not allocate gigabytes. Wider than 4 papers is not a receipt.
        if (widthBytes == 0 || rows == 0 || widthDots > 4 * std::max(profile_.dotsPerLine, 8) ||
            dataAt + size > in_.size())
            return;
        QImage image(widthDots, rows, QImage::Format_Mono);
        image.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
        for (int y = 0; y < rows; ++y) {
            uchar* line = image.scanLine(y);
            std::copy_n(reinterpret_cast<const uchar*>(in_.constData()) + dataAt + qsizetype(y) * widthBytes, widthBytes, line);
        }
        // Bands of one picture follow each other directly: join them into one row.
        if (!rows_.isEmpty() && rows_.last().kind == PaperRow::Raster && rows_.last().joinable &&
            rows_.last().raster.width() == widthDots && line_.isEmpty() && rows_.last().raster.height() < 20000) {
            QImage& prev = rows_.last().raster;
            QImage joined(widthDots, prev.height() + rows, QImage::Format_Mono);
            joined.setColorTable(prev.colorTable());
            for (int y = 0; y < prev.height(); ++y) std::copy_n(prev.constScanLine(y), widthBytes, joined.scanLine(y));
            for (int y = 0; y < rows; ++y) std::copy_n(image.constScanLine(y), widthBytes, joined.scanLine(prev.height() + y));
            prev = joined;
            rows_.last().marker = QStringLiteral("[image %1x%2]").arg(widthDots).arg(joined.height());
            return;
        }
        if (PaperRow* row = marker(QStringLiteral("[image %1x%2]").arg(widthDots).arg(rows), PaperRow::Raster)) {
            row->raster = image;
            row->joinable = true;
        }
    }

    void barcode() {  // GS k m: m 0..6 NUL-terminated, m 65..73 with a length byte
        const int m = byteAt(pos_ + 2);
        if (m < 0) return skip(3);
        qsizetype start = pos_ + 3, end = start;
        if (m <= 6) {
            while (end < in_.size() && in_.at(end) != 0) ++end;
            pos_ = std::min(in_.size(), end + 1);
        } else {
            const int len = std::max(byteAt(pos_ + 3), 0);
            start = pos_ + 4;
            end = std::min(in_.size(), start + len);
            pos_ = end;
        }
        marker(QStringLiteral("[barcode: %1]").arg(QString::fromLatin1(in_.mid(start, end - start))));
    }

    const QByteArray& in_;
    const PrinterProfile& profile_;
    qsizetype pos_ = 0;
    CodePage page_;
    TextRun style_;
    Align align_ = Align::Left;
    QList<TextRun> line_;
    QList<PaperRow> rows_;
    QByteArray qrData_;
    int qrModule_ = 3;
    QrErrorLevel qrLevel_ = QrErrorLevel::L;
    bool cutShort_ = false;
};

QString textOf(const PaperRow& row, int columns) {
    QString text;
    int cells = 0;
    if (row.kind != PaperRow::Text) {
        text = row.marker;
        cells = static_cast<int>(text.size());
    } else {
        for (const TextRun& r : row.runs) text += r.text;
        cells = row.cells;
    }
    const int free = std::max(0, columns - cells);
    const int pad = row.align == Align::Center ? free / 2 : row.align == Align::Right ? free : 0;
    QString line = QString(pad, u' ') + text;
    while (line.endsWith(u' ')) line.chop(1);  // trailing spaces are invisible on paper
    return line;
}

}  // namespace

RenderedReceipt EscPosRenderer::render(const QByteArray& bytes, const PrinterProfile& profile, bool withImage) {
    RenderedReceipt out;
    out.rasterOnly = profile.rasterOnly;
    const QList<PaperRow> rows = profile.rasterOnly ? readStarGraphic(bytes, profile, out) : Parser(bytes, profile).run(out);
    for (const PaperRow& row : rows) out.lines.append(textOf(row, profile.columns));
    if (withImage) out.image = ReceiptPainter::paint(rows, profile);
    return out;
}

QList<PaperRow> EscPosRenderer::readRows(const QByteArray& bytes, const PrinterProfile& profile) {
    RenderedReceipt ignored;
    return profile.rasterOnly ? readStarGraphic(bytes, profile, ignored) : Parser(bytes, profile).run(ignored);
}

}  // namespace ak::dev
