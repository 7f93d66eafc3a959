// The one ESC/POS printer over a byte transport (issue 12, item 1): the status replies it reads
// (DLE EOT 1–4, automatic status back), and the job queue against a virtual printer that answers as
// an Epson TM does — exact bytes, status asked before each job, paper out before and in the middle
// of a receipt, cover, drawer sensor and its polarity, unplug and replug, garbage and silence.

#include "drivers/escpos/EscPosReceiptPrinter.h"
#include "drivers/print/EscPosCommands.h"
#include "drivers/print/EscPosEncoder.h"
#include "drivers/print/EscPosStatus.h"
#include "drivers/sim/VirtualEscPosPrinter.h"
#include "tests/drivers/GuiAppFixture.h"
#include "tests/support/TestSupport.h"

#include <QSignalSpy>
#include <QTest>

#include <boost/test/unit_test.hpp>

using namespace ak::dev;

BOOST_TEST_GLOBAL_FIXTURE(GuiAppFixture);

namespace ak::dev {
std::ostream& operator<<(std::ostream& os, DeviceState state) { return os << toString(state).toStdString(); }
}  // namespace ak::dev
namespace std {
inline ostream& operator<<(ostream& os, const optional<bool>& b) { return os << (b ? (*b ? "true" : "false") : "unknown"); }
}  // namespace std

// Waits up to 2 s for the condition; a Boost failure (not a QtTest one, which Boost would not see).
#define WAIT_FOR(cond) BOOST_REQUIRE_MESSAGE(QTest::qWaitFor([&] { return bool(cond); }, 2000), #cond)

namespace {

PrinterProfile generic80() { return *PrinterProfile::byId(QStringLiteral("generic-80")); }

PrintDocument receipt(const QString& line) {
    PrintDocument doc(QStringLiteral("kvittering"));
    doc.text(line).qr(QByteArray("AK")).cut();
    return doc;
}

// A printer on a virtual USB-like wire; `wire` stays owned by the printer.
struct Rig {
    explicit Rig(PrinterProfile profile = generic80(), EscPosReceiptPrinter::Options options = fast()) {
        auto w = std::make_unique<VirtualEscPosPrinter>();
        wire = w.get();
        printer = std::make_unique<EscPosReceiptPrinter>(std::move(profile), std::move(w), options);
    }
    static EscPosReceiptPrinter::Options fast() {
        EscPosReceiptPrinter::Options o;
        o.statusIntervalMs = 50;
        o.queryTimeoutMs = 100;
        return o;
    }
    void enable() {
        BOOST_REQUIRE(printer->start(1000));
        WAIT_FOR(wire->isConnected());
    }
    VirtualEscPosPrinter* wire = nullptr;
    std::unique_ptr<EscPosReceiptPrinter> printer;
};

DeviceError errorOf(const QSignalSpy& spy, int i = 0) { return spy.at(i).at(0).value<DeviceError>(); }

}  // namespace

BOOST_AUTO_TEST_SUITE(escpos_status)

