#pragma once
// Raw bytes through a CUPS queue: each send is one raw job. A job to an unreachable printer stays
// "processing" forever, so each job is watched until it completes or our own timeout cancels it
// (CupsJob). libcups blocks: jobs and state readings run on worker threads and their ends come
// back to the transport's thread.
//
// The printer's state comes from CUPS, not from ESC/POS status bytes: the queue's and (for an IPP
// printer) the printer's own printer-state-reasons, read before every job, about once a second
// while a job waits, and when the receipt printer asks while idle (readPrinterState, at its status
// pace). CupsPrinterState turns them into PrinterStatus and decides which readings are news.

#include "drivers/cups/CupsPrinterState.h"
#include "drivers/transport/ByteTransport.h"

#include <QThread>

#include <memory>

namespace ak::dev {

class CupsTransport : public ByteTransport {
    Q_OBJECT
public:
    // server: "host:port" or empty for the default server (CUPS_SERVER, client.conf, localhost).
    CupsTransport(QString queue, QString server, int jobTimeoutMs, QObject* parent = nullptr);
    ~CupsTransport() override;  // waits for a running job or reading (bounded by their timeouts)

    QString description() const override;
    bool isBidirectional() const override { return false; }
    bool connectsPerJob() const override { return true; }
    // CUPS takes the job when it comes: "connected" means the transport is ready for one.
    void connectTransport() override;
    void disconnectTransport() override { open_ = false; }
    bool isConnected() const override { return open_; }
    void setJobName(const QString& name) override { jobName_ = name; }
    void send(const QByteArray& bytes) override;
    void query(const QByteArray& request, int replyLength, int timeoutMs) override;
    bool readsPrinterState() const override { return true; }
    // Does nothing while a job or another reading runs (the job reads the state itself).
    void readPrinterState() override;

private:
    void jobFinished(qint64 size, const std::optional<DeviceError>& error, const CupsReading& reading);
    void stateRead(const CupsReading& reading, quint64 generation);
    void apply(const CupsReading& reading);

    QString queue_;
    QString server_;
    int timeoutMs_;
    QString jobName_;
    bool open_ = false;
    std::unique_ptr<QThread> worker_;  // the running job, if any
    std::unique_ptr<QThread> reader_;  // the running idle reading, if any
    // Counts jobs started: an idle reading begun before a job ends after it is older news.
    quint64 generation_ = 0;
    PrinterStatus shown_;               // the status last reported
    bool printerUnreachable_ = false;   // the last job timed out before the printer took it
};

}  // namespace ak::dev
