#include "PrinterController.h"

#include <QJsonObject>
#include <QLoggingCategory>

#include "SessionController.h"
#include "core/journal/Journal.h"
#include "core/print/TestPage.h"
#include "core/printqueue/PrintQueue.h"
#include "core/sales/SaleRepository.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"
#include "drivers/devices/DeviceManager.h"

Q_LOGGING_CATEGORY(lcTillPrinter, "aktivkafe.pos.printer")

namespace ak {

PrinterController::PrinterController(const dev::DeviceManager& devices, PrinterHeading heading, Database& db,
                                     Journal& journal, const Clock& clock, SessionController& session, PrintQueue& queue,
                                     SaleRepository& sales, ReceiptInfo receiptInfo, QObject* parent)
    : QObject(parent),
      devices_(devices),
      heading_(std::move(heading)),
      db_(db),
      journal_(journal),
      clock_(clock),
      session_(session),
      queue_(queue),
      sales_(sales),
      receiptInfo_(std::move(receiptInfo)) {
    connect(&queue_, &PrintQueue::changed, this, &PrinterController::changed);
    connect(&queue_, &PrintQueue::changed, this, &PrinterController::refreshInterrupted);
    refreshInterrupted();
    connect(&devices_, &dev::DeviceManager::changed, this, &PrinterController::changed);
    // The manager's printer is the same object for the till's whole run (its hardware comes and goes).
    if (const dev::ReceiptPrinter* printer = devices_.printer()) {
        connect(printer, &dev::PosDevice::outputComplete, this, &PrinterController::onComplete);
        connect(printer, &dev::PosDevice::errorOccurred, this, &PrinterController::onError);
    }
}

QString PrinterController::problemFor(const dev::PrinterStatus& status) {
    if (!status.online) return tr("The printer is not answering. Check that it is switched on and its cable is in.");
    if (status.coverOpen) return tr("The printer's cover is open. Close it firmly.");
    if (status.paper == dev::PrinterStatus::Paper::Out) return tr("The printer is out of paper. Put in a new roll.");
    return {};
}

QString PrinterController::problemText() const {
    const QString waiting = queue_.problemText();
    if (!waiting.isEmpty()) return waiting;
    if (const QString problem = devices_.printerProblem(); !problem.isEmpty()) return problem;
    const dev::ReceiptPrinter* printer = devices_.printer();
    return printer ? problemFor(printer->status()) : QString();
}

QString PrinterController::statusText() const {
    const dev::ReceiptPrinter* printer = devices_.printer();
    if (!printer) return tr("No receipt printer is set up.");
    const QString problem = problemText();
    if (!problem.isEmpty()) return problem;
    if (printer->status().paper == dev::PrinterStatus::Paper::NearEnd) {
        return tr("Ready. The paper roll is nearly empty.");
    }
    return tr("Ready.");
}

QString PrinterController::deviceText() const {
    const dev::ReceiptPrinter* printer = devices_.printer();
    return printer ? printer->description() : QString();
}

void PrinterController::testPrint() {
    if (!session_.loggedIn()) {
        lastResult_ = tr("Log in first.");
        emit changed();
        return;
    }
    dev::ReceiptPrinter* printer = devices_.printer();
    if (!printer) {
        lastResult_ = devices_.printerProblem();
        emit changed();
        return;
    }
    const TestPageInfo info{heading_.cafeName, heading_.orgNumber, heading_.registerId, session_.operatorName(),
                            clock_.now(), QLocale(), heading_.zone};
    pendingJob_ = printer->print(TestPage::build(info));
    const qint64 operatorId = session_.operatorId();
    const int job = pendingJob_;
    const Result<void> logged = db_.write([&]() -> Result<void> {
        auto entry = journal_.append(Journal::staffActor(operatorId), JournalKind::TestPrint,
                                     QJsonObject{{QStringLiteral("job"), job}});
        if (!entry) return entry.error();
        return {};
    });
    if (!logged) qCWarning(lcTillPrinter) << "could not journal the test print:" << logged.error().message;
    lastResult_ = tr("Printing the test page…");
    emit changed();
}

void PrinterController::onComplete(int jobId) {
    if (jobId != pendingJob_) return;
    pendingJob_ = 0;
    lastResult_ = tr("The test page was printed.");
    emit changed();
}

void PrinterController::onError(const dev::DeviceError& error) {
    if (error.jobId != 0 && error.jobId != pendingJob_) return;
    if (error.jobId == pendingJob_) pendingJob_ = 0;
    lastResult_ = tr("The test page was not printed: %1").arg(error.message);
    emit changed();
}

void PrinterController::refreshInterrupted() {
    std::vector<QVariantMap> rows;
    for (const PrintJob& job : queue_.interruptedJobs()) {
        rows.push_back({{QStringLiteral("jobId"), job.id},
                        {QStringLiteral("title"), job.title},
                        {QStringLiteral("whenText"), QLocale().toString(job.createdAt.toTimeZone(heading_.zone), QStringLiteral("dd.MM HH:mm"))}});
    }
    interrupted_.setRows(std::move(rows));
}

void PrinterController::markPrinted(qint64 jobId) {
    if (const auto done = queue_.markDone(jobId); !done) lastResult_ = done.error().message;
    refreshInterrupted();
    emit changed();
}

void PrinterController::printAgain(qint64 jobId) {
    const StaffMember* op = session_.currentOperator();
    auto job = queue_.job(jobId);
    if (!op || !job) return;
    if (job->kind == QLatin1String("receipt")) {
        // The receipt may be on paper already: what prints now is its one allowed copy, counted and
        // queued by core in one transaction, naming the seller.
        auto sale = sales_.registerCopy(job->ref.toLongLong(), *op,
                                        [&](const CompletedSale& sold, const QString& seller) -> Result<void> {
                                            ReceiptInfo info = receiptInfo_;
                                            info.operatorName = seller;
                                            auto copy = queue_.reprintAsCopy(
                                                jobId, ReceiptBuilder::build(sold, info, ReceiptCopy::Copy));
                                            if (!copy) return copy.error();
                                            return {};
                                        });
        if (!sale) lastResult_ = sale.error().message;
        refreshInterrupted();
        emit changed();
        return;
    }
    Result<dev::PrintDocument> document = queue_.document(jobId);
    if (!document) {
        lastResult_ = document.error().message;
    } else if (auto copy = queue_.reprintAsCopy(jobId, document.value()); !copy) {
        lastResult_ = copy.error().message;
    }
    refreshInterrupted();
    emit changed();
}

}  // namespace ak
