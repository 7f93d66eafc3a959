// The keyboard-wedge scanner reader (EvdevWedgeReader) against an emulated evdev scanner: umockdev's
// testbed, in this process, gives /dev/input/event5 (tests/drivers/data/input/scanner-kbd.umockdev)
// and replays evemu key events into it (the *.evemu files, written by make-events.py there). A custom
// ioctl handler plays the kernel's EVIOCGRAB rules, so the test sees the grab taken and given back.
//
// The program must run with umockdev's preload library: see EvdevUmockdevApp.h.
#include "drivers/devices/TokenReader.h"
#include "drivers/input/EvdevWedgeReader.h"
#include "tests/drivers/EvdevUmockdevApp.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QTest>

#include <boost/test/unit_test.hpp>

#include <atomic>
#include <linux/input.h>

using namespace ak::dev;

namespace {

const char* const kNode = "/dev/input/event5";
const char* const kSysPath =
    "/sys/devices/pci0000:00/0000:00:14.0/usb1/1-2/1-2:1.0/0003:05E0:1200.0001/input/input7/event5";
const QString kById = QStringLiteral("/dev/input/by-id/usb-Aktivkafe_Test_Wedge_Scanner_0001-event-kbd");
const QString kCard = QStringLiteral("AK1-7QKXB-5M3TZ-R8D0W-JH2F-4NCV-9YA6");
const QString kUrl = QStringLiteral("https://kafe.example/k?c=AK1-7QKXB");

QByteArray dataFile(const char* name) {
    const QString dir = ak::test::sourceDir() + QStringLiteral("/tests/drivers/data/input/");
    return (dir + QString::fromLatin1(name)).toLocal8Bit();
}

// The kernel's grab rules for one node: one holder at a time (EBUSY for the next), and only a
// grabbed node can be released (EINVAL otherwise). Runs on umockdev's worker thread.
struct GrabState {
    std::atomic<bool> grabbed{false};
    std::atomic<int> grabs{0};
    std::atomic<int> releases{0};
    std::atomic<int> refused{0};
};

gboolean onIoctl(UMockdevIoctlBase*, UMockdevIoctlClient* client, gpointer data) {
    auto* state = static_cast<GrabState*>(data);
    if (umockdev_ioctl_client_get_request(client) != EVIOCGRAB) return FALSE;  // the default answer
    UMockdevIoctlData* arg = umockdev_ioctl_client_get_arg(client);
    unsigned long value = 0;
    std::memcpy(&value, arg->data, sizeof value);
    if (value != 0) {
        if (state->grabbed.exchange(true)) {
            ++state->refused;
            umockdev_ioctl_client_complete(client, -1, EBUSY);
        } else {
            ++state->grabs;
            umockdev_ioctl_client_complete(client, 0, 0);
        }
    } else if (state->grabbed.exchange(false)) {
        ++state->releases;
        umockdev_ioctl_client_complete(client, 0, 0);
    } else {
        umockdev_ioctl_client_complete(client, -1, EINVAL);
    }
    return TRUE;
}

// One emulated scanner. How its ioctls are answered: from the recorded .ioctl file, or by GrabState.
class Testbed {
public:
    enum class Ioctls { Recorded, GrabRules };

    explicit Testbed(Ioctls ioctls) : bed_(umockdev_testbed_new()) {
        GError* error = nullptr;
        BOOST_TEST_REQUIRE(umockdev_testbed_add_from_file(bed_, dataFile("scanner-kbd.umockdev").constData(), &error),
                           takeMessage(error));
        if (ioctls == Ioctls::Recorded) {
            const QByteArray ioctls = dataFile("scanner-kbd.ioctl");
            BOOST_TEST_REQUIRE(umockdev_testbed_load_ioctl(bed_, kNode, ioctls.constData(), &error),
                               takeMessage(error));
        } else {
            handler_ = umockdev_ioctl_base_new();
            g_signal_connect(handler_, "handle-ioctl", G_CALLBACK(onIoctl), &grab);
            BOOST_TEST_REQUIRE(umockdev_testbed_attach_ioctl(bed_, kNode, handler_, &error), takeMessage(error));
        }
    }
    ~Testbed() {
        if (bed_) g_object_unref(bed_);  // stops the replay first, then removes the testbed
        if (handler_) g_object_unref(handler_);
    }
    Testbed(const Testbed&) = delete;
    Testbed& operator=(const Testbed&) = delete;

