#include "drivers/usb/UsbTransportWorker.h"

#include "drivers/Logging.h"

#include <QCoreApplication>

#include <algorithm>
#include <chrono>

namespace ak::dev {

namespace {

// How long closing waits for cancelled transfers to come back before giving up on them.
constexpr auto kCancelWait = std::chrono::seconds(2);
// Consecutive failures of the IN transfer before the status channel is given up (the printer
// still prints; only its answers are lost).
constexpr int kMaxInErrors = 5;
// Some printers answer every IN request with an empty packet instead of waiting: asking again at
// once would keep a CPU busy, so an empty answer pauses the status channel this long.
constexpr auto kEmptyInPause = std::chrono::milliseconds(50);

DeviceError permissionError(const QString& what) {
    return DeviceError::make(DeviceError::Kind::Config,
                             QCoreApplication::translate("ak::dev::UsbTransport",
                                                         "This computer's user may not use the USB printer %1: add the "
                                                         "user to the aktivkafe group; the udev rule is "
                                                         "config/udev/70-aktivkafe.rules.")
                                 .arg(what));
}

DeviceError goneError() {
    return DeviceError::make(
        DeviceError::Kind::NotFound,
        QCoreApplication::translate("ak::dev::UsbTransport", "The receipt printer was unplugged or switched off."));
}

// A libusb error code as the DeviceError a volunteer can act on.
DeviceError errorFor(int code, const QString& what) {
    switch (code) {
        case LIBUSB_ERROR_ACCESS:
            return permissionError(what);
        case LIBUSB_ERROR_NO_DEVICE:
        case LIBUSB_ERROR_NOT_FOUND:
            return goneError();
        case LIBUSB_ERROR_BUSY:
            return DeviceError::make(
                DeviceError::Kind::Busy,
                QCoreApplication::translate(
                    "ak::dev::UsbTransport",
                    "Another program (often the printing service CUPS) is using the receipt printer."));
        case LIBUSB_ERROR_TIMEOUT:
            return DeviceError::make(
                DeviceError::Kind::Timeout,
                QCoreApplication::translate("ak::dev::UsbTransport",
                                            "The receipt printer stopped taking data. Check the paper and the cover."));
        default:
            return DeviceError::make(
                DeviceError::Kind::Io,
                QCoreApplication::translate("ak::dev::UsbTransport", "Check the receipt printer's USB cable."));
    }
}

}  // namespace

DeviceError usbPrinterGone() { return goneError(); }

UsbTransport::Worker::Worker(UsbTransport* owner, UsbTransportOptions options) : owner_(owner), options_(options) {
    thread_ = std::thread([this] { run(); });
}

UsbTransport::Worker::~Worker() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
        wakeLocked();
    }
    thread_.join();  // run() closes the session on its way out
}

void UsbTransport::Worker::open(quint64 session, const UsbPrinterMatch& match) {
    post([this, session, match] { openSession(session, match); });
}

void UsbTransport::Worker::close() {
    post([this] { closeSession(); });
}

void UsbTransport::Worker::write(quint64 session, const QByteArray& bytes, bool isQuery) {
    post([this, session, bytes, isQuery] {
        writes_.push_back(Write{session, isQuery, bytes, 0});
        if (!outBusy_) startNextChunk();
    });
}

void UsbTransport::Worker::post(std::function<void()> command) {
    std::lock_guard lock(mutex_);
    commands_.push_back(std::move(command));
    wakeLocked();
}

void UsbTransport::Worker::wakeLocked() {
    if (wakeCtx_) libusb_interrupt_event_handler(wakeCtx_);
    wake_.notify_one();
}

void UsbTransport::Worker::run() {
    for (;;) {
        std::deque<std::function<void()>> commands;
        bool stop = false;
        {
            std::unique_lock lock(mutex_);
            if (!ctx_) wake_.wait(lock, [this] { return stopping_ || !commands_.empty(); });
            commands.swap(commands_);
            stop = stopping_;
        }
        for (auto& command : commands) command();
        if (stop) {
            closeSession();
            return;
        }
        if (!ctx_) continue;
        // Blocks until a transfer completes, a command interrupts it, or a second passes; the
        // second only bounds how late a lost wake-up could be noticed.
        auto wait = std::chrono::microseconds(std::chrono::seconds(1));
        if (inResubmitAt_) {
            const auto left = std::chrono::duration_cast<std::chrono::microseconds>(
                *inResubmitAt_ - std::chrono::steady_clock::now());
            wait = std::clamp(left, std::chrono::microseconds(0), wait);
        }
        timeval tv{static_cast<time_t>(wait.count() / 1000000), static_cast<suseconds_t>(wait.count() % 1000000)};
        const int rc = libusb_handle_events_timeout_completed(ctx_, &tv, nullptr);
        if (rc != 0 && rc != LIBUSB_ERROR_INTERRUPTED)
            qCWarning(lcUsb) << description_ << "event handling failed:" << usb::errorText(rc);
        afterEvents();
    }
}

