#pragma once
// One read from any token reader: a scanned barcode or QR code, or an NFC tag's UID.

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace ak::dev {

struct TokenRead {
    enum class Kind { Barcode, Qr, Nfc };
    Kind kind = Kind::Barcode;
    QString symbology;  // "EAN-13", "Code128", "QR", "ISO14443A" ... as far as the reader tells
    QString text;       // what was read, as text (NFC: the UID in upper-case hex)
    QByteArray raw;     // the bytes as they came (NFC: the UID bytes)
    QString readerId;   // which reader: lets the kiosk tell its scanner from the till's
    bool operator==(const TokenRead&) const = default;
};

}  // namespace ak::dev

Q_DECLARE_METATYPE(ak::dev::TokenRead)
