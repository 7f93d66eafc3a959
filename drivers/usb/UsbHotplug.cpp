// USB hot-plug through libusb: the worker that waits for udev's news and the monitor's signals.
#include "drivers/usb/UsbHotplug.h"

#include "drivers/Logging.h"
#include "drivers/usb/UsbLibusb.h"

#include <atomic>
#include <map>
#include <thread>
#include <vector>

namespace ak::dev {

// Owns a libusb context with one hot-plug callback. The callback only queues devices: libusb does
// not allow opening them (to read the serial) from inside it, so that happens after the event
// handling returns, still on the worker.
class UsbHotplug::Worker {
public:
    Worker(UsbHotplug* owner, bool printersOnly) : owner_(owner), printersOnly_(printersOnly) {}

    ~Worker() {
        if (!ctx_) return;
        stopping_ = true;
        libusb_interrupt_event_handler(ctx_);
        if (thread_.joinable()) thread_.join();
        libusb_hotplug_deregister_callback(ctx_, handle_);
        for (auto& [device, identity] : known_) libusb_unref_device(device);
        for (auto& [device, arrived] : pending_) libusb_unref_device(device);
        libusb_exit(ctx_);
    }

    bool start() {
        if (const int rc = libusb_init(&ctx_); rc != 0) {
            qCWarning(lcUsb) << "hot-plug: cannot start libusb:" << usb::errorText(rc);
            ctx_ = nullptr;
            return false;
        }
        // ENUMERATE: the devices already there come through the same callback, before this returns.
        const int rc = libusb_hotplug_register_callback(
            ctx_,
            static_cast<libusb_hotplug_event>(LIBUSB_HOTPLUG_EVENT_DEVICE_ARRIVED | LIBUSB_HOTPLUG_EVENT_DEVICE_LEFT),
            LIBUSB_HOTPLUG_ENUMERATE, LIBUSB_HOTPLUG_MATCH_ANY, LIBUSB_HOTPLUG_MATCH_ANY, LIBUSB_HOTPLUG_MATCH_ANY,
            &Worker::callback, this, &handle_);
        if (rc != 0) {
            qCWarning(lcUsb) << "hot-plug: cannot register:" << usb::errorText(rc);
            libusb_exit(ctx_);
            ctx_ = nullptr;
            return false;
        }
        thread_ = std::thread([this] { run(); });
        return true;
    }

private:
    static int LIBUSB_CALL callback(libusb_context*, libusb_device* device, libusb_hotplug_event event, void* self) {
        auto* w = static_cast<Worker*>(self);
        w->pending_.emplace_back(libusb_ref_device(device), event == LIBUSB_HOTPLUG_EVENT_DEVICE_ARRIVED);
        return 0;  // stay registered
    }

    void run() {
        process();  // what ENUMERATE queued during registration
        while (!stopping_) {
            timeval tv{1, 0};  // bounds a missed stop; interrupt_event_handler is what wakes it
            libusb_handle_events_timeout_completed(ctx_, &tv, nullptr);
            process();
        }
    }

    void process() {
        std::vector<std::pair<libusb_device*, bool>> events;
        events.swap(pending_);
        for (auto& [device, arrivedNow] : events) {
            if (arrivedNow)
                arrived(device);
            else
                left(device);
            libusb_unref_device(device);
        }
    }

    void arrived(libusb_device* device) {
        if (known_.count(device)) return;
        libusb_device_descriptor dd{};
        if (libusb_get_device_descriptor(device, &dd) != 0) return;
        UsbPrinterInfo info;
        info.identity = usb::identityOf(device, dd);
        info.vendorName = knownReceiptPrinterVendor(dd.idVendor, dd.idProduct);
        if (auto summary = usb::summarize(device)) info.printerInterface = findPrinterInterface(*summary, false);
        info.kind = info.printerInterface ? info.printerInterface->kind : UsbPrinterKind::None;
        if (printersOnly_ && !info.printerInterface) return;
        libusb_device_handle* handle = nullptr;
        if (libusb_open(device, &handle) == 0) {
            info.readable = true;
            info.manufacturer = usb::readString(handle, dd.iManufacturer);
            info.product = usb::readString(handle, dd.iProduct);
            info.identity.serial = usb::readString(handle, dd.iSerialNumber);
            libusb_close(handle);
        }
        known_.emplace(libusb_ref_device(device), info.identity);
        qCInfo(lcUsb) << "hot-plug: arrived" << info.identity.description() << toString(info.kind);
        QMetaObject::invokeMethod(
            owner_,
            [owner = owner_, info] {
                emit owner->arrived(info);
                const QString name = QStringList{info.manufacturer, info.product}.join(u' ').trimmed();
                emit owner->deviceEvent(UsbHotplug::event(DeviceEvent::Action::Added, info.identity, name));
            },
            Qt::QueuedConnection);
    }

    void left(libusb_device* device) {
        const auto it = known_.find(device);
        if (it == known_.end()) return;  // not one we announced
        const UsbDeviceIdentity identity = it->second;
        libusb_unref_device(it->first);
        known_.erase(it);
        qCInfo(lcUsb) << "hot-plug: left" << identity.description();
        QMetaObject::invokeMethod(
            owner_,
            [owner = owner_, identity] {
                emit owner->left(identity);
                emit owner->deviceEvent(UsbHotplug::event(DeviceEvent::Action::Removed, identity));
            },
            Qt::QueuedConnection);
    }

    UsbHotplug* const owner_;
    const bool printersOnly_;
    libusb_context* ctx_ = nullptr;
    libusb_hotplug_callback_handle handle_ = 0;
    std::thread thread_;
    std::atomic<bool> stopping_{false};
    // The worker's alone (the callback runs on it, inside libusb's event handling).
    std::vector<std::pair<libusb_device*, bool>> pending_;
    std::map<libusb_device*, UsbDeviceIdentity> known_;  // holds a reference to each device
};

UsbHotplug::UsbHotplug(bool printersOnly, QObject* parent) : DeviceMonitor(parent), printersOnly_(printersOnly) {
    qRegisterMetaType<UsbPrinterInfo>();
    qRegisterMetaType<UsbDeviceIdentity>();
}

UsbHotplug::~UsbHotplug() { stop(); }

DeviceEvent UsbHotplug::event(DeviceEvent::Action action, const UsbDeviceIdentity& identity, const QString& name) {
    DeviceEvent e;
    e.action = action;
    e.family = DeviceEvent::Family::Printer;
    e.node = identity.portPath;
    e.vendorId = identity.vendorId;
    e.productId = identity.productId;
    e.serial = identity.serial;
    e.name = name;
    return e;
}

bool UsbHotplug::isSupported() { return libusb_has_capability(LIBUSB_CAP_HAS_HOTPLUG) != 0; }

bool UsbHotplug::start() {
    if (worker_) return true;
    if (!isSupported()) {
        qCWarning(lcUsb) << "hot-plug: this libusb cannot report USB devices coming and going";
        return false;
    }
    auto worker = std::make_unique<Worker>(this, printersOnly_);
    if (!worker->start()) return false;
    worker_ = std::move(worker);
    return true;
}

void UsbHotplug::stop() { worker_.reset(); }

}  // namespace ak::dev
