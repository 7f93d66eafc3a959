#pragma once
// An ESC/POS printer on the network, raw bytes to port 9100 ("JetDirect"). One connection per job:
// many printers serve only one client at a time, and a fresh connection survives printer restarts.
// Output only: port 9100 gives no reliable status, so status() stays at what the last job showed.

#include "drivers/devices/ReceiptPrinter.h"

#include <QByteArray>
#include <QString>
#include <QTcpSocket>
#include <QTimer>

#include <deque>

namespace ak::dev {

class TcpReceiptPrinter : public ReceiptPrinter {
    Q_OBJECT
public:
    // timeoutMs covers one whole job: connect, send, close.
    TcpReceiptPrinter(PrinterProfile profile, QString host, quint16 port, int timeoutMs, QObject* parent = nullptr);
    ~TcpReceiptPrinter() override;

    PrinterProfile profile() const override { return profile_; }
    int print(const PrintDocument& document) override;
    QString description() const override;

protected:
    void closeDevice() override;

private:
    struct Pending {
        int id;
        QByteArray bytes;
    };
    void startNext();
    void onConnected();
    void onBytesWritten();
    void onDisconnected();
    void onSocketError(QAbstractSocket::SocketError error);
    void onTimeout();
    void finishCurrent(std::optional<DeviceError> error);

    PrinterProfile profile_;
    QString host_;
    quint16 port_;
    int timeoutMs_;
    QTcpSocket socket_;  // child-like member: lives exactly as long as the printer
    QTimer timer_;
    std::deque<Pending> pending_;
    std::optional<Pending> current_;
    qint64 written_ = 0;
};

}  // namespace ak::dev
