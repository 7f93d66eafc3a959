#pragma once
// Scanners plugged in and taken away, from udev: evdev nodes (/dev/input/eventN: keyboard-wedge
// scanners, and every keyboard, which looks the same) and hidraw nodes (HID POS scanners). What Qt's
// own evdev support uses too: libudev's monitor socket on a QSocketNotifier, so nothing polls.
//
// Only "add" and "remove" are announced; the node's /dev/input/by-id links come as aliases, so a
// reader configured by its by-id path recognises its scanner.

#include "drivers/devices/DeviceMonitor.h"

#include <memory>

class QSocketNotifier;
struct udev;
struct udev_monitor;

namespace ak::dev {

class UdevMonitor : public DeviceMonitor {
    Q_OBJECT
public:
    explicit UdevMonitor(QObject* parent = nullptr);
    ~UdevMonitor() override;

    bool start() override;
    QString description() const override { return QStringLiteral("udev (input, hidraw)"); }

private:
    void receive();

    udev* udev_ = nullptr;
    udev_monitor* monitor_ = nullptr;
    std::unique_ptr<QSocketNotifier> notifier_;
};

}  // namespace ak::dev
