// The HID POS report decoder: scanned-data reports as Honeywell/Zebra/Access-IS scanners send them
// (report ID 2, length, AIM id, 56 data bytes, "more follows" bit) back to codes and symbologies;
// continuation, gaps, garbage, and the report descriptor check.
#include "drivers/input/HidPosDecoder.h"
#include "tests/support/TestSupport.h"

#include <QRandomGenerator>

#include <boost/test/unit_test.hpp>

#include <cstring>

using namespace ak::dev;
using Status = HidPosScan::Status;

namespace {

// One 64-byte report: ID 2, the declared length (the data's by default), AIM id, data, more bit.
QByteArray report(QByteArrayView aim, QByteArrayView data, bool more = false, int declared = -1) {
    QByteArray r(HidPosDecoder::kReportSize, '\0');
    r[0] = char(HidPosDecoder::kScannedDataReportId);
    r[1] = char(declared >= 0 ? declared : int(data.size()));
    std::memcpy(r.data() + 2, aim.data(), size_t(qMin<qsizetype>(aim.size(), 3)));
    std::memcpy(r.data() + 5, data.data(), size_t(qMin<qsizetype>(data.size(), 56)));
    r[63] = more ? 1 : 0;
    return r;
}

// A code as the scanner sends it: 56 bytes a report, the AIM id in each.
std::vector<QByteArray> reports(QByteArrayView aim, QByteArrayView data) {
    std::vector<QByteArray> out;
    for (qsizetype i = 0; i < data.size() || out.empty(); i += 56) {
        const QByteArrayView part = data.sliced(i, qMin<qsizetype>(56, data.size() - i));
        out.push_back(report(aim, part, i + 56 < data.size()));
    }
    return out;
}

// Feeds reports and keeps what came out.
struct Scanner {
    explicit Scanner(HidPosDecoder::Options options = {}) : decoder(options) {}
    void feed(const QByteArray& r, qint64 timeUs = -1) {
        for (const HidPosScan& s : decoder.report(r, timeUs)) scans.push_back(s);
    }
    void feed(const std::vector<QByteArray>& rs, qint64 timeUs = -1) {
        for (const QByteArray& r : rs) feed(r, timeUs);
    }
    HidPosDecoder decoder;
    std::vector<HidPosScan> scans;
};

const QByteArray kCard = "AK1-7QKXB-5M3TZ-R8D0W-JH2F-4NCV-9YA6";

}  // namespace

BOOST_AUTO_TEST_SUITE(hidpos_decoder)

BOOST_AUTO_TEST_CASE(a_qr_code_in_one_report) {
    Scanner s;
    s.feed(report("]Q1", kCard));
    BOOST_TEST_REQUIRE(s.scans.size() == 1u);
    const HidPosScan& scan = s.scans.front();
    BOOST_TEST((scan.status == Status::Complete));
    BOOST_TEST(scan.data == kCard);
    BOOST_TEST(scan.text() == QString::fromLatin1(kCard));
    BOOST_TEST(scan.aim == QByteArray("]Q1"));
    BOOST_TEST(scan.symbology == QStringLiteral("QR"));
    BOOST_TEST((scan.kind == TokenRead::Kind::Qr));
    BOOST_TEST(scan.reports == 1);
    BOOST_TEST(!s.decoder.pending());
}

BOOST_AUTO_TEST_CASE(symbologies_from_the_aim_identifier) {
    const struct {
        const char* aim;
        const char* name;
    } cases[] = {
        {"]E0", "EAN-13"}, {"]E4", "EAN-8"},      {"]C0", "Code128"}, {"]C1", "GS1-128"},
        {"]A0", "Code39"}, {"]I0", "ITF"},        {"]d1", "DataMatrix"}, {"]z0", "Aztec"},
        {"]L0", "PDF417"}, {"]e0", "GS1 DataBar"}, {"]Q3", "QR"},     {"]K0", "]K0"},  // not known here: the id itself
        {"]X0", ""},  // "other": the scanner does not say
    };
    for (const auto& c : cases) {
        Scanner s;
        s.feed(report(c.aim, "7038010000010"));
        BOOST_TEST_REQUIRE(s.scans.size() == 1u, c.aim);
        BOOST_TEST(s.scans.front().symbology == QString::fromLatin1(c.name), c.aim);
        BOOST_TEST((s.scans.front().kind == (c.aim[1] == 'Q' ? TokenRead::Kind::Qr : TokenRead::Kind::Barcode)), c.aim);
    }
    // A scanner set not to send AIM ids leaves the three bytes zero: the code, with no symbology.
    Scanner s;
    s.feed(report(QByteArrayView(), "7038010000010"));
    BOOST_TEST_REQUIRE(s.scans.size() == 1u);
    BOOST_TEST(s.scans.front().data == QByteArray("7038010000010"));
    BOOST_TEST(s.scans.front().symbology.isEmpty());
    BOOST_TEST(s.scans.front().aim.isEmpty());
}

