// One app's devices in one place (issue 12, item 7): the device manager owns the printer and the
// readers, tells when any of them changes, and — when a device monitor sees hardware arrive — starts
// the missing readers and reconnects the printer at once instead of at the next periodic attempt.
// The monitors here are the ones tests can drive: SimulatedHardware (the demo's cables) and a bare
// DeviceMonitor that announces what the test says. udev's own is tested in drivers_udev.

#include "drivers/devices/DeviceFactory.h"
#include "drivers/devices/DeviceManager.h"
#include "drivers/sim/SimulatedHardware.h"
#include "drivers/sim/SimulatedReceiptPrinter.h"
#include "drivers/sim/SimulatedScanner.h"
#include "drivers/usb/UsbPrinters.h"
#include "tests/drivers/GuiAppFixture.h"

#include <QSignalSpy>
#include <QTest>

#include <boost/test/unit_test.hpp>

using namespace ak::dev;

BOOST_TEST_GLOBAL_FIXTURE(GuiAppFixture);

#define WAIT_FOR(cond, ms) BOOST_REQUIRE_MESSAGE(QTest::qWaitFor([&] { return bool(cond); }, ms), #cond)

namespace {

// A monitor the test speaks for.
class ScriptedMonitor : public DeviceMonitor {
public:
    bool start() override {
        ++starts;
        return true;
    }
    QString description() const override { return QStringLiteral("scripted"); }
    void announce(const DeviceEvent& e) { emit deviceEvent(e); }
    int starts = 0;
};

DeviceEvent scannerArrived(const QString& node) {
    DeviceEvent e;
    e.family = DeviceEvent::Family::Scanner;
    e.node = node;
    return e;
}

// A manager whose readers are retried only once a minute: whatever comes back within a test's
// time came back because a monitor said so.
struct SlowRetry {
    SlowRetry() {
        auto group = std::make_unique<ReaderGroup>(60000);
        auto s = std::make_unique<SimulatedScanner>(QStringLiteral("door"));
        scanner = s.get();
        group->add(std::move(s));
        manager = std::make_unique<DeviceManager>(nullptr, QStringLiteral("No printer here."), std::move(group));
        auto m = std::make_unique<ScriptedMonitor>();
        monitor = m.get();
        manager->addMonitor(std::move(m));
    }
    std::unique_ptr<DeviceManager> manager;
    SimulatedScanner* scanner = nullptr;
    ScriptedMonitor* monitor = nullptr;
};

}  // namespace

BOOST_AUTO_TEST_SUITE(device_manager)

BOOST_AUTO_TEST_CASE(a_scanner_missing_at_start_is_started_the_moment_a_monitor_sees_it_arrive) {
    SlowRetry app;
    app.scanner->setPlugged(false);
    QSignalSpy changed(app.manager.get(), &DeviceManager::changed);
    app.manager->start();
    BOOST_TEST(app.monitor->starts == 1);
    BOOST_TEST(app.manager->readers().readyCount() == 0);
    BOOST_TEST(app.manager->readers().problemOf(app.scanner).contains(QStringLiteral("not plugged in")));
    BOOST_TEST(app.manager->printerProblem() == QStringLiteral("No printer here."));

    app.scanner->setPlugged(true);
    QTest::qWait(100);  // plugged in, but nobody has said so yet: the retry is a minute away
    BOOST_TEST(app.manager->readers().readyCount() == 0);

    const int before = int(changed.size());
    QSignalSpy events(app.manager.get(), &DeviceManager::deviceEvent);
    app.monitor->announce(scannerArrived(QStringLiteral("/dev/input/event7")));
    BOOST_TEST(app.manager->readers().readyCount() == 1);
    BOOST_TEST(int(changed.size()) > before);
    BOOST_REQUIRE(events.size() == 1);
    BOOST_TEST(events[0][0].value<DeviceEvent>().describe() == QStringLiteral("scanner plugged in: /dev/input/event7"));

    QSignalSpy tokens(app.manager.get(), &DeviceManager::tokenRead);
    BOOST_TEST(app.scanner->scan(QStringLiteral("AK1-TEST")).ok());
    BOOST_REQUIRE(tokens.size() == 1);
    BOOST_TEST(tokens[0][0].value<TokenRead>().readerId == QStringLiteral("door"));
}

BOOST_AUTO_TEST_CASE(an_unplugged_scanner_is_said_at_once_and_an_arrival_of_working_hardware_changes_nothing) {
    SlowRetry app;
    app.manager->start();
    BOOST_REQUIRE(app.manager->readers().readyCount() == 1);
    QSignalSpy changed(app.manager.get(), &DeviceManager::changed);
    app.monitor->announce(scannerArrived(QStringLiteral("/dev/input/event3")));  // a keyboard, say
    BOOST_TEST(app.manager->readers().readyCount() == 1);

    app.scanner->setPlugged(false);  // the reader notices by itself; no monitor needed for that
    BOOST_TEST(app.manager->readers().readyCount() == 0);
    BOOST_TEST(changed.size() >= 2);
    BOOST_TEST(!app.scanner->scan(QStringLiteral("AK1-TEST")).ok());
}