    // Starts replaying an evemu file into the node (the scanner "types").
    void play(const char* events) {
        GError* error = nullptr;
        BOOST_TEST_REQUIRE(umockdev_testbed_load_evemu_events(bed_, kNode, dataFile(events).constData(), &error),
                           takeMessage(error));
    }
    // umockdev 0.17 has no umockdev_testbed_wait_script(): the replays here end at most 300 ms after
    // their last token's Enter, and nothing is written into the node after that.
    void waitPlayed(int ms = 400) { QTest::qWait(ms); }
    // What unplugging does to a reader: the node disappears and its open descriptor fails (a pty
    // whose other end is closed reads EIO, as an evdev node does ENODEV).
    void unplug() {
        const int master = umockdev_testbed_get_dev_fd(bed_, kNode);
        umockdev_testbed_remove_device(bed_, kSysPath);
        BOOST_TEST_REQUIRE(master >= 0);
        ::close(master);  // the testbed does not close it itself (umockdev 0.17)
    }

    GrabState grab;

private:
    UMockdevTestbed* bed_ = nullptr;
    UMockdevIoctlBase* handler_ = nullptr;
};

EvdevWedgeReader::Settings settings(const QString& layout, const QString& path = QString::fromLatin1(kNode)) {
    EvdevWedgeReader::Settings s;
    s.path = path;
    s.layout = layout;
    s.readerId = QStringLiteral("kiosk-scanner");
    return s;
}

// Everything a reader says, in order.
struct Recorder {
    explicit Recorder(TokenReader& reader) {
        QObject::connect(&reader, &TokenReader::tokenRead, [this](const TokenRead& t) { tokens.push_back(t); });
        QObject::connect(&reader, &PosDevice::dataReceived, [this] { ++data; });
        QObject::connect(&reader, &PosDevice::errorOccurred, [this](const DeviceError& e) { errors.push_back(e); });
    }
    QStringList texts() const {
        QStringList l;
        for (const TokenRead& t : tokens) l << t.text;
        return l;
    }
    bool waitTokens(int n, int ms = 10'000) {
        return QTest::qWaitFor([&] { return int(tokens.size()) >= n; }, ms);
    }
    std::vector<TokenRead> tokens;
    std::vector<DeviceError> errors;
    int data = 0;
};

void require(const DeviceResult& r) { BOOST_TEST_REQUIRE(r.ok(), (r.ok() ? QString() : r.error().message)); }

}  // namespace

BOOST_TEST_GLOBAL_FIXTURE(UmockdevApp);

BOOST_AUTO_TEST_SUITE(evdev_wedge)

BOOST_AUTO_TEST_CASE(card_code_on_norwegian_layout_through_by_id_link) {
    Testbed bed(Testbed::Ioctls::Recorded);
    EvdevWedgeReader reader(settings(QStringLiteral("no"), kById));
    Recorder rec(reader);
    require(reader.start(1000));
    BOOST_TEST((reader.powerState() == PowerState::Online));
    bed.play("card-no.evemu");
    BOOST_TEST_REQUIRE(rec.waitTokens(2));
    BOOST_TEST(rec.texts() == (QStringList{kCard, kUrl}));
    const TokenRead& t = rec.tokens.front();
    BOOST_TEST((t.kind == TokenRead::Kind::Barcode));
    BOOST_TEST(t.symbology.isEmpty());
    BOOST_TEST(t.raw == kCard.toUtf8());
    BOOST_TEST(t.readerId == QStringLiteral("kiosk-scanner"));
    BOOST_TEST(rec.data == 2);
    BOOST_TEST(rec.errors.empty());
}

