#pragma once
// The device rig's hardware: a café's USB receipt printer, keyboard-wedge scanner and NFC reader,
// emulated as the driver suites emulate them (tests/support/emulated) — an Epson TM-T88V (04b8:0202)
// in a umockdev testbed, a wedge scanner on /dev/input/eventN in the same testbed, and a private
// pcscd with vpcd's reader and a virtual card. Programs started with environment() see them as
// real: libusb, udev and evdev through umockdev's preload library, PC/SC through pcscd's socket.
//
// Everything that can go wrong throws std::runtime_error with what went wrong.

#include "tests/support/emulated/PrivatePcscd.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace aktest {
class EmulatedScanner;
class FakeUsbDevice;
class UsbTestbed;
}  // namespace aktest

namespace ak::rig {

class RigHardware {
public:
    // What is missing on this machine for the rig ("" when nothing is): umockdev, pcscd, vpcd.
    static QString missingTools();

    // Everything plugged in. Call before anything in this process talks PC/SC (PCSCLITE_CSOCK_NAME).
    RigHardware();
    ~RigHardware();
    RigHardware(const RigHardware&) = delete;
    RigHardware& operator=(const RigHardware&) = delete;

    // For the programs that are to use the devices: `base` with umockdev's preload library and
    // testbed, and pcscd's socket.
    QProcessEnvironment environment(QProcessEnvironment base = QProcessEnvironment::systemEnvironment()) const;
    // The [devices] part of a café's configuration naming these devices ("door-nfc" is the NFC
    // reader's id, "scanner" the wedge scanner's).
    static QString devicesConfig();

    // Everything the printer has been sent since it was first plugged in (unplugging keeps it).
    QByteArray printed() const;

    bool printerPlugged() const { return printerPlugged_; }
    void plugPrinter(bool plugged);
    void plugScanner(bool plugged);
    // vpcd's readers cannot come and go while pcscd runs: the reader unplugged is pcscd started
    // again without it, plugged in again is pcscd started with it (PrivatePcscd::restart).
    void plugNfcReader(bool plugged);

    // The scanner reads `code` (typed on the Norwegian layout the configuration names).
    void scan(const QString& code);
    // A card with this UID (hex) is held to the NFC reader; takeCardAway() lifts it off.
    void holdCard(const char* uidHex);
    void takeCardAway();

private:
    std::unique_ptr<QTemporaryDir> pcscRun_;
    std::unique_ptr<aktest::PrivatePcscd> pcscd_;
    std::unique_ptr<aktest::VirtualCard> card_;
    std::unique_ptr<aktest::UsbTestbed> usb_;
    aktest::FakeUsbDevice* printer_ = nullptr;
    std::unique_ptr<aktest::EmulatedScanner> scanner_;
    bool printerPlugged_ = true;
};

}  // namespace ak::rig
