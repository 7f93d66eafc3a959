#pragma once
// A print document as the paper shows it (generic 80 mm printer, font A: 48 columns), and the lines
// a test expects, written out: for the receipt and X/Z suites that compare paper line by line.

#include "drivers/print/EscPosEncoder.h"
#include "drivers/sim/EscPosRenderer.h"

#include <QString>
#include <QStringList>

namespace ak::test::paper {

// The document encoded for generic-80 and read back by the simulator's renderer.
inline QStringList rendered(const dev::PrintDocument& doc) {
    const dev::PrinterProfile p = *dev::PrinterProfile::byId(QStringLiteral("generic-80"));
    return dev::EscPosRenderer::render(dev::EscPosEncoder::encode(doc, p), p, false).lines;
}

// Amounts are formatted with a no-break space ("kr~12,50" never wraps); '~' stands for it here.
inline QString nb(const char* s) { return QString::fromUtf8(s).replace(u'~', QChar(0x00A0)); }

constexpr int kWidth = 48;  // generic-80, font A
// A two-column line as the paper shows it: the right text flush right.
inline QString row(const char* left, const char* right) {
    const QString l = nb(left), r = nb(right);
    return l + QString(kWidth - l.size() - r.size(), u' ') + r;
}
// A centred line; double-width letters take two cells each.
inline QString centred(const char* text, bool doubleWidth = false) {
    const QString t = nb(text);
    return QString((kWidth - t.size() * (doubleWidth ? 2 : 1)) / 2, u' ') + t;
}
inline const QString kRule(kWidth, u'-');

}  // namespace ak::test::paper