BOOST_AUTO_TEST_CASE(card_code_on_us_layout_with_the_grab_taken_and_given_back) {
    Testbed bed(Testbed::Ioctls::GrabRules);
    EvdevWedgeReader reader(settings(QStringLiteral("us")));
    Recorder rec(reader);
    require(reader.open());
    require(reader.claim(1000));
    BOOST_TEST(!bed.grab.grabbed);  // open and claimed, not yet enabled: the keyboard is the desktop's
    require(reader.setDeviceEnabled(true));
    BOOST_TEST(bed.grab.grabbed);
    BOOST_TEST(bed.grab.grabs == 1);

    // A second reader (or any other program) cannot take the scanner while it is grabbed. It is
    // closed again before the scan: on umockdev's pty two open descriptors share one queue of
    // events (evdev gives each its own), so it would take keys away from the first.
    {
        EvdevWedgeReader other(settings(QStringLiteral("us")));
        require(other.open());
        require(other.claim(1000));
        const DeviceResult busy = other.setDeviceEnabled(true);
        BOOST_TEST_REQUIRE(!busy.ok());
        BOOST_TEST((busy.error().kind == DeviceError::Kind::Busy));
        BOOST_TEST(bed.grab.refused == 1);
    }
    BOOST_TEST(bed.grab.grabbed);  // closing the refused one took nothing from the first

    bed.play("card-us.evemu");
    BOOST_TEST_REQUIRE(rec.waitTokens(2));
    BOOST_TEST(rec.texts() == (QStringList{kCard, kUrl}));

    require(reader.setDeviceEnabled(false));
    BOOST_TEST(!bed.grab.grabbed);
    BOOST_TEST(bed.grab.releases == 1);
    EvdevWedgeReader other(settings(QStringLiteral("us")));
    require(other.start(1000));  // given back: now another one may have it
    BOOST_TEST(bed.grab.grabbed);
    require(other.close());
    BOOST_TEST(!bed.grab.grabbed);  // closing releases the grab too
    BOOST_TEST(bed.grab.releases == 2);
}

BOOST_AUTO_TEST_CASE(the_same_keys_on_the_wrong_layout_are_other_characters) {
    Testbed bed(Testbed::Ioctls::Recorded);
    EvdevWedgeReader reader(settings(QStringLiteral("us")));
    Recorder rec(reader);
    require(reader.start(1000));
    bed.play("card-no.evemu");  // typed by a scanner set up for Norwegian
    BOOST_TEST_REQUIRE(rec.waitTokens(2));
    BOOST_TEST(rec.tokens.front().text == QStringLiteral("AK1/7QKXB/5M3TZ/R8D0W/JH2F/4NCV/9YA6"));
}

BOOST_AUTO_TEST_CASE(twenty_scans_a_second_all_arrive_in_order) {
    Testbed bed(Testbed::Ioctls::GrabRules);
    EvdevWedgeReader reader(settings(QStringLiteral("us")));
    Recorder rec(reader);
    require(reader.start(1000));
    bed.play("burst-us.evemu");
    BOOST_TEST_REQUIRE(rec.waitTokens(20));
    QStringList expected;
    for (int n = 0; n < 20; ++n) expected << QStringLiteral("AK1-BURST-%1").arg(n);
    BOOST_TEST(rec.texts() == expected);
    bed.waitPlayed();
    BOOST_TEST(rec.tokens.size() == 20u);
}

BOOST_AUTO_TEST_CASE(a_half_code_is_dropped_and_does_not_glue_to_the_next) {
    Testbed bed(Testbed::Ioctls::GrabRules);
    EvdevWedgeReader reader(settings(QStringLiteral("us")));
    Recorder rec(reader);
    require(reader.start(1000));
    bed.play("half-us.evemu");
    BOOST_TEST_REQUIRE(rec.waitTokens(1));
    bed.waitPlayed();
    BOOST_TEST(rec.texts() == QStringList{kCard});
    BOOST_TEST(rec.data == 1);
    BOOST_TEST(rec.errors.empty());
}

