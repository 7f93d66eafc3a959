#include "core/compliance/SignatureText.h"

#include <cstdlib>

namespace ak::compliance {

QString amountText(qint64 minor) {
    const qint64 a = minor < 0 ? -minor : minor;
    return QStringLiteral("%1%2.%3").arg(minor < 0 ? QStringLiteral("-") : QString()).arg(a / 100).arg(a % 100, 2, 10, QLatin1Char('0'));
}

QByteArray signedText(const SignedFields& f) {
    return QStringLiteral("%1;%2;%3;%4;%5;%6")
        .arg(f.previousSignature.isEmpty() ? QStringLiteral("0") : f.previousSignature, f.date, f.time, f.nr,
             f.amountIn, f.amountEx)
        .toUtf8();
}

QByteArray signedText(const ChainLink& link) {
    const QDateTime local = link.at.toTimeZone(link.zone);
    return signedText(SignedFields{link.previousSignature, local.date().toString(QStringLiteral("yyyy-MM-dd")),
                                   local.time().toString(QStringLiteral("HH:mm:ss")),
                                   QString::number(link.receiptNumber), amountText(link.amountInMinor),
                                   amountText(link.amountExMinor)});
}

}  // namespace ak::compliance
