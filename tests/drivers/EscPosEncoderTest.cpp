// The encoder byte for byte: every command written as the Epson ESC/POS manual spells it.
#include "drivers/print/EscPosEncoder.h"
#include "tests/support/TestSupport.h"

#include <QImage>

#include <boost/test/unit_test.hpp>

using namespace ak::dev;
using ak::test::hex;

namespace {

PrinterProfile profile(const char* id) {
    auto p = PrinterProfile::byId(QString::fromLatin1(id));
    BOOST_REQUIRE_MESSAGE(p, "profile " << id);
    return *p;
}

// The bytes after "ESC @ ESC t n", as hex.
QString body(const PrintDocument& doc, const char* profileId = "generic-80") {
    const QByteArray bytes = EscPosEncoder::encode(doc, profile(profileId));
    BOOST_REQUIRE(bytes.size() >= 5);
    return hex(bytes.mid(5));
}

QString h(const QByteArray& b) { return hex(b); }

}  // namespace

BOOST_AUTO_TEST_SUITE(escpos_encoder)

BOOST_AUTO_TEST_CASE(init_and_code_page_from_profile) {
    BOOST_TEST(h(EscPosEncoder::encode(PrintDocument{}, profile("generic-80"))) == QStringLiteral("1b 40 1b 74 13"));
    BOOST_TEST(h(EscPosEncoder::encode(PrintDocument{}, profile("zj-5870"))) == QStringLiteral("1b 40 1b 74 05"));
    // Each model numbers its code pages its own way (escpos-printer-db): the POS-5890 has CP858 as 53,
    // the TM-m30 has no CP858 and takes CP865 (5).
    BOOST_TEST(h(EscPosEncoder::encode(PrintDocument{}, profile("pos-5890"))) == QStringLiteral("1b 40 1b 74 35"));
    BOOST_TEST(h(EscPosEncoder::encode(PrintDocument{}, profile("epson-tm-m30"))) == QStringLiteral("1b 40 1b 74 05"));
    PrinterProfile cp865 = profile("generic-80");
    cp865.codePage = CodePage::Cp865;
    BOOST_TEST(h(EscPosEncoder::encode(PrintDocument{}, cp865)) == QStringLiteral("1b 40 1b 74 05"));
}

BOOST_AUTO_TEST_CASE(nordic_text_in_cp858_and_cp865) {
    PrintDocument doc;
    doc.text(QStringLiteral("æøåÆØÅ €"));
    BOOST_TEST(body(doc) == QStringLiteral("91 9b 86 92 9d 8f 20 d5 0a"));
    BOOST_TEST(body(doc, "zj-5870") == QStringLiteral("91 9b 86 92 9d 8f 20 45 55 52 0a"));
}

BOOST_AUTO_TEST_CASE(styles_are_written_only_when_they_change) {
    PrintDocument doc;
    doc.text(QStringLiteral("A"), TextStyle{.bold = true})
        .text(QStringLiteral("A2"), TextStyle{.bold = true})
        .text(QStringLiteral("B"), TextStyle{.underline = true, .align = Align::Center})
        .text(QStringLiteral("C"), TextStyle{.doubleWidth = true, .doubleHeight = true, .align = Align::Right})
        .text(QStringLiteral("D"), TextStyle{.doubleHeight = true})
        .text(QStringLiteral("E"));
    BOOST_TEST(body(doc) == QStringLiteral("1b 45 01 41 0a 41 32 0a "
                                           "1b 61 01 1b 45 00 1b 2d 01 42 0a "
                                           "1b 61 02 1b 2d 00 1d 21 11 43 0a "
                                           "1b 61 00 1d 21 01 44 0a "
                                           "1d 21 00 45 0a"));
}

BOOST_AUTO_TEST_CASE(columns_padded_to_48_and_32) {
    PrintDocument doc;
    doc.columns(QStringLiteral("Kaffe"), QStringLiteral("25,00"));
    const QByteArray line48 = "Kaffe" + QByteArray(38, ' ') + "25,00\n";
    const QByteArray line32 = "Kaffe" + QByteArray(22, ' ') + "25,00\n";
    BOOST_TEST(body(doc, "generic-80") == h(line48));
    BOOST_TEST(body(doc, "generic-58") == h(line32));
}

