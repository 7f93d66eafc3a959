#pragma once
// The wire under an ESC/POS printer: USB bulk endpoints, a TCP connection to port 9100, a raw CUPS
// queue, or the simulation. EscPosReceiptPrinter talks to one transport and keeps the only job
// queue; a transport moves bytes and says what became of them — and, where the wire has its own
// word for the printer's state (a CUPS queue's printer-state-reasons), what that says.
//
// Everything is asynchronous and reported from the event loop of the transport's thread (a
// transport that blocks, like libusb, does so on a worker thread of its own and delivers its
// results by queued signals). At most one send() and one query() are outstanding at a time; the
// printer waits for sent()/failed() before the next.
//
//   connectTransport() --> connected() | failed(error)
//   send(bytes)        --> sent(bytesWritten == bytes.size()) | failed(error, bytesWritten)
//   query(req, n, ms)  --> replied(reply of n bytes) | failed(error)   (bidirectional only)
//   received(bytes)       bytes the printer sent unasked (automatic status back, GS a)
//   disconnectTransport() stops everything outstanding (no signal for it) and closes.
//   gone()                the device went away (unplugged, connection lost): reconnect later.
//   readPrinterState() --> printerStateRead(status)   (readsPrinterState() only; also sent by the
//                         transport on its own during a job, before that job's sent()/failed())
//
// A send is cut into chunks, each with its own timeout; when one fails, failed() carries how many
// bytes did reach the printer, so the log can say how much of a receipt came out.

#include "drivers/devices/DeviceError.h"
#include "drivers/devices/PrinterStatus.h"

#include <QByteArray>
#include <QObject>
#include <QString>

namespace ak::dev {

class ByteTransport : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // For logs and the Devices page: "usb 04b8:0202 (serial X) on 1-2", "tcp 192.168.1.50:9100".
    virtual QString description() const = 0;
    // Can the printer answer (DLE EOT status, GS a)? USB with a bulk IN endpoint: yes. Port 9100:
    // only where the printer talks back on the same connection (a setting). CUPS: no.
    virtual bool isBidirectional() const = 0;
    // One connection per job (port 9100, CUPS) or one for the whole session (USB).
    virtual bool connectsPerJob() const { return false; }

    virtual void connectTransport() = 0;
    virtual void disconnectTransport() = 0;
    virtual bool isConnected() const = 0;

    // The name the next send() carries where the transport has one (a CUPS job's title).
    virtual void setJobName(const QString& name) { Q_UNUSED(name) }
    virtual void send(const QByteArray& bytes) = 0;
    // Sends `request` and waits at most timeoutMs for `replyLength` bytes (DLE EOT n: 1 byte).
    // Bytes the printer sends unasked while no query waits go to received().
    virtual void query(const QByteArray& request, int replyLength, int timeoutMs) = 0;
    // Does the wire tell the printer's state other than by ESC/POS status bytes? Then the printer
    // asks with readPrinterState() at its idle status pace; the answer is printerStateRead().
    virtual bool readsPrinterState() const { return false; }
    virtual void readPrinterState() {}

signals:
    void connected();
    void sent(qint64 bytesWritten);
    void replied(const QByteArray& reply);
    void received(const QByteArray& bytes);
    // What went wrong with the outstanding send/query or connect; bytesWritten: of the send.
    void failed(const ak::dev::DeviceError& error, qint64 bytesWritten);
    void gone();
    void printerStateRead(const ak::dev::PrinterStatus& status);
};

}  // namespace ak::dev
