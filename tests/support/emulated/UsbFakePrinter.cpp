// Emulated USB printers (see UsbFakePrinter.h): umockdev's testbed and an
// ioctl handler that plays usbdevfs for one printer.
#include "tests/support/emulated/UsbFakePrinter.h"

#include <QStringList>

// GLib's headers name a struct member "signals", which Qt (already in the precompiled header) defines
// as a macro.
#undef signals
#include <umockdev.h>
#define signals Q_SIGNALS

#include <cerrno>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

#include <sys/ioctl.h>  // before linux/usbdevice_fs.h, which uses its _IOW macros
#include <linux/usbdevice_fs.h>
#include <unistd.h>

namespace aktest {

namespace {

QString hex4(quint16 v) { return QStringLiteral("%1").arg(v, 4, 16, QLatin1Char('0')); }
QString dev3(int n) { return QStringLiteral("%1").arg(n, 3, 10, QLatin1Char('0')); }

[[noreturn]] void fail(const char* what, GError* error) {
    const std::string message = std::string(what) + ": " + (error ? error->message : "unknown error");
    if (error) g_error_free(error);
    throw std::runtime_error(message);
}

}  // namespace

// --- the testbed ------------------------------------------------------------------------------

UsbTestbed::UsbTestbed() : testbed_(umockdev_testbed_new()) {}

UsbTestbed::~UsbTestbed() {
    for (auto& d : devices_) {
        if (d->handler()) umockdev_testbed_detach_ioctl(testbed_, d->devNode().toUtf8().constData(), nullptr);
    }
    g_object_unref(testbed_);
    devices_.clear();
}

QString UsbTestbed::rootDir() const {
    gchar* dir = umockdev_testbed_get_root_dir(testbed_);
    const QString result = QString::fromUtf8(dir);
    g_free(dir);
    return result;
}

FakeUsbDevice& UsbTestbed::add(const UsbDeviceSpec& spec) {
    devices_.push_back(std::make_unique<FakeUsbDevice>(spec));
    FakeUsbDevice& device = *devices_.back();
    replug(device);
    return device;
}

void UsbTestbed::replug(FakeUsbDevice& device) {
    device.reset();
    GError* error = nullptr;
    // The handler first: adding the device sends its "add" uevent, and a hot-plug listener opens
    // the node at once to read the serial.
    if (!umockdev_testbed_attach_ioctl(testbed_, device.devNode().toUtf8().constData(), device.handler(), &error))
        fail("umockdev_testbed_attach_ioctl", error);
    if (!umockdev_testbed_add_from_string(testbed_, device.umockdevText().toUtf8().constData(), &error))
        fail("umockdev_testbed_add_from_string", error);
}

void UsbTestbed::unplug(FakeUsbDevice& device) {
    // The uevent first: once the device is gone, the transport ends its session and libusb_exit()
    // closes its udev monitor, and umockdev aborts when a uevent meets a monitor closing under it.
    umockdev_testbed_uevent(testbed_, device.sysPath().toUtf8().constData(), "remove");
    umockdev_testbed_remove_device(testbed_, device.sysPath().toUtf8().constData());
    device.markGone();
    umockdev_testbed_detach_ioctl(testbed_, device.devNode().toUtf8().constData(), nullptr);
}

// --- one device -------------------------------------------------------------------------------

FakeUsbDevice::FakeUsbDevice(UsbDeviceSpec spec) : spec_(std::move(spec)), handler_(umockdev_ioctl_base_new()) {
    g_signal_connect(handler_, "handle-ioctl", G_CALLBACK(&FakeUsbDevice::onIoctl), this);
    g_signal_connect(handler_, "client-vanished", G_CALLBACK(&FakeUsbDevice::onVanished), this);
}

FakeUsbDevice::~FakeUsbDevice() {
    g_signal_handlers_disconnect_by_data(handler_, this);
    {
        std::lock_guard lock(mutex_);
        for (auto* list : {&pendingIn_, &pendingOut_, &completed_}) {
            for (Urb& u : *list) release(u);
            list->clear();
        }
        for (WaitingReap& w : waitingReaps_) {  // their programs are gone with the testbed
            g_source_destroy(w.ready);
            g_source_unref(w.ready);
            g_object_unref(w.client);
        }
        waitingReaps_.clear();
    }
    if (handlerContext_) g_main_context_unref(handlerContext_);
    g_object_unref(handler_);
}

QString FakeUsbDevice::sysPath() const {
    return QStringLiteral("/sys/devices/pci0000:00/0000:00:14.0/usb1/1-%1").arg(spec_.port);
}

QString FakeUsbDevice::devNode() const { return QStringLiteral("/dev/bus/usb/001/") + dev3(spec_.devnum); }

QString FakeUsbDevice::umockdevText() const {
    QStringList l;
    const QString hex = QString::fromLatin1(spec_.descriptorsHex).toUpper();  // umockdev wants upper case
    l << QStringLiteral("P: /devices/pci0000:00/0000:00:14.0/usb1/1-%1").arg(spec_.port)
      << QStringLiteral("N: bus/usb/001/%1=%2").arg(dev3(spec_.devnum), hex) << QStringLiteral("E: BUSNUM=001")
      << QStringLiteral("E: DEVNUM=") + dev3(spec_.devnum) << QStringLiteral("E: DEVNAME=") + devNode()
      << QStringLiteral("E: DEVTYPE=usb_device") << QStringLiteral("E: DRIVER=usb")
      << QStringLiteral("E: SUBSYSTEM=usb")
      << QStringLiteral("E: PRODUCT=%1/%2/100").arg(spec_.vendorId, 0, 16).arg(spec_.productId, 0, 16)
      << QStringLiteral("E: MAJOR=189") << QStringLiteral("E: MINOR=%1").arg(spec_.devnum - 1)
      << QStringLiteral("A: bConfigurationValue=1\\n") << QStringLiteral("A: bDeviceClass=00")
      << QStringLiteral("A: bNumConfigurations=1") << QStringLiteral("A: busnum=1\\n")
      << QStringLiteral("A: devnum=%1\\n").arg(spec_.devnum) << QStringLiteral("A: devpath=%1").arg(spec_.port)
      << QStringLiteral("A: dev=189:%1").arg(spec_.devnum - 1) << QStringLiteral("A: idVendor=") + hex4(spec_.vendorId)
      << QStringLiteral("A: idProduct=") + hex4(spec_.productId) << QStringLiteral("A: speed=480\\n")
      << QStringLiteral("H: descriptors=") + hex;
    if (!spec_.manufacturer.isEmpty()) l << QStringLiteral("A: manufacturer=") + spec_.manufacturer;
    if (!spec_.product.isEmpty()) l << QStringLiteral("A: product=") + spec_.product;
    if (!spec_.serial.isEmpty()) l << QStringLiteral("A: serial=") + spec_.serial;
    return l.join(u'\n') + u'\n';
}

QByteArray FakeUsbDevice::written() const {
    std::lock_guard lock(mutex_);
    return written_;
}

QList<int> FakeUsbDevice::outTransferSizes() const {
    std::lock_guard lock(mutex_);
    return outSizes_;
}

void FakeUsbDevice::pushIn(const QByteArray& bytes) {
    std::lock_guard lock(mutex_);
    inQueue_ += bytes;
    serveInLocked();
}

void FakeUsbDevice::replyTo(const QByteArray& request, const QByteArray& reply) {
    std::lock_guard lock(mutex_);
    replies_.append({request, reply});
}

void FakeUsbDevice::setStallOut(bool stall) {
    std::lock_guard lock(mutex_);
    stallOut_ = stall;
}

void FakeUsbDevice::setEmptyInAnswers(bool empty) {
    std::lock_guard lock(mutex_);
    emptyIn_ = empty;
}

int FakeUsbDevice::inSubmitCount() const {
    std::lock_guard lock(mutex_);
    return inSubmits_;
}

void FakeUsbDevice::unplugAfterOutBytes(qint64 bytes) {
    std::lock_guard lock(mutex_);
    unplugAfter_ = bytes;
}

int FakeUsbDevice::detachCount() const {
    std::lock_guard lock(mutex_);
    return detaches_;
}
int FakeUsbDevice::attachCount() const {
    std::lock_guard lock(mutex_);
    return attaches_;
}
int FakeUsbDevice::claimCount() const {
    std::lock_guard lock(mutex_);
    return claims_;
}
int FakeUsbDevice::releaseCount() const {
    std::lock_guard lock(mutex_);
    return releases_;
}
bool FakeUsbDevice::kernelDriverAttached() const {
    std::lock_guard lock(mutex_);
    return driverAttached_;
}

void FakeUsbDevice::markGone() {
    std::lock_guard lock(mutex_);
    markGoneLocked();
}

void FakeUsbDevice::markGoneLocked() {
    gone_ = true;
    // The kernel ends what was outstanding with -ENODEV; libusb reports those as "no device".
    for (auto* list : {&pendingIn_, &pendingOut_}) {
        for (Urb& u : *list) completeLocked(u, -ENODEV, 0);
        list->clear();
    }
    wakeReapsLocked(nullptr);  // those with nothing outstanding hear "no device" too
}

void FakeUsbDevice::reset() {
    std::lock_guard lock(mutex_);
    for (auto* list : {&pendingIn_, &pendingOut_, &completed_}) {
        for (Urb& u : *list) release(u);
        list->clear();
    }
    inQueue_.clear();
    gone_ = false;
    stallOut_ = false;
    emptyIn_ = false;
    unplugAfter_ = -1;
    driverAttached_ = spec_.kernelDriverAttached;
}

void FakeUsbDevice::release(Urb& u) {
    if (u.buffer) g_object_unref(u.buffer);
    if (u.urb) g_object_unref(u.urb);
    u.buffer = u.urb = nullptr;
}

void FakeUsbDevice::completeLocked(Urb u, int status, int actualLength) {
    auto* urb = reinterpret_cast<usbdevfs_urb*>(u.urb->data);
    urb->status = status;
    urb->actual_length = actualLength;
    completed_.push_back(u);
    wakeReapsLocked(u.client);
}

void FakeUsbDevice::serveInLocked() {
    while (!inQueue_.isEmpty() && !pendingIn_.empty()) {
        Urb u = pendingIn_.front();
        pendingIn_.erase(pendingIn_.begin());
        const int n = u.buffer ? std::min<int>(u.buffer->data_len, static_cast<int>(inQueue_.size())) : 0;
        if (n > 0) std::memcpy(u.buffer->data, inQueue_.constData(), static_cast<size_t>(n));
        inQueue_.remove(0, n);
        completeLocked(u, 0, n);
    }
}

int FakeUsbDevice::onIoctl(UMockdevIoctlBase*, UMockdevIoctlClient* client, void* self) {
    return static_cast<FakeUsbDevice*>(self)->handleIoctl(client) ? TRUE : FALSE;
}

void FakeUsbDevice::onVanished(UMockdevIoctlBase*, UMockdevIoctlClient* client, void* self) {
    auto* d = static_cast<FakeUsbDevice*>(self);
    std::lock_guard lock(d->mutex_);
    for (auto it = d->waitingReaps_.begin(); it != d->waitingReaps_.end();) {
        if (it->client != client) {
            ++it;
            continue;
        }
        g_source_destroy(it->ready);
        g_source_unref(it->ready);
        g_object_unref(it->client);
        it = d->waitingReaps_.erase(it);
    }
    for (auto* list : {&d->pendingIn_, &d->pendingOut_, &d->completed_}) {
        for (auto it = list->begin(); it != list->end();) {
            if (it->client == client) {
                d->release(*it);
                it = list->erase(it);
            } else {
                ++it;
            }
        }
    }
}

bool FakeUsbDevice::handleIoctl(UMockdevIoctlClient* client) {
    const unsigned long request = umockdev_ioctl_client_get_request(client);
    UMockdevIoctlData* arg = umockdev_ioctl_client_get_arg(client);
    const auto done = [client](long result, int error) {
        umockdev_ioctl_client_complete(client, result, error);
        return true;
    };
    std::unique_lock lock(mutex_);

    if (request == USBDEVFS_REAPURB || request == USBDEVFS_REAPURBNDELAY) {
        if (reapLocked(client)) return true;
        if (gone_) return done(-1, ENODEV);
        if (reapWaitMs_ > 0) {
            waitForReapLocked(client);
            return true;  // answered later (onReapReady)
        }
        // Nothing to reap. umockdev's device node is a plain file that always polls ready, so
        // libusb asks again at once: a short pause here keeps that loop from eating a CPU.
        lock.unlock();
        g_usleep(1000);
        return done(-1, EAGAIN);
    }

    if (request == USBDEVFS_SUBMITURB) {
        if (gone_) return done(-1, ENODEV);
        UMockdevIoctlData* urbData = umockdev_ioctl_data_resolve(arg, 0, sizeof(usbdevfs_urb), nullptr);
        if (!urbData) return done(-1, EFAULT);
        auto* urb = reinterpret_cast<usbdevfs_urb*>(urbData->data);
        Urb u;
        u.urb = urbData;
        u.clientAddr = urbData->client_addr;
        u.type = urb->type;
        u.endpoint = urb->endpoint;
        u.client = client;
        const int length = urb->buffer_length;
        if (length > 0)
            u.buffer = umockdev_ioctl_data_resolve(urbData, offsetof(usbdevfs_urb, buffer), length, nullptr);
        if (u.type == USBDEVFS_URB_TYPE_CONTROL) {
            completeControlLocked(u);
        } else if (u.endpoint & 0x80) {
            ++inSubmits_;
            if (emptyIn_ && inQueue_.isEmpty()) {
                completeLocked(u, 0, 0);
            } else {
                pendingIn_.push_back(u);
                serveInLocked();
            }
        } else if (stallOut_) {
            pendingOut_.push_back(u);
        } else {
            QByteArray bytes =
                u.buffer ? QByteArray(reinterpret_cast<const char*>(u.buffer->data), length) : QByteArray();
            if (unplugAfter_ >= 0 && written_.size() + bytes.size() >= unplugAfter_) {
                const int take = static_cast<int>(unplugAfter_ - written_.size());
                written_ += bytes.left(take);
                outSizes_.append(take);
                completeLocked(u, -ENODEV, take);
                markGoneLocked();
            } else {
                written_ += bytes;
                outSizes_.append(static_cast<int>(bytes.size()));
                completeLocked(u, 0, static_cast<int>(bytes.size()));
                for (const auto& [req, reply] : replies_)
                    if (req == bytes) inQueue_ += reply;
                serveInLocked();
            }
        }
        return done(0, 0);
    }

    if (request == USBDEVFS_DISCARDURB) {
        const unsigned long addr = *reinterpret_cast<const unsigned long*>(arg->data);
        for (auto* list : {&pendingIn_, &pendingOut_}) {
            for (auto it = list->begin(); it != list->end(); ++it) {
                if (it->clientAddr != addr) continue;
                Urb u = *it;
                list->erase(it);
                completeLocked(u, -ENOENT, 0);  // what the kernel gives a killed URB
                return done(0, 0);
            }
        }
        return done(-1, EINVAL);  // already done: libusb then reaps it normally
    }

    if (gone_) return done(-1, ENODEV);

    if (request == USBDEVFS_GETDRIVER) {
        UMockdevIoctlData* d = umockdev_ioctl_data_resolve(arg, 0, sizeof(usbdevfs_getdriver), nullptr);
        if (!d) return done(-1, EFAULT);
        auto* getdriver = reinterpret_cast<usbdevfs_getdriver*>(d->data);
        const bool attached = driverAttached_;
        if (attached) std::snprintf(getdriver->driver, sizeof getdriver->driver, "usblp");
        g_object_unref(d);
        return attached ? done(0, 0) : done(-1, ENODATA);
    }
    if (request == USBDEVFS_IOCTL) {
        UMockdevIoctlData* d = umockdev_ioctl_data_resolve(arg, 0, sizeof(usbdevfs_ioctl), nullptr);
        if (!d) return done(-1, EFAULT);
        const int code = reinterpret_cast<usbdevfs_ioctl*>(d->data)->ioctl_code;
        g_object_unref(d);
        if (code == static_cast<int>(USBDEVFS_DISCONNECT)) {
            if (!driverAttached_) return done(-1, ENODATA);
            driverAttached_ = false;
            ++detaches_;
            return done(0, 0);
        }
        if (code == static_cast<int>(USBDEVFS_CONNECT)) {
            driverAttached_ = true;
            ++attaches_;
            return done(1, 0);  // the kernel returns 1 when a driver bound, 0 when none wanted it
        }
        return done(0, 0);
    }
    if (request == USBDEVFS_CLAIMINTERFACE) {
        if (spec_.claimedElsewhere) return done(-1, EBUSY);
        ++claims_;
    }
    if (request == USBDEVFS_RELEASEINTERFACE) ++releases_;
    return done(0, 0);  // set configuration, set interface, clear halt, capabilities: fine
}

}  // namespace aktest
