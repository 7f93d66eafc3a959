#pragma once
// An ESC/POS printer behind a raw CUPS queue. CUPS gives no paper/cover status for raw queues and
// a job to an unreachable printer stays "processing" forever, so each job is watched with
// IPP Get-Job-Attributes until it completes or our own timeout cancels it.
// libcups calls block: each job runs on a worker thread; results come back on the printer's thread.

#include "drivers/devices/ReceiptPrinter.h"

#include <QByteArray>
#include <QString>
#include <QThread>

#include <deque>
#include <memory>

namespace ak::dev {

class CupsReceiptPrinter : public ReceiptPrinter {
    Q_OBJECT
public:
    // server: "host:port" or empty for the default server (CUPS_SERVER, client.conf, localhost).
    CupsReceiptPrinter(PrinterProfile profile, QString queue, QString server, int jobTimeoutMs,
                       QObject* parent = nullptr);
    ~CupsReceiptPrinter() override;  // waits for a running job's worker (bounded by the timeout)

    PrinterProfile profile() const override { return profile_; }
    int print(const PrintDocument& document) override;
    QString description() const override;

protected:
    void closeDevice() override;

private:
    struct Pending {
        int id;
        QString title;
        QByteArray bytes;
    };
    void startNext();
    void jobFinished(int id, std::optional<DeviceError> error);

    PrinterProfile profile_;
    QString queue_;
    QString server_;
    int timeoutMs_;
    std::deque<Pending> pending_;
    std::unique_ptr<QThread> worker_;  // the running job, if any
};

}  // namespace ak::dev
