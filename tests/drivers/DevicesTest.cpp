// Life cycle of devices, the simulated printer and scanner, and the factory.
#include "drivers/devices/DeviceFactory.h"
#include "drivers/sim/SimulatedReceiptPrinter.h"
#include "drivers/sim/SimulatedScanner.h"
#include "tests/drivers/GuiAppFixture.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QKeyEvent>
#include <QWindow>
#include <QSignalSpy>

#include <boost/test/unit_test.hpp>

using namespace ak::dev;
using Kind = DeviceError::Kind;

BOOST_TEST_GLOBAL_FIXTURE(GuiAppFixture);

namespace ak::dev {
std::ostream& operator<<(std::ostream& os, DeviceState state) { return os << toString(state).toStdString(); }
}  // namespace ak::dev

namespace {

PrinterProfile profile(const char* id) { return *PrinterProfile::byId(QString::fromLatin1(id)); }

void enable(PosDevice& device) {
    BOOST_REQUIRE(device.open());
    BOOST_REQUIRE(device.claim(1000));
    BOOST_REQUIRE(device.setDeviceEnabled(true));
}

PrintDocument receipt() {
    PrintDocument doc(QStringLiteral("sale 1"));
    doc.text(QStringLiteral("Aktivkafe"), TextStyle::centered().withBold())
        .columns(QStringLiteral("Kakao"), QStringLiteral("20,00"))
        .qr(QByteArray("AK-1"))
        .cut();
    return doc;
}

Kind kindOf(const QSignalSpy& spy, int i) { return spy.at(i).at(0).value<DeviceError>().kind; }
int jobOf(const QSignalSpy& spy, int i) { return spy.at(i).at(0).value<DeviceError>().jobId; }

}  // namespace

BOOST_AUTO_TEST_SUITE(life_cycle)

BOOST_AUTO_TEST_CASE(calls_out_of_order_are_refused_not_fatal) {
    SimulatedScanner scanner;
    BOOST_TEST(scanner.state() == DeviceState::Closed);
    BOOST_TEST((scanner.claim(100).error().kind == Kind::InvalidState));
    BOOST_TEST((scanner.setDeviceEnabled(true).error().kind == Kind::InvalidState));
    BOOST_TEST((scanner.release().error().kind == Kind::InvalidState));
    BOOST_TEST(scanner.close().ok());  // closing a closed device is harmless
    BOOST_REQUIRE(scanner.open());
    BOOST_TEST(scanner.state() == DeviceState::Idle);
    BOOST_TEST((scanner.open().error().kind == Kind::InvalidState));
    BOOST_TEST((scanner.setDeviceEnabled(true).error().kind == Kind::InvalidState));
    BOOST_REQUIRE(scanner.claim(100));
    BOOST_TEST(scanner.claim(100).ok());  // claiming twice is harmless
    BOOST_REQUIRE(scanner.setDeviceEnabled(true));
    BOOST_TEST(scanner.isEnabled());
    BOOST_REQUIRE(scanner.release());
    BOOST_TEST(!scanner.isEnabled());
    BOOST_TEST(!scanner.isClaimed());
    BOOST_REQUIRE(scanner.claim(100));
    BOOST_REQUIRE(scanner.setDeviceEnabled(true));
    BOOST_REQUIRE(scanner.close());  // releases and disables on the way
    BOOST_TEST(scanner.state() == DeviceState::Closed);
    BOOST_TEST(!scanner.isClaimed());
}

BOOST_AUTO_TEST_CASE(scanner_reads_only_while_enabled) {
    SimulatedScanner scanner(QStringLiteral("kiosk-1"));
    QSignalSpy reads(&scanner, &TokenReader::tokenRead);
    QSignalSpy data(&scanner, &PosDevice::dataReceived);
    BOOST_TEST((scanner.scan(QStringLiteral("X")).error().kind == Kind::InvalidState));
    enable(scanner);
    BOOST_REQUIRE(scanner.scan(QStringLiteral("AKCARD:1"), TokenRead::Kind::Qr));
    BOOST_REQUIRE(scanner.scan(QStringLiteral("04a1b2c3"), TokenRead::Kind::Nfc));
    BOOST_REQUIRE(reads.size() == 2);
    BOOST_TEST(data.size() == 2);
    const auto qr = reads.at(0).at(0).value<TokenRead>();
    BOOST_TEST(qr.text == QStringLiteral("AKCARD:1"));
    BOOST_TEST(qr.symbology == QStringLiteral("QR"));
    BOOST_TEST(qr.readerId == QStringLiteral("kiosk-1"));
    const auto nfc = reads.at(1).at(0).value<TokenRead>();
    BOOST_TEST(nfc.text == QStringLiteral("04A1B2C3"));
    BOOST_TEST(nfc.raw == QByteArray("\x04\xa1\xb2\xc3", 4));
    BOOST_REQUIRE(scanner.setDeviceEnabled(false));
    BOOST_TEST(!scanner.scan(QStringLiteral("late")).ok());
    BOOST_TEST(reads.size() == 2);
}

