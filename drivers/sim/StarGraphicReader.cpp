#include "drivers/sim/StarGraphicReader.h"

#include "drivers/Logging.h"
#include "drivers/print/StarGraphicCommands.h"

#include <algorithm>

namespace ak::dev {

namespace {

// Star Graphic mode as a TSP100-class printer reads it (see StarGraphicCommands.h). Only raster
// lines ("b n1 n2 data", in raster mode) put ink on paper; everything else is a setting or nothing.
// Lines collect into one picture until a form feed, the end of the document or leaving raster
// mode, which is when the printer feeds, cuts and opens drawers as its FF / EOT modes say.
// Not known and so guessed here: what the printer does before ESC * r E / F are sent (taken as:
// the end of the document cuts partially, a form feed does not cut, as tsp100-print observed),
// and that ESC * r B with lines still pending ends the document (as two independent encoders
// rely on).
class StarParser {
public:
    StarParser(const QByteArray& bytes, const PrinterProfile& profile)
        : in_(bytes), widthBytes_(std::clamp((profile.dotsPerLine + 7) / 8, 1, 1024)) {}

    QList<PaperRow> run(RenderedReceipt& out) {
        while (pos_ < in_.size()) step(out);
        endPicture();
        if (cutShort_) {
            PaperRow row;
            row.kind = PaperRow::Marker;
            row.marker = QStringLiteral("[cut short: more than %1 dots]").arg(kMaxDots);
            rows_.append(row);
        }
        return std::move(rows_);
    }

private:
    // Room for the picture and its markers; the painter stops there too (ReceiptPainter::kMaxHeight).
    static constexpr int kMaxDots = ReceiptPainter::kMaxHeight - 16;
    static constexpr int kDefaultEot = star::kPartialCut;
    static constexpr int kDefaultFf = star::kNoCut;

    int byteAt(qsizetype i) const { return i < in_.size() ? static_cast<uchar>(in_.at(i)) : -1; }
    void skip(qsizetype n) { pos_ = std::min(in_.size(), pos_ + n); }

    void step(RenderedReceipt& out) {
        const int b = byteAt(pos_);
        if (b == star::ESC) return escape(out);
        if (raster_ && b == star::kRasterLine) return rasterLine();
        ++pos_;  // text, ESC/POS parameters, EOT, ETB: a raster-only printer prints nothing for them
    }

    void escape(RenderedReceipt& out) {
        const int c = byteAt(pos_ + 1);
        if (c == '@') {
            resetSettings();
            return skip(2);
        }
        if (c == '*' && byteAt(pos_ + 2) == 'r') return rasterCommand(out);
        if (c == star::FF) {
            const int n = byteAt(pos_ + 2);
            skip(3);
            if (n == star::EOT) return endOfDocument(out);
            if (n == star::NUL) return pageEnd(out, ffMode_);
            return;
        }
        skip(2);  // other Star commands (ESC RS, ESC GS, ESC ACK SOH, ...): their parameters are ignored bytes
    }

    void rasterCommand(RenderedReceipt& out) {
        const int letter = byteAt(pos_ + 3);
        switch (letter) {
        case 'R': resetSettings(); return skip(4);
        case 'A': raster_ = true; return skip(4);
        case 'C': lines_.clear(); lineCount_ = 0; return skip(4);
        case 'B':
            skip(4);
            if (lineCount_ > 0) endOfDocument(out);
            raster_ = false;
            return;
        default: break;
        }
        // ESC * r <letter> [letter] digits NUL: find the NUL within a short distance; garbage without
        // one is skipped a byte at a time by the caller's loop.
        qsizetype end = pos_ + 4;
        while (end < in_.size() && end < pos_ + 12 && in_.at(end) != star::NUL) ++end;
        if (byteAt(end) != star::NUL) return skip(4);
        const QByteArray digits = in_.mid(pos_ + 4, end - pos_ - 4);
        bool ok = false;
        const int n = digits.toInt(&ok);
        skip(end + 1 - pos_);
        if (!ok) return;
        if (letter == 'E') eotMode_ = n;
        else if (letter == 'F') ffMode_ = n;
        else if (letter == 'D') drawers_ = n;
        else if (letter == 'Y' && raster_) addBlankLines(n);
        // P (page length), Q (quality), T (top margin), m l / m r (margins): nothing to draw
    }

