#include "drivers/udev/UdevMonitor.h"

#include "drivers/Logging.h"

#include <QSocketNotifier>

#include <libudev.h>

namespace ak::dev {

namespace {

QString property(udev_device* device, const char* name) {
    return QString::fromUtf8(udev_device_get_property_value(device, name));
}

// The event for a device udev reports, or none for what no reader can be (input devices without
// an event node: the parent "inputN" entries, mice's mouseN nodes).
std::optional<DeviceEvent> eventFor(udev_device* device, DeviceEvent::Action action) {
    const QString node = QString::fromUtf8(udev_device_get_devnode(device));
    const QString subsystem = QString::fromUtf8(udev_device_get_subsystem(device));
    if (node.isEmpty()) return std::nullopt;
    if (subsystem == QLatin1String("input") && !node.startsWith(QLatin1String("/dev/input/event"))) return std::nullopt;
    DeviceEvent e;
    e.action = action;
    e.family = DeviceEvent::Family::Scanner;
    e.node = node;
    e.aliases = property(device, "DEVLINKS").split(u' ', Qt::SkipEmptyParts);
    e.vendorId = static_cast<quint16>(property(device, "ID_VENDOR_ID").toUInt(nullptr, 16));
    e.productId = static_cast<quint16>(property(device, "ID_MODEL_ID").toUInt(nullptr, 16));
    e.serial = property(device, "ID_SERIAL_SHORT");
    e.name = QStringList{property(device, "ID_VENDOR"), property(device, "ID_MODEL")}.join(u' ').trimmed().replace(u'_', u' ');
    return e;
}

}  // namespace

UdevMonitor::UdevMonitor(QObject* parent) : DeviceMonitor(parent) { qRegisterMetaType<DeviceEvent>(); }

UdevMonitor::~UdevMonitor() {
    notifier_.reset();
    if (monitor_) udev_monitor_unref(monitor_);
    if (udev_) udev_unref(udev_);
}

bool UdevMonitor::start() {
    if (notifier_) return true;
    udev_ = udev_ ? udev_ : udev_new();
    if (!udev_) {
        qCWarning(lcDevice) << "udev: cannot start; scanners plugged in are found by the periodic retry only";
        return false;
    }
    // "udev": events after udevd has made the node and its links (the kernel's own come before).
    monitor_ = udev_monitor_new_from_netlink(udev_, "udev");
    if (!monitor_ || udev_monitor_filter_add_match_subsystem_devtype(monitor_, "input", nullptr) < 0 ||
        udev_monitor_filter_add_match_subsystem_devtype(monitor_, "hidraw", nullptr) < 0 ||
        udev_monitor_enable_receiving(monitor_) < 0) {
        qCWarning(lcDevice) << "udev: cannot watch input and hidraw devices (no udevd?); scanners plugged in are"
                               " found by the periodic retry only";
        if (monitor_) udev_monitor_unref(monitor_);
        monitor_ = nullptr;
        return false;
    }
    notifier_ = std::make_unique<QSocketNotifier>(udev_monitor_get_fd(monitor_), QSocketNotifier::Read);
    connect(notifier_.get(), &QSocketNotifier::activated, this, &UdevMonitor::receive);
    return true;
}

void UdevMonitor::receive() {
    // The socket is non-blocking: take everything that is there.
    while (udev_device* device = udev_monitor_receive_device(monitor_)) {
        const char* action = udev_device_get_action(device);
        const QLatin1String a(action ? action : "");
        std::optional<DeviceEvent> e;
        if (a == QLatin1String("add")) e = eventFor(device, DeviceEvent::Action::Added);
        else if (a == QLatin1String("remove")) e = eventFor(device, DeviceEvent::Action::Removed);
        udev_device_unref(device);
        if (!e) continue;
        qCInfo(lcDevice) << "udev:" << e->describe();
        emit deviceEvent(*e);
    }
}

}  // namespace ak::dev
