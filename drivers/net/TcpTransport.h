#pragma once
// Raw bytes to a network printer's port 9100 ("JetDirect"). One connection per job: many printers
// serve one client at a time, and a fresh connection survives a printer's restart. Port 9100 gives
// no reliable status back, so the transport is one-way.
//
// A send succeeds when every byte has left this program and the connection closed cleanly; it
// fails with Timeout when the printer stops taking bytes for timeoutMs (a printer that accepts the
// connection and never reads), with Offline when the connection is refused or lost.

#include "drivers/transport/ByteTransport.h"

#include <QTcpSocket>
#include <QTimer>

namespace ak::dev {

class TcpTransport : public ByteTransport {
    Q_OBJECT
public:
    // timeoutMs: for the connection, and for each stretch without progress while sending.
    TcpTransport(QString host, quint16 port, int timeoutMs, QObject* parent = nullptr);
    ~TcpTransport() override;

    QString description() const override;
    bool isBidirectional() const override { return false; }
    bool connectsPerJob() const override { return true; }
    void connectTransport() override;
    void disconnectTransport() override;
    bool isConnected() const override { return socket_.state() == QAbstractSocket::ConnectedState; }
    void send(const QByteArray& bytes) override;
    void query(const QByteArray& request, int replyLength, int timeoutMs) override;

private:
    enum class Doing { Nothing, Connecting, Sending, Closing };
    void onConnected();
    void onBytesWritten();
    void onDisconnected();
    void onSocketError(QAbstractSocket::SocketError error);
    void onTimeout();
    void fail(DeviceError error);

    QString host_;
    quint16 port_;
    int timeoutMs_;
    QTcpSocket socket_;
    QTimer timer_;
    Doing doing_ = Doing::Nothing;
    qint64 size_ = 0;
    qint64 written_ = 0;
};

}  // namespace ak::dev
