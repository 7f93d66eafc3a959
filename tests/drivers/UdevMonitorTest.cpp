// Scanners plugged in and taken away as udev tells them (issue 12, item 7): UdevMonitor against
// umockdev's testbed, whose uevents reach libudev's monitor in this process, and the device manager
// that starts a keyboard-wedge reader the moment its scanner arrives — its own retry is a minute
// away here, so only the monitor can bring the reader back within the test's time.
//
// The program must run with umockdev's preload library: see EvdevUmockdevApp.h.
#include "drivers/devices/DeviceManager.h"
#include "drivers/input/EvdevWedgeReader.h"
#include "drivers/udev/UdevMonitor.h"
#include "tests/drivers/EvdevUmockdevApp.h"
#include "tests/support/TestSupport.h"
#include "tests/support/emulated/EmulatedScanner.h"
#include "tests/support/emulated/UmockdevRun.h"

#include <QTest>

#include <boost/test/unit_test.hpp>

using namespace ak::dev;

namespace {

const QString kById = aktest::EmulatedScanner::byIdPath();

// The testbed with the scanner (tests/support/emulated) plugged in or not; plugging sends udev's
// "add", unplugging "remove", and plugged in again it gets the next event node.
struct Cable {
    aktest::Testbed bed;
    aktest::EmulatedScanner scanner{bed.get()};
    void plug() { scanner.plug(); }
    void unplug() { scanner.unplug(); }
    void play(const char* events) { scanner.play(QString::fromLatin1(events)); }
};

}  // namespace

BOOST_TEST_GLOBAL_FIXTURE(UmockdevApp);

BOOST_AUTO_TEST_SUITE(udev_hotplug)

BOOST_AUTO_TEST_CASE(a_scanner_plugged_in_and_out_is_announced_with_its_node_links_and_identity) {
    Cable cable;
    UdevMonitor monitor;
    QList<DeviceEvent> events;
    QObject::connect(&monitor, &DeviceMonitor::deviceEvent, [&](const DeviceEvent& e) { events << e; });
    BOOST_REQUIRE(monitor.start());
    cable.plug();
    BOOST_REQUIRE(QTest::qWaitFor([&] { return !events.isEmpty(); }, 5000));
    // The parent "input7" entry has no event node and is no scanner: only event5 is announced.
    BOOST_REQUIRE(events.size() == 1);
    const DeviceEvent& added = events[0];
    BOOST_TEST((added.action == DeviceEvent::Action::Added));
    BOOST_TEST((added.family == DeviceEvent::Family::Scanner));
    BOOST_TEST(added.node == QStringLiteral("/dev/input/event5"));
    BOOST_TEST(added.isNode(kById));
    BOOST_TEST(added.vendorId == 0x05e0);
    BOOST_TEST(added.productId == 0x1200);

    cable.unplug();
    BOOST_REQUIRE(QTest::qWaitFor([&] { return events.size() >= 2; }, 5000));
    BOOST_TEST((events[1].action == DeviceEvent::Action::Removed));
    BOOST_TEST(events[1].describe().startsWith(QStringLiteral("scanner unplugged: /dev/input/event5")));
}

BOOST_AUTO_TEST_CASE(the_device_manager_starts_a_wedge_reader_when_udev_says_its_scanner_is_back) {
    Cable cable;
    EvdevWedgeReader::Settings s;
    s.path = kById;
    s.layout = QStringLiteral("no");
    s.readerId = QStringLiteral("door");
    s.grab = false;  // the recorded ioctls have no EVIOCGRAB (drivers_evdev tests the grab)
    auto group = std::make_unique<ReaderGroup>(60000);
    group->add(std::make_unique<EvdevWedgeReader>(s));
    DeviceManager manager(nullptr, QString(), std::move(group));
    manager.addMonitor(std::make_unique<UdevMonitor>());
    QStringList tokens;
    QObject::connect(&manager, &DeviceManager::tokenRead, [&](const TokenRead& t) { tokens << t.text; });
    manager.start();
    BOOST_TEST(manager.readers().readyCount() == 0);  // missing at start: no error, just not there

    cable.plug();
    BOOST_REQUIRE(QTest::qWaitFor([&] { return manager.readers().readyCount() == 1; }, 5000));
    cable.play("card-no.evemu");
    BOOST_REQUIRE(QTest::qWaitFor([&] { return tokens.size() == 2; }, 5000));

    cable.unplug();
    BOOST_REQUIRE(QTest::qWaitFor([&] { return manager.readers().readyCount() == 0; }, 5000));
    QTest::qWait(300);  // let the replay's end pass: nothing is written into the node after this
    cable.plug();
    BOOST_REQUIRE(QTest::qWaitFor([&] { return manager.readers().readyCount() == 1; }, 5000));
    // Typed as the device rig types its scans: the same card code, key by key on the Norwegian layout.
    cable.scanner.type(tokens[0], QStringLiteral("no"));
    BOOST_REQUIRE(QTest::qWaitFor([&] { return tokens.size() == 3; }, 5000));
    BOOST_TEST(tokens[2] == tokens[0]);
}

BOOST_AUTO_TEST_SUITE_END()
