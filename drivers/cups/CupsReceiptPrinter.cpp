#include "drivers/cups/CupsReceiptPrinter.h"

#include "drivers/Logging.h"
#include "drivers/cups/CupsJob.h"
#include "drivers/print/EscPosEncoder.h"

#include <QPointer>

namespace ak::dev {

CupsReceiptPrinter::CupsReceiptPrinter(PrinterProfile profile, QString queue, QString server, int jobTimeoutMs,
                                       QObject* parent)
    : ReceiptPrinter(parent), profile_(std::move(profile)), queue_(std::move(queue)), server_(std::move(server)),
      timeoutMs_(std::max(jobTimeoutMs, 1000)) {
    PrinterStatus s;  // a raw queue tells nothing about paper or cover
    updateStatus(s);
}

CupsReceiptPrinter::~CupsReceiptPrinter() {
    (void)close();
    if (worker_) worker_->wait();  // bounded: the job gives up at its own deadline
}

QString CupsReceiptPrinter::description() const {
    return QStringLiteral("cups queue %1 on %2").arg(queue_, server_.isEmpty() ? QStringLiteral("default server") : server_);
}

int CupsReceiptPrinter::print(const PrintDocument& document) {
    int id = 0;
    if (!acceptJob(id)) return id;
    pending_.push_back(Pending{id, document.title(), EscPosEncoder::encode(document, profile_)});
    setState(DeviceState::Busy);
    if (!worker_) startNext();
    return id;
}

void CupsReceiptPrinter::startNext() {
    if (worker_ || pending_.empty()) return;
    const Pending job = pending_.front();
    pending_.pop_front();
    QPointer<CupsReceiptPrinter> self(this);
    const QString server = server_, queue = queue_;
    const int timeout = timeoutMs_;
    worker_.reset(QThread::create([self, job, server, queue, timeout] {
        std::optional<DeviceError> error = CupsJob::run(server, queue, job.title, job.bytes, timeout);
        // Back on the printer's thread; the destructor waits for this thread, so self is alive here,
        // and the queued call is dropped if the printer is gone by the time it runs.
        if (self) QMetaObject::invokeMethod(self.data(), [self, id = job.id, error] {
            if (self) self->jobFinished(id, error);
        }, Qt::QueuedConnection);
    }));
    worker_->start();
}

void CupsReceiptPrinter::jobFinished(int id, std::optional<DeviceError> error) {
    if (worker_) {
        worker_->wait();
        worker_.reset();
    }
    PrinterStatus s = status();
    s.online = !error || (error->kind != DeviceError::Kind::Offline && error->kind != DeviceError::Kind::Timeout);
    updateStatus(s);
    if (pending_.empty() && isOpen()) setState(error ? DeviceState::Error : DeviceState::Idle);
    if (error) {
        error->jobId = id;
        reportError(*error);
    } else {
        emit outputComplete(id);
    }
    startNext();
}

void CupsReceiptPrinter::closeDevice() {
    // A job already handed to CUPS finishes on its own and still reports; those not sent are reported now.
    while (!pending_.empty()) {
        failJobLater(DeviceError::make(DeviceError::Kind::InvalidState, QStringLiteral("(closed)"), pending_.front().id));
        pending_.pop_front();
    }
}

}  // namespace ak::dev
