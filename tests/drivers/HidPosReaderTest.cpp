// The HID POS scanner reader (HidPosReader) against an emulated scanner: umockdev's testbed, in this
// process, gives /dev/hidraw0 (tests/drivers/data/input/scanner-hidpos.umockdev) and plays a script
// of input reports into it; a custom ioctl handler answers HIDIOCGRDESCSIZE/HIDIOCGRDESC with a POS
// scanner's report descriptor, or a keyboard's. The reports are built here (64 bytes each, as
// HidPosDecoderTest describes them) and written to a umockdev script file per test.
//
// The program must run with umockdev's preload library: see EvdevUmockdevApp.h.
#include "drivers/devices/TokenReader.h"
#include "drivers/input/HidPosReader.h"
#include "tests/drivers/EvdevUmockdevApp.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QTest>

#include <boost/test/unit_test.hpp>

#include <linux/hidraw.h>
#include <sys/ioctl.h>

using namespace ak::dev;

namespace {

const char* const kNode = "/dev/hidraw0";
const char* const kSysPath = "/sys/devices/pci0000:00/0000:00:14.0/usb1/1-3/1-3:1.0/0003:0C2E:0B87.0002/hidraw/hidraw0";
const QByteArray kCard = "AK1-7QKXB-5M3TZ-R8D0W-JH2F-4NCV-9YA6";

// A POS scanner's descriptor (Usage Page 0x8C, Bar Code Scanner, report 2) and a boot keyboard's.
const QByteArray kPosDescriptor =
    QByteArray::fromHex("06 8c 00 09 02 a1 01 85 02 15 00 26 ff 00 75 08 95 3f 09 fe 81 02 c0");
const QByteArray kKeyboardDescriptor =
    QByteArray::fromHex("05 01 09 06 a1 01 05 07 19 e0 29 e7 15 00 25 01 75 01 95 08 81 02 c0");

QByteArray dataFile(const char* name) {
    const QString dir = ak::test::sourceDir() + QStringLiteral("/tests/drivers/data/input/");
    return (dir + QString::fromLatin1(name)).toLocal8Bit();
}

// One 64-byte scanned-data report.
QByteArray report(QByteArrayView aim, QByteArrayView data, bool more) {
    QByteArray r(64, '\0');
    r[0] = 0x02;
    r[1] = char(data.size());
    std::memcpy(r.data() + 2, aim.data(), 3);
    std::memcpy(r.data() + 5, data.data(), size_t(qMin<qsizetype>(data.size(), 56)));
    r[63] = more ? 1 : 0;
    return r;
}

std::vector<QByteArray> reports(QByteArrayView aim, QByteArrayView data) {
    std::vector<QByteArray> out;
    for (qsizetype i = 0; i < data.size(); i += 56)
        out.push_back(report(aim, data.sliced(i, qMin<qsizetype>(56, data.size() - i)), i + 56 < data.size()));
    return out;
}

// umockdev's script format: "r <ms to wait> <bytes>", bytes below 32 as ^ + (b + 64), ^ as ^`.
QByteArray scriptLine(int delayMs, const QByteArray& bytes) {
    QByteArray line = "r " + QByteArray::number(delayMs) + ' ';
    for (char c : bytes) {
        const auto b = quint8(c);
        if (b < 32) {
            line += '^';
            line += char(b + 64);
        } else if (c == '^') {
            line += "^`";
        } else {
            line += c;
        }
    }
    return line + '\n';
}

// The kernel's answers to the report descriptor ioctls. Runs on umockdev's worker thread.
gboolean onIoctl(UMockdevIoctlBase*, UMockdevIoctlClient* client, gpointer data) {
    const auto* descriptor = static_cast<const QByteArray*>(data);
    const gulong request = umockdev_ioctl_client_get_request(client);
    UMockdevIoctlData* arg = umockdev_ioctl_client_get_arg(client);
    if (request == HIDIOCGRDESCSIZE) {
        UMockdevIoctlData* size = umockdev_ioctl_data_resolve(arg, 0, sizeof(int), nullptr);
        if (!size) return FALSE;
        const int n = int(descriptor->size());
        std::memcpy(size->data, &n, sizeof n);
        umockdev_ioctl_client_complete(client, 0, 0);
        g_object_unref(size);
        return TRUE;
    }
    if (request == HIDIOCGRDESC) {
        UMockdevIoctlData* d = umockdev_ioctl_data_resolve(arg, 0, sizeof(hidraw_report_descriptor), nullptr);
        if (!d) return FALSE;
        hidraw_report_descriptor value{};
        std::memcpy(&value, d->data, sizeof value);
        value.size = quint32(descriptor->size());
        std::memcpy(value.value, descriptor->constData(), size_t(descriptor->size()));
        std::memcpy(d->data, &value, sizeof value);
        umockdev_ioctl_client_complete(client, 0, 0);
        g_object_unref(d);
        return TRUE;
    }
    return FALSE;
}

class Testbed {
public:
    explicit Testbed(QByteArray descriptor = kPosDescriptor)
        : descriptor_(std::move(descriptor)), bed_(umockdev_testbed_new()) {
        GError* error = nullptr;
        const QByteArray description = dataFile("scanner-hidpos.umockdev");
        BOOST_TEST_REQUIRE(umockdev_testbed_add_from_file(bed_, description.constData(), &error),
                           takeMessage(error));
        handler_ = umockdev_ioctl_base_new();
        g_signal_connect(handler_, "handle-ioctl", G_CALLBACK(onIoctl), &descriptor_);
        BOOST_TEST_REQUIRE(umockdev_testbed_attach_ioctl(bed_, kNode, handler_, &error), takeMessage(error));
    }
    ~Testbed() {
        g_object_unref(bed_);
        g_object_unref(handler_);
    }
    Testbed(const Testbed&) = delete;
    Testbed& operator=(const Testbed&) = delete;

