#pragma once
// A token reader that tests and the demo drive by hand: scan(text) as if a code was read. With
// typing on (the demo's [devices.scanner] typing = true), a person at the demo can be the scanner:
// what is typed on the keyboard into the app's window (not into a text field) and ended with Enter
// is read as a code, and Ctrl+V reads the clipboard — so every flow of the walkthrough can be done
// by hand with the codes of the cards the demo printed (its print-outs folder).

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

    // Unplugged, the scanner does what a real one does: an enabled one reports NotFound and stops
    // reading, and it cannot be opened until it is plugged back in (SimulatedHardware does both and
    // tells the device manager, as a device monitor would).
    void setPlugged(bool plugged);
    bool plugged() const { return plugged_; }

    // Reads codes typed on the keyboard (see above). Needs a QGuiApplication.
    void setTyping(bool on);
    bool typing() const { return typing_; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    DeviceResult openDevice() override;

private:
    QString readerId_;
    bool typing_ = false;
    bool plugged_ = true;
    QString typed_;
};

}  // namespace ak::dev