BOOST_AUTO_TEST_CASE(double_width_columns_count_double) {
    PrintDocument doc;
    doc.columns(QStringLiteral("Sum"), QStringLiteral("125,00"), TextStyle{}.withDoubleSize().withBold());
    const QByteArray line = "Sum" + QByteArray(24 - 3 - 6, ' ') + "125,00\n";
    BOOST_TEST(body(doc) == QStringLiteral("1b 45 01 1d 21 11 ") + h(line));
}

BOOST_AUTO_TEST_CASE(long_columns_wrap) {
    const QByteArrayList lines = EscPosEncoder::columnLines(
        QByteArray("Kanelbolle med vaniljekrem og ekstra melis"), QByteArray("35,00"), 32);
    BOOST_REQUIRE(lines.size() == 2);
    BOOST_TEST(lines[0] == QByteArray("Kanelbolle med vaniljekrem 35,00"));
    BOOST_TEST(lines[1] == QByteArray("og ekstra melis"));
    const QByteArrayList both = EscPosEncoder::columnLines(QByteArray("Gave"), QByteArray(30, 'x'), 32);
    BOOST_REQUIRE(both.size() == 2);
    BOOST_TEST(both[0] == QByteArray("Gave"));
    BOOST_TEST(both[1] == QByteArray(2, ' ') + QByteArray(30, 'x'));
    for (const QByteArray& l : lines) BOOST_TEST(l.size() <= 32);
}

BOOST_AUTO_TEST_CASE(long_text_wraps_at_words) {
    PrintDocument doc;
    doc.text(QStringLiteral("Takk for besøket, velkommen tilbake neste uke!"), TextStyle::centered());
    // 32 columns: "Takk for besøket, velkommen" (27) / "tilbake neste uke!"
    const QString expected = QStringLiteral("1b 61 01 ") + h(QByteArray("Takk for bes\x9bket, velkommen\n")) +
                             QStringLiteral(" ") + h(QByteArray("tilbake neste uke!\n"));
    BOOST_TEST(body(doc, "generic-58") == expected);
}

BOOST_AUTO_TEST_CASE(rule_spans_the_paper) {
    PrintDocument doc;
    doc.rule();
    BOOST_TEST(body(doc, "generic-58") == h(QByteArray(32, '-') + '\n'));
    BOOST_TEST(body(doc, "generic-80") == h(QByteArray(48, '-') + '\n'));
}

BOOST_AUTO_TEST_CASE(native_qr_gs_paren_k) {
    PrintDocument doc;
    doc.qr(QByteArray("AK-123"), 6, QrErrorLevel::M);
    BOOST_TEST(body(doc) == QStringLiteral("1b 61 01 "
                                           "1d 28 6b 04 00 31 41 32 00 "           // model 2
                                           "1d 28 6b 03 00 31 43 06 "              // module 6 dots
                                           "1d 28 6b 03 00 31 45 31 "              // level M
                                           "1d 28 6b 09 00 31 50 30 41 4b 2d 31 32 33 "  // store
                                           "1d 28 6b 03 00 31 51 30"));           // print
    PrintDocument high;
    high.qr(QByteArray("x"), 3, QrErrorLevel::H);
    BOOST_TEST(body(high).contains(QStringLiteral("1d 28 6b 03 00 31 45 33")));
    BOOST_TEST(body(high).contains(QStringLiteral("1d 28 6b 03 00 31 43 03")));
}

BOOST_AUTO_TEST_CASE(raster_fallback_without_native_qr) {
    PrintDocument doc;
    doc.qr(QByteArray("AK-123"), 6, QrErrorLevel::M);
    const QByteArray bytes = EscPosEncoder::encode(doc, profile("pos-5890"));
    BOOST_TEST(!bytes.contains(QByteArray("\x1d\x28\x6b", 3)));
    // version 1 = 21 modules + 2 x 4 quiet = 29 modules x 6 dots = 174 dots: 22 bytes wide, 174 rows
    const QByteArray header("\x1b\x61\x01\x1d\x76\x30\x00\x16\x00\xae\x00", 11);
    BOOST_TEST(hex(bytes.mid(5, 11)) == hex(header));
    BOOST_TEST(bytes.size() == 5 + 11 + 22 * 174);
}

