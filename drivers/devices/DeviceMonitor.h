#pragma once
// Tells when hardware is plugged in or taken away. Implementations: UdevMonitor (udev/: evdev and
// hidraw nodes, for scanners), UsbHotplug (usb/: receipt printers through libusb's hot-plug) and,
// for tests and the demo, whatever a test emits through announce(). The device manager listens to
// every monitor of its app and starts a device again the moment its hardware is back; a device that
// goes away notices that itself (its reads or writes fail), so the monitors only hurry arrivals.
//
// PC/SC readers need no monitor here: PcscReader waits for reader arrival and removal itself.

#include <QObject>
#include <QString>
#include <QStringList>

namespace ak::dev {

struct DeviceEvent {
    enum class Action { Added, Removed };
    // What the hardware is to the café (a keyboard and a wedge scanner look alike: Scanner).
    enum class Family { Printer, Scanner, CardReader };

    Action action = Action::Added;
    Family family = Family::Scanner;
    QString node;         // "/dev/input/event5", "/dev/hidraw1", a USB port "1-2", a PC/SC reader name
    QStringList aliases;  // the node's other names: /dev/input/by-id/… links
    quint16 vendorId = 0;
    quint16 productId = 0;
    QString serial;
    QString name;  // "Honeywell 1450g", as the device calls itself; may be empty

    // "scanner plugged in: /dev/input/event5 (0c2e:0b61 Honeywell 1450g)", for logs and `devices watch`.
    QString describe() const;
    // Whether `path` (a configured node or one of its links) is this device.
    bool isNode(const QString& path) const { return path == node || aliases.contains(path); }
};

class DeviceMonitor : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    // Starts watching; false (with the reason in the log) when this kind of watching is not possible
    // here. A monitor may announce the devices already present as arrivals (UsbHotplug does): an
    // arrival of hardware whose device already works changes nothing.
    virtual bool start() = 0;
    virtual QString description() const = 0;

signals:
    void deviceEvent(const ak::dev::DeviceEvent& event);
};

}  // namespace ak::dev

Q_DECLARE_METATYPE(ak::dev::DeviceEvent)