void UsbTransport::Worker::afterEvents() {
    if (!ctx_) return;
    if (closeAfterEvents_) {
        closeSession();
        return;
    }
    if (inResubmitAt_ && std::chrono::steady_clock::now() >= *inResubmitAt_) {
        inResubmitAt_.reset();
        submitIn();
    }
    if (restartIn_) {
        restartIn_ = false;
        if (iface_.inEndpoint) libusb_clear_halt(handle_, *iface_.inEndpoint);
        submitIn();
    }
}

void UsbTransport::Worker::openSession(quint64 session, const UsbPrinterMatch& match) {
    closeSession();
    session_ = session;
    const auto fail = [this, session](const DeviceError& error) {
        toOwner([owner = owner_, session, error] { owner->onOpenFailed(session, error); });
    };
    libusb_context* ctx = nullptr;
    if (const int rc = libusb_init(&ctx); rc != 0) {
        qCWarning(lcUsb) << "cannot start libusb:" << usb::errorText(rc);
        fail(DeviceError::make(DeviceError::Kind::Io, tr("USB is not available on this computer.")));
        return;
    }
    ctx_ = ctx;
    {
        std::lock_guard lock(mutex_);
        wakeCtx_ = ctx_;
    }
    const QString what = match.toString();
    std::optional<DeviceError> error;
    if (!findAndOpen(match, error)) {
        closeSession();
        qCInfo(lcUsb) << "no usable USB printer for" << what;
        fail(error ? *error
                   : DeviceError::make(DeviceError::Kind::NotFound,
                                       tr("No USB receipt printer was found (%1). Check its cable and that it is "
                                          "switched on.")
                                           .arg(what)));
        return;
    }
    if (!claim(error)) {
        closeSession();
        fail(*error);
        return;
    }
    if (iface_.inEndpoint) {
        inBuffer_.resize(std::max<int>(512, iface_.inMaxPacketSize));
        inTransfer_ = libusb_alloc_transfer(0);
        inErrors_ = 0;
        submitIn();
    }
    outTransfer_ = libusb_alloc_transfer(0);
    qCInfo(lcUsb) << description_ << "open: interface" << iface_.interfaceNumber << "alt" << iface_.alternateSetting
                  << "out" << Qt::hex << iface_.outEndpoint << "in"
                  << (iface_.inEndpoint ? QString::number(*iface_.inEndpoint, 16) : QStringLiteral("none"))
                  << Qt::dec << toString(iface_.kind) << (detached_ ? "kernel driver detached" : "");
    toOwner([owner = owner_, session, identity = identity_, bidi = iface_.inEndpoint.has_value(),
             detached = detached_] { owner->onOpened(session, identity, bidi, detached); });
}

bool UsbTransport::Worker::findAndOpen(const UsbPrinterMatch& match, std::optional<DeviceError>& error) {
    libusb_device** list = nullptr;
    const ssize_t count = libusb_get_device_list(ctx_, &list);
    if (count < 0) {
        qCWarning(lcUsb) << "cannot list USB devices:" << usb::errorText(static_cast<int>(count));
        error = DeviceError::make(DeviceError::Kind::Io, tr("USB is not available on this computer."));
        return false;
    }
    bool found = false;
    for (ssize_t i = 0; i < count && !found; ++i) {
        libusb_device* dev = list[i];
        libusb_device_descriptor dd{};
        if (libusb_get_device_descriptor(dev, &dd) != 0) continue;
        const std::optional<UsbDeviceSummary> summary = usb::summarize(dev);
        if (!summary) continue;
        UsbDeviceIdentity identity = usb::identityOf(dev, dd);
        const std::optional<UsbPrinterInterface> iface = match.accepts(*summary, identity.portPath);
        if (!iface) continue;
        libusb_device_handle* handle = nullptr;
        if (const int rc = libusb_open(dev, &handle); rc != 0) {
            qCWarning(lcUsb) << identity.description() << "cannot be opened:" << usb::errorText(rc);
            if (!error || rc == LIBUSB_ERROR_ACCESS) error = errorFor(rc, identity.description());
            continue;
        }
        identity.serial = usb::readString(handle, dd.iSerialNumber);
        if (!match.acceptsSerial(identity.serial)) {
            qCDebug(lcUsb) << identity.description() << "is not the printer with serial" << match.serial;
            libusb_close(handle);
            continue;
        }
        handle_ = handle;
        iface_ = *iface;
        identity_ = identity;
        description_ = identity.description();
        found = true;
    }
    libusb_free_device_list(list, 1);
    return found;
}

