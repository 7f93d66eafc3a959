// The persisted print queue against the simulated printer on a real SQLite file:
// nothing is ever lost, nothing is printed twice.
#include "core/printqueue/PrintQueue.h"
#include "drivers/sim/SimulatedReceiptPrinter.h"
#include "tests/core/CoreFixtures.h"
#include "tests/core/Printers.h"
#include "tests/drivers/GuiAppFixture.h"

#include <QSignalSpy>
#include <QTest>

#include <boost/test/unit_test.hpp>

#include <memory>

using namespace ak;
using dev::SimulatedReceiptPrinter;
using Fault = SimulatedReceiptPrinter::Fault;

BOOST_TEST_GLOBAL_FIXTURE(GuiAppFixture);

namespace {

constexpr int kWaitMs = 5000;

std::unique_ptr<SimulatedReceiptPrinter> enabledPrinter() {
    auto p = std::make_unique<SimulatedReceiptPrinter>(*dev::PrinterProfile::byId(QStringLiteral("generic-80")));
    BOOST_REQUIRE(p->open());
    BOOST_REQUIRE(p->claim(1000));
    BOOST_REQUIRE(p->setDeviceEnabled(true));
    return p;
}

dev::PrintDocument receipt(int n) {
    dev::PrintDocument doc(QStringLiteral("job %1").arg(n));
    doc.text(QStringLiteral("Aktivkafe"), dev::TextStyle::centered().withBold())
        .columns(QStringLiteral("Kakao"), QStringLiteral("20,00"))
        .text(QStringLiteral("Receipt %1").arg(n))
        .cut();
    return doc;
}

// How often the simulated printer put this title on paper in full.
int printedCount(const SimulatedReceiptPrinter& p, int n) {
    int c = 0;
    for (const auto& j : p.jobs())
        if (j.completed && j.title == QStringLiteral("job %1").arg(n)) ++c;
    return c;
}

QStringList printedTitles(const SimulatedReceiptPrinter& p) {
    QStringList t;
    for (const auto& j : p.jobs())
        if (j.completed) t << j.title;
    return t;
}

QStringList titles(int from, int to) {
    QStringList t;
    for (int n = from; n <= to; ++n) t << QStringLiteral("job %1").arg(n);
    return t;
}

bool waitFor(const std::function<bool()>& done, int ms = kWaitMs) { return QTest::qWaitFor(done, ms); }

// A café database in a temp dir, a queue on it and an enabled simulated printer.
struct QueueFixture {
    test::TempDir dir;
    QString path = dir.file(QStringLiteral("cafe.db"));
    ManualClock clock{QDateTime(QDate(2025, 3, 1), QTime(10, 0), Qt::UTC)};
    std::unique_ptr<Database> db;
    std::unique_ptr<SimulatedReceiptPrinter> printer;
    std::unique_ptr<PrintQueue> queue;

