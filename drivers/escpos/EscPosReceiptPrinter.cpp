#include "drivers/escpos/EscPosReceiptPrinter.h"

#include "drivers/Logging.h"
#include "drivers/print/EscPosCommands.h"
#include "drivers/print/EscPosEncoder.h"

namespace ak::dev {

namespace {
// Can the printer be asked DLE EOT over this wire?
bool canAsk(const ByteTransport& t, const PrinterProfile& p) { return t.isBidirectional() && p.realTimeStatus; }
}  // namespace

EscPosReceiptPrinter::EscPosReceiptPrinter(PrinterProfile profile, std::unique_ptr<ByteTransport> transport,
                                           Options options, QObject* parent)
    : ReceiptPrinter(parent),
      profile_(std::move(profile)),
      transport_(std::move(transport)),
      options_(options),
      autoStatus_(options.drawerPolarity, options.drawerSensor && profile_.drawer) {
    transport_->setParent(nullptr);  // owned here, not by the QObject tree
    connect(transport_.get(), &ByteTransport::connected, this, &EscPosReceiptPrinter::onConnected);
    connect(transport_.get(), &ByteTransport::sent, this, &EscPosReceiptPrinter::onSent);
    connect(transport_.get(), &ByteTransport::replied, this, &EscPosReceiptPrinter::onReplied);
    connect(transport_.get(), &ByteTransport::received, this, &EscPosReceiptPrinter::onReceived);
    connect(transport_.get(), &ByteTransport::failed, this, &EscPosReceiptPrinter::onFailed);
    connect(transport_.get(), &ByteTransport::gone, this, &EscPosReceiptPrinter::onGone);
    // The wire's own word on the printer (CUPS): taken as it is; that transport decides what is news.
    connect(transport_.get(), &ByteTransport::printerStateRead, this,
            [this](const PrinterStatus& s) { updateStatus(s); });
    poll_.setInterval(std::max(options_.statusIntervalMs, 50));
    connect(&poll_, &QTimer::timeout, this, &EscPosReceiptPrinter::pollStatus);
    PrinterStatus s;  // until the printer says otherwise
    if (!transport_->isBidirectional()) s.drawerOpen.reset();
    updateStatus(s);
}

EscPosReceiptPrinter::~EscPosReceiptPrinter() {
    transport_->disconnect(this);  // no callbacks into a half-destroyed printer
    (void)close();
    transport_->disconnectTransport();
}

QString EscPosReceiptPrinter::description() const {
    return QStringLiteral("%1 (%2)").arg(transport_->description(), profile_.id);
}

DeviceResult EscPosReceiptPrinter::enableDevice(bool enabled) {
    if (!enabled) {
        poll_.stop();
        return {};
    }
    // A bidirectional printer is connected at once, so the till shows paper and drawer before the
    // first receipt; a per-job transport connects when there is something to print, and one that
    // reads the printer's state its own way (CUPS) is asked at the same pace.
    if (transport_->readsPrinterState()) {
        poll_.start();
        pollStatus();
    } else if (!transport_->connectsPerJob()) {
        poll_.start();
        if (!transport_->isConnected() && step_ == Step::Idle) {
            step_ = Step::Connecting;
            transport_->connectTransport();
        }
    }
    return {};
}

void EscPosReceiptPrinter::closeDevice() {
    poll_.stop();
    // Reported, not dropped: the print queue above decides whether to send them again.
    if (current_) finish(DeviceError::make(DeviceError::Kind::InvalidState, QStringLiteral("(closed)")));
    while (!pending_.empty()) {
        failJobLater(DeviceError::make(DeviceError::Kind::InvalidState, QStringLiteral("(closed)"), pending_.front().id));
        pending_.pop_front();
    }
    step_ = Step::Idle;
    autoStatusOn_ = false;
    transport_->disconnectTransport();
}

int EscPosReceiptPrinter::print(const PrintDocument& document) {
    int id = 0;
    if (!acceptJob(id)) return id;
    pending_.push_back(Job{id, document.title(), EscPosEncoder::encode(document, profile_)});
    setState(DeviceState::Busy);
    QMetaObject::invokeMethod(this, &EscPosReceiptPrinter::startNext, Qt::QueuedConnection);
    return id;
}

void EscPosReceiptPrinter::startNext() {
    if (current_ || step_ != Step::Idle || pending_.empty() || !isEnabled()) return;
    current_ = pending_.front();
    pending_.pop_front();
    qCDebug(lcPrinter) << description() << "job" << current_->id << current_->title << current_->bytes.size() << "bytes";
    if (!transport_->isConnected()) {
        step_ = Step::Connecting;
        transport_->connectTransport();
        return;
    }
    afterConnected();
}

void EscPosReceiptPrinter::onConnected() {
    if (step_ != Step::Connecting) return;
    step_ = Step::Idle;
    qCInfo(lcPrinter) << description() << "connected";
    setPowerState(PowerState::Online);
    if (!transport_->connectsPerJob() && !status().online) {
        PrinterStatus s = status();  // reachable again; its answers (if any) say the rest
        s.online = true;
        updateStatus(s);
    }
    if (profile_.autoStatusBack && transport_->isBidirectional() && !transport_->connectsPerJob()) {
        enableAutoStatus();
        return;
    }
    if (current_) afterConnected();
    else if (canAsk(*transport_, profile_)) ask({EscPosStatus::kPrinter, EscPosStatus::kOfflineCause, EscPosStatus::kPaper}, false);
}

void EscPosReceiptPrinter::enableAutoStatus() {
    // The printer answers GS a with a first status block at once and then one per change.
    step_ = Step::Sending;
    autoStatusOn_ = true;
    transport_->setJobName(QStringLiteral("status"));
    transport_->send(escpos::automaticStatusBack(0x0F));
}

void EscPosReceiptPrinter::afterConnected() {
    if (canAsk(*transport_, profile_) && !autoStatusOn_) {
        ask({EscPosStatus::kPrinter, EscPosStatus::kOfflineCause, EscPosStatus::kPaper}, true);
        return;
    }
    if (auto refused = statusError(current_->id); refused && transport_->isBidirectional()) {
        finish(refused);
        return;
    }
    sendCurrent();
}

void EscPosReceiptPrinter::ask(std::vector<int> questions, bool forJob) {
    step_ = Step::Asking;
    questions_ = std::move(questions);
    askingForJob_ = forJob;
    asked_ = status();
    askNext();
}

void EscPosReceiptPrinter::askNext() {
    transport_->query(escpos::realTimeStatus(questions_.front()), 1, options_.queryTimeoutMs);
}

void EscPosReceiptPrinter::onReplied(const QByteArray& reply) {
    if (step_ != Step::Asking || questions_.empty()) return;
    const int n = questions_.front();
    questions_.erase(questions_.begin());
    const auto applied = reply.size() == 1 ? EscPosStatus::applyRealTime(asked_, n, quint8(reply.at(0)),
                                                                        options_.drawerPolarity,
                                                                        options_.drawerSensor && profile_.drawer)
                                           : std::nullopt;
    if (!applied) {
        // A printer that answers something else than ESC/POS status: we cannot know its state, so
        // we do not pretend to; the job is still sent (a refused receipt would wait for nothing).
        unreadable_ += reply.size();
        qCWarning(lcPrinter) << description() << "answered DLE EOT" << n << "with" << reply.toHex(' ')
                             << ": not an ESC/POS status";
        questions_.clear();
    } else {
        asked_ = *applied;
        // Only when the printer says it has an error is its cause asked for.
        if (n == EscPosStatus::kOfflineCause && asked_.error) questions_.insert(questions_.begin(), EscPosStatus::kErrorCause);
    }
    if (!questions_.empty()) {
        askNext();
        return;
    }
    step_ = Step::Idle;
    if (applied) updateStatus(asked_);
    if (!askingForJob_ || !current_) {
        startNext();
        return;
    }
    if (failedSend_) {
        // The printer stopped taking bytes: its status says why (paper out, cover opened).
        const DeviceError why = statusError(current_->id).value_or(*failedSend_);
        failedSend_.reset();
        finish(why);
        return;
    }
    if (auto refused = statusError(current_->id)) {
        finish(refused);
        return;
    }
    sendCurrent();
}

void EscPosReceiptPrinter::sendCurrent() {
    step_ = Step::Sending;
    transport_->setJobName(current_->title);
    transport_->send(current_->bytes);
}

void EscPosReceiptPrinter::onSent(qint64 bytes) {
    if (step_ != Step::Sending) return;
    step_ = Step::Idle;
    if (!current_) {  // the GS a that turned automatic status back on
        startNext();
        return;
    }
    qCDebug(lcPrinter) << description() << "job" << current_->id << "sent," << bytes << "bytes";
    if (transport_->connectsPerJob()) transport_->disconnectTransport();
    finish(std::nullopt);
}

void EscPosReceiptPrinter::onReceived(const QByteArray& bytes) {
    if (!autoStatusOn_) {
        unreadable_ += bytes.size();
        qCDebug(lcPrinter) << description() << "sent" << bytes.size() << "bytes nobody asked for";
        return;
    }
    const qint64 droppedBefore = autoStatus_.droppedBytes();
    for (const PrinterStatus& s : autoStatus_.feed(bytes, status())) updateStatus(s);
    if (autoStatus_.droppedBytes() != droppedBefore) {
        unreadable_ += autoStatus_.droppedBytes() - droppedBefore;
        qCWarning(lcPrinter) << description() << "sent status bytes that cannot be read:" << bytes.toHex(' ');
    }
}

void EscPosReceiptPrinter::onFailed(const DeviceError& error, qint64 bytesWritten) {
    const Step was = step_;
    step_ = Step::Idle;
    if (was == Step::Asking && error.kind == DeviceError::Kind::Timeout && transport_->isConnected()) {
        // No answer to DLE EOT: the model (or its USB interface) does not answer; print anyway.
        qCInfo(lcPrinter) << description() << "does not answer status questions";
        questions_.clear();
        if (askingForJob_ && current_ && failedSend_) {
            const DeviceError why = *failedSend_;
            failedSend_.reset();
            finish(why);
        } else if (askingForJob_ && current_) {
            sendCurrent();
        } else {
            startNext();
        }
        return;
    }
    if (!current_) {
        qCInfo(lcPrinter) << description() << error.message;
        if (error.kind == DeviceError::Kind::NotFound || error.kind == DeviceError::Kind::Offline) {
            PrinterStatus s = status();
            s.online = false;
            updateStatus(s);
        }
        startNext();
        return;
    }
    qCWarning(lcPrinter) << description() << "job" << current_->id << "failed after" << bytesWritten << "of"
                         << current_->bytes.size() << "bytes:" << DeviceError::kindName(error.kind) << error.message;
    DeviceError e = error;
    if (transport_->connectsPerJob()) transport_->disconnectTransport();
    if (was == Step::Sending && e.kind == DeviceError::Kind::Timeout && canAsk(*transport_, profile_) && !autoStatusOn_ &&
        transport_->isConnected()) {
        // Paper out or the cover opened in the middle: ask, so the error says that.
        failedSend_ = e;
        ask({EscPosStatus::kPrinter, EscPosStatus::kOfflineCause, EscPosStatus::kPaper}, true);
        return;
    }
    if (auto fromStatus = statusError(current_->id); fromStatus && e.kind == DeviceError::Kind::Timeout) e = *fromStatus;
    if (e.kind == DeviceError::Kind::NotFound || e.kind == DeviceError::Kind::Offline || e.kind == DeviceError::Kind::Timeout) {
        PrinterStatus s = status();
        s.online = false;
        updateStatus(s);
    }
    finish(e);
}

void EscPosReceiptPrinter::onGone() {
    qCWarning(lcPrinter) << description() << "is gone";
    autoStatusOn_ = false;
    PrinterStatus s = status();
    s.online = false;
    s.drawerOpen.reset();
    updateStatus(s);
    setPowerState(PowerState::Off);
    if (step_ == Step::Connecting) step_ = Step::Idle;
}

void EscPosReceiptPrinter::finish(std::optional<DeviceError> error) {
    failedSend_.reset();
    const int id = current_->id;
    current_.reset();
    step_ = Step::Idle;
    if (!error && !status().online && !transport_->isBidirectional()) {
        PrinterStatus s = status();  // it printed, so it is there
        s.online = true;
        updateStatus(s);
    }
    if (pending_.empty() && isOpen()) setState(error ? DeviceState::Error : DeviceState::Idle);
    if (error) {
        error->jobId = id;
        reportError(*error);
    } else {
        emit outputComplete(id);
    }
    if (!pending_.empty()) QMetaObject::invokeMethod(this, &EscPosReceiptPrinter::startNext, Qt::QueuedConnection);
}

void EscPosReceiptPrinter::reconnectNow() {
    if (!isEnabled() || step_ != Step::Idle || transport_->isConnected()) return;
    qCInfo(lcPrinter) << description() << "may be back: connecting";
    sinceReconnect_.start();
    step_ = Step::Connecting;
    transport_->connectTransport();
}

void EscPosReceiptPrinter::pollStatus() {
    if (step_ != Step::Idle || current_ || !pending_.empty()) return;
    if (transport_->readsPrinterState()) {
        transport_->readPrinterState();
        return;
    }
    if (!transport_->isConnected()) {
        if (sinceReconnect_.isValid() && sinceReconnect_.elapsed() < options_.reconnectIntervalMs) return;
        sinceReconnect_.start();
        step_ = Step::Connecting;  // plugged back in? the transport says connected() or failed()
        transport_->connectTransport();
        return;
    }
    if (canAsk(*transport_, profile_) && !autoStatusOn_)
        ask({EscPosStatus::kPrinter, EscPosStatus::kOfflineCause, EscPosStatus::kPaper}, false);
}

}  // namespace ak::dev