BOOST_AUTO_TEST_CASE(the_demo_scanner_reads_what_is_typed_into_the_window) {
    // The demo's person-as-scanner: keys typed into the app's window, ended with Enter, are a code.
    ScannerSettings settings;
    settings.id = QStringLiteral("demo");
    settings.typing = true;
    auto created = DeviceFactory::createTokenReader(settings);
    BOOST_REQUIRE(created.ok());
    TokenReader& scanner = *created.device;
    QSignalSpy reads(&scanner, &TokenReader::tokenRead);
    QWindow window;
    const auto type = [&](const QString& text) {
        for (QChar c : text) {
            QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
            QCoreApplication::sendEvent(&window, &press);
        }
        QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
    };
    type(QStringLiteral("AK1-LOST"));  // not started: nothing
    BOOST_TEST(reads.isEmpty());
    enable(scanner);
    type(QStringLiteral("AK1-7QKXB"));
    BOOST_REQUIRE(reads.size() == 1);
    BOOST_TEST(reads.at(0).at(0).value<TokenRead>().text == QStringLiteral("AK1-7QKXB"));
    BOOST_TEST(reads.at(0).at(0).value<TokenRead>().readerId == QStringLiteral("demo"));
    // Escape forgets a half-typed code; Enter alone reads nothing.
    QKeyEvent k(QEvent::KeyPress, 0, Qt::NoModifier, QStringLiteral("X"));
    QCoreApplication::sendEvent(&window, &k);
    QKeyEvent esc(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &esc);
    type(QString());
    BOOST_TEST(reads.size() == 1);
    // Without typing (every café's real configuration) the keyboard is not a scanner.
    SimulatedScanner quiet;
    enable(quiet);
    QSignalSpy none(&quiet, &TokenReader::tokenRead);
    type(QStringLiteral("AK1-7QKXB"));
    BOOST_TEST(none.isEmpty());
}

BOOST_AUTO_TEST_CASE(print_before_enable_fails_through_the_signal) {
    SimulatedReceiptPrinter printer(profile("generic-80"));
    QSignalSpy errors(&printer, &PosDevice::errorOccurred);
    const int id = printer.print(receipt());
    BOOST_TEST(id > 0);
    BOOST_TEST(errors.isEmpty());  // delivered from the event loop, after the caller knows the id
    BOOST_REQUIRE(errors.wait(2000));
    BOOST_TEST((kindOf(errors, 0) == Kind::InvalidState));
    BOOST_TEST(jobOf(errors, 0) == id);
    BOOST_TEST(printer.jobs().isEmpty());
}

BOOST_AUTO_TEST_CASE(busy_while_printing_then_idle) {
    SimulatedReceiptPrinter printer(profile("generic-80"));
    printer.setPrintDelayMs(20);
    enable(printer);
    QSignalSpy states(&printer, &PosDevice::stateChanged);
    QSignalSpy done(&printer, &PosDevice::outputComplete);
    const int a = printer.print(receipt());
    const int b = printer.print(receipt());
    BOOST_TEST(printer.state() == DeviceState::Busy);
    while (done.size() < 2) BOOST_REQUIRE(done.wait(2000));
    BOOST_TEST(done.at(0).at(0).toInt() == a);
    BOOST_TEST(done.at(1).at(0).toInt() == b);
    BOOST_TEST(printer.state() == DeviceState::Idle);
    BOOST_TEST(states.first().at(0).value<DeviceState>() == DeviceState::Busy);
}

BOOST_AUTO_TEST_CASE(unplugged_printer_cannot_open) {
    SimulatedReceiptPrinter printer(profile("generic-80"));
    printer.setFault(SimulatedReceiptPrinter::Fault::Unplugged);
    BOOST_TEST((printer.open().error().kind == Kind::NotFound));
    BOOST_TEST(printer.state() == DeviceState::Closed);
}

