#pragma once
// Raw bytes through a CUPS queue: each send is one raw job. CUPS gives no paper or cover status for
// a raw queue and a job to an unreachable printer stays "processing" forever, so each job is watched
// until it completes or our own timeout cancels it (CupsJob). libcups blocks: the job runs on a
// worker thread and its end comes back to the transport's thread.

#include "drivers/transport/ByteTransport.h"

#include <QThread>

#include <memory>

namespace ak::dev {

class CupsTransport : public ByteTransport {
    Q_OBJECT
public:
    // server: "host:port" or empty for the default server (CUPS_SERVER, client.conf, localhost).
    CupsTransport(QString queue, QString server, int jobTimeoutMs, QObject* parent = nullptr);
    ~CupsTransport() override;  // waits for a running job (bounded by its timeout)

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

private:
    void jobFinished(qint64 size, std::optional<DeviceError> error);

    QString queue_;
    QString server_;
    int timeoutMs_;
    QString jobName_;
    bool open_ = false;
    std::unique_ptr<QThread> worker_;  // the running job, if any
};

}  // namespace ak::dev
