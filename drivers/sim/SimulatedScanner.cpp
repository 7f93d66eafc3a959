#include "drivers/sim/SimulatedScanner.h"

#include "drivers/Logging.h"

namespace ak::dev {

SimulatedScanner::SimulatedScanner(QString readerId, QObject* parent)
    : TokenReader(parent), readerId_(std::move(readerId)) {}

SimulatedScanner::~SimulatedScanner() { (void)close(); }

QString SimulatedScanner::description() const { return QStringLiteral("simulated scanner (%1)").arg(readerId_); }

DeviceResult SimulatedScanner::scan(const QString& text, TokenRead::Kind kind, const QString& symbology) {
    if (DeviceResult r = requireEnabled(QStringLiteral("scan")); !r) return r;
    TokenRead token;
    token.kind = kind;
    token.readerId = readerId_;
    if (kind == TokenRead::Kind::Nfc) {
        token.raw = QByteArray::fromHex(text.toLatin1());
        token.text = QString::fromLatin1(token.raw.toHex().toUpper());
    } else {
        token.text = text;
        token.raw = text.toUtf8();
    }
    token.symbology = !symbology.isEmpty()                ? symbology
                      : kind == TokenRead::Kind::Qr       ? QStringLiteral("QR")
                      : kind == TokenRead::Kind::Barcode  ? QStringLiteral("Code128")
                                                          : QStringLiteral("ISO14443A");
    qCDebug(lcSim) << readerId_ << "read" << token.symbology << token.text;
    emit dataReceived();
    emit tokenRead(token);
    return {};
}

}  // namespace ak::dev
