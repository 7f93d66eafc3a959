#pragma once
// The persisted print queue: "nothing is ever lost, nothing is printed twice".
//
// A sale commits first and queues its receipt in the same transaction (enqueue() joins the
// caller's Database::write()). Jobs live in the print_jobs table and go to the receipt printer one
// at a time, oldest first. When a job fails (paper out, cover open, offline, unplugged) it goes
// back to the queue with its error and waits until the printer says it can print again
// (statusChanged), or until the slow retry timer fires (port 9100 and CUPS cannot report status).
//
// A job found in state 'printing' at start() was on its way to the paper when the process died:
// it may or may not have printed, so it becomes 'interrupted' and is never printed again by
// itself. A person decides: reprintAsCopy() (a new "copy" job) or markDone() ("it printed fine").
//
//   queued --sent--> printing --outputComplete--> done
//     ^                 |--errorOccurred--> queued (last_error, attempts)
//     |                 '--process died / printer destroyed mid-job--> interrupted
//   cancel()      interrupted --markDone--> done,  --reprintAsCopy--> cancelled (+ new copy job)
//
// One PrintQueue per station drains that station's jobs: the till ("till") and each kiosk
// ("kiosk:<id>") share the database but each has its own printer, so a kiosk's sign-up slip never
// comes out of the till's printer, nor a receipt out of the kiosk's.
// Ownership: holds references to the Database and the Clock (both outlive the queue) and a
// non-owning pointer to the printer; the composition root owns the printer and calls
// setPrinter(nullptr) before destroying it (a destroyed printer is noticed all the same).

#include "core/storage/Database.h"
#include "core/util/Clock.h"
#include "core/util/Result.h"
#include "drivers/devices/DeviceError.h"
#include "drivers/devices/PrinterStatus.h"
#include "drivers/devices/ReceiptPrinter.h"
#include "drivers/print/PrintDocument.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <initializer_list>
#include <optional>
#include <vector>

namespace ak {

struct PrintJob {
    enum class State { Queued, Printing, Done, Interrupted, Cancelled };
    qint64 id = 0;
    QDateTime createdAt;  // UTC
    QString kind;         // "receipt", "copy", "test", "slip" ...
    QString ref;          // what it belongs to, e.g. the sale id; may be empty
    QString title;
    State state = State::Queued;
    int attempts = 0;     // how often it was sent to a printer
    QString lastError;    // the printer's words from the last failed attempt, empty if none
    QDateTime printedAt;  // UTC, null unless done
};

// What keeps receipts from printing, for the till's banner and icons.
enum class PrintProblem { None, NoPrinter, PaperOut, CoverOpen, Offline, NotReady };

class PrintQueue : public QObject {
    Q_OBJECT
    Q_PROPERTY(int waitingCount READ waitingCount NOTIFY changed)
    Q_PROPERTY(int interruptedCount READ interruptedCount NOTIFY changed)
    Q_PROPERTY(QString problemText READ problemText NOTIFY changed)
public:
    static constexpr int kDefaultRetryIntervalMs = 10000;

    static QString tillStation() { return QStringLiteral("till"); }
    static QString kioskStation(const QString& kioskId) { return QStringLiteral("kiosk:") + kioskId; }

    PrintQueue(Database& db, const Clock& clock, QString station = tillStation(), QObject* parent = nullptr);
    const QString& station() const { return station_; }
    ~PrintQueue() override;

    // Recovers jobs left 'printing' by a previous run (-> interrupted) and starts draining.
    // Nothing is sent to a printer before start(); enqueue() works before it too. A job still
    // printing when the queue is destroyed is found 'printing' by the next start(): interrupted.
    Result<void> start();

    // Non-owning; nullptr when there is no printer (unplugged, not configured). The queue keeps
    // its jobs and continues on the next printer. A job already sent to the old printer still
    // waits for that printer's answer.
    void setPrinter(dev::ReceiptPrinter* printer);
    dev::ReceiptPrinter* printer() const { return printer_.data(); }

    // Stores a job. Inside the caller's Database::write() it commits or rolls back with the
    // caller's rows; on its own it is a write of its own. Sending waits for the event loop, so a
    // job that is rolled back is never sent. Errors: InvalidInput (empty kind or document), Storage.
    Result<qint64> enqueue(const QString& kind, const QString& ref, const dev::PrintDocument& document);

    // For an interrupted job (or a finished one a person wants again): queues `document` (built by
    // the receipt builder, marked as a copy) as a new job of kind "copy" with the same ref; an
    // interrupted original becomes cancelled. Returns the new job's id. Errors: NotFound, Storage.
    Result<qint64> reprintAsCopy(qint64 id, const dev::PrintDocument& document);
    // "It printed fine": an interrupted (or queued) job becomes done without printing.
    Result<void> markDone(qint64 id);
    // A queued or interrupted job is dropped (printing/done jobs are refused: InvalidInput).
    Result<void> cancel(qint64 id);

    Result<PrintJob> job(qint64 id) const;
    // The stored document of a job (InvalidInput if the stored text cannot be read).
    Result<dev::PrintDocument> document(qint64 id) const;
    std::vector<PrintJob> interruptedJobs() const;

    int waitingCount() const { return waiting_; }  // queued + printing
    int interruptedCount() const { return interrupted_; }
    PrintProblem problem() const;
    // One sentence for the banner, empty when receipts print normally.
    QString problemText() const;

    // The slow retry for printers that cannot report their status (tests make it short).
    void setRetryIntervalMs(int ms);
    int retryIntervalMs() const { return retryTimer_.interval(); }

signals:
    void changed();
    void jobDone(qint64 id);
    void jobFailed(qint64 id, const QString& error);

private:
    void scheduleDrain();
    void drain(bool retry);
    void onStatusChanged(const dev::PrinterStatus& status);
    void onOutputComplete(int printerJobId);
    void onPrinterError(const dev::DeviceError& error);
    void onPrinterDestroyed(QObject* object);
    void finishInFlight(const std::optional<dev::DeviceError>& error);
    // One job from one of `from` to `to` (Conflict if it is in another state); joins a caller's write.
    Result<void> setState(qint64 id, std::initializer_list<PrintJob::State> from, PrintJob::State to,
                          const QString& error = {});
    // Re-reads the counts and emits changed() when what the till shows differs.
    void notify();

    struct InFlight {
        qint64 queueId = 0;
        const QObject* printer = nullptr;  // compared only: the object may be gone
        int printerJobId = 0;
    };

    Database& db_;
    const Clock& clock_;
    QString station_;
    QPointer<dev::ReceiptPrinter> printer_;
    std::optional<InFlight> inFlight_;
    std::optional<dev::DeviceError> lastError_;  // of the last failed attempt; cleared by a success
    QTimer retryTimer_;
    bool started_ = false;
    bool drainScheduled_ = false;
    bool waitForPrinter_ = false;  // after a failure: until statusChanged says canPrint, or the timer
    int waiting_ = 0;
    int interrupted_ = 0;
    int shownWaiting_ = -1;  // what changed() last announced
    int shownInterrupted_ = -1;
    QString shownText_;
};

QString toString(PrintJob::State state);
std::optional<PrintJob::State> printJobStateFromString(const QString& text);

}  // namespace ak