BOOST_AUTO_TEST_CASE(a_long_code_continues_over_several_reports) {
    QByteArray url = "https://kafe.example/k?c=" + kCard + "&n=";
    while (url.size() < 150) url += char('a' + url.size() % 26);
    Scanner s;
    const std::vector<QByteArray> rs = reports("]Q1", url);
    BOOST_TEST_REQUIRE(rs.size() == 3u);
    s.feed(rs[0]);
    s.feed(rs[1]);
    BOOST_TEST(s.scans.empty());
    BOOST_TEST(s.decoder.pending());
    s.feed(rs[2]);
    BOOST_TEST_REQUIRE(s.scans.size() == 1u);
    BOOST_TEST(s.scans.front().data == url);
    BOOST_TEST(s.scans.front().reports == 3);
    BOOST_TEST(s.scans.front().symbology == QStringLiteral("QR"));

    // Exactly one full report is one code, not the start of one.
    Scanner full;
    full.feed(reports("]C0", QByteArray(56, '7')));
    BOOST_TEST_REQUIRE(full.scans.size() == 1u);
    BOOST_TEST(full.scans.front().data.size() == 56);
}

BOOST_AUTO_TEST_CASE(text_is_utf8_when_it_is_and_latin1_otherwise_without_a_trailing_cr) {
    Scanner s;
    s.feed(report("]Q1", QByteArray("Bl\xc3\xa5" "b\xc3\xa6r\r")));
    s.feed(report("]Q1", QByteArray("Bl\xe5" "b\xe6r\r\n")));
    BOOST_TEST_REQUIRE(s.scans.size() == 2u);
    BOOST_TEST(s.scans[0].text() == QStringLiteral("Blåbær"));
    BOOST_TEST(s.scans[1].text() == QStringLiteral("Blåbær"));
    BOOST_TEST(s.scans[1].data == QByteArray("Bl\xe5" "b\xe6r"));
}

BOOST_AUTO_TEST_CASE(a_half_code_is_dropped_after_a_gap_and_does_not_glue_to_the_next) {
    Scanner s;
    const std::vector<QByteArray> first = reports("]Q1", QByteArray(100, 'x'));
    s.feed(first[0], 1'000'000);  // ... and its second report never comes
    s.feed(report("]Q1", kCard), 2'000'000);
    BOOST_TEST_REQUIRE(s.scans.size() == 2u);
    BOOST_TEST((s.scans[0].status == Status::Interrupted));
    BOOST_TEST(s.scans[0].data == QByteArray(56, 'x'));
    BOOST_TEST((s.scans[1].status == Status::Complete));
    BOOST_TEST(s.scans[1].data == kCard);

    // Reports close together are one code.
    Scanner quick;
    const std::vector<QByteArray> rs = reports("]Q1", QByteArray(100, 'y'));
    quick.feed(rs[0], 1'000'000);
    quick.feed(rs[1], 1'004'000);
    BOOST_TEST_REQUIRE(quick.scans.size() == 1u);
    BOOST_TEST((quick.scans[0].status == Status::Complete));

    // The reader's timer: nothing more came.
    Scanner lost;
    lost.feed(first[0]);
    const std::optional<HidPosScan> dropped = lost.decoder.interrupt();
    BOOST_TEST_REQUIRE(dropped.has_value());
    BOOST_TEST((dropped->status == Status::Interrupted));
    BOOST_TEST(!lost.decoder.pending());
    BOOST_TEST(!lost.decoder.interrupt().has_value());
    lost.feed(report("]E0", "7038010000010"));
    BOOST_TEST_REQUIRE(lost.scans.size() == 1u);
    BOOST_TEST(lost.scans[0].data == QByteArray("7038010000010"));
}

