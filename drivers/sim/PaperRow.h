#pragma once
// One printed row as the renderer understood it: a line of styled text, or a picture, QR code,
// cut or other marker. Shared by EscPosRenderer (parses bytes into rows) and ReceiptPainter.

#include "drivers/print/PrintDocument.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QString>

namespace ak::dev {

struct TextRun {
    QString text;
    bool bold = false;
    bool underline = false;
    bool doubleWidth = false;
    bool doubleHeight = false;
    bool sameStyle(const TextRun& o) const {
        return bold == o.bold && underline == o.underline && doubleWidth == o.doubleWidth &&
               doubleHeight == o.doubleHeight;
    }
};

struct PaperRow {
    enum Kind { Text, Marker, Qr, Raster, Cut };
    Kind kind = Text;
    Align align = Align::Left;
    QList<TextRun> runs;  // Text
    int cells = 0;        // Text: character cells used (double width counts 2)
    QString marker;       // the text form of everything but Text
    QByteArray qrData;    // Qr
    int qrModule = 3;
    QrErrorLevel qrLevel = QrErrorLevel::L;
    QImage raster;        // Raster, Format_Mono, 1 = ink
    bool joinable = false;  // Raster: a following band of the same width continues this picture
};

}  // namespace ak::dev

// Every member is relocatable (Qt's implicitly shared types, plain values): a growing list of rows
// moves them with memmove instead of copying each (a third of the reader's time on long receipts).
Q_DECLARE_TYPEINFO(ak::dev::TextRun, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(ak::dev::PaperRow, Q_RELOCATABLE_TYPE);
