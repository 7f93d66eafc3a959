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

struct ScannerSettings {
    enum class Kind { Simulated, Keyboard };
    Kind kind = Kind::Simulated;
    QString evdevPath;  // keyboard: the scanner's own /dev/input/eventN (or by-id link)
    bool grab = true;   // keyboard: take the device so scans do not type into other apps
};

}  // namespace ak::dev
