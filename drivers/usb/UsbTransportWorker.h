#pragma once
// Internal to drivers/usb: the worker thread that owns libusb for one UsbTransport — sessions
// (find, open, claim, detach usblp), the standing IN transfer, OUT chunks with their timeouts, and
// the results handed back to the transport's thread. UsbTransport.cpp is the transport's side.

#include "drivers/usb/UsbLibusb.h"
#include "drivers/usb/UsbTransport.h"

#include <QByteArray>
#include <QMetaObject>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace ak::dev {

// "The receipt printer was unplugged or switched off." (NotFound), in UsbTransport's words.
DeviceError usbPrinterGone();

// Everything libusb for one UsbTransport. Public methods are called from the transport's thread and
// only queue commands; everything else runs on the worker thread.
class UsbTransport::Worker {
public:
    Worker(UsbTransport* owner, UsbTransportOptions options);

    ~Worker();

    void open(quint64 session, const UsbPrinterMatch& match);
    void close();
    void write(quint64 session, const QByteArray& bytes, bool isQuery);

private:
    struct Write {
        quint64 session;
        bool isQuery;
        QByteArray bytes;
        qint64 written;
    };

    // --- the transport's thread -------------------------------------------------------------

    void post(std::function<void()> command);

    // Wakes the worker wherever it waits: on the condition variable between sessions, or inside
    // libusb's event handling during one.
    void wakeLocked();

    // --- the worker thread ------------------------------------------------------------------

    template <typename F>
    void toOwner(F&& f) {
        // Queued to the transport's thread; dropped by Qt if the transport is destroyed first.
        QMetaObject::invokeMethod(owner_, std::forward<F>(f), Qt::QueuedConnection);
    }

    void run();

    // Work the transfer callbacks may not do themselves: libusb forbids synchronous calls there.
    void afterEvents();

    void openSession(quint64 session, const UsbPrinterMatch& match);

    // Picks the first device the match accepts and opens it. A device that cannot be opened is
    // remembered as the error, in case no other one fits.
    bool findAndOpen(const UsbPrinterMatch& match, std::optional<DeviceError>& error);

    bool claim(std::optional<DeviceError>& error);

    void closeSession();

    void submitIn();

    static void LIBUSB_CALL inDone(libusb_transfer* t) { static_cast<Worker*>(t->user_data)->onInDone(t); }
    static void LIBUSB_CALL outDone(libusb_transfer* t) { static_cast<Worker*>(t->user_data)->onOutDone(t); }

    void onInDone(libusb_transfer* t);

    void startNextChunk();

    void onOutDone(libusb_transfer* t);

    void finishWrite(std::optional<DeviceError> error);

    // Reported once per session, after the failure of whatever was outstanding; the session is
    // closed once libusb's event handling has returned.
    void markGone();

    UsbTransport* const owner_;
    const UsbTransportOptions options_;
    std::thread thread_;

    std::mutex mutex_;  // guards the members up to wakeCtx_
    std::condition_variable wake_;
    std::deque<std::function<void()>> commands_;
    bool stopping_ = false;
    libusb_context* wakeCtx_ = nullptr;

    // The worker thread's alone.
    libusb_context* ctx_ = nullptr;
    libusb_device_handle* handle_ = nullptr;
    UsbPrinterInterface iface_;
    UsbDeviceIdentity identity_;
    QString description_;
    quint64 session_ = 0;
    bool claimed_ = false;
    bool detached_ = false;
    bool closeAfterEvents_ = false;
    bool restartIn_ = false;
    std::optional<std::chrono::steady_clock::time_point> inResubmitAt_;  // after an empty answer
    libusb_transfer* inTransfer_ = nullptr;
    std::vector<unsigned char> inBuffer_;
    bool inBusy_ = false;
    int inErrors_ = 0;
    libusb_transfer* outTransfer_ = nullptr;
    QByteArray outBuffer_;
    bool outBusy_ = false;
    std::deque<Write> writes_;
};

}  // namespace ak::dev
