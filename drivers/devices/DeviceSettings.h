#pragma once
// What the configuration says about each device, in driver terms (no café knowledge).
// Filled by core's configuration loader; consumed by the device factories.

#include <QString>

namespace ak::dev {

struct PrinterSettings {
    enum class Kind { Simulated, Usb, Tcp, Cups };
    Kind kind = Kind::Simulated;
    QString profile = QStringLiteral("generic-80");  // a PrinterProfile id
    // simulated: where every job is written as .bin, .txt and .png (empty: keep in memory only)
    QString outputDirectory;
    // usb: vendor/product id, optional serial to pick one of several
    quint16 usbVendorId = 0;
    quint16 usbProductId = 0;
    QString usbSerial;
    // tcp: raw ESC/POS on port 9100
    QString host;
    quint16 port = 9100;
    // cups: name of a raw queue
    QString cupsQueue;
    QString cupsServer;  // empty: the default server
    int jobTimeoutMs = 30000;
    // The drawer's switch on pin 3 of the kick-out connector: is there one, and does "high" mean open?
    bool drawerSensor = true;
    bool drawerOpenWhenHigh = true;
};

// One token reader: [devices.scanner] (id "scanner") or one [[devices.reader]] entry.
struct ScannerSettings {
    enum class Kind { Simulated, Keyboard, HidPos, Nfc };
    Kind kind = Kind::Simulated;
    QString id = QStringLiteral("scanner");  // names the reader in logs, on the Devices page, in each TokenRead
    QString evdevPath;  // keyboard: the scanner's own /dev/input/eventN (or by-id link)
    QString layout = QStringLiteral("no");  // keyboard: the layout the scanner types on: "no", "dk", "us"
    bool grab = true;   // keyboard: take the device so scans do not type into other apps
    QString hidrawPath; // hidpos: the scanner's /dev/hidrawN (or a udev symlink)
    QString readerName; // nfc: part of the PC/SC reader's name ("ACR122"); empty: every reader
    bool typing = false; // simulated: codes typed on the keyboard into the app are read (the demo)
};

}  // namespace ak::dev
