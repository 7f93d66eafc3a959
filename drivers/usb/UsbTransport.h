#pragma once
// A USB receipt printer's bulk endpoints as a ByteTransport, through libusb-1.0.
//
// libusb blocks, so every libusb call for this transport runs on one worker thread of its own: it
// submits asynchronous bulk transfers and waits in libusb's event handling; results come back to
// the transport's thread as queued calls, so every signal is emitted there. One session (device
// open, interface claimed, kernel printer driver detached) lasts from connectTransport() until
// disconnectTransport(), gone() or destruction; each session has its own libusb context, so a
// reconnect after replugging sees the device afresh.
//
// Bidirectional when the interface has a bulk IN endpoint: one IN transfer is always waiting, the
// bytes it brings answer the outstanding query() or, when none waits, go to received(). Which it
// is, is known from connected() on (isBidirectional() is false before). A query's reply is simply
// the next replyLength bytes: a GS a status that arrives while a query waits is taken for its
// reply, and bytes after a timed-out query go to received(). The query's request is written after
// any send still going, and its timeout runs from query(): ask after sent().
//
// Order of signals: a write that fails because the printer went away reports failed(NotFound,
// bytesWritten) first, then gone(); a query waiting at that moment fails the same way. After gone()
// the transport is disconnected; connectTransport() starts a new session (NotFound until the
// printer is back). Sends while not connected fail at once (InvalidState), asynchronously.

#include "drivers/transport/ByteTransport.h"
#include "drivers/usb/UsbPrinters.h"

#include <QTimer>

#include <memory>
#include <optional>

namespace ak::dev {

struct UsbTransportOptions {
    int chunkSize = 4096;       // bytes per bulk OUT transfer
    int chunkTimeoutMs = 5000;  // per chunk: a printer out of paper stops taking data
};

class UsbTransport : public ByteTransport {
    Q_OBJECT
public:
    explicit UsbTransport(UsbPrinterMatch match, UsbTransportOptions options = {}, QObject* parent = nullptr);
    ~UsbTransport() override;

    QString description() const override;
    bool isBidirectional() const override;
    void connectTransport() override;
    void disconnectTransport() override;
    bool isConnected() const override { return state_ == State::Connected; }
    void send(const QByteArray& bytes) override;
    void query(const QByteArray& request, int replyLength, int timeoutMs) override;

    const UsbPrinterMatch& match() const { return match_; }
    // The device of the current (or last) session; empty before the first connect.
    std::optional<UsbDeviceIdentity> identity() const { return identity_; }
    // The kernel's printer driver (usblp) had the interface and was detached for this session.
    bool detachedKernelDriver() const { return detachedKernelDriver_; }

    class Worker;  // in the .cpp: owns the thread and everything libusb

private:
    enum class State { Disconnected, Connecting, Connected };
    friend class Worker;
    // Called on this object's thread by the worker's queued calls; session guards against results
    // of a session that disconnectTransport() already ended.
    void onOpened(quint64 session, UsbDeviceIdentity identity, bool bidirectional, bool detached);
    void onOpenFailed(quint64 session, DeviceError error);
    void onWritten(quint64 session, bool isQuery, qint64 bytesWritten, std::optional<DeviceError> error);
    void onIncoming(quint64 session, QByteArray bytes);
    void onGone(quint64 session);
    void onQueryTimeout();
    void failLater(DeviceError error, qint64 bytesWritten = 0);

    UsbPrinterMatch match_;
    UsbTransportOptions options_;
    State state_ = State::Disconnected;
    quint64 session_ = 0;
    std::optional<UsbDeviceIdentity> identity_;
    bool bidirectional_ = false;
    bool detachedKernelDriver_ = false;
    struct PendingQuery {
        int replyLength = 0;
        QByteArray reply;
    };
    std::optional<PendingQuery> query_;
    QTimer queryTimer_;
    std::unique_ptr<Worker> worker_;  // last: stopped first in the destructor
};

}  // namespace ak::dev
