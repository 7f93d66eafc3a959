#pragma once
// Tells when USB printers are plugged in or taken away, with a stable identity (VID:PID, serial,
// port path), so the device manager can reconnect a printer that came back or offer a new one.
//
// libusb's hot-plug notifications (udev underneath) on a worker thread of its own, like the
// transport: the worker waits in libusb's event handling; the signals are emitted on the monitor's
// thread. Devices present at start() are announced as arrivals too, so a listener needs no
// separate scan. A device's serial is read when it arrives (that needs it opened: without
// permission it stays empty) and remembered, because a device that has left can no longer be asked.

#include "drivers/devices/DeviceMonitor.h"
#include "drivers/usb/UsbPrinters.h"

#include <memory>

namespace ak::dev {

class UsbHotplug : public DeviceMonitor {
    Q_OBJECT
public:
    // printersOnly: announce only devices findPrinterInterface() takes for printers.
    explicit UsbHotplug(bool printersOnly = true, QObject* parent = nullptr);
    ~UsbHotplug() override;

    // Whether this libusb can report hot-plug at all (it can on Linux with udev or netlink).
    static bool isSupported();
    // Starts watching; false (and the reason in the log) when libusb cannot. Idempotent.
    bool start() override;
    void stop();
    QString description() const override { return QStringLiteral("USB hot-plug (libusb)"); }
    bool isRunning() const { return worker_ != nullptr; }

    // What deviceEvent says for these (family Printer, node the port path).
    static DeviceEvent event(DeviceEvent::Action action, const UsbDeviceIdentity& identity, const QString& name = {});

signals:
    // Also announced as deviceEvent.
    void arrived(const ak::dev::UsbPrinterInfo& device);
    void left(const ak::dev::UsbDeviceIdentity& identity);

public:
    class Worker;  // in the .cpp

private:
    friend class Worker;
    const bool printersOnly_;
    std::unique_ptr<Worker> worker_;
};

}  // namespace ak::dev

Q_DECLARE_METATYPE(ak::dev::UsbPrinterInfo)
Q_DECLARE_METATYPE(ak::dev::UsbDeviceIdentity)
