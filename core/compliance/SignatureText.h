#pragma once
// What a Norwegian cash register signs for each cash transaction (kassasystemforskriften § 2-6 and
// the SAF-T Cash Register documentation), one chain per register and per kind of receipt (training
// receipts have their own):
//
//   previousSignature;transDate;transTime;nr;transAmntIn;transAmntEx
//
//   previousSignature  the base64 signature of the previous transaction in the same chain, "0" first
//   transDate          the transaction's local date in the café's time zone, YYYY-MM-DD
//   transTime          its local time, HH:MM:SS
//   nr                 the receipt number
//   transAmntIn        the amount including VAT, two decimals and a dot, "-" before a return's
//   transAmntEx        the amount excluding VAT, the same way
//
// e.g. "0;2020-01-01;09:00:00;1000;86.40;75.12". The text is UTF-8 (it is ASCII in practice).
// Used by the signer when a sale is written and by `aktivkafe saft verify` when it is checked, so
// both read exactly the same bytes.

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace ak::compliance {

struct ChainLink {
    QString previousSignature;  // empty for the first of the chain ("0" is written)
    QDateTime at;               // when the sale was completed (any time spec; shown in `zone`)
    QTimeZone zone;             // the café's
    qint64 receiptNumber = 0;
    qint64 amountInMinor = 0;   // including VAT, minor units (øre); negative for a return
    qint64 amountExMinor = 0;   // excluding VAT
};

QByteArray signedText(const ChainLink& link);

// The same text from its parts as they are written in a SAF-T file (transDate, transTime, nr,
// transAmntIn, transAmntEx): how `aktivkafe saft verify` rebuilds what was signed from an export.
struct SignedFields {
    QString previousSignature;  // empty for the first of the chain ("0" is written)
    QString date, time, nr, amountIn, amountEx;
};
QByteArray signedText(const SignedFields& fields);

// "86.40", "-12.50", "0.00": an amount in minor units as SAF-T and the signed text write it.
QString amountText(qint64 minor);

}  // namespace ak::compliance
