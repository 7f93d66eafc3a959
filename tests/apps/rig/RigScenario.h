#pragma once
// What `ak-device-rig check` does (issue 12, "Done when"): a new café with USB printer, wedge
// scanner and NFC reader configured and emulated (RigHardware), then
//   1. the till (its walkthrough tests/apps/rig/till.walk): a sale whose receipt comes out of the
//      USB printer, a free coffee card printed there and its chip bound through the NFC reader, and
//      on the Devices page each device unplugged and plugged back in (the test page printed after);
//   2. the kiosk (kiosk.walk): the card redeemed by its printed code on the scanner and by its chip
//      on the NFC reader, each with its serving slip printed; the printer and then both readers
//      unplugged and plugged back in, and a card read and a slip printed after;
//   3. `aktivkafe devices watch`: the scans and the chip it prints, and the devices unplugged and
//      plugged back in.
// Any step that does not happen ends the check with what was expected; the apps' logs and
// screenshots stay in the output folder.

#include <QString>

#include <memory>

namespace ak::rig {

class RigHardware;
class RigProcess;

class RigScenario {
public:
    // bin: the folder of aktivkafe, aktivkafe-kiosk and aktivkafe-pos; out: for the café, logs
    // and screenshots (emptied first).
    RigScenario(QString bin, QString out);
    ~RigScenario();

    // Throws std::runtime_error at the first step that failed.
    void run();

private:
    void makeCafe();
    QString shots() const { return out_ + QStringLiteral("/screens"); }
    std::unique_ptr<RigProcess> startApp(const QString& name, const QString& program);
    void till();
    void kiosk();
    void watch();
    // Waits until the printer has been sent `text` `count` times in all.
    void waitPrinted(const QByteArray& text, int count, int ms = 10000);
    void step(const QString& what);

    const QString bin_;
    const QString out_;
    std::unique_ptr<RigHardware> hardware_;
    QString cardCode_;  // the card the till printed, as its QR code and text say
};

}  // namespace ak::rig
