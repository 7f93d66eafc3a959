// The CUPS receipt printer in front of a real IPP Everywhere printer (ippeveprinter) behind a private
// cupsd: what the till sees when that printer reports media-empty or media-low, before and during a
// job, and that nothing is printed twice. Exits 77 (CTest: skipped) when a tool is not installed.
#include "drivers/cups/CupsTransport.h"
#include "drivers/escpos/EscPosReceiptPrinter.h"
#include "drivers/print/EscPosEncoder.h"
#include "tests/drivers/GuiAppFixture.h"
#include "tests/drivers/IppEverywherePrinter.h"

#include <QSignalSpy>
#include <QTest>

#include <boost/test/unit_test.hpp>

using namespace ak::dev;
using ak::test::IppEverywherePrinter;
using Paper = PrinterStatus::Paper;

namespace {

struct IppAvailable : GuiAppFixture {
    IppAvailable() {
        ak::test::skipUnlessInstalled({ak::test::kCupsd, ak::test::kLpadmin}, "cups-daemon, cups-client");
        IppEverywherePrinter::skipUnlessInstalled();
    }
};

PrinterProfile generic80() { return *PrinterProfile::byId(QStringLiteral("generic-80")); }

PrintDocument receipt(const QString& text) {
    PrintDocument doc(text);
    doc.text(text).columns(QStringLiteral("Sum"), QStringLiteral("30,00")).cut();
    return doc;
}

QByteArray bytesOf(const PrintDocument& doc) { return EscPosEncoder::encode(doc, generic80()); }

// The printer, its queue on a private cupsd, and the till's receipt printer on that queue.
struct Rig {
    explicit Rig(int jobTimeoutMs = 20000) {
        ak::test::addIppQueue(cupsd, QStringLiteral("receipt"), ipp.uri());
        EscPosReceiptPrinter::Options options;
        options.statusIntervalMs = 500;  // the apps use 2 s; the rules are the same, the test is quicker
        printer = std::make_unique<EscPosReceiptPrinter>(
            generic80(), std::make_unique<CupsTransport>(QStringLiteral("receipt"), cupsd.server(), jobTimeoutMs),
            options);
        BOOST_REQUIRE(printer->open());
        BOOST_REQUIRE(printer->claim(1000));
        BOOST_REQUIRE(printer->setDeviceEnabled(true));
    }
    bool waitForPaper(Paper paper, int ms = 10000) {
        return QTest::qWaitFor([&] { return printer->status().paper == paper; }, ms);
    }
    // Prints and waits for the job's end: its id on success, or fails the test.
    int printsOk(const PrintDocument& doc) {
        QSignalSpy done(printer.get(), &PosDevice::outputComplete);
        QSignalSpy errors(printer.get(), &PosDevice::errorOccurred);
        const int id = printer->print(doc);
        BOOST_REQUIRE_MESSAGE(QTest::qWaitFor([&] { return !done.isEmpty() || !errors.isEmpty(); }, 30000),
                              "job " << id << " did not end");
        if (!errors.isEmpty()) BOOST_FAIL("job " << id << ": " << errors.at(0).at(0).value<DeviceError>().message);
        BOOST_TEST(done.at(0).at(0).toInt() == id);
        return id;
    }

    ak::test::PrivateCupsd cupsd;
    IppEverywherePrinter ipp;
    std::unique_ptr<EscPosReceiptPrinter> printer;
};

}  // namespace

BOOST_TEST_GLOBAL_FIXTURE(IppAvailable);

BOOST_AUTO_TEST_SUITE(cups_ipp_printer)