BOOST_AUTO_TEST_CASE(raster_bands_of_at_most_255_rows) {
    QImage image(600, 600, QImage::Format_RGB32);  // wider than 384 dots: scaled to 384 x 384
    image.fill(Qt::black);
    const QByteArray bytes = EscPosEncoder::raster(image, 384);
    const int widthBytes = 48;
    const QByteArray band1("\x1d\x76\x30\x00\x30\x00\xff\x00", 8);
    const QByteArray band2("\x1d\x76\x30\x00\x30\x00\x81\x00", 8);  // 384 - 255 = 129 rows
    BOOST_TEST(hex(bytes.left(8)) == hex(band1));
    BOOST_TEST(hex(bytes.mid(8 + widthBytes * 255, 8)) == hex(band2));
    BOOST_TEST(bytes.size() == 16 + widthBytes * 384);
    BOOST_TEST(static_cast<uchar>(bytes.at(8)) == 0xFF);  // black is ink
}

BOOST_AUTO_TEST_CASE(image_bits_msb_is_leftmost_and_transparent_is_paper) {
    QImage image(10, 1, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    image.setPixel(0, 0, qRgb(0, 0, 0));
    image.setPixel(9, 0, qRgb(0, 0, 0));
    image.setPixel(5, 0, qRgb(255, 255, 255));
    BOOST_TEST(hex(EscPosEncoder::raster(image, 384)) == QStringLiteral("1d 76 30 00 02 00 01 00 80 40"));
}

BOOST_AUTO_TEST_CASE(cut_after_feed_and_drawer_pulse) {
    PrintDocument doc;
    doc.cut().cut(false).drawerPulse().drawerPulse(5).feed(3);
    BOOST_TEST(body(doc) == QStringLiteral("1b 64 04 1d 56 01 1b 64 04 1d 56 00 1b 70 00 19 19 1b 70 01 19 19 1b 64 03"));
}

BOOST_AUTO_TEST_CASE(no_cut_without_cutter) {
    PrintDocument doc;
    doc.text(QStringLiteral("x")).cut();
    const QByteArray bytes = EscPosEncoder::encode(doc, profile("pos-5890"));
    BOOST_TEST(!bytes.contains(QByteArray("\x1d\x56", 2)));
    BOOST_TEST(hex(bytes.mid(5)) == QStringLiteral("78 0a 1b 64 04"));
}

BOOST_AUTO_TEST_CASE(profiles_table) {
    const auto g80 = profile("generic-80");
    BOOST_TEST(g80.columns == 48);
    BOOST_TEST(g80.dotsPerLine == 576);
    BOOST_TEST(g80.cp858Number == 19);
    BOOST_TEST(g80.cp865Number == 5);
    BOOST_TEST(g80.nativeQr);
    BOOST_TEST(profile("generic-58").columns == 32);
    BOOST_TEST(profile("generic-58").dotsPerLine == 384);
    BOOST_TEST(!profile("pos-5890").nativeQr);
    // The Epson TM models the issue names: 180 dpi TM-T88 at 42 columns / 512 dots, the others 48 / 576;
    // all answer DLE EOT and send automatic status back.
    for (const char* id : {"epson-tm-t20ii", "epson-tm-t20iii", "epson-tm-t88v", "epson-tm-t88vi", "epson-tm-m30"}) {
        const PrinterProfile p = profile(id);
        const bool t88 = QByteArray(id).startsWith("epson-tm-t88");
        BOOST_TEST(p.columns == (t88 ? 42 : 48), id);
        BOOST_TEST(p.dotsPerLine == (t88 ? 512 : 576), id);
        BOOST_TEST((p.nativeQr && p.cutter && p.realTimeStatus && p.autoStatusBack), id);
    }
    BOOST_TEST(!profile("generic-80").autoStatusBack);  // unknown models are asked, not trusted to push
    BOOST_TEST(!PrinterProfile::byId(QStringLiteral("no-such-printer")));
    QStringList ids;
    for (const auto& p : PrinterProfile::all()) ids << p.id;
    ids.removeDuplicates();
    BOOST_TEST(ids.size() == PrinterProfile::all().size());
}

BOOST_AUTO_TEST_SUITE_END()
