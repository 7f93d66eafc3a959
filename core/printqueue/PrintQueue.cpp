#include "core/printqueue/PrintQueue.h"

#include "core/storage/Sql.h"
#include "drivers/print/PrintDocumentCodec.h"

#include <QLoggingCategory>
#include <QMetaObject>
#include <QSqlQuery>

namespace ak {

Q_LOGGING_CATEGORY(lcPrintQueue, "aktivkafe.core.printqueue")

namespace {

using State = PrintJob::State;

QString stamp(const QDateTime& t) { return t.toUTC().toString(Qt::ISODateWithMs); }

QDateTime parseStamp(const QVariant& v) {
    if (v.isNull()) return {};
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC();  // stored with 'Z' 
}

const QString kJobColumns =
    QStringLiteral("id, created_at, kind, ref, title, state, attempts, last_error, printed_at");

PrintJob jobFrom(const QSqlQuery& q) {
    PrintJob j;
    j.id = q.value(0).toLongLong();
    j.createdAt = parseStamp(q.value(1));
    j.kind = q.value(2).toString();
    j.ref = q.value(3).toString();
    j.title = q.value(4).toString();
    j.state = printJobStateFromString(q.value(5).toString()).value_or(State::Cancelled);
    j.attempts = q.value(6).toInt();
    j.lastError = q.value(7).toString();
    j.printedAt = parseStamp(q.value(8));
    return j;
}

}  // namespace

QString toString(PrintJob::State state) {
    switch (state) {
    case State::Queued: return QStringLiteral("queued");
    case State::Printing: return QStringLiteral("printing");
    case State::Done: return QStringLiteral("done");
    case State::Interrupted: return QStringLiteral("interrupted");
    case State::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<PrintJob::State> printJobStateFromString(const QString& text) {
    for (State s : {State::Queued, State::Printing, State::Done, State::Interrupted, State::Cancelled})
        if (toString(s) == text) return s;
    return std::nullopt;
}

PrintQueue::PrintQueue(Database& db, const Clock& clock, QString station, QObject* parent)
    : QObject(parent), db_(db), clock_(clock), station_(std::move(station)) {
    retryTimer_.setInterval(kDefaultRetryIntervalMs);
    connect(&retryTimer_, &QTimer::timeout, this, [this] { drain(true); });
}

PrintQueue::~PrintQueue() = default;

Result<void> PrintQueue::start() {
    if (started_) return {};  // a second recovery would take this run's own job for a dead one's
    // Whatever was 'printing' when the last run ended may be on paper already: never again by
    // itself (that could print a receipt twice), a person decides.
    int recovered = 0;
    auto r = db_.write([&]() -> Result<void> {
        auto q = db_.query(QStringLiteral("UPDATE print_jobs SET state = 'interrupted', last_error = ?"
                                          " WHERE state = 'printing' AND station = ?"),
                           {tr("The program stopped while this was printing; it may or may not be on paper."), station_});
        if (!q) return q.error();
        recovered = q->numRowsAffected();
        return {};
    });
    if (!r) return r;
    if (recovered > 0) qCWarning(lcPrintQueue) << recovered << "job(s) were printing when the last run ended: interrupted";
    started_ = true;
    notify();
    scheduleDrain();
    return {};
}

void PrintQueue::setPrinter(dev::ReceiptPrinter* printer) {
    if (printer_ == printer) return;
    if (printer_) disconnect(printer_, &dev::ReceiptPrinter::statusChanged, this, &PrintQueue::onStatusChanged);
    printer_ = printer;
    if (printer) {
        // Outcome signals of earlier printers stay connected: a job sent to the old printer still
        // gets its answer (handlers match printer and job id). They go when that printer does.
        connect(printer, &dev::ReceiptPrinter::statusChanged, this, &PrintQueue::onStatusChanged, Qt::UniqueConnection);
        connect(printer, &dev::PosDevice::outputComplete, this, &PrintQueue::onOutputComplete, Qt::UniqueConnection);
        connect(printer, &dev::PosDevice::errorOccurred, this, &PrintQueue::onPrinterError, Qt::UniqueConnection);
        connect(printer, &QObject::destroyed, this, &PrintQueue::onPrinterDestroyed, Qt::UniqueConnection);
        qCInfo(lcPrintQueue) << "printer" << printer->description();
    } else {
        qCInfo(lcPrintQueue) << "no printer";
    }
    waitForPrinter_ = false;  // a new printer deserves a try at once
    notify();
    scheduleDrain();
}

Result<qint64> PrintQueue::enqueue(const QString& kind, const QString& ref, const dev::PrintDocument& document) {
    if (kind.isEmpty()) return Error{ErrorCode::InvalidInput, QStringLiteral("A print job needs a kind")};
    if (document.isEmpty()) return Error{ErrorCode::InvalidInput, QStringLiteral("A print job needs something to print")};
    const QString json = QString::fromUtf8(dev::PrintDocumentCodec::toJson(document));
    qint64 id = 0;
    auto r = db_.write([&]() -> Result<void> {
        auto q = db_.insert(QStringLiteral("INSERT INTO print_jobs (created_at, kind, ref, title, document, station)"
                                          " VALUES (?, ?, ?, ?, ?, ?)"),
                           {stamp(clock_.now()), kind, sql::text(ref), sql::text(document.title()), json, station_});
        if (!q) return q.error();
        id = q.value();
        return {};
    });
    if (!r) return r.error();
    qCDebug(lcPrintQueue) << "queued job" << id << kind << ref;
    // Inside a caller's write the count waits for the event loop too: the row may still roll back.
    if (!db_.inWrite()) notify();
    // From the event loop: by then the caller's transaction has committed or rolled back, so a
    // job that never existed is never sent.
    scheduleDrain();
    return id;
}

Result<qint64> PrintQueue::reprintAsCopy(qint64 id, const dev::PrintDocument& document) {
    qint64 copyId = 0;
    auto r = db_.write([&]() -> Result<void> {
        auto original = job(id);
        if (!original) return original.error();
        auto copy = enqueue(QStringLiteral("copy"), original->ref, document);
        if (!copy) return copy.error();
        copyId = copy.value();
        if (original->state == State::Interrupted)
            return setState(id, {State::Interrupted}, State::Cancelled, tr("Printed again as copy %1.").arg(copyId));
        return {};
    });
    if (!r) return r.error();
    qCInfo(lcPrintQueue) << "job" << id << "reprinted as copy" << copyId;
    notify();
    return copyId;
}

Result<void> PrintQueue::markDone(qint64 id) {
    auto r = setState(id, {State::Interrupted, State::Queued}, State::Done);
    if (r) qCInfo(lcPrintQueue) << "job" << id << "marked done by hand";
    notify();
    return r;
}

Result<void> PrintQueue::cancel(qint64 id) {
    auto r = setState(id, {State::Interrupted, State::Queued}, State::Cancelled, tr("Cancelled."));
    if (r) qCInfo(lcPrintQueue) << "job" << id << "cancelled";
    notify();
    return r;
}

Result<PrintJob> PrintQueue::job(qint64 id) const {
    auto q = db_.query(QStringLiteral("SELECT %1 FROM print_jobs WHERE id = ?").arg(kJobColumns), {id});
    if (!q) return q.error();
    if (!q->next()) return Error{ErrorCode::NotFound, QStringLiteral("There is no print job %1").arg(id)};
    return jobFrom(q.value());
}

Result<dev::PrintDocument> PrintQueue::document(qint64 id) const {
    auto q = db_.query(QStringLiteral("SELECT document FROM print_jobs WHERE id = ?"), {id});
    if (!q) return q.error();
    if (!q->next()) return Error{ErrorCode::NotFound, QStringLiteral("There is no print job %1").arg(id)};
    QString why;
    auto doc = dev::PrintDocumentCodec::fromJson(q->value(0).toString().toUtf8(), &why);
    if (!doc) return Error{ErrorCode::InvalidInput, QStringLiteral("Print job %1 cannot be read: %2").arg(id).arg(why)};
    return *doc;
}

std::vector<PrintJob> PrintQueue::interruptedJobs() const {
    std::vector<PrintJob> jobs;
    auto q = db_.query(QStringLiteral("SELECT %1 FROM print_jobs WHERE state = 'interrupted' AND station = ?"
                                      " ORDER BY id").arg(kJobColumns), {station_});
    if (!q) return jobs;  // logged by sql::run; the till shows none rather than stopping
    while (q->next()) jobs.push_back(jobFrom(q.value()));
    return jobs;
}

PrintProblem PrintQueue::problem() const {
    if (!printer_) return PrintProblem::NoPrinter;
    const dev::PrinterStatus s = printer_->status();
    if (s.paper == dev::PrinterStatus::Paper::Out) return PrintProblem::PaperOut;
    if (s.coverOpen) return PrintProblem::CoverOpen;
    if (!s.online) return PrintProblem::Offline;
    // Printers that cannot report status only tell us through a failed job.
    if (!lastError_ || waiting_ == 0) return PrintProblem::None;
    using K = dev::DeviceError::Kind;
    switch (lastError_->kind) {
    case K::PaperOut: return PrintProblem::PaperOut;
    case K::CoverOpen: return PrintProblem::CoverOpen;
    case K::NotFound:
    case K::Offline:
    case K::Timeout:
    case K::Io:
    case K::Busy: return PrintProblem::Offline;
    case K::InvalidState:
    case K::Config:
    case K::Unsupported: return PrintProblem::NotReady;
    }
    return PrintProblem::NotReady;
}

QString PrintQueue::problemText() const {
    switch (problem()) {
    case PrintProblem::None: return {};
    case PrintProblem::NoPrinter:
        return tr("No receipt printer is set up. Sales go on; receipts will print when a printer is connected.");
    case PrintProblem::PaperOut:
        return tr("The printer is out of paper. Sales go on; receipts will print when paper is in.");
    case PrintProblem::CoverOpen:
        return tr("The printer cover is open. Sales go on; receipts will print when the cover is closed.");
    case PrintProblem::Offline:
        return tr("The printer is offline or unplugged. Sales go on; receipts will print when it is back.");
    case PrintProblem::NotReady:
        return tr("The printer is not ready. Sales go on; receipts will print when it is ready.");
    }
    return {};
}

void PrintQueue::setRetryIntervalMs(int ms) { retryTimer_.setInterval(ms); }

void PrintQueue::scheduleDrain() {
    if (drainScheduled_) return;
    drainScheduled_ = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            drainScheduled_ = false;
            drain(false);
        },
        Qt::QueuedConnection);
}

void PrintQueue::drain(bool retry) {
    // Never read or send from inside someone's open transaction: its rows may still roll back.
    if (db_.inWrite()) return scheduleDrain();
    notify();
    if (!started_ || inFlight_ || !printer_) return;
    // After a failure, wait for the printer to say it is ready (or for the slow retry); before one,
    // do not send what its status says will fail.
    if (!retry && (waitForPrinter_ || !printer_->status().canPrint())) return;

    // A kiosk on PostgreSQL may not read print_jobs.document (printed slips hold visitors' cancel
    // codes, PostgresRoles.h): it is given the document of its job still waiting, and no other.
    const bool narrow = db_.isPostgres() && station_.startsWith(kioskStation(QString()));
    auto q = db_.query(QStringLiteral("SELECT id, %1 FROM print_jobs WHERE state = 'queued' AND station = ?"
                                      " ORDER BY id LIMIT 1")
                           .arg(narrow ? QStringLiteral("ak_kiosk_print_document(id)") : QStringLiteral("document")),
                       {station_});
    if (!q) return;  // logged; the retry timer or the next event tries again
    if (!q->next()) {
        retryTimer_.stop();
        return;
    }
    const qint64 id = q->value(0).toLongLong();
    QString why;
    const auto doc = dev::PrintDocumentCodec::fromJson(q->value(1).toString().toUtf8(), &why);
    q->finish();
    if (!doc) {
        // Cannot happen unless the file was damaged; keep it for a person rather than block the queue.
        qCWarning(lcPrintQueue) << "job" << id << "has an unreadable document:" << why;
        (void)setState(id, {State::Queued}, State::Interrupted, tr("The stored receipt could not be read."));
        return scheduleDrain();
    }
    // 'printing' is on disk before the first byte goes out: a crash from here on leaves an
    // interrupted job, never a silent second print.
    if (auto r = setState(id, {State::Queued}, State::Printing); !r) {
        qCWarning(lcPrintQueue) << "job" << id << "could not be marked printing:" << r.error().message;
        if (!retryTimer_.isActive()) retryTimer_.start();
        return;
    }
    dev::ReceiptPrinter* printer = printer_.data();
    inFlight_ = InFlight{id, printer, 0};
    inFlight_->printerJobId = printer->print(*doc);
    qCDebug(lcPrintQueue) << "job" << id << "sent as" << inFlight_->printerJobId << "to" << printer->description();
    notify();
}

void PrintQueue::onStatusChanged(const dev::PrinterStatus& status) {
    if (sender() != printer_.data()) return;
    if (status.canPrint()) {
        waitForPrinter_ = false;
        scheduleDrain();
    }
    notify();
}

void PrintQueue::onOutputComplete(int printerJobId) {
    if (inFlight_ && sender() == inFlight_->printer && printerJobId == inFlight_->printerJobId)
        finishInFlight(std::nullopt);
}

void PrintQueue::onPrinterError(const dev::DeviceError& error) {
    if (inFlight_ && sender() == inFlight_->printer && error.jobId == inFlight_->printerJobId) finishInFlight(error);
}

void PrintQueue::onPrinterDestroyed(QObject* object) {
    if (!inFlight_ || object != inFlight_->printer) return;
    // It never answered: the job may be on paper. Same rule as a crash.
    const qint64 id = inFlight_->queueId;
    inFlight_.reset();
    qCWarning(lcPrintQueue) << "printer went away while printing job" << id << ": interrupted";
    (void)setState(id, {State::Printing}, State::Interrupted,
                   tr("The printer went away while printing this; it may or may not be on paper."));
    notify();
    scheduleDrain();
}

void PrintQueue::finishInFlight(const std::optional<dev::DeviceError>& error) {
    const qint64 id = inFlight_->queueId;
    inFlight_.reset();
    if (!error) {
        if (auto r = setState(id, {State::Printing}, State::Done); !r)
            // It is on paper; left 'printing', the next start shows it as interrupted, not reprinted.
            qCWarning(lcPrintQueue) << "job" << id << "printed but could not be marked done:" << r.error().message;
        lastError_.reset();
        waitForPrinter_ = false;
        retryTimer_.stop();
        qCDebug(lcPrintQueue) << "job" << id << "done";
        emit jobDone(id);
    } else {
        if (auto r = setState(id, {State::Printing}, State::Queued, error->message); !r)
            qCWarning(lcPrintQueue) << "job" << id << "failed and could not be queued again:" << r.error().message;
        // Once per kind of trouble in the log, not once per slow retry.
        if (!lastError_ || lastError_->kind != error->kind)
            qCInfo(lcPrintQueue) << "job" << id << "failed, waiting for the printer:"
                                 << dev::DeviceError::kindName(error->kind) << error->message;
        lastError_ = error;
        waitForPrinter_ = true;
        if (!retryTimer_.isActive()) retryTimer_.start();
        emit jobFailed(id, error->message);
    }
    notify();
    scheduleDrain();
}

Result<void> PrintQueue::setState(qint64 id, std::initializer_list<PrintJob::State> from, PrintJob::State to,
                                  const QString& error) {
    QStringList allowed;
    for (State s : from) allowed << QStringLiteral("'%1'").arg(toString(s));
    const bool printing = to == State::Printing;
    const bool done = to == State::Done;
    return db_.write([&]() -> Result<void> {
        // Sending keeps the last error (the till still shows why the previous attempt failed).
        auto q = db_.query(QStringLiteral("UPDATE print_jobs SET state = ?, printed_at = ?, attempts = attempts + ?,"
                                          " last_error = CASE WHEN ? = 1 THEN last_error ELSE ? END"
                                          " WHERE id = ? AND state IN (%1)")
                               .arg(allowed.join(u',')),
                           {toString(to), done ? QVariant(stamp(clock_.now())) : QVariant(), printing ? 1 : 0,
                            printing ? 1 : 0, sql::text(error), id});
        if (!q) return q.error();
        if (q->numRowsAffected() == 1) return {};
        auto j = job(id);
        if (!j) return j.error();
        return Error{ErrorCode::Conflict, QStringLiteral("Print job %1 is %2, not %3")
                                              .arg(id)
                                              .arg(toString(j->state), allowed.join(QStringLiteral(" or ")))};
    });
}

void PrintQueue::notify() {
    auto q = db_.query(QStringLiteral("SELECT COALESCE(SUM(CASE WHEN state IN ('queued', 'printing') THEN 1 ELSE 0 END), 0),"
                                      " COALESCE(SUM(CASE WHEN state = 'interrupted' THEN 1 ELSE 0 END), 0)"
                                      " FROM print_jobs WHERE station = ?"),
                       {station_});
    if (q && q->next()) {
        waiting_ = q->value(0).toInt();
        interrupted_ = q->value(1).toInt();
    }
    const QString text = problemText();
    if (waiting_ == shownWaiting_ && interrupted_ == shownInterrupted_ && text == shownText_) return;
    shownWaiting_ = waiting_;
    shownInterrupted_ = interrupted_;
    shownText_ = text;
    emit changed();
}

}  // namespace ak