bool UsbTransport::Worker::claim(std::optional<DeviceError>& error) {
    const int n = iface_.interfaceNumber;
    // usblp claims class-7 printers; under umockdev (and on kernels without usbfs driver
    // control) detaching is "not supported" or finds no driver, which is fine.
    if (libusb_kernel_driver_active(handle_, n) == 1) {
        const int rc = libusb_detach_kernel_driver(handle_, n);
        if (rc == 0)
            detached_ = true;
        else if (rc != LIBUSB_ERROR_NOT_SUPPORTED && rc != LIBUSB_ERROR_NOT_FOUND)
            qCWarning(lcUsb) << description_ << "cannot detach the kernel driver:" << usb::errorText(rc);
    }
    int current = 0;
    if (libusb_get_configuration(handle_, &current) == 0 && current != iface_.configurationValue) {
        if (const int rc = libusb_set_configuration(handle_, iface_.configurationValue); rc != 0)
            qCWarning(lcUsb) << description_ << "cannot select configuration" << iface_.configurationValue << ":"
                             << usb::errorText(rc);
    }
    if (const int rc = libusb_claim_interface(handle_, n); rc != 0) {
        qCWarning(lcUsb) << description_ << "cannot claim interface" << n << ":" << usb::errorText(rc);
        error = errorFor(rc, description_);
        return false;
    }
    claimed_ = true;
    if (iface_.alternateSetting != 0) {
        if (const int rc = libusb_set_interface_alt_setting(handle_, n, iface_.alternateSetting); rc != 0) {
            qCWarning(lcUsb) << description_ << "cannot select alternate setting" << iface_.alternateSetting << ":"
                             << usb::errorText(rc);
            error = errorFor(rc, description_);
            return false;
        }
    }
    return true;
}

void UsbTransport::Worker::closeSession() {
    if (!ctx_) return;
    const bool gone = closeAfterEvents_;
    closeAfterEvents_ = false;
    if (outBusy_) libusb_cancel_transfer(outTransfer_);
    if (inBusy_) libusb_cancel_transfer(inTransfer_);
    const auto deadline = std::chrono::steady_clock::now() + kCancelWait;
    while ((outBusy_ || inBusy_) && std::chrono::steady_clock::now() < deadline) {
        timeval tv{0, 100000};
        libusb_handle_events_timeout_completed(ctx_, &tv, nullptr);
    }
    const bool stuck = outBusy_ || inBusy_;
    if (stuck) qCWarning(lcUsb) << description_ << "transfers did not come back after cancelling; leaving them";
    if (handle_) {
        if (claimed_) libusb_release_interface(handle_, iface_.interfaceNumber);
        if (detached_) {
            const int rc = libusb_attach_kernel_driver(handle_, iface_.interfaceNumber);
            // NOT_FOUND: no kernel driver wanted it back, which is fine.
            if (rc != 0 && rc != LIBUSB_ERROR_NO_DEVICE && rc != LIBUSB_ERROR_NOT_FOUND)
                qCInfo(lcUsb) << description_
                              << "cannot give the printer back to the kernel:" << usb::errorText(rc);
        }
        libusb_close(handle_);
        qCInfo(lcUsb) << description_ << "closed";
    }
    if (!stuck) {
        if (outTransfer_) libusb_free_transfer(outTransfer_);
        if (inTransfer_) libusb_free_transfer(inTransfer_);
    }
    outTransfer_ = inTransfer_ = nullptr;
    outBusy_ = inBusy_ = false;
    outBuffer_.clear();
    handle_ = nullptr;
    claimed_ = detached_ = restartIn_ = false;
    inResubmitAt_.reset();
    writes_.clear();  // disconnectTransport() reports nothing; a gone session has already reported
    {
        std::lock_guard lock(mutex_);
        wakeCtx_ = nullptr;
    }
    if (!stuck) libusb_exit(ctx_);  // with transfers in flight libusb_exit would touch freed memory
    ctx_ = nullptr;
    // gone() once everything of the session is let go, libusb's udev monitor included: whoever
    // plugs the printer in again (a person, or umockdev's uevent in the tests, which aborts when
    // it meets a monitor closing under it) finds nothing of ours half-closed.
    if (gone) toOwner([owner = owner_, session = session_] { owner->onGone(session); });
}

void UsbTransport::Worker::submitIn() {
    if (!handle_ || !inTransfer_ || inBusy_ || closeAfterEvents_) return;
    libusb_fill_bulk_transfer(inTransfer_, handle_, *iface_.inEndpoint, inBuffer_.data(),
                              static_cast<int>(inBuffer_.size()), &Worker::inDone, this, 0);
    if (const int rc = libusb_submit_transfer(inTransfer_); rc != 0) {
        qCWarning(lcUsb) << description_ << "cannot wait for status bytes:" << usb::errorText(rc);
        if (rc == LIBUSB_ERROR_NO_DEVICE) markGone();
        return;
    }
    inBusy_ = true;
}

