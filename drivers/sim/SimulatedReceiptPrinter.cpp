#include "drivers/sim/SimulatedReceiptPrinter.h"

#include "drivers/Logging.h"
#include "drivers/print/EscPosEncoder.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

namespace ak::dev {

SimulatedReceiptPrinter::SimulatedReceiptPrinter(PrinterProfile profile, QObject* parent)
    : ReceiptPrinter(parent), profile_(std::move(profile)) {
    PrinterStatus s;
    s.drawerOpen = false;
    updateStatus(s);
}

SimulatedReceiptPrinter::~SimulatedReceiptPrinter() { (void)close(); }

QString SimulatedReceiptPrinter::description() const {
    return QStringLiteral("simulated printer (%1)").arg(profile_.id);
}

DeviceResult SimulatedReceiptPrinter::openDevice() {
    if (fault_ == Fault::Unplugged) return DeviceError::make(DeviceError::Kind::NotFound);
    setPowerState(status().online ? PowerState::Online : PowerState::Offline);
    return {};
}

DeviceResult SimulatedReceiptPrinter::enableDevice(bool enabled) {
    if (enabled && fault_ == Fault::Unplugged) return DeviceError::make(DeviceError::Kind::NotFound);
    return {};
}

void SimulatedReceiptPrinter::closeDevice() {
    // Jobs not yet printed are reported, not dropped silently: the print queue will retry them.
    while (!pending_.empty()) {
        const Pending p = pending_.front();
        pending_.pop_front();
        failJobLater(DeviceError::make(DeviceError::Kind::InvalidState, QStringLiteral("(closed)"), p.id));
    }
}

int SimulatedReceiptPrinter::print(const PrintDocument& document) {
    int id = 0;
    if (!acceptJob(id)) return id;
    pending_.push_back(Pending{id, document.title(), EscPosEncoder::encode(document, profile_)});
    setState(DeviceState::Busy);
    if (!processing_) {
        processing_ = true;
        QTimer::singleShot(printDelayMs_, this, &SimulatedReceiptPrinter::processNext);
    }
    return id;
}

void SimulatedReceiptPrinter::processNext() {
    if (pending_.empty()) {
        processing_ = false;
        return;
    }
    const Pending p = pending_.front();
    pending_.pop_front();
    Job job{p.id, p.title, {}, {}, false, std::nullopt};
    switch (fault_) {
    case Fault::Unplugged: job.error = DeviceError::make(DeviceError::Kind::NotFound, {}, p.id); break;
    case Fault::Offline: job.error = DeviceError::make(DeviceError::Kind::Offline, {}, p.id); break;
    case Fault::CoverOpen: job.error = DeviceError::make(DeviceError::Kind::CoverOpen, {}, p.id); break;
    case Fault::PaperOut: job.error = DeviceError::make(DeviceError::Kind::PaperOut, {}, p.id); break;
    case Fault::None:
        if (failAfterBytes_ && *failAfterBytes_ < p.bytes.size()) {
            job.bytes = p.bytes.left(*failAfterBytes_);
            failAfterBytes_.reset();
            job.error = DeviceError::make(DeviceError::Kind::PaperOut, {}, p.id);
            setFault(Fault::PaperOut);
        } else {
            failAfterBytes_.reset();
            job.bytes = p.bytes;
            job.completed = true;
        }
        break;
    }
    finish(std::move(job));
    if (!pending_.empty()) QTimer::singleShot(printDelayMs_, this, &SimulatedReceiptPrinter::processNext);
    else processing_ = false;
}

void SimulatedReceiptPrinter::finish(Job job) {
    job.rendered = EscPosRenderer::render(job.bytes, profile_);
    if (job.rendered.drawerPulses > 0) {
        PrinterStatus s = status();
        s.drawerOpen = true;
        updateStatus(s);
    }
    jobs_.append(job);
    if (!outputDirectory_.isEmpty()) writeFiles(jobs_.last());
    if (pending_.empty() && isOpen()) setState(job.error ? DeviceState::Error : DeviceState::Idle);
    if (job.error) {
        reportError(*job.error);
    } else {
        qCDebug(lcSim) << "job" << job.id << job.title << "printed," << job.bytes.size() << "bytes";
        emit outputComplete(job.id);
    }
}

void SimulatedReceiptPrinter::writeFiles(const Job& job) const {
    QDir dir(outputDirectory_);
    if (!dir.mkpath(QStringLiteral("."))) {
        qCWarning(lcSim) << "cannot create output directory" << outputDirectory_;
        return;
    }
    // Several processes (kiosk, till, one after another in the demo) may print into one folder:
    // take the next free number rather than this printer's job id, so nothing is overwritten.
    int number = 1;
    const QStringList existing = dir.entryList({QStringLiteral("job-*.bin")}, QDir::Files);
    for (const QString& name : existing) number = std::max(number, name.mid(4, name.size() - 8).toInt() + 1);
    const QString base = dir.filePath(QStringLiteral("job-%1").arg(number, 4, 10, QLatin1Char('0')));
    QFile bin(base + QStringLiteral(".bin"));
    QFile txt(base + QStringLiteral(".txt"));
    if (!bin.open(QIODevice::WriteOnly) || bin.write(job.bytes) != job.bytes.size())
        qCWarning(lcSim) << "cannot write" << bin.fileName() << bin.errorString();
    QString text;
    // A raster-only printer (star-tsp143) got pictures only: its text file holds markers, so say
    // where the receipt really is.
    if (job.rendered.rasterOnly)
        text = QStringLiteral("[raster-only printer: no text on this paper; the receipt is %1.png]\n")
                   .arg(QFileInfo(base).fileName());
    text += job.rendered.text() + u'\n';
    if (job.error) text += QStringLiteral("*** %1: %2\n").arg(DeviceError::kindName(job.error->kind), job.error->message);
    if (!txt.open(QIODevice::WriteOnly) || txt.write(text.toUtf8()) < 0)
        qCWarning(lcSim) << "cannot write" << txt.fileName() << txt.errorString();
    if (!job.rendered.image.isNull() && !job.rendered.image.save(base + QStringLiteral(".png"), "PNG"))
        qCWarning(lcSim) << "cannot write" << base + QStringLiteral(".png");
}

void SimulatedReceiptPrinter::setFault(Fault fault) {
    fault_ = fault;
    PrinterStatus s = status();
    s.online = fault != Fault::Offline && fault != Fault::Unplugged;
    s.coverOpen = fault == Fault::CoverOpen;
    s.paper = fault == Fault::PaperOut ? PrinterStatus::Paper::Out : PrinterStatus::Paper::Ok;
    updateStatus(s);
    if (isOpen()) setPowerState(fault == Fault::Unplugged ? PowerState::Off : s.online ? PowerState::Online : PowerState::Offline);
}

void SimulatedReceiptPrinter::setPaperNearEnd(bool nearEnd) {
    PrinterStatus s = status();
    if (s.paper == PrinterStatus::Paper::Out) return;
    s.paper = nearEnd ? PrinterStatus::Paper::NearEnd : PrinterStatus::Paper::Ok;
    updateStatus(s);
}

void SimulatedReceiptPrinter::closeDrawer() {
    PrinterStatus s = status();
    s.drawerOpen = false;
    updateStatus(s);
}

}  // namespace ak::dev
