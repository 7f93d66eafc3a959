#include "drivers/net/TcpTransport.h"

#include "drivers/Logging.h"

namespace ak::dev {

TcpTransport::TcpTransport(QString host, quint16 port, int timeoutMs, QObject* parent)
    : ByteTransport(parent), host_(std::move(host)), port_(port), timeoutMs_(std::max(timeoutMs, 100)) {
    timer_.setSingleShot(true);
    connect(&timer_, &QTimer::timeout, this, &TcpTransport::onTimeout);
    connect(&socket_, &QTcpSocket::connected, this, &TcpTransport::onConnected);
    connect(&socket_, &QTcpSocket::bytesWritten, this, &TcpTransport::onBytesWritten);
    connect(&socket_, &QTcpSocket::disconnected, this, &TcpTransport::onDisconnected);
    connect(&socket_, &QTcpSocket::errorOccurred, this, &TcpTransport::onSocketError);
}

TcpTransport::~TcpTransport() {
    socket_.disconnect(this);
    socket_.abort();
}

QString TcpTransport::description() const { return QStringLiteral("tcp %1:%2").arg(host_).arg(port_); }

void TcpTransport::connectTransport() {
    if (doing_ != Doing::Nothing || isConnected()) return;
    doing_ = Doing::Connecting;
    timer_.start(timeoutMs_);
    qCDebug(lcTcp) << description() << "connecting";
    socket_.connectToHost(host_, port_);
}

void TcpTransport::disconnectTransport() {
    doing_ = Doing::Nothing;
    timer_.stop();
    if (socket_.state() != QAbstractSocket::UnconnectedState) socket_.abort();
}

void TcpTransport::onConnected() {
    if (doing_ != Doing::Connecting) return;
    doing_ = Doing::Nothing;
    timer_.stop();
    emit connected();
}

void TcpTransport::send(const QByteArray& bytes) {
    if (!isConnected()) {
        const auto e = DeviceError::make(DeviceError::Kind::Offline, QStringLiteral("(not connected)"));
        QMetaObject::invokeMethod(this, [this, e] { emit failed(e, 0); }, Qt::QueuedConnection);
        return;
    }
    doing_ = Doing::Sending;
    size_ = bytes.size();
    written_ = 0;
    timer_.start(timeoutMs_);
    socket_.write(bytes);
}

void TcpTransport::query(const QByteArray&, int, int) {
    const auto e = DeviceError::make(DeviceError::Kind::Unsupported, QStringLiteral("(port 9100 is one-way)"));
    QMetaObject::invokeMethod(this, [this, e] { emit failed(e, 0); }, Qt::QueuedConnection);
}

void TcpTransport::onBytesWritten() {
    if (doing_ != Doing::Sending) return;
    written_ = size_ - socket_.bytesToWrite();
    timer_.start(timeoutMs_);  // progress: the printer is reading
    if (socket_.bytesToWrite() == 0) {
        doing_ = Doing::Closing;  // success is confirmed when the connection closes cleanly
        socket_.disconnectFromHost();
    }
}

void TcpTransport::onDisconnected() {
    const Doing was = doing_;
    doing_ = Doing::Nothing;
    timer_.stop();
    if (was == Doing::Closing) emit sent(written_);
    else if (was == Doing::Sending || was == Doing::Connecting)
        emit failed(DeviceError::make(DeviceError::Kind::Io, QStringLiteral("(the printer closed the connection)")), written_);
}

void TcpTransport::onSocketError(QAbstractSocket::SocketError error) {
    if (doing_ == Doing::Nothing) return;
    if (error == QAbstractSocket::RemoteHostClosedError && doing_ == Doing::Closing) return;  // normal end
    qCWarning(lcTcp) << description() << socket_.errorString();
    DeviceError::Kind kind = DeviceError::Kind::Io;
    if (error == QAbstractSocket::HostNotFoundError) kind = DeviceError::Kind::NotFound;
    if (error == QAbstractSocket::ConnectionRefusedError || error == QAbstractSocket::NetworkError)
        kind = DeviceError::Kind::Offline;
    fail(DeviceError::make(kind));
}

void TcpTransport::onTimeout() {
    if (doing_ == Doing::Nothing) return;
    qCWarning(lcTcp) << description() << "no progress for" << timeoutMs_ << "ms after" << written_ << "of" << size_ << "bytes";
    fail(DeviceError::make(DeviceError::Kind::Timeout));
}

void TcpTransport::fail(DeviceError error) {
    doing_ = Doing::Nothing;
    timer_.stop();
    const qint64 written = written_;
    socket_.abort();
    emit failed(error, written);
}

}  // namespace ak::dev
