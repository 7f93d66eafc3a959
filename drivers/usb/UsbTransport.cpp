// A USB receipt printer's bulk endpoints as a ByteTransport: the transport's side, which turns the
// worker's results (UsbTransportWorker.cpp, the thread that owns libusb) into the ByteTransport signals.
#include "drivers/usb/UsbTransport.h"

#include "drivers/Logging.h"
#include "drivers/usb/UsbTransportWorker.h"

#include <algorithm>

namespace ak::dev {

UsbTransport::UsbTransport(UsbPrinterMatch match, UsbTransportOptions options, QObject* parent)
    : ByteTransport(parent), match_(std::move(match)), options_(options) {
    options_.chunkSize = std::max(options_.chunkSize, 64);
    options_.chunkTimeoutMs = std::max(options_.chunkTimeoutMs, 100);
    queryTimer_.setSingleShot(true);
    connect(&queryTimer_, &QTimer::timeout, this, &UsbTransport::onQueryTimeout);
    worker_ = std::make_unique<Worker>(this, options_);
}

UsbTransport::~UsbTransport() {
    worker_.reset();  // joins the worker before any member it reports to goes away
}

QString UsbTransport::description() const {
    return identity_ ? identity_->description() : QStringLiteral("usb ") + match_.toString();
}

bool UsbTransport::isBidirectional() const { return state_ == State::Connected && bidirectional_; }

void UsbTransport::connectTransport() {
    if (state_ == State::Connecting) return;
    if (state_ == State::Connected) {
        QMetaObject::invokeMethod(this, &UsbTransport::connected, Qt::QueuedConnection);
        return;
    }
    state_ = State::Connecting;
    worker_->open(++session_, match_);
}

void UsbTransport::disconnectTransport() {
    if (state_ == State::Disconnected) return;
    ++session_;  // whatever the old session still delivers is dropped
    state_ = State::Disconnected;
    query_.reset();
    queryTimer_.stop();
    worker_->close();
}

void UsbTransport::send(const QByteArray& bytes) {
    if (state_ != State::Connected) {
        failLater(DeviceError::make(DeviceError::Kind::InvalidState, tr("(the USB printer is not connected)")));
        return;
    }
    worker_->write(session_, bytes, false);
}

void UsbTransport::query(const QByteArray& request, int replyLength, int timeoutMs) {
    if (state_ != State::Connected) {
        failLater(DeviceError::make(DeviceError::Kind::InvalidState, tr("(the USB printer is not connected)")));
        return;
    }
    if (!bidirectional_) {
        failLater(DeviceError::make(DeviceError::Kind::Unsupported, tr("(this USB printer does not answer)")));
        return;
    }
    if (query_) {
        failLater(DeviceError::make(DeviceError::Kind::InvalidState, tr("(a status question is already waiting)")));
        return;
    }
    query_ = PendingQuery{std::max(replyLength, 0), {}};
    queryTimer_.start(std::max(timeoutMs, 1));
    worker_->write(session_, request, true);
}

void UsbTransport::failLater(DeviceError error, qint64 bytesWritten) {
    QMetaObject::invokeMethod(
        this, [this, error, bytesWritten] { emit failed(error, bytesWritten); }, Qt::QueuedConnection);
}

void UsbTransport::onOpened(quint64 session, UsbDeviceIdentity identity, bool bidirectional, bool detached) {
    if (session != session_ || state_ != State::Connecting) return;
    state_ = State::Connected;
    identity_ = std::move(identity);
    bidirectional_ = bidirectional;
    detachedKernelDriver_ = detached;
    qCInfo(lcUsb) << description() << "connected" << (bidirectional ? "(bidirectional)" : "(output only)");
    emit connected();
}

void UsbTransport::onOpenFailed(quint64 session, DeviceError error) {
    if (session != session_ || state_ != State::Connecting) return;
    state_ = State::Disconnected;
    emit failed(error, 0);
}

void UsbTransport::onWritten(quint64 session, bool isQuery, qint64 bytesWritten, std::optional<DeviceError> error) {
    if (session != session_) return;
    if (isQuery) {
        if (!error) {
            if (query_ && query_->replyLength == 0) {
                query_.reset();
                queryTimer_.stop();
                emit replied({});
            }
            return;
        }
        if (!query_) return;  // already timed out
        query_.reset();
        queryTimer_.stop();
        emit failed(*error, 0);
        return;
    }
    if (error)
        emit failed(*error, bytesWritten);
    else
        emit sent(bytesWritten);
}

void UsbTransport::onIncoming(quint64 session, QByteArray bytes) {
    if (session != session_) return;
    if (query_) {
        const qsizetype take = std::min<qsizetype>(bytes.size(), query_->replyLength - query_->reply.size());
        query_->reply += bytes.left(take);
        bytes.remove(0, take);
        if (query_->reply.size() >= query_->replyLength) {
            const QByteArray reply = query_->reply;
            query_.reset();
            queryTimer_.stop();
            emit replied(reply);
        }
    }
    if (!bytes.isEmpty()) emit received(bytes);
}

void UsbTransport::onGone(quint64 session) {
    if (session != session_) return;
    ++session_;
    state_ = State::Disconnected;
    queryTimer_.stop();
    if (query_) {
        query_.reset();
        emit failed(usbPrinterGone(), 0);
    }
    qCWarning(lcUsb) << description() << "gone";
    emit gone();
}

void UsbTransport::onQueryTimeout() {
    if (!query_) return;
    qCInfo(lcUsb) << description() << "no reply of" << query_->replyLength << "bytes in time, got"
                  << query_->reply.toHex(' ');
    query_.reset();
    emit failed(DeviceError::make(DeviceError::Kind::Timeout, tr("(no status answer from the USB printer)")), 0);
}

}  // namespace ak::dev