    // Plays reports into the node, each delayMs after the one before (umockdev 0.17 takes one script
    // per node and testbed).
    void play(const std::vector<std::pair<int, QByteArray>>& timedReports) {
        QFile file(dir_.file(QStringLiteral("reports.script")));
        BOOST_TEST_REQUIRE(file.open(QIODevice::WriteOnly));
        for (const auto& [delayMs, bytes] : timedReports) file.write(scriptLine(delayMs, bytes));
        file.close();
        GError* error = nullptr;
        BOOST_TEST_REQUIRE(umockdev_testbed_load_script(bed_, kNode, file.fileName().toLocal8Bit().constData(), &error),
                           takeMessage(error));
    }
    void unplug() {
        const int master = umockdev_testbed_get_dev_fd(bed_, kNode);
        umockdev_testbed_remove_device(bed_, kSysPath);
        BOOST_TEST_REQUIRE(master >= 0);
        ::close(master);  // the testbed does not close it itself (umockdev 0.17)
    }

private:
    QByteArray descriptor_;
    ak::test::TempDir dir_;
    UMockdevTestbed* bed_ = nullptr;
    UMockdevIoctlBase* handler_ = nullptr;
};

HidPosReader::Settings settings() {
    HidPosReader::Settings s;
    s.path = QString::fromLatin1(kNode);
    s.readerId = QStringLiteral("till-scanner");
    return s;
}

struct Recorder {
    explicit Recorder(TokenReader& reader) {
        QObject::connect(&reader, &TokenReader::tokenRead, [this](const TokenRead& t) { tokens.push_back(t); });
        QObject::connect(&reader, &PosDevice::dataReceived, [this] { ++data; });
        QObject::connect(&reader, &PosDevice::errorOccurred, [this](const DeviceError& e) { errors.push_back(e); });
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

BOOST_AUTO_TEST_SUITE(hidpos_reader)

BOOST_AUTO_TEST_CASE(a_qr_code_over_two_reports_and_an_ean13_arrive_as_tokens) {
    Testbed bed;
    HidPosReader reader(settings());
    Recorder rec(reader);
    require(reader.start(1000));
    BOOST_TEST((reader.powerState() == PowerState::Online));
    const QByteArray url = "https://kafe.example/kort?kode=" + kCard + "&kafe=aktivkafe";
    const std::vector<QByteArray> qr = reports("]Q1", url);
    BOOST_TEST_REQUIRE(qr.size() == 2u);
    bed.play({{0, qr[0]}, {5, qr[1]}, {100, report("]E0", "7038010000010", false)}});
    BOOST_TEST_REQUIRE(rec.waitTokens(2));
    const TokenRead& q = rec.tokens[0];
    BOOST_TEST((q.kind == TokenRead::Kind::Qr));
    BOOST_TEST(q.symbology == QStringLiteral("QR"));
    BOOST_TEST(q.text == QString::fromLatin1(url));
    BOOST_TEST(q.raw == url);
    BOOST_TEST(q.readerId == QStringLiteral("till-scanner"));
    const TokenRead& e = rec.tokens[1];
    BOOST_TEST((e.kind == TokenRead::Kind::Barcode));
    BOOST_TEST(e.symbology == QStringLiteral("EAN-13"));
    BOOST_TEST(e.text == QStringLiteral("7038010000010"));
    BOOST_TEST(rec.data == 2);
    BOOST_TEST(rec.errors.empty());
}

BOOST_AUTO_TEST_CASE(a_half_code_then_nothing_is_dropped_and_does_not_glue_to_the_next) {
    Testbed bed;
    HidPosReader reader(settings());
    Recorder rec(reader);
    require(reader.start(1000));
    const std::vector<QByteArray> half = reports("]Q1", QByteArray(100, 'x'));
    bed.play({{0, half[0]}, {800, report("]Q1", kCard, false)}});  // half[1] never comes
    BOOST_TEST_REQUIRE(rec.waitTokens(1));
    QTest::qWait(100);
    BOOST_TEST_REQUIRE(rec.tokens.size() == 1u);
    BOOST_TEST(rec.tokens[0].raw == kCard);
    BOOST_TEST(rec.errors.empty());
}

BOOST_AUTO_TEST_CASE(nothing_comes_out_while_disabled) {
    Testbed bed;
    HidPosReader reader(settings());
    Recorder rec(reader);
    require(reader.open());
    require(reader.claim(1000));
    bed.play({{0, report("]Q1", kCard, false)}});
    QTest::qWait(300);
    BOOST_TEST(rec.tokens.empty());
    BOOST_TEST(rec.data == 0);
}

BOOST_AUTO_TEST_CASE(a_device_that_is_not_a_pos_scanner_is_refused) {
    Testbed bed(kKeyboardDescriptor);
    HidPosReader reader(settings());
    const DeviceResult r = reader.open();
    BOOST_TEST_REQUIRE(!r.ok());
    BOOST_TEST((r.error().kind == DeviceError::Kind::Unsupported));
    BOOST_TEST(r.error().message.contains(QStringLiteral("HID POS")));
    BOOST_TEST(!reader.isOpen());
}

BOOST_AUTO_TEST_CASE(unplugging_reports_an_error_and_gone_and_the_manager_may_close_it_right_away) {
    Testbed bed;
    HidPosReader reader(settings());
    Recorder rec(reader);
    int gone = 0;
    // What a device manager does: close the reader as soon as it is gone, from inside the signal.
    QObject::connect(&reader, &HidPosReader::gone, [&] {
        ++gone;
        BOOST_TEST((reader.state() == DeviceState::Error));
        require(reader.close());
    });
    require(reader.start(1000));
    bed.play({{0, report("]Q1", kCard, false)}});
    BOOST_TEST_REQUIRE(rec.waitTokens(1));
    QTest::qWait(100);  // the script has ended: nothing writes into the node any more

    bed.unplug();
    BOOST_TEST_REQUIRE(QTest::qWaitFor([&] { return gone > 0; }, 5000));
    BOOST_TEST_REQUIRE(rec.errors.size() == 1u);
    BOOST_TEST((rec.errors.front().kind == DeviceError::Kind::NotFound));
    BOOST_TEST(rec.errors.front().message.contains(QStringLiteral("Plug the scanner in again.")));
    BOOST_TEST((reader.powerState() == PowerState::Offline));
    BOOST_TEST((reader.state() == DeviceState::Closed));
    BOOST_TEST(reader.fd() == -1);
    QTest::qWait(50);
    BOOST_TEST(gone == 1);
    const DeviceResult missing = reader.open();
    BOOST_TEST_REQUIRE(!missing.ok());
    BOOST_TEST((missing.error().kind == DeviceError::Kind::NotFound));
}

BOOST_AUTO_TEST_SUITE_END()
