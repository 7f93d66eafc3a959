#include "drivers/net/TcpReceiptPrinter.h"

#include "drivers/Logging.h"
#include "drivers/print/EscPosEncoder.h"

namespace ak::dev {

TcpReceiptPrinter::TcpReceiptPrinter(PrinterProfile profile, QString host, quint16 port, int timeoutMs, QObject* parent)
    : ReceiptPrinter(parent), profile_(std::move(profile)), host_(std::move(host)), port_(port),
      timeoutMs_(std::max(timeoutMs, 100)) {
    timer_.setSingleShot(true);
    connect(&timer_, &QTimer::timeout, this, &TcpReceiptPrinter::onTimeout);
    connect(&socket_, &QTcpSocket::connected, this, &TcpReceiptPrinter::onConnected);
    connect(&socket_, &QTcpSocket::bytesWritten, this, &TcpReceiptPrinter::onBytesWritten);
    connect(&socket_, &QTcpSocket::disconnected, this, &TcpReceiptPrinter::onDisconnected);
    connect(&socket_, &QTcpSocket::errorOccurred, this, &TcpReceiptPrinter::onSocketError);
}

TcpReceiptPrinter::~TcpReceiptPrinter() {
    socket_.disconnect(this);  // no callbacks into a half-destroyed object
    (void)close();
}

QString TcpReceiptPrinter::description() const { return QStringLiteral("tcp printer %1:%2").arg(host_).arg(port_); }

int TcpReceiptPrinter::print(const PrintDocument& document) {
    int id = 0;
    if (!acceptJob(id)) return id;
    pending_.push_back(Pending{id, EscPosEncoder::encode(document, profile_)});
    setState(DeviceState::Busy);
    if (!current_) QMetaObject::invokeMethod(this, &TcpReceiptPrinter::startNext, Qt::QueuedConnection);
    return id;
}

void TcpReceiptPrinter::startNext() {
    if (current_ || pending_.empty()) return;
    current_ = pending_.front();
    pending_.pop_front();
    written_ = 0;
    timer_.start(timeoutMs_);
    qCDebug(lcTcp) << description() << "job" << current_->id << "connecting";
    socket_.connectToHost(host_, port_);
}

void TcpReceiptPrinter::onConnected() {
    if (!current_) return;
    socket_.write(current_->bytes);
}

void TcpReceiptPrinter::onBytesWritten() {
    if (!current_) return;
    written_ = current_->bytes.size() - socket_.bytesToWrite();
    if (socket_.bytesToWrite() == 0) socket_.disconnectFromHost();  // success is confirmed on disconnected
}

void TcpReceiptPrinter::onDisconnected() {
    if (!current_) return;
    if (socket_.bytesToWrite() == 0 && written_ == current_->bytes.size()) finishCurrent(std::nullopt);
    else finishCurrent(DeviceError::make(DeviceError::Kind::Io, QStringLiteral("(the printer closed the connection)")));
}

void TcpReceiptPrinter::onSocketError(QAbstractSocket::SocketError error) {
    if (!current_) return;
    if (error == QAbstractSocket::RemoteHostClosedError && written_ == current_->bytes.size()) return;  // normal end
    qCWarning(lcTcp) << description() << "job" << current_->id << socket_.errorString();
    DeviceError::Kind kind = DeviceError::Kind::Io;
    if (error == QAbstractSocket::HostNotFoundError) kind = DeviceError::Kind::NotFound;
    if (error == QAbstractSocket::ConnectionRefusedError || error == QAbstractSocket::NetworkError)
        kind = DeviceError::Kind::Offline;
    finishCurrent(DeviceError::make(kind));
}

void TcpReceiptPrinter::onTimeout() {
    if (!current_) return;
    qCWarning(lcTcp) << description() << "job" << current_->id << "timed out after" << timeoutMs_ << "ms";
    finishCurrent(DeviceError::make(DeviceError::Kind::Timeout));
}

void TcpReceiptPrinter::finishCurrent(std::optional<DeviceError> error) {
    const int id = current_->id;
    current_.reset();
    timer_.stop();
    if (socket_.state() != QAbstractSocket::UnconnectedState) socket_.abort();
    PrinterStatus s = status();
    s.online = !error || (error->kind != DeviceError::Kind::Offline && error->kind != DeviceError::Kind::NotFound &&
                          error->kind != DeviceError::Kind::Timeout);
    updateStatus(s);
    if (pending_.empty() && isOpen()) setState(error ? DeviceState::Error : DeviceState::Idle);
    if (error) {
        error->jobId = id;
        reportError(*error);
    } else {
        emit outputComplete(id);
    }
    if (!pending_.empty()) QMetaObject::invokeMethod(this, &TcpReceiptPrinter::startNext, Qt::QueuedConnection);
}

void TcpReceiptPrinter::closeDevice() {
    // Reported, not dropped: the print queue above decides whether to retry.
    if (current_) finishCurrent(DeviceError::make(DeviceError::Kind::InvalidState, QStringLiteral("(closed)")));
    while (!pending_.empty()) {
        failJobLater(DeviceError::make(DeviceError::Kind::InvalidState, QStringLiteral("(closed)"), pending_.front().id));
        pending_.pop_front();
    }
}

}  // namespace ak::dev
