#pragma once
// A token reader that tests and the demo drive by hand: scan(text) as if a code was read.

#include "drivers/devices/TokenReader.h"

namespace ak::dev {

class SimulatedScanner : public TokenReader {
    Q_OBJECT
public:
    explicit SimulatedScanner(QString readerId = QStringLiteral("sim-scanner"), QObject* parent = nullptr);
    ~SimulatedScanner() override;

    QString readerId() const override { return readerId_; }
    QString description() const override;
    // Emits tokenRead (and dataReceived) if enabled; InvalidState otherwise, like a real reader
    // whose reads are dropped while disabled. symbology empty: "QR" for Qr, "Code128" for
    // Barcode, "ISO14443A" for Nfc. For Nfc, text is the UID in hex and raw the UID bytes.
    DeviceResult scan(const QString& text, TokenRead::Kind kind = TokenRead::Kind::Qr, const QString& symbology = {});

private:
    QString readerId_;
};

}  // namespace ak::dev
