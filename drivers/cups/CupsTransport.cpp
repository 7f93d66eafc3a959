#include "drivers/cups/CupsTransport.h"

#include "drivers/Logging.h"
#include "drivers/cups/CupsBackend.h"

#include <QPointer>

#include <algorithm>

namespace ak::dev {

namespace {
constexpr int kReadingTimeoutMs = 5000;  // an idle reading gives up after this

CupsJobOutcome runJob(const QString& server, const QString& queue, const QString& title, const QByteArray& bytes,
                      int timeoutMs, const std::function<void(const CupsReading&)>& progress) {
    QString problem;
    if (const CupsBackend* cups = CupsBackend::get(&problem))
        return cups->runJob(server, queue, title, bytes, timeoutMs, progress);
    return {DeviceError::make(DeviceError::Kind::Unsupported, problem), CupsReading{}};
}
}  // namespace

CupsTransport::CupsTransport(QString queue, QString server, int jobTimeoutMs, QObject* parent)
    : ByteTransport(parent),
      queue_(std::move(queue)),
      server_(std::move(server)),
      timeoutMs_(std::max(jobTimeoutMs, 1000)) {
    shown_.drawerOpen.reset();  // CUPS cannot tell
}

CupsTransport::~CupsTransport() {
    // Bounded: the job gives up at its own deadline, a reading at kReadingTimeoutMs.
    if (worker_) worker_->wait();
    if (reader_) reader_->wait();
}

QString CupsTransport::description() const {
    return QStringLiteral("cups queue %1 on %2").arg(queue_, server_.isEmpty() ? QStringLiteral("default server") : server_);
}

void CupsTransport::connectTransport() {
    // libcups is loaded here, with the first CUPS printer (CupsBackend.h)
    QString problem;
    if (!CupsBackend::get(&problem)) {
        const auto e = DeviceError::make(DeviceError::Kind::Unsupported, problem);
        QMetaObject::invokeMethod(this, [this, e] { emit failed(e, 0); }, Qt::QueuedConnection);
        return;
    }
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
    ++generation_;  // a reading still running is older than what this job will find
    QPointer<CupsTransport> self(this);
    const QString server = server_, queue = queue_, title = jobName_;
    const int timeout = timeoutMs_;
    // The destructor waits for this thread, so self is alive while it runs; a queued call is
    // dropped if the transport is gone by the time it would run.
    worker_.reset(QThread::create([self, server, queue, title, bytes, timeout] {
        const auto progress = [self](const CupsReading& reading) {
            if (self) QMetaObject::invokeMethod(self.data(), [self, reading] {
                if (self) self->apply(reading);
            }, Qt::QueuedConnection);
        };
        const CupsJobOutcome out = runJob(server, queue, title, bytes, timeout, progress);
        if (self) QMetaObject::invokeMethod(self.data(), [self, size = bytes.size(), out] {
            if (self) self->jobFinished(size, out.error, out.reading);
        }, Qt::QueuedConnection);
    }));
    worker_->start();
}

void CupsTransport::readPrinterState() {
    if (worker_ || reader_) return;
    QPointer<CupsTransport> self(this);
    const QString server = server_, queue = queue_;
    const int timeout = std::min(timeoutMs_, kReadingTimeoutMs);
    const quint64 generation = generation_;
    reader_.reset(QThread::create([self, server, queue, timeout, generation] {
        const CupsBackend* cups = CupsBackend::get();
        const CupsReading reading = cups ? cups->readState(server, queue, timeout) : CupsReading{};
        if (self) QMetaObject::invokeMethod(self.data(), [self, reading, generation] {
            if (self) self->stateRead(reading, generation);
        }, Qt::QueuedConnection);
    }));
    reader_->start();
}

void CupsTransport::stateRead(const CupsReading& reading, quint64 generation) {
    if (reader_) {
        reader_->wait();
        reader_.reset();
    }
    if (generation == generation_) apply(reading);
}

void CupsTransport::jobFinished(qint64 size, const std::optional<DeviceError>& error, const CupsReading& reading) {
    if (worker_) {
        worker_->wait();
        worker_.reset();
    }
    if (!error) printerUnreachable_ = false;
    // Before the job's end, so the printer's status already says why it failed (paper out). A
    // timeout stays a timeout: the printer marks itself offline for it, and later readings of the
    // queue alone do not bring it back (printerUnreachable_).
    apply(reading);
    if (error && error->kind == DeviceError::Kind::Timeout) printerUnreachable_ = true;
    if (error) emit failed(*error, 0);  // CUPS does not say how much reached the paper
    else emit sent(size);
}

void CupsTransport::apply(const CupsReading& reading) {
    const PrinterStatus s = cupsstate::shown(reading, shown_, printerUnreachable_);
    if (s != shown_) {
        const char* paper = s.paper == PrinterStatus::Paper::Out       ? "out"
                            : s.paper == PrinterStatus::Paper::NearEnd ? "near end"
                                                                       : "ok";
        qCInfo(lcCups) << description() << (reading.serverAnswered ? reading.detail : QStringLiteral("no answer"))
                       << "-> online" << s.online << "paper" << paper << "cover open" << s.coverOpen;
    }
    shown_ = s;
    emit printerStateRead(s);
}

}  // namespace ak::dev