BOOST_AUTO_TEST_CASE(real_time_replies_say_paper_cover_drawer_and_errors) {
    const PrinterStatus ok;
    const auto hi = DrawerPolarity::OpenWhenHigh;
    // DLE EOT 1: 0x16 = fixed bits + drawer pin high; 0x1A = offline.
    BOOST_TEST(EscPosStatus::applyRealTime(ok, 1, 0x16, hi, true)->drawerOpen == std::optional<bool>(true));
    BOOST_TEST(EscPosStatus::applyRealTime(ok, 1, 0x16, DrawerPolarity::OpenWhenLow, true)->drawerOpen ==
               std::optional<bool>(false));
    BOOST_TEST(!EscPosStatus::applyRealTime(ok, 1, 0x16, hi, false)->drawerOpen.has_value());  // no sensor
    BOOST_TEST(!EscPosStatus::applyRealTime(ok, 1, 0x1A, hi, true)->online);
    // DLE EOT 2: cover open (0x04), stopped at paper end (0x20), error (0x40).
    BOOST_TEST(EscPosStatus::applyRealTime(ok, 2, 0x16, hi, true)->coverOpen);
    BOOST_TEST((EscPosStatus::applyRealTime(ok, 2, 0x32, hi, true)->paper == PrinterStatus::Paper::Out));
    BOOST_TEST(EscPosStatus::applyRealTime(ok, 2, 0x52, hi, true)->error);
    // DLE EOT 3: autocutter error.
    BOOST_TEST(EscPosStatus::applyRealTime(ok, 3, 0x1A, hi, true)->error);
    BOOST_TEST(!EscPosStatus::applyRealTime(ok, 3, 0x12, hi, true)->error);
    // DLE EOT 4: near end (0x0C), end (0x60).
    BOOST_TEST((EscPosStatus::applyRealTime(ok, 4, 0x1E, hi, true)->paper == PrinterStatus::Paper::NearEnd));
    BOOST_TEST((EscPosStatus::applyRealTime(ok, 4, 0x72, hi, true)->paper == PrinterStatus::Paper::Out));
    BOOST_TEST((EscPosStatus::applyRealTime(ok, 4, 0x12, hi, true)->paper == PrinterStatus::Paper::Ok));
    // Not a status byte (fixed bits wrong), or a question we never ask: nothing is guessed.
    for (int b : {0x00, 0xFF, 0x10, 0x13, 0x92})
        BOOST_TEST(!EscPosStatus::applyRealTime(ok, 1, quint8(b), hi, true).has_value(), b);
    BOOST_TEST(!EscPosStatus::applyRealTime(ok, 5, 0x12, hi, true).has_value());
}

