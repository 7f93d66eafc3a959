// The emulated USB printer's transfers that are not plain bulk data (see UsbFakePrinter.h): reaping
// completed URBs, at once or after a wait, and the control transfers that read string descriptors.
#include "tests/support/emulated/UsbFakePrinter.h"

#pragma push_macro("signals")
#undef signals
#include <umockdev.h>
#pragma pop_macro("signals")

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <sys/ioctl.h>  // before linux/usbdevice_fs.h, which uses its _IOW macros
#include <linux/usbdevice_fs.h>

namespace aktest {

namespace {

// A source without a file or a timer of its own: it runs its callback at its ready time.
gboolean dispatchReady(GSource*, GSourceFunc callback, gpointer data) { return callback(data); }
GSourceFuncs kReadySource = {nullptr, nullptr, dispatchReady, nullptr, nullptr, nullptr};

}  // namespace

void FakeUsbDevice::setIdleReapWait(int ms) {
    std::lock_guard lock(mutex_);
    reapWaitMs_ = ms;
}

bool FakeUsbDevice::reapLocked(UMockdevIoctlClient* client) {
    auto it = std::find_if(completed_.begin(), completed_.end(), [client](const Urb& u) { return u.client == client; });
    if (it == completed_.end()) return false;
    Urb u = *it;
    completed_.erase(it);
    UMockdevIoctlData* slot =
        umockdev_ioctl_data_resolve(umockdev_ioctl_client_get_arg(client), 0, sizeof(void*), nullptr);
    if (!slot) {
        release(u);
        umockdev_ioctl_client_complete(client, -1, EFAULT);
        return true;
    }
    umockdev_ioctl_data_set_ptr(slot, 0, u.urb);  // the client sees its own URB, updated
    g_object_unref(slot);
    release(u);
    umockdev_ioctl_client_complete(client, 0, 0);
    return true;
}

void FakeUsbDevice::waitForReapLocked(UMockdevIoctlClient* client) {
    // Called from umockdev's handler thread: its context is where the answer is given later.
    if (!handlerContext_) handlerContext_ = g_main_context_ref_thread_default();
    GSource* ready = g_source_new(&kReadySource, sizeof(GSource));
    g_source_set_callback(ready, &FakeUsbDevice::onReapReady, this, nullptr);
    g_source_set_ready_time(ready, g_get_monotonic_time() + gint64(reapWaitMs_) * 1000);
    waitingReaps_.push_back({static_cast<UMockdevIoctlClient*>(g_object_ref(client)), ready});
    g_source_attach(ready, handlerContext_);
}

void FakeUsbDevice::wakeReapsLocked(UMockdevIoctlClient* client) {
    for (const WaitingReap& w : waitingReaps_)
        if (!client || w.client == client) g_source_set_ready_time(w.ready, 0);  // any thread may
}

int FakeUsbDevice::onReapReady(void* self) {
    auto* d = static_cast<FakeUsbDevice*>(self);
    GSource* current = g_main_current_source();
    std::lock_guard lock(d->mutex_);
    auto it = std::find_if(d->waitingReaps_.begin(), d->waitingReaps_.end(),
                           [current](const WaitingReap& w) { return w.ready == current; });
    if (it == d->waitingReaps_.end()) return G_SOURCE_REMOVE;
    const WaitingReap w = *it;
    d->waitingReaps_.erase(it);
    if (!d->reapLocked(w.client)) umockdev_ioctl_client_complete(w.client, -1, d->gone_ ? ENODEV : EAGAIN);
    g_object_unref(w.client);
    g_source_unref(w.ready);  // the context drops its own reference as this returns
    return G_SOURCE_REMOVE;
}

void FakeUsbDevice::completeControlLocked(Urb u) {
    // Only GET_DESCRIPTOR(string) matters: libusb reads everything else from sysfs.
    if (!u.buffer || u.buffer->data_len < 8) {
        completeLocked(u, 0, 0);
        return;
    }
    const guint8* setup = u.buffer->data;
    const int requestType = setup[0];
    const int request = setup[1];
    const int value = setup[2] | (setup[3] << 8);
    const int maxLength = setup[6] | (setup[7] << 8);
    if (requestType != 0x80 || request != 6 || (value >> 8) != 3) {
        completeLocked(u, 0, 0);
        return;
    }
    const int index = value & 0xff;
    QByteArray reply;
    if (index == 0) {
        reply = QByteArray::fromHex("04030904");  // one language: US English
    } else {
        const QString text = index == 1   ? spec_.manufacturer
                             : index == 2 ? spec_.product
                             : index == 3 ? spec_.serial
                                          : QString();
        if (text.isEmpty()) {
            completeLocked(u, -EPIPE, 0);  // a stall, as a device without that string gives
            return;
        }
        reply.append(char(2 + 2 * text.size())).append(char(3));
        for (QChar c : text) reply.append(char(c.unicode() & 0xff)).append(char(c.unicode() >> 8));
    }
    const int n = std::min<int>({static_cast<int>(reply.size()), maxLength, u.buffer->data_len - 8});
    std::memcpy(u.buffer->data + 8, reply.constData(), static_cast<size_t>(n));
    completeLocked(u, 0, n);
}

}  // namespace aktest