    void rasterLine() {
        const int n = std::max(byteAt(pos_ + 1), 0) + 256 * std::max(byteAt(pos_ + 2), 0);
        const qsizetype dataAt = pos_ + 3;
        skip(3 + qsizetype(n));
        if (!room(1)) return;
        // Dots past the print width are dropped, a short line is white to the right.
        QByteArray line(widthBytes_, '\0');
        const qsizetype available = std::clamp<qsizetype>(in_.size() - dataAt, 0, std::min(n, widthBytes_));
        std::copy_n(in_.constData() + dataAt, available, line.data());
        lines_ += line;
        ++lineCount_;
    }

    void addBlankLines(int n) {
        n = std::min(n, kMaxDots);
        if (n <= 0 || !room(n)) return;
        lines_ += QByteArray(qsizetype(n) * widthBytes_, '\0');
        lineCount_ += n;
    }

    bool room(int dots) {
        if (used_ + lineCount_ + dots <= kMaxDots) return true;
        cutShort_ = true;
        return false;
    }

    // The lines so far become one picture row.
    void endPicture() {
        if (lineCount_ == 0) return;
        QImage image(widthBytes_ * 8, lineCount_, QImage::Format_Mono);
        image.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
        for (int y = 0; y < lineCount_; ++y)
            std::copy_n(lines_.constData() + qsizetype(y) * widthBytes_, widthBytes_, image.scanLine(y));
        PaperRow row;
        row.kind = PaperRow::Raster;
        row.align = Align::Center;
        row.raster = image;
        row.marker = QStringLiteral("[image %1x%2]").arg(image.width()).arg(image.height());
        rows_.append(row);
        used_ += lineCount_;
        lines_.clear();
        lineCount_ = 0;
    }

    void marker(const QString& text, PaperRow::Kind kind) {
        if (used_ + ReceiptPainter::kLineDots > kMaxDots) {
            cutShort_ = true;
            return;
        }
        PaperRow row;
        row.kind = kind;
        row.align = Align::Center;
        row.marker = text;
        rows_.append(row);
        used_ += ReceiptPainter::kLineDots;
    }

    // The picture so far is printed and fed; then the cut the mode asks for.
    void pageEnd(RenderedReceipt& out, int mode) {
        endPicture();
        const bool full = mode == 8 || mode == 9;
        const bool partial = mode == 12 || mode == 13;
        if (!full && !partial) return;  // 1 no cut, 2 feed to the cutter, 3 tear bar, ...
        ++out.cuts;
        marker(full ? QStringLiteral("--- cut ---") : QStringLiteral("--- partial cut ---"), PaperRow::Cut);
    }

    void endOfDocument(RenderedReceipt& out) {
        pageEnd(out, eotMode_);
        // Drawer 1 is the connector's pin 2, drawer 2 pin 5 (our mapping, see PrinterProfile.cpp).
        if (drawers_ & 1) {
            ++out.drawerPulses;
            marker(QStringLiteral("[drawer pulse pin 2]"), PaperRow::Marker);
        }
        if (drawers_ & 2) {
            ++out.drawerPulses;
            marker(QStringLiteral("[drawer pulse pin 5]"), PaperRow::Marker);
        }
    }

    void resetSettings() {
        eotMode_ = kDefaultEot;
        ffMode_ = kDefaultFf;
        drawers_ = 0;
    }

    const QByteArray& in_;
    const int widthBytes_;
    qsizetype pos_ = 0;
    bool raster_ = false;
    int eotMode_ = kDefaultEot;
    int ffMode_ = kDefaultFf;
    int drawers_ = 0;
    QByteArray lines_;   // pending dot lines, widthBytes_ each
    int lineCount_ = 0;
    int used_ = 0;       // dots of the rows already made
    bool cutShort_ = false;
    QList<PaperRow> rows_;
};

}  // namespace

QList<PaperRow> readStarGraphic(const QByteArray& bytes, const PrinterProfile& profile, RenderedReceipt& out) {
    return StarParser(bytes, profile).run(out);
}

}  // namespace ak::dev