BOOST_AUTO_TEST_CASE(nothing_comes_out_while_disabled) {
    Testbed bed(Testbed::Ioctls::GrabRules);
    EvdevWedgeReader reader(settings(QStringLiteral("us")));
    Recorder rec(reader);
    require(reader.open());
    require(reader.claim(1000));
    bed.play("card-us.evemu");
    bed.waitPlayed(1000);  // the whole file, pause between its two scans included
    BOOST_TEST(rec.tokens.empty());
    BOOST_TEST(rec.data == 0);
    BOOST_TEST(!bed.grab.grabbed);
}

BOOST_AUTO_TEST_CASE(unplugging_reports_an_error_and_gone_and_the_scanner_can_come_back) {
    auto bed = std::make_unique<Testbed>(Testbed::Ioctls::GrabRules);
    EvdevWedgeReader reader(settings(QStringLiteral("us")));
    Recorder rec(reader);
    int gone = 0;
    QObject::connect(&reader, &EvdevWedgeReader::gone, [&] { ++gone; });
    require(reader.start(1000));
    bed->play("card-us.evemu");
    BOOST_TEST_REQUIRE(rec.waitTokens(2));
    bed->waitPlayed();

    bed->unplug();
    BOOST_TEST_REQUIRE(QTest::qWaitFor([&] { return gone > 0; }, 5000));
    BOOST_TEST(gone == 1);
    BOOST_TEST_REQUIRE(rec.errors.size() == 1u);
    BOOST_TEST((rec.errors.front().kind == DeviceError::Kind::NotFound));
    BOOST_TEST(rec.errors.front().message.contains(QStringLiteral("Plug the scanner in again.")));
    BOOST_TEST((reader.powerState() == PowerState::Offline));
    BOOST_TEST((reader.state() == DeviceState::Error));
    BOOST_TEST(reader.fd() == -1);
    QTest::qWait(50);  // nothing more happens: no second error, no crash
    BOOST_TEST(gone == 1);

    // What the device manager does: close, and open again when the scanner is back.
    require(reader.close());
    const DeviceResult missing = reader.open();
    BOOST_TEST_REQUIRE(!missing.ok());
    BOOST_TEST((missing.error().kind == DeviceError::Kind::NotFound));

    bed.reset();
    bed = std::make_unique<Testbed>(Testbed::Ioctls::GrabRules);  // plugged in again
    require(reader.start(1000));
    BOOST_TEST((reader.powerState() == PowerState::Online));
    BOOST_TEST(bed->grab.grabbed);
    bed->play("card-us.evemu");
    BOOST_TEST_REQUIRE(rec.waitTokens(4));
    BOOST_TEST(rec.tokens[2].text == kCard);
}

BOOST_AUTO_TEST_CASE(settings_that_cannot_work_are_refused_in_plain_words) {
    Testbed bed(Testbed::Ioctls::GrabRules);
    {
        EvdevWedgeReader reader(settings(QStringLiteral("us"), QStringLiteral("/dev/input/event9")));
        const DeviceResult r = reader.open();
        BOOST_TEST_REQUIRE(!r.ok());
        BOOST_TEST((r.error().kind == DeviceError::Kind::NotFound));
        BOOST_TEST(!reader.isOpen());
    }
    {
        EvdevWedgeReader reader(settings(QStringLiteral("fr")));
        const DeviceResult r = reader.open();
        BOOST_TEST_REQUIRE(!r.ok());
        BOOST_TEST((r.error().kind == DeviceError::Kind::Config));
        BOOST_TEST(r.error().message.contains(QStringLiteral("fr")));
    }
    {
        ak::test::TempDir dir;
        QFile file(dir.file(QStringLiteral("not-a-device")));
        BOOST_TEST_REQUIRE(file.open(QIODevice::WriteOnly));
        file.close();
        EvdevWedgeReader reader(settings(QStringLiteral("us"), file.fileName()));
        const DeviceResult r = reader.open();
        BOOST_TEST_REQUIRE(!r.ok());
        BOOST_TEST((r.error().kind == DeviceError::Kind::Config));
    }
}

BOOST_AUTO_TEST_SUITE_END()