BOOST_AUTO_TEST_CASE(simulated_cables_unplug_and_plug_back_the_printer_and_the_reader) {
    // Built as the apps build them, from settings: the simulated devices come with their cables.
    ScannerSettings door;
    door.id = QStringLiteral("door");
    std::unique_ptr<DeviceManager> manager = DeviceFactory::createManager(PrinterSettings{}, {door});
    auto* hardware = manager->monitor<SimulatedHardware>();
    BOOST_REQUIRE(hardware);
    auto* printer = qobject_cast<SimulatedReceiptPrinter*>(manager->printer());
    BOOST_REQUIRE(printer);
    // The printer's cable is out before the app starts: no printer, said in plain words.
    printer->setFault(SimulatedReceiptPrinter::Fault::Unplugged);
    manager->start();
    BOOST_TEST(!printer->isEnabled());
    BOOST_TEST(!manager->printerProblem().isEmpty());

    QSignalSpy events(manager.get(), &DeviceManager::deviceEvent);
    BOOST_TEST(hardware->setPlugged(QStringLiteral("printer"), true).isEmpty());
    BOOST_TEST(printer->isEnabled());  // started at the arrival, not at a restart of the app
    BOOST_TEST(manager->printerProblem().isEmpty());
    QSignalSpy done(printer, &PosDevice::outputComplete);
    printer->print(PrintDocument{}.text(QStringLiteral("Tilbake")));
    WAIT_FOR(done.size() == 1, 2000);

    BOOST_TEST(hardware->setPlugged(QStringLiteral("door"), false).isEmpty());
    BOOST_TEST(manager->readers().readyCount() == 0);
    BOOST_TEST(hardware->setPlugged(QStringLiteral("door"), true).isEmpty());
    BOOST_TEST(manager->readers().readyCount() == 1);
    BOOST_REQUIRE(events.size() == 3);
    BOOST_TEST(events[1][0].value<DeviceEvent>().describe() == QStringLiteral("scanner unplugged: simulated:door"));

    BOOST_TEST(hardware->setPlugged(QStringLiteral("kitchen"), true) == QStringLiteral("no simulated reader \"kitchen\""));
}

BOOST_AUTO_TEST_CASE(only_the_configured_usb_printer_s_arrival_is_the_printer_s) {
    const auto exact = DeviceFactory::usbPrinterHardware(UsbPrinterMatch::device(0x04b8, 0x0202, QStringLiteral("J8WF01")));
    DeviceEvent e;
    e.family = DeviceEvent::Family::Printer;
    e.vendorId = 0x04b8;
    e.productId = 0x0202;
    e.serial = QStringLiteral("J8WF01");
    BOOST_TEST(exact(e));
    e.serial = QStringLiteral("OTHER");
    BOOST_TEST(!exact(e));  // the café's second Epson is not this till's
    e.serial = QStringLiteral("J8WF01");
    e.productId = 0x0e15;
    BOOST_TEST(!exact(e));
    e.family = DeviceEvent::Family::Scanner;
    BOOST_TEST(!DeviceFactory::usbPrinterHardware(UsbPrinterMatch::automatic())(e));
    e.family = DeviceEvent::Family::Printer;
    BOOST_TEST(DeviceFactory::usbPrinterHardware(UsbPrinterMatch::automatic())(e));
}

BOOST_AUTO_TEST_CASE(the_monitors_each_configuration_needs) {
    ScannerSettings wedge;
    wedge.kind = ScannerSettings::Kind::Keyboard;
    wedge.evdevPath = QStringLiteral("/dev/input/by-id/usb-none-event-kbd");
    PrinterSettings tcp;
    tcp.kind = PrinterSettings::Kind::Tcp;
    tcp.host = QStringLiteral("192.0.2.1");
    const auto names = [](const DeviceManager& m) {
        QStringList l;
        for (const DeviceMonitor* monitor : m.monitors()) l << monitor->description();
        return l.join(u'|');
    };
    BOOST_TEST(names(*DeviceFactory::createManager(tcp, {wedge})) == QStringLiteral("udev (input, hidraw)"));
    BOOST_TEST(names(*DeviceFactory::createManager(PrinterSettings{}, {})) == QStringLiteral("simulated hardware"));
    PrinterSettings usb;
    usb.kind = PrinterSettings::Kind::Usb;
    BOOST_TEST(names(*DeviceFactory::createManager(usb, {})) == QStringLiteral("USB hot-plug (libusb)"));
    BOOST_TEST(names(*DeviceFactory::createManager(tcp, {})).isEmpty());
}

BOOST_AUTO_TEST_SUITE_END()
