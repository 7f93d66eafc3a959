// Rows -> picture; see ReceiptPainter.h.
#include "drivers/sim/ReceiptPainter.h"

#include "drivers/Logging.h"
#include "drivers/print/QrRaster.h"

#include <QFont>
#include <QGuiApplication>
#include <QPainter>
#include <QPen>

#include <algorithm>

namespace ak::dev {

namespace {

int rowHeight(const PaperRow& row, const QImage& qr, ReceiptPainter::Mode mode) {
    if (mode == ReceiptPainter::Mode::Paper && (row.kind == PaperRow::Cut || row.kind == PaperRow::Marker)) return 0;
    switch (row.kind) {
    case PaperRow::Text: {
        const bool tall = std::any_of(row.runs.begin(), row.runs.end(), [](const TextRun& r) { return r.doubleHeight; });
        return tall ? 2 * ReceiptPainter::kLineDots : ReceiptPainter::kLineDots;
    }
    case PaperRow::Qr: return qr.isNull() ? ReceiptPainter::kLineDots : qr.height();
    case PaperRow::Raster: return row.raster.height();
    case PaperRow::Cut:
    case PaperRow::Marker: return ReceiptPainter::kLineDots;
    }
    return ReceiptPainter::kLineDots;
}

int leftFor(Align align, int width, int paper) {
    const int free = std::max(0, paper - width);
    return align == Align::Center ? free / 2 : align == Align::Right ? free : 0;
}

}  // namespace

QImage ReceiptPainter::paint(const QList<PaperRow>& rows, const PrinterProfile& profile, Mode mode) {
    const int paper = std::max(profile.dotsPerLine, 8);
    const int cell = std::max(1, paper / std::max(profile.columns, 1));
    // QR images first: their height decides the layout.
    QList<QImage> qrImages;
    int height = 8;
    for (const PaperRow& row : rows) {
        QImage qr;
        if (row.kind == PaperRow::Qr) qr = QrRaster::render(row.qrData, row.qrModule, row.qrLevel).value_or(QImage());
        qrImages.append(qr);
        height += rowHeight(row, qr, mode);
        if (height > kMaxHeight) break;
    }
    height = std::min(height + 8, kMaxHeight);
    QImage image(paper, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    // Fonts exist only with a QGuiApplication; a command-line tool still gets the pictures.
    const bool fonts = qobject_cast<QGuiApplication*>(QCoreApplication::instance()) != nullptr;
    int y = 4;
    for (qsizetype i = 0; i < qrImages.size() && y < height; ++i) {
        const PaperRow& row = rows.at(i);
        const int h = rowHeight(row, qrImages.at(i), mode);
        if (h == 0) continue;
        switch (row.kind) {
        case PaperRow::Text: {
            int x = leftFor(row.align, row.cells * cell, paper);
            for (const TextRun& run : row.runs) {
                const int w = (run.doubleWidth ? 2 : 1) * cell;
                const int runHeight = run.doubleHeight ? 2 * kLineDots : kLineDots;
                if (!fonts) {
                    for (qsizetype c = 0; c < run.text.size(); ++c)
                        if (!run.text.at(c).isSpace())
                            painter.fillRect(x + int(c) * w + 1, y + h - runHeight + 4, w - 2, runHeight - 8, Qt::gray);
                    x += int(run.text.size()) * w;
                    continue;
                }
                QFont font(QStringLiteral("DejaVu Sans Mono"));
                font.setStyleHint(QFont::Monospace);
                font.setPixelSize(20);
                font.setBold(run.bold);
                font.setUnderline(run.underline);
                painter.setFont(font);
                painter.setPen(Qt::black);
                for (qsizetype c = 0; c < run.text.size(); ++c) {
                    painter.save();
                    painter.translate(x + int(c) * w, y + h - runHeight);
                    painter.scale(run.doubleWidth ? 2.0 : 1.0, run.doubleHeight ? 2.0 : 1.0);
                    painter.drawText(QRect(0, 0, cell, kLineDots), Qt::AlignCenter, QString(run.text.at(c)));
                    painter.restore();
                }
                x += int(run.text.size()) * w;
            }
            break;
        }
        case PaperRow::Qr:
            if (!qrImages.at(i).isNull())
                painter.drawImage(leftFor(row.align, qrImages.at(i).width(), paper), y, qrImages.at(i));
            break;
        case PaperRow::Raster:
            painter.drawImage(leftFor(row.align, row.raster.width(), paper), y, row.raster);
            break;
        case PaperRow::Cut: {
            QPen pen(Qt::black, 2, Qt::DashLine);
            painter.setPen(pen);
            painter.drawLine(0, y + h / 2, paper, y + h / 2);
            break;
        }
        case PaperRow::Marker:
            if (fonts) {
                QFont font(QStringLiteral("DejaVu Sans Mono"));
                font.setPixelSize(14);
                font.setItalic(true);
                painter.setFont(font);
                painter.setPen(Qt::darkGray);
                painter.drawText(QRect(0, y, paper, h), Qt::AlignCenter, row.marker);
            }
            break;
        }
        y += h;
    }
    painter.end();
    return image;
}

}  // namespace ak::dev