BOOST_AUTO_TEST_CASE(automatic_status_blocks_are_found_in_a_stream_cut_anywhere) {
    EscPosStatus::AutoStatusReader reader(DrawerPolarity::OpenWhenHigh, true);
    // Garbage first, then a block with the cover open, split over two reads, then paper out + drawer.
    const QByteArray stream = QByteArray::fromHex("ff12" "38000000" "1c00" "0c00");
    auto first = reader.feed(stream.left(5), PrinterStatus{});
    BOOST_TEST(first.empty());
    auto rest = reader.feed(stream.mid(5), PrinterStatus{});
    BOOST_REQUIRE(rest.size() == 2u);
    BOOST_TEST(rest[0].coverOpen);
    BOOST_TEST(!rest[0].online);
    BOOST_TEST(!rest[1].coverOpen);
    BOOST_TEST((rest[1].paper == PrinterStatus::Paper::Out));
    BOOST_TEST(rest[1].drawerOpen == std::optional<bool>(true));
    BOOST_TEST(reader.droppedBytes() == 2);
    // A block broken off by a byte that cannot be in it is dropped whole; the next is read.
    auto broken = reader.feed(QByteArray::fromHex("1000" "90" "10000300"), PrinterStatus{});
    BOOST_REQUIRE(broken.size() == 1u);
    BOOST_TEST((broken[0].paper == PrinterStatus::Paper::NearEnd));
    BOOST_TEST(reader.droppedBytes() == 5);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(escpos_printer)

BOOST_AUTO_TEST_CASE(a_job_asks_the_status_then_sends_exactly_the_encoded_bytes) {
    Rig rig;
    rig.enable();
    QSignalSpy done(rig.printer.get(), &PosDevice::outputComplete);
    const int id = rig.printer->print(receipt(QStringLiteral("Blåbærmuffins")));
    BOOST_REQUIRE(done.wait(2000));
    BOOST_TEST(done.at(0).at(0).toInt() == id);
    BOOST_TEST(ak::test::hex(rig.wire->paper()) ==
               ak::test::hex(EscPosEncoder::encode(receipt(QStringLiteral("Blåbærmuffins")), generic80())));
    BOOST_TEST(rig.wire->questionsAnswered() >= 3);  // DLE EOT 1, 2, 4 before the job
    BOOST_TEST(rig.printer->state() == DeviceState::Idle);
}

BOOST_AUTO_TEST_CASE(no_paper_refuses_the_job_before_a_byte_is_sent) {
    Rig rig;
    rig.enable();
    rig.wire->setPaper(PrinterStatus::Paper::Out);
    QSignalSpy errors(rig.printer.get(), &PosDevice::errorOccurred);
    const int id = rig.printer->print(receipt(QStringLiteral("x")));
    BOOST_REQUIRE(errors.wait(2000));
    BOOST_TEST((errorOf(errors).kind == DeviceError::Kind::PaperOut));
    BOOST_TEST(errorOf(errors).jobId == id);
    BOOST_TEST(rig.wire->paper().isEmpty());
    BOOST_TEST((rig.printer->status().paper == PrinterStatus::Paper::Out));
    // A new roll: the idle questions see it, and the next job prints.
    QSignalSpy statuses(rig.printer.get(), &ReceiptPrinter::statusChanged);
    rig.wire->setPaper(PrinterStatus::Paper::Ok);
    WAIT_FOR(rig.printer->status().paper == PrinterStatus::Paper::Ok);
    QSignalSpy done(rig.printer.get(), &PosDevice::outputComplete);
    rig.printer->print(receipt(QStringLiteral("y")));
    BOOST_REQUIRE(done.wait(2000));
}

BOOST_AUTO_TEST_CASE(cover_error_and_near_end_are_read_while_idle) {
    Rig rig;
    rig.enable();
    rig.wire->setCoverOpen(true);
    WAIT_FOR(rig.printer->status().coverOpen);
    BOOST_TEST(!rig.printer->status().canPrint());
    rig.wire->setCoverOpen(false);
    rig.wire->setError(true);  // a cutter jam
    WAIT_FOR(rig.printer->status().error);
    QSignalSpy errors(rig.printer.get(), &PosDevice::errorOccurred);
    rig.printer->print(receipt(QStringLiteral("x")));
    BOOST_REQUIRE(errors.wait(2000));
    BOOST_TEST(errorOf(errors).message.contains(QStringLiteral("stuck paper")), errorOf(errors).message.toStdString());
    rig.wire->setError(false);
    rig.wire->setPaper(PrinterStatus::Paper::NearEnd);
    WAIT_FOR(rig.printer->status().paper == PrinterStatus::Paper::NearEnd);
    BOOST_TEST(rig.printer->status().canPrint());  // near the end still prints
}

BOOST_AUTO_TEST_CASE(the_drawer_sensor_follows_pin_3_with_the_configured_polarity) {
    Rig high;
    high.enable();
    WAIT_FOR(high.printer->status().drawerOpen == std::optional<bool>(false));
    high.printer->pulseDrawer();  // the virtual drawer springs open: pin 3 goes high
    WAIT_FOR(high.printer->status().drawerOpen == std::optional<bool>(true));
    high.wire->setDrawerPinHigh(false);  // pushed shut
    WAIT_FOR(high.printer->status().drawerOpen == std::optional<bool>(false));

    auto options = Rig::fast();
    options.drawerPolarity = DrawerPolarity::OpenWhenLow;
    Rig low(generic80(), options);
    low.enable();
    WAIT_FOR(low.printer->status().drawerOpen == std::optional<bool>(true));
    options.drawerSensor = false;
    Rig none(generic80(), options);
    none.enable();
    QTest::qWait(200);
    BOOST_TEST(!none.printer->status().drawerOpen.has_value());
}

BOOST_AUTO_TEST_CASE(paper_running_out_mid_receipt_fails_that_job_with_its_id) {
    Rig rig;
    rig.enable();
    rig.wire->runOutOfPaperAfter(20);
    QSignalSpy errors(rig.printer.get(), &PosDevice::errorOccurred);
    QSignalSpy done(rig.printer.get(), &PosDevice::outputComplete);
    const int id = rig.printer->print(receipt(QStringLiteral("Kaffe")));
    BOOST_REQUIRE(errors.wait(2000));
    BOOST_TEST(errorOf(errors).jobId == id);
    BOOST_TEST((errorOf(errors).kind == DeviceError::Kind::PaperOut));  // asked after the stop, not "timeout"
    BOOST_TEST((rig.printer->status().paper == PrinterStatus::Paper::Out));
    BOOST_TEST(rig.wire->paper().size() == 20);
    BOOST_TEST(done.isEmpty());
}

BOOST_AUTO_TEST_CASE(unplugged_mid_job_fails_it_and_comes_back_when_plugged_in) {
    Rig rig;
    rig.enable();
    rig.wire->holdSends(true);
    QSignalSpy errors(rig.printer.get(), &PosDevice::errorOccurred);
    const int id = rig.printer->print(receipt(QStringLiteral("Kaffe")));
    WAIT_FOR(rig.printer->state() == DeviceState::Busy && rig.wire->questionsAnswered() >= 3);
    QTest::qWait(50);
    rig.wire->unplug();
    WAIT_FOR(errors.size() == 1);
    BOOST_TEST((errorOf(errors).kind == DeviceError::Kind::NotFound));
    BOOST_TEST(errorOf(errors).jobId == id);
    BOOST_TEST(!rig.printer->status().online);
    BOOST_TEST((rig.printer->powerState() == PowerState::Off));
    QTest::qWait(200);  // tried again while unplugged: still off, no crash
    BOOST_TEST(!rig.wire->isConnected());
    rig.wire->holdSends(false);
    rig.wire->plugIn();
    WAIT_FOR(rig.printer->status().online);
    BOOST_TEST((rig.printer->powerState() == PowerState::Online));
    QSignalSpy done(rig.printer.get(), &PosDevice::outputComplete);
    rig.printer->print(receipt(QStringLiteral("Kaffe")));
    BOOST_REQUIRE(done.wait(2000));
}

BOOST_AUTO_TEST_CASE(automatic_status_back_replaces_the_questions_where_the_model_has_it) {
    PrinterProfile tm = generic80();
    tm.autoStatusBack = true;
    Rig rig(tm);
    rig.enable();
    WAIT_FOR(rig.wire->autoStatusOn());
    BOOST_TEST(rig.wire->sends().constFirst() == escpos::automaticStatusBack(0x0F));
    rig.wire->setPaper(PrinterStatus::Paper::NearEnd);  // pushed by the printer, read at once
    BOOST_TEST((rig.printer->status().paper == PrinterStatus::Paper::NearEnd));
    QSignalSpy done(rig.printer.get(), &PosDevice::outputComplete);
    rig.printer->print(receipt(QStringLiteral("x")));
    BOOST_REQUIRE(done.wait(2000));
    BOOST_TEST(rig.wire->questionsAnswered() == 0);
}

BOOST_AUTO_TEST_CASE(a_printer_that_answers_garbage_or_nothing_still_prints) {
    for (auto answers : {VirtualEscPosPrinter::Answers::Garbage, VirtualEscPosPrinter::Answers::Nothing}) {
        Rig rig;
        rig.wire->setAnswers(answers);
        rig.enable();
        QSignalSpy done(rig.printer.get(), &PosDevice::outputComplete);
        rig.printer->print(receipt(QStringLiteral("x")));
        BOOST_REQUIRE(done.wait(3000));
        BOOST_TEST(!rig.wire->paper().isEmpty());
        if (answers == VirtualEscPosPrinter::Answers::Garbage) BOOST_TEST(rig.printer->unreadableStatusBytes() > 0);
    }
}

BOOST_AUTO_TEST_SUITE_END()