    QueueFixture() {
        openQueue();
        printer = enabledPrinter();
        queue->setPrinter(printer.get());
    }
    ~QueueFixture() {
        queue.reset();  // before the database it refers to
        printer.reset();
        db.reset();
    }
    // A long slow retry, so that only the printer's status moves the queue unless a test says so.
    void openQueue() {
        db = test::openOrFail(path);
        queue = std::make_unique<PrintQueue>(*db, clock);
        queue->setRetryIntervalMs(60000);
        BOOST_REQUIRE(queue->start());
    }
    // The process ends: queue and database go away; the printer stays on the counter.
    void restart() {
        queue.reset();
        db.reset();
        openQueue();
        queue->setPrinter(printer.get());
    }
    qint64 enqueue(int n, const QString& kind = QStringLiteral("receipt")) {
        auto id = queue->enqueue(kind, QString::number(n), receipt(n));
        BOOST_REQUIRE_MESSAGE(id.ok(), (id.ok() ? QString() : id.error().message).toStdString());
        return id.value();
    }
    PrintJob job(qint64 id) {
        auto j = queue->job(id);
        BOOST_REQUIRE(j.ok());
        return j.value();
    }
    int rows() { return test::RawConnection(path).scalar(QStringLiteral("SELECT count(*) FROM print_jobs")).toInt(); }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(print_queue, QueueFixture)

BOOST_AUTO_TEST_CASE(prints_in_order_each_once) {
    std::vector<qint64> ids;
    for (int n = 1; n <= 5; ++n) ids.push_back(enqueue(n));
    BOOST_TEST(queue->waitingCount() == 5);
    BOOST_REQUIRE(waitFor([&] { return queue->waitingCount() == 0 && printedTitles(*printer).size() == 5; }));
    BOOST_TEST(printedTitles(*printer) == titles(1, 5));
    for (qint64 id : ids) {
        const PrintJob j = job(id);
        BOOST_TEST((j.state == PrintJob::State::Done));
        BOOST_TEST(j.attempts == 1);
        BOOST_TEST(j.printedAt == clock.now());
        BOOST_TEST(j.kind == QStringLiteral("receipt"));
    }
    BOOST_TEST(queue->problemText().isEmpty());
    QTest::qWait(50);
    BOOST_TEST(printer->jobs().size() == 5);  // nothing more went out
}

BOOST_AUTO_TEST_CASE(the_till_and_a_kiosk_each_print_their_own_jobs) {
    // A kiosk's queue on the same database, with its own printer, and a crash while it printed.
    auto kioskPrinter = enabledPrinter();
    auto kiosk = std::make_unique<PrintQueue>(*db, clock, PrintQueue::kioskStation(QStringLiteral("inngang")));
    kiosk->setRetryIntervalMs(60000);
    BOOST_REQUIRE(kiosk->start());
    kiosk->setPrinter(kioskPrinter.get());
    enqueue(1);                                                   // the till's receipt
    BOOST_REQUIRE(kiosk->enqueue(QStringLiteral("slip"), QString(), receipt(2)).ok());  // the kiosk's slip
    enqueue(3);
    BOOST_REQUIRE(waitFor([&] { return printedTitles(*printer).size() == 2 && printedTitles(*kioskPrinter).size() == 1; }));
    QTest::qWait(50);
    BOOST_TEST(printedTitles(*printer) == (QStringList{QStringLiteral("job 1"), QStringLiteral("job 3")}));
    BOOST_TEST(printedTitles(*kioskPrinter) == QStringList{QStringLiteral("job 2")});
    BOOST_TEST(queue->waitingCount() == 0);
    BOOST_TEST(kiosk->waitingCount() == 0);
    // a job left 'printing' by a dead kiosk is the kiosk's to decide, not the till's
    test::RawConnection(path).exec(QStringLiteral("UPDATE print_jobs SET state = 'printing', printed_at = NULL WHERE title = 'job 2'"));
    kiosk = std::make_unique<PrintQueue>(*db, clock, PrintQueue::kioskStation(QStringLiteral("inngang")));
    BOOST_REQUIRE(kiosk->start());
    BOOST_TEST(kiosk->interruptedCount() == 1);
    restart();
    BOOST_TEST(queue->interruptedCount() == 0);
    kiosk.reset();
}

BOOST_AUTO_TEST_CASE(paper_out_mid_job_prints_it_again_once_when_paper_is_in) {
    printer->failNextJobAfterBytes(12);
    QSignalSpy failed(queue.get(), &PrintQueue::jobFailed);
    const qint64 a = enqueue(1);
    enqueue(2);
    BOOST_REQUIRE(waitFor([&] { return failed.count() == 1; }));
    QTest::qWait(100);
    BOOST_TEST(printer->jobs().size() == 1);  // waits for paper, does not hammer the printer
    BOOST_TEST(printer->jobs().at(0).bytes.size() == 12);
    const PrintJob j = job(a);
    BOOST_TEST((j.state == PrintJob::State::Queued));
    BOOST_TEST(j.attempts == 1);
    BOOST_TEST(!j.lastError.isEmpty());
    BOOST_TEST(queue->waitingCount() == 2);
    BOOST_TEST((queue->problem() == PrintProblem::PaperOut));
    BOOST_TEST(queue->problemText() ==
               QStringLiteral("The printer is out of paper. Sales go on; receipts will print when paper is in."));

    QSignalSpy changed(queue.get(), &PrintQueue::changed);
    printer->setFault(Fault::None);
    BOOST_REQUIRE(waitFor([&] { return queue->waitingCount() == 0; }));
    BOOST_TEST(printedTitles(*printer) == titles(1, 2));
    BOOST_TEST(printedCount(*printer, 1) == 1);
    BOOST_TEST(job(a).attempts == 2);
    BOOST_TEST(queue->problemText().isEmpty());
    BOOST_TEST(changed.count() >= 1);
}

BOOST_AUTO_TEST_CASE(offline_printer_gets_nothing_until_it_is_back) {
    printer->setFault(Fault::Offline);
    enqueue(1);
    enqueue(2);
    QTest::qWait(100);
    BOOST_TEST(printer->jobs().isEmpty());  // its status says it cannot print: not even tried
    BOOST_TEST(queue->waitingCount() == 2);
    BOOST_TEST((queue->problem() == PrintProblem::Offline));
    BOOST_TEST(queue->problemText().contains(QStringLiteral("Sales go on")));
    printer->setFault(Fault::None);
    BOOST_REQUIRE(waitFor([&] { return queue->waitingCount() == 0; }));
    BOOST_TEST(printedTitles(*printer) == titles(1, 2));
}

BOOST_AUTO_TEST_CASE(cover_open_then_closed) {
    printer->setFault(Fault::CoverOpen);
    enqueue(1);
    BOOST_REQUIRE(waitFor([&] { return queue->waitingCount() == 1; }));
    BOOST_TEST((queue->problem() == PrintProblem::CoverOpen));
    printer->setFault(Fault::None);
    BOOST_REQUIRE(waitFor([&] { return queue->waitingCount() == 0; }));
    BOOST_TEST(printedCount(*printer, 1) == 1);
}

BOOST_AUTO_TEST_CASE(unplugged_then_a_new_printer_prints_what_waited) {
    printer->setFault(Fault::Unplugged);
    enqueue(1);
    BOOST_REQUIRE(waitFor([&] { return queue->waitingCount() == 1; }));
    queue->setPrinter(nullptr);
    printer.reset();  // the device is gone
    enqueue(2);
    BOOST_REQUIRE(waitFor([&] { return queue->waitingCount() == 2; }));
    BOOST_TEST((queue->problem() == PrintProblem::NoPrinter));
    BOOST_TEST(queue->problemText().contains(QStringLiteral("Sales go on")));

    printer = enabledPrinter();  // plugged back: a new device object
    queue->setPrinter(printer.get());
    BOOST_REQUIRE(waitFor([&] { return queue->waitingCount() == 0; }));
    BOOST_TEST(printedTitles(*printer) == titles(1, 2));
}

BOOST_AUTO_TEST_CASE(printer_gone_in_the_middle_of_a_job_leaves_it_interrupted) {
    printer->setPrintDelayMs(200);
    const qint64 a = enqueue(1);
    BOOST_REQUIRE(waitFor([&] { return job(a).state == PrintJob::State::Printing; }));
    printer.reset();  // destroyed without an answer: it may be on paper
    BOOST_REQUIRE(waitFor([&] { return queue->interruptedCount() == 1; }));
    BOOST_TEST((job(a).state == PrintJob::State::Interrupted));
    printer = enabledPrinter();
    queue->setPrinter(printer.get());
    QTest::qWait(100);
    BOOST_TEST(printer->jobs().isEmpty());
}

BOOST_AUTO_TEST_CASE(burst_of_twenty_while_offline_prints_each_exactly_once_in_order) {
    printer->setFault(Fault::Offline);
    for (int n = 1; n <= 20; ++n) enqueue(n);
    BOOST_REQUIRE(waitFor([&] { return queue->waitingCount() == 20; }));
    printer->setFault(Fault::None);
    BOOST_REQUIRE(waitFor([&] { return queue->waitingCount() == 0; }));
    QTest::qWait(50);
    BOOST_TEST(printedTitles(*printer) == titles(1, 20));
    for (int n = 1; n <= 20; ++n) BOOST_TEST(printedCount(*printer, n) == 1, "job " << n);
}

BOOST_AUTO_TEST_CASE(slow_retry_for_printers_that_cannot_tell) {
    // Not enabled: every attempt fails while the status still says "fine", as port 9100 does.
    BOOST_REQUIRE(printer->setDeviceEnabled(false));
    queue->setRetryIntervalMs(50);
    QSignalSpy failed(queue.get(), &PrintQueue::jobFailed);
    enqueue(1);
    BOOST_REQUIRE(waitFor([&] { return failed.count() >= 2; }));  // the timer tried again
    BOOST_TEST((queue->problem() == PrintProblem::NotReady));
    QTest::qWait(200);
    BOOST_TEST(failed.count() < 12);  // a slow retry, not a busy loop
    BOOST_REQUIRE(printer->setDeviceEnabled(true));
    BOOST_REQUIRE(waitFor([&] { return queue->waitingCount() == 0; }));
    BOOST_TEST(printedCount(*printer, 1) == 1);
    BOOST_TEST(queue->problemText().isEmpty());
}

BOOST_AUTO_TEST_CASE(interrupted_by_a_crash_is_not_printed_until_a_person_decides) {
    queue->setPrinter(nullptr);
    const qint64 a = enqueue(1);
    const qint64 b = enqueue(2);
    queue.reset();
    db.reset();
    {
        // What a crash between "sent" and "done" leaves in the file.
        test::RawConnection raw(path);
        raw.exec(QStringLiteral("UPDATE print_jobs SET state = 'printing', attempts = 1"));
    }
    openQueue();
    queue->setPrinter(printer.get());
    BOOST_TEST(queue->interruptedCount() == 2);
    BOOST_TEST(queue->waitingCount() == 0);
    const auto interrupted = queue->interruptedJobs();
    BOOST_REQUIRE(interrupted.size() == 2u);
    BOOST_TEST(interrupted[0].id == a);
    BOOST_TEST(interrupted[0].ref == QStringLiteral("1"));
    BOOST_TEST(!interrupted[0].lastError.isEmpty());
    QTest::qWait(100);
    BOOST_TEST(printer->jobs().isEmpty());

    // "Print as copy": a new job with the same ref; the original is settled.
    dev::PrintDocument copy = receipt(1);
    copy.setTitle(QStringLiteral("job 101"));
    auto c = queue->reprintAsCopy(a, copy);
    BOOST_REQUIRE(c.ok());
    BOOST_TEST(job(c.value()).kind == QStringLiteral("copy"));
    BOOST_TEST(job(c.value()).ref == QStringLiteral("1"));
    BOOST_TEST((job(a).state == PrintJob::State::Cancelled));
    // "It printed fine".
    BOOST_REQUIRE(queue->markDone(b));
    BOOST_TEST((job(b).state == PrintJob::State::Done));
    BOOST_REQUIRE(waitFor([&] { return queue->waitingCount() == 0 && printedCount(*printer, 101) == 1; }));
    BOOST_TEST(queue->interruptedCount() == 0);
    QTest::qWait(50);
    BOOST_TEST(printedTitles(*printer) == QStringList{QStringLiteral("job 101")});
    BOOST_TEST((queue->markDone(a).error().code == ErrorCode::Conflict));
    BOOST_TEST((queue->markDone(999).error().code == ErrorCode::NotFound));
}

BOOST_AUTO_TEST_CASE(enqueue_inside_a_rolled_back_write_leaves_no_job) {
    auto r = db->write([&]() -> Result<void> {
        auto id = queue->enqueue(QStringLiteral("receipt"), QStringLiteral("7"), receipt(7));
        BOOST_TEST(id.ok());
        return Error{ErrorCode::InvalidInput, QStringLiteral("the sale failed")};
    });
    BOOST_TEST(!r.ok());
    QTest::qWait(100);
    BOOST_TEST(rows() == 0);
    BOOST_TEST(printer->jobs().isEmpty());
    BOOST_TEST(queue->waitingCount() == 0);
}

BOOST_AUTO_TEST_CASE(enqueue_inside_a_committed_write_commits_with_the_sale) {
    auto r = db->write([&]() -> Result<void> {
        if (auto s = db->query(QStringLiteral("INSERT INTO settings (key, value) VALUES ('sale', '8')")); !s)
            return s.error();
        auto id = queue->enqueue(QStringLiteral("receipt"), QStringLiteral("8"), receipt(8));
        if (!id) return id.error();
        return {};
    });
    BOOST_REQUIRE(r.ok());
    BOOST_REQUIRE(waitFor([&] { return printedCount(*printer, 8) == 1; }));
    BOOST_TEST(rows() == 1);
}

BOOST_AUTO_TEST_CASE(queued_jobs_survive_a_restart_and_print) {
    printer->setFault(Fault::PaperOut);
    for (int n = 1; n <= 3; ++n) enqueue(n);
    BOOST_REQUIRE(waitFor([&] { return queue->waitingCount() == 3; }));
    restart();
    BOOST_TEST(queue->waitingCount() == 3);
    BOOST_TEST(queue->interruptedCount() == 0);
    printer->setFault(Fault::None);
    BOOST_REQUIRE(waitFor([&] { return queue->waitingCount() == 0; }));
    BOOST_TEST(printedTitles(*printer) == titles(1, 3));
}

BOOST_AUTO_TEST_CASE(stored_document_is_what_was_queued) {
    queue->setPrinter(nullptr);
    const qint64 id = enqueue(4);
    auto doc = queue->document(id);
    BOOST_REQUIRE(doc.ok());
    BOOST_TEST((doc.value() == receipt(4)));
    BOOST_TEST((queue->enqueue(QString(), {}, receipt(1)).error().code == ErrorCode::InvalidInput));
    BOOST_TEST((queue->enqueue(QStringLiteral("receipt"), {}, dev::PrintDocument()).error().code == ErrorCode::InvalidInput));
    BOOST_REQUIRE(queue->cancel(id));
    BOOST_TEST((job(id).state == PrintJob::State::Cancelled));
}

BOOST_AUTO_TEST_SUITE_END()