BOOST_AUTO_TEST_CASE(start_opens_claims_and_enables_or_stops_at_the_first_error) {
    SimulatedReceiptPrinter printer(profile("generic-80"));
    BOOST_TEST(printer.start(1000).ok());
    BOOST_TEST(printer.isClaimed());
    BOOST_TEST(printer.isEnabled());

    SimulatedReceiptPrinter unplugged(profile("generic-80"));
    unplugged.setFault(SimulatedReceiptPrinter::Fault::Unplugged);
    const DeviceResult r = unplugged.start(1000);
    BOOST_TEST((!r.ok() && r.error().kind == Kind::NotFound));
    BOOST_TEST(!unplugged.isClaimed());
    BOOST_TEST(!unplugged.isEnabled());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(simulated_printer)

BOOST_AUTO_TEST_CASE(jobs_kept_and_files_written) {
    ak::test::TempDir dir;
    SimulatedReceiptPrinter printer(profile("generic-80"));
    printer.setOutputDirectory(dir.path());
    enable(printer);
    QSignalSpy done(&printer, &PosDevice::outputComplete);
    const int id = printer.print(receipt());
    BOOST_REQUIRE(done.wait(2000));
    BOOST_REQUIRE(printer.jobs().size() == 1);
    const auto& job = printer.jobs().first();
    BOOST_TEST(job.id == id);
    BOOST_TEST(job.completed);
    BOOST_TEST(job.title == QStringLiteral("sale 1"));
    BOOST_TEST(job.bytes.startsWith(QByteArray("\x1b@\x1bt\x13")));
    BOOST_TEST(job.rendered.lines.contains(QStringLiteral("Kakao") + QString(38, u' ') + QStringLiteral("20,00")));
    QFile bin(dir.file(QStringLiteral("job-0001.bin")));
    BOOST_REQUIRE(bin.open(QIODevice::ReadOnly));
    BOOST_TEST(bin.readAll() == job.bytes);
    QFile txt(dir.file(QStringLiteral("job-0001.txt")));
    BOOST_REQUIRE(txt.open(QIODevice::ReadOnly));
    BOOST_TEST(QString::fromUtf8(txt.readAll()).contains(QStringLiteral("[QR: AK-1]")));
    const QImage png(dir.file(QStringLiteral("job-0001.png")));
    BOOST_TEST(png.width() == 576);
}

BOOST_AUTO_TEST_CASE(faults_change_status_and_fail_jobs) {
    SimulatedReceiptPrinter printer(profile("generic-80"));
    enable(printer);
    QSignalSpy statuses(&printer, &ReceiptPrinter::statusChanged);
    QSignalSpy codes(&printer, &PosDevice::statusUpdated);
    QSignalSpy errors(&printer, &PosDevice::errorOccurred);
    using F = SimulatedReceiptPrinter::Fault;
    const std::pair<F, Kind> cases[] = {{F::PaperOut, Kind::PaperOut}, {F::CoverOpen, Kind::CoverOpen},
                                        {F::Offline, Kind::Offline}, {F::Unplugged, Kind::NotFound}};
    for (const auto& [fault, kind] : cases) {
        printer.setFault(fault);
        BOOST_TEST(!printer.status().canPrint());
        const int id = printer.print(receipt());
        BOOST_REQUIRE(errors.wait(2000));
        BOOST_TEST((kindOf(errors, int(errors.size()) - 1) == kind));
        BOOST_TEST(jobOf(errors, int(errors.size()) - 1) == id);
        BOOST_TEST(printer.state() == DeviceState::Error);
        BOOST_TEST(printer.jobs().last().bytes.isEmpty());
        printer.setFault(F::None);
    }
    BOOST_TEST(statuses.size() == 8);  // each fault on and off
    BOOST_TEST(codes.contains(QVariantList{ReceiptPrinter::ReceiptEmpty}));
    BOOST_TEST(codes.contains(QVariantList{ReceiptPrinter::CoverOpen}));
    BOOST_TEST(codes.contains(QVariantList{PosDevice::PowerOff}));
    BOOST_TEST(printer.status().canPrint());
    QSignalSpy done(&printer, &PosDevice::outputComplete);
    printer.print(receipt());
    BOOST_REQUIRE(done.wait(2000));
    BOOST_TEST(printer.state() == DeviceState::Idle);
}

BOOST_AUTO_TEST_CASE(paper_runs_out_mid_job) {
    SimulatedReceiptPrinter printer(profile("generic-80"));
    enable(printer);
    QSignalSpy errors(&printer, &PosDevice::errorOccurred);
    QSignalSpy statuses(&printer, &ReceiptPrinter::statusChanged);
    printer.failNextJobAfterBytes(20);
    const int id = printer.print(receipt());
    BOOST_REQUIRE(errors.wait(2000));
    BOOST_TEST((kindOf(errors, 0) == Kind::PaperOut));
    BOOST_TEST(jobOf(errors, 0) == id);
    BOOST_TEST(printer.jobs().last().bytes.size() == 20);
    BOOST_TEST(!printer.jobs().last().completed);
    BOOST_TEST((printer.status().paper == PrinterStatus::Paper::Out));
    BOOST_TEST(statuses.size() == 1);
    // The next job fails at once until paper is back.
    printer.print(receipt());
    BOOST_REQUIRE(errors.wait(2000));
    printer.setFault(SimulatedReceiptPrinter::Fault::None);
    QSignalSpy done(&printer, &PosDevice::outputComplete);
    printer.print(receipt());
    BOOST_REQUIRE(done.wait(2000));
    BOOST_TEST(printer.jobs().last().completed);
}

BOOST_AUTO_TEST_CASE(drawer_opens_on_pulse_and_closes_by_hand) {
    SimulatedReceiptPrinter printer(profile("generic-80"));
    enable(printer);
    BOOST_TEST((printer.status().drawerOpen == std::optional<bool>(false)));
    QSignalSpy statuses(&printer, &ReceiptPrinter::statusChanged);
    QSignalSpy done(&printer, &PosDevice::outputComplete);
    printer.pulseDrawer();
    BOOST_REQUIRE(done.wait(2000));
    BOOST_TEST((printer.status().drawerOpen == std::optional<bool>(true)));
    BOOST_TEST(printer.jobs().last().bytes.endsWith(QByteArray("\x1bp\x00\x19\x19", 5)));
    printer.closeDrawer();
    BOOST_TEST((printer.status().drawerOpen == std::optional<bool>(false)));
    BOOST_TEST(statuses.size() == 2);
}

BOOST_AUTO_TEST_CASE(close_reports_jobs_not_yet_printed) {
    SimulatedReceiptPrinter printer(profile("generic-80"));
    printer.setPrintDelayMs(1000);
    enable(printer);
    QSignalSpy errors(&printer, &PosDevice::errorOccurred);
    const int id = printer.print(receipt());
    BOOST_REQUIRE(printer.close());
    BOOST_REQUIRE(errors.wait(2000));
    BOOST_TEST(jobOf(errors, 0) == id);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(device_factory)

BOOST_AUTO_TEST_CASE(simulated_devices) {
    PrinterSettings settings;
    settings.profile = QStringLiteral("generic-58");
    auto printer = DeviceFactory::createReceiptPrinter(settings);
    BOOST_REQUIRE(printer.ok());
    BOOST_TEST(printer.device->profile().columns == 32);
    auto scanner = DeviceFactory::createTokenReader(ScannerSettings{});
    BOOST_REQUIRE(scanner.ok());
}

BOOST_AUTO_TEST_CASE(errors_instead_of_stubs) {
    PrinterSettings unknown;
    unknown.profile = QStringLiteral("nope");
    auto a = DeviceFactory::createReceiptPrinter(unknown);
    BOOST_TEST(!a.ok());
    BOOST_TEST((a.error->kind == Kind::Config));
    ScannerSettings keyboard;
    keyboard.kind = ScannerSettings::Kind::Keyboard;
    keyboard.layout = QStringLiteral("se");
    BOOST_TEST((DeviceFactory::createTokenReader(keyboard).error->kind == Kind::Config));
}

BOOST_AUTO_TEST_CASE(every_configured_kind_is_a_real_device) {
    // What the configuration can name is built, not refused: each kind of printer and reader.
    PrinterSettings usb;
    usb.kind = PrinterSettings::Kind::Usb;
    usb.usbVendorId = 0x04b8;
    usb.usbProductId = 0x0202;
    auto printer = DeviceFactory::createReceiptPrinter(usb);
    BOOST_REQUIRE(printer.ok());
    BOOST_TEST(printer.device->description().contains(QStringLiteral("04b8:0202")), printer.device->description().toStdString());
    std::vector<ScannerSettings> readers(4);
    readers[0].id = QStringLiteral("sim");
    readers[1].kind = ScannerSettings::Kind::Keyboard;
    readers[1].id = QStringLiteral("door-qr");
    readers[1].evdevPath = QStringLiteral("/dev/input/by-id/no-such-scanner");
    readers[2].kind = ScannerSettings::Kind::HidPos;
    readers[2].id = QStringLiteral("door-hid");
    readers[2].hidrawPath = QStringLiteral("/dev/no-such-hidraw");
    readers[3].kind = ScannerSettings::Kind::Nfc;
    readers[3].id = QStringLiteral("door-nfc");
    auto group = DeviceFactory::createReaders(readers);
    BOOST_TEST(group->problems().empty());
    BOOST_REQUIRE(group->readers().size() == 4u);
    QStringList ids;
    for (const TokenReader* r : group->readers()) ids << r->readerId();
    BOOST_TEST(ids.join(u',') == QStringLiteral("sim,door-qr,door-hid,door-nfc"));
    // Started with three of them missing: the group works with the one that is there.
    BOOST_REQUIRE(group->start(1000));
    BOOST_TEST(group->readyCount() >= 1);
    (void)group->close();
}

BOOST_AUTO_TEST_SUITE_END()