BOOST_AUTO_TEST_CASE(a_code_longer_than_the_limit_is_dropped_whole) {
    Scanner s(HidPosDecoder::Options{100, 500'000});
    s.feed(reports("]Q1", QByteArray(150, 'z')));
    BOOST_TEST_REQUIRE(s.scans.size() == 1u);
    BOOST_TEST((s.scans[0].status == Status::TooLong));
    BOOST_TEST(s.scans[0].data.size() <= 100);
    s.feed(report("]Q1", kCard));
    BOOST_TEST_REQUIRE(s.scans.size() == 2u);
    BOOST_TEST((s.scans[1].status == Status::Complete));
    BOOST_TEST(s.scans[1].data == kCard);
}

BOOST_AUTO_TEST_CASE(garbage_is_ignored_and_counted) {
    Scanner s;
    s.feed(QByteArray());
    s.feed(QByteArray("\x02\x05", 2));  // too short for the header
    QByteArray other = report("]Q1", kCard);
    other[0] = 0x04;  // another report (e.g. a status report)
    s.feed(other);
    BOOST_TEST(s.scans.empty());
    BOOST_TEST(s.decoder.ignoredReports() == 3);
    BOOST_TEST(!s.decoder.pending());

    // An empty code (length 0) is no code.
    s.feed(report("]Q1", QByteArrayView()));
    BOOST_TEST(s.scans.empty());

    // A length beyond the report's 56 data bytes or its end is cut, never read past.
    s.feed(report("]C0", "12345", false, 250));
    BOOST_TEST_REQUIRE(s.scans.size() == 1u);
    BOOST_TEST(s.scans[0].data.size() == 56);
    BOOST_TEST(s.scans[0].data.startsWith("12345"));
    Scanner shortReport;
    shortReport.feed(report("]C0", "12345", false, 40).left(10));
    BOOST_TEST_REQUIRE(shortReport.scans.size() == 1u);
    BOOST_TEST(shortReport.scans[0].data == QByteArray("12345"));

    // Random reports: whatever comes out, nothing is read out of bounds (ASan) and the decoder goes on.
    QRandomGenerator random(12345);
    Scanner noise(HidPosDecoder::Options{300, 500'000});
    for (int i = 0; i < 5000; ++i) {
        QByteArray r(int(random.bounded(80)), '\0');
        for (char& c : r) c = char(random.bounded(256));
        if (!r.isEmpty() && random.bounded(2)) r[0] = 0x02;
        noise.feed(r, i * 1000);
    }
    noise.decoder.reset();
    noise.scans.clear();
    noise.feed(report("]Q1", kCard));
    BOOST_TEST_REQUIRE(noise.scans.size() == 1u);
    BOOST_TEST(noise.scans[0].data == kCard);
}

BOOST_AUTO_TEST_CASE(the_report_descriptor_tells_a_pos_scanner_from_a_keyboard) {
    // Usage Page (Bar Code Scanner, as a 2-byte item), Usage (Bar Code Scanner), Collection ...
    const QByteArray pos = QByteArray::fromHex("06 8c 00 09 02 a1 01 85 02 15 00 26 ff 00 75 08 95 3f 09 fe 81 02 c0");
    BOOST_TEST(HidPosDecoder::declaresBarcodeScannerPage(pos));
    BOOST_TEST(HidPosDecoder::declaresBarcodeScannerPage(QByteArray::fromHex("05 8c 09 02 a1 01 c0")));
    // A boot keyboard: Usage Page (Generic Desktop), Usage (Keyboard), ... Usage Page (Keyboard).
    const QByteArray keyboard =
        QByteArray::fromHex("05 01 09 06 a1 01 05 07 19 e0 29 e7 15 00 25 01 75 01 95 08 81 02 c0");
    BOOST_TEST(!HidPosDecoder::declaresBarcodeScannerPage(keyboard));
    // 0x8C as data of another item (a logical maximum) is not a usage page.
    BOOST_TEST(!HidPosDecoder::declaresBarcodeScannerPage(QByteArray::fromHex("05 01 25 8c c0")));
    // A long item is skipped whole; a cut descriptor is not a scanner.
    BOOST_TEST(HidPosDecoder::declaresBarcodeScannerPage(QByteArray::fromHex("fe 02 00 05 8c 05 8c")));
    BOOST_TEST(!HidPosDecoder::declaresBarcodeScannerPage(QByteArray::fromHex("06 8c")));
    BOOST_TEST(!HidPosDecoder::declaresBarcodeScannerPage(QByteArray()));
}

BOOST_AUTO_TEST_SUITE_END()