BOOST_AUTO_TEST_CASE(media_empty_is_paper_out_the_job_fails_with_its_id_and_prints_once_paper_is_in) {
    Rig rig;
    const PrintDocument first = receipt(QStringLiteral("kvittering 1")),
                        second = receipt(QStringLiteral("kvittering 2"));
    rig.printsOk(first);

    rig.ipp.setPaper(IppEverywherePrinter::Paper::Empty);
    // Seen while idle, from the printer itself: paper out, and the printer is there (not offline).
    BOOST_REQUIRE(rig.waitForPaper(Paper::Out));
    BOOST_TEST(rig.printer->status().online);

    QSignalSpy done(rig.printer.get(), &PosDevice::outputComplete);
    QSignalSpy errors(rig.printer.get(), &PosDevice::errorOccurred);
    const int refused = rig.printer->print(second);
    BOOST_REQUIRE(errors.wait(15000));
    const auto e = errors.at(0).at(0).value<DeviceError>();
    BOOST_TEST(DeviceError::kindName(e.kind) == QStringLiteral("PaperOut"));
    BOOST_TEST(e.jobId == refused);
    BOOST_TEST(done.isEmpty());

    rig.ipp.setPaper(IppEverywherePrinter::Paper::Full);
    BOOST_REQUIRE(rig.waitForPaper(Paper::Ok));
    BOOST_TEST(rig.printer->status().canPrint());
    rig.printsOk(second);  // sent again, as the print queue does once the printer can print
    // The refused job never reached the printer, so it cannot come out late as well.
    QTest::qWait(1500);
    const QList<QByteArray> printed = rig.ipp.printed();
    BOOST_REQUIRE(printed.size() == 2);
    BOOST_TEST(ak::test::hex(printed.at(0)) == ak::test::hex(bytesOf(first)));
    BOOST_TEST(ak::test::hex(printed.at(1)) == ak::test::hex(bytesOf(second)));
}

BOOST_AUTO_TEST_CASE(media_low_is_near_end_and_still_prints) {
    Rig rig;
    rig.ipp.setPaper(IppEverywherePrinter::Paper::Low);
    BOOST_REQUIRE(rig.waitForPaper(Paper::NearEnd));
    const PrintDocument doc = receipt(QStringLiteral("kvittering 3"));
    rig.printsOk(doc);
    BOOST_TEST((rig.printer->status().paper == Paper::NearEnd));
    BOOST_REQUIRE(rig.ipp.printed().size() == 1);
    BOOST_TEST(ak::test::hex(rig.ipp.printed().at(0)) == ak::test::hex(bytesOf(doc)));

    rig.ipp.setPaper(IppEverywherePrinter::Paper::Full);
    BOOST_TEST(rig.waitForPaper(Paper::Ok));
}

BOOST_AUTO_TEST_CASE(paper_out_while_printing_shows_at_once_and_the_receipt_comes_out_once_paper_is_in) {
    Rig rig;
    rig.ipp.runOutDuringNextJob();
    QSignalSpy done(rig.printer.get(), &PosDevice::outputComplete);
    QSignalSpy errors(rig.printer.get(), &PosDevice::errorOccurred);
    const PrintDocument doc = receipt(QStringLiteral("kvittering 4"));
    const int id = rig.printer->print(doc);
    // The job waits in the printer; the till already says why.
    BOOST_REQUIRE(rig.waitForPaper(Paper::Out));
    BOOST_TEST(rig.printer->status().online);
    BOOST_TEST(done.isEmpty());
    BOOST_TEST(errors.isEmpty());

    rig.ipp.setPaper(IppEverywherePrinter::Paper::Full);
    BOOST_REQUIRE(QTest::qWaitFor([&] { return !done.isEmpty() || !errors.isEmpty(); }, 20000));
    BOOST_REQUIRE(errors.isEmpty());
    BOOST_TEST(done.at(0).at(0).toInt() == id);
    BOOST_TEST((rig.printer->status().paper == Paper::Ok));
    BOOST_REQUIRE(rig.ipp.printed().size() == 1);
    BOOST_TEST(ak::test::hex(rig.ipp.printed().at(0)) == ak::test::hex(bytesOf(doc)));
}

BOOST_AUTO_TEST_CASE(a_job_still_without_paper_at_its_timeout_fails_as_paper_out_not_as_a_timeout) {
    Rig rig(6000);
    rig.ipp.runOutDuringNextJob();
    QSignalSpy errors(rig.printer.get(), &PosDevice::errorOccurred);
    const int id = rig.printer->print(receipt(QStringLiteral("kvittering 5")));
    BOOST_REQUIRE(errors.wait(20000));
    const auto e = errors.at(0).at(0).value<DeviceError>();
    BOOST_TEST(DeviceError::kindName(e.kind) == QStringLiteral("PaperOut"));
    BOOST_TEST(e.jobId == id);
    BOOST_TEST((rig.printer->status().paper == Paper::Out));
    BOOST_TEST(rig.printer->status().online);  // it answers; it has no paper
    BOOST_TEST(rig.ipp.printed().isEmpty());
}

BOOST_AUTO_TEST_SUITE_END()
