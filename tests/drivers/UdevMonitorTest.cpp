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

#include <QDir>
#include <QFile>
#include <QTest>

#include <boost/test/unit_test.hpp>

using namespace ak::dev;

namespace {

const QString kById = QStringLiteral("/dev/input/by-id/usb-Aktivkafe_Test_Wedge_Scanner_0001-event-kbd");

QByteArray dataFile(const char* name) {
    return (ak::test::sourceDir() + QStringLiteral("/tests/drivers/data/input/") + QString::fromLatin1(name)).toLocal8Bit();
}

// The testbed, with the scanner plugged in or not; plugging sends udev's "add", unplugging "remove".
// Plugged in again, a scanner usually gets the next event node (its by-id link stays): so here too,
// which also keeps umockdev 0.17 happy (it cannot add a node it has had once).
class Cable {
public:
    Cable() : bed_(umockdev_testbed_new()) {}
    ~Cable() { g_object_unref(bed_); }
    Cable(const Cable&) = delete;
    Cable& operator=(const Cable&) = delete;

    QString node() const { return QStringLiteral("/dev/input/event%1").arg(event_); }
    QString sysPath() const {
        return QStringLiteral("/sys/devices/pci0000:00/0000:00:14.0/usb1/1-2/1-2:1.0/0003:05E0:1200.0001/input/input%1/event%2")
            .arg(event_ + 2)
            .arg(event_);
    }

    void plug() {
        QFile f(QString::fromLocal8Bit(dataFile("scanner-kbd.umockdev")));
        BOOST_TEST_REQUIRE(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll())
                                 .replace(QStringLiteral("input7"), QStringLiteral("input%1").arg(event_ + 2))
                                 .replace(QStringLiteral("event5"), QStringLiteral("event%1").arg(event_));
        GError* error = nullptr;
        BOOST_TEST_REQUIRE(umockdev_testbed_add_from_string(bed_, text.toUtf8().constData(), &error), takeMessage(error));
        BOOST_TEST_REQUIRE(umockdev_testbed_load_ioctl(bed_, node().toUtf8().constData(),
                                                       dataFile("scanner-kbd.ioctl").constData(), &error),
                           takeMessage(error));
    }
    void unplug() {
        const int master = umockdev_testbed_get_dev_fd(bed_, node().toUtf8().constData());
        umockdev_testbed_uevent(bed_, sysPath().toUtf8().constData(), "remove");
        umockdev_testbed_remove_device(bed_, sysPath().toUtf8().constData());
        if (master >= 0) ::close(master);  // an open reader then reads EIO, as from a node gone
        // umockdev 0.17 leaves the by-id link behind (udev would remove it), and its map of the
        // node's pty, which the next node's pty (the same number again) could not be entered in.
        gchar* rootDir = umockdev_testbed_get_root_dir(bed_);  // a copy of the caller's to free
        const QString root = QString::fromUtf8(rootDir);
        g_free(rootDir);
        QFile::remove(root + kById);
        for (const QString& entry : QDir(root + QStringLiteral("/dev/.ptymap")).entryList(QDir::System | QDir::NoDotAndDotDot))
            QFile::remove(root + QStringLiteral("/dev/.ptymap/") + entry);
        ++event_;
    }
    void play(const char* events) {
        GError* error = nullptr;
        BOOST_TEST_REQUIRE(umockdev_testbed_load_evemu_events(bed_, node().toUtf8().constData(), dataFile(events).constData(), &error),
                           takeMessage(error));
    }

private:
    UMockdevTestbed* bed_;
    int event_ = 5;
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
    cable.play("card-no.evemu");
    BOOST_REQUIRE(QTest::qWaitFor([&] { return tokens.size() == 4; }, 5000));
    BOOST_TEST(tokens[2] == tokens[0]);
}

BOOST_AUTO_TEST_SUITE_END()
