#include "drivers/cups/CupsTransport.h"

#include "drivers/Logging.h"
#include "drivers/cups/CupsJob.h"

#include <QPointer>

namespace ak::dev {

CupsTransport::CupsTransport(QString queue, QString server, int jobTimeoutMs, QObject* parent)
    : ByteTransport(parent), queue_(std::move(queue)), server_(std::move(server)), timeoutMs_(std::max(jobTimeoutMs, 1000)) {}

CupsTransport::~CupsTransport() {
    if (worker_) worker_->wait();  // bounded: the job gives up at its own deadline
}

QString CupsTransport::description() const {
    return QStringLiteral("cups queue %1 on %2").arg(queue_, server_.isEmpty() ? QStringLiteral("default server") : server_);
}

void CupsTransport::connectTransport() {
    open_ = true;
    QMetaObject::invokeMethod(this, [this] { emit connected(); }, Qt::QueuedConnection);
}

void CupsTransport::query(const QByteArray&, int, int) {
    const auto e = DeviceError::make(DeviceError::Kind::Unsupported, QStringLiteral("(a raw CUPS queue is one-way)"));
    QMetaObject::invokeMethod(this, [this, e] { emit failed(e, 0); }, Qt::QueuedConnection);
}

void CupsTransport::send(const QByteArray& bytes) {
    if (worker_) {
        const auto e = DeviceError::make(DeviceError::Kind::Busy, QStringLiteral("(a job is still running)"));
        QMetaObject::invokeMethod(this, [this, e] { emit failed(e, 0); }, Qt::QueuedConnection);
        return;
    }
    QPointer<CupsTransport> self(this);
    const QString server = server_, queue = queue_, title = jobName_;
    const int timeout = timeoutMs_;
    worker_.reset(QThread::create([self, server, queue, title, bytes, timeout] {
        std::optional<DeviceError> error = CupsJob::run(server, queue, title, bytes, timeout);
        // The destructor waits for this thread, so self is alive here; the queued call is dropped
        // if the transport is gone by the time it would run.
        if (self) QMetaObject::invokeMethod(self.data(), [self, size = bytes.size(), error] {
            if (self) self->jobFinished(size, error);
        }, Qt::QueuedConnection);
    }));
    worker_->start();
}

void CupsTransport::jobFinished(qint64 size, std::optional<DeviceError> error) {
    if (worker_) {
        worker_->wait();
        worker_.reset();
    }
    if (error) emit failed(*error, 0);  // CUPS does not say how much reached the paper
    else emit sent(size);
}

}  // namespace ak::dev