void UsbTransport::Worker::onInDone(libusb_transfer* t) {
    inBusy_ = false;
    switch (t->status) {
        case LIBUSB_TRANSFER_COMPLETED:
            inErrors_ = 0;
            if (t->actual_length == 0) {
                inResubmitAt_ = std::chrono::steady_clock::now() + kEmptyInPause;
                return;
            }
            {
                QByteArray bytes(reinterpret_cast<const char*>(t->buffer), t->actual_length);
                qCDebug(lcUsb) << description_ << "in:" << bytes.toHex(' ');
                toOwner([owner = owner_, session = session_, bytes] { owner->onIncoming(session, bytes); });
            }
            submitIn();
            return;
        case LIBUSB_TRANSFER_CANCELLED:
            return;  // closing
        case LIBUSB_TRANSFER_NO_DEVICE:
            markGone();
            return;
        default:
            qCWarning(lcUsb) << description_ << "status transfer failed, status" << t->status;
            if (++inErrors_ >= kMaxInErrors) {
                qCWarning(lcUsb) << description_ << "gives no status any more; printing goes on without it";
                return;
            }
            restartIn_ = true;  // clear a stall first: not allowed inside this callback
            return;
    }
}

void UsbTransport::Worker::startNextChunk() {
    while (!writes_.empty()) {
        Write& w = writes_.front();
        if (!handle_ || closeAfterEvents_) {
            finishWrite(goneError());
            continue;
        }
        const qint64 chunk = std::min<qint64>(options_.chunkSize, w.bytes.size() - w.written);
        if (chunk <= 0) {
            finishWrite(std::nullopt);
            continue;
        }
        outBuffer_ = w.bytes;  // shared copy: the data stays alive until the transfer returns
        auto* data = reinterpret_cast<unsigned char*>(const_cast<char*>(outBuffer_.constData())) + w.written;
        libusb_fill_bulk_transfer(outTransfer_, handle_, iface_.outEndpoint, data, static_cast<int>(chunk),
                                  &Worker::outDone, this, static_cast<unsigned>(options_.chunkTimeoutMs));
        const int rc = libusb_submit_transfer(outTransfer_);
        if (rc == 0) {
            outBusy_ = true;
            return;
        }
        qCWarning(lcUsb) << description_ << "cannot send after" << w.written << "bytes:" << usb::errorText(rc);
        finishWrite(errorFor(rc, description_));
        if (rc == LIBUSB_ERROR_NO_DEVICE) {
            markGone();
            return;
        }
    }
}

void UsbTransport::Worker::onOutDone(libusb_transfer* t) {
    outBusy_ = false;
    outBuffer_.clear();
    if (writes_.empty()) return;  // cancelled by closing
    Write& w = writes_.front();
    w.written += t->actual_length;
    switch (t->status) {
        case LIBUSB_TRANSFER_COMPLETED:
            if (w.written >= w.bytes.size()) finishWrite(std::nullopt);
            startNextChunk();
            return;
        case LIBUSB_TRANSFER_CANCELLED:
            return;  // closing: nothing is reported
        case LIBUSB_TRANSFER_NO_DEVICE:
            qCWarning(lcUsb) << description_ << "unplugged after" << w.written << "of" << w.bytes.size() << "bytes";
            finishWrite(goneError());
            markGone();
            return;
        case LIBUSB_TRANSFER_TIMED_OUT:
            qCWarning(lcUsb) << description_ << "took no data for" << options_.chunkTimeoutMs << "ms after"
                             << w.written << "of" << w.bytes.size() << "bytes";
            finishWrite(errorFor(LIBUSB_ERROR_TIMEOUT, description_));
            startNextChunk();
            return;
        default:
            qCWarning(lcUsb) << description_ << "send failed, status" << t->status << "after" << w.written << "of"
                             << w.bytes.size() << "bytes";
            finishWrite(errorFor(LIBUSB_ERROR_IO, description_));
            startNextChunk();
            return;
    }
}

void UsbTransport::Worker::finishWrite(std::optional<DeviceError> error) {
    Write w = std::move(writes_.front());
    writes_.pop_front();
    toOwner([owner = owner_, w, error] { owner->onWritten(w.session, w.isQuery, w.written, error); });
}

void UsbTransport::Worker::markGone() {
    if (closeAfterEvents_) return;
    closeAfterEvents_ = true;
    // Every write still queued fails now, in order and before gone(), with what reached the
    // printer; a chunk still in flight comes back cancelled or unplugged and finds none left.
    while (!writes_.empty()) finishWrite(goneError());
    qCInfo(lcUsb) << description_ << "is gone";  // gone() follows when the session is closed
}

}  // namespace ak::dev
