// PrintDocument <-> JSON: every element kind survives the round trip; bad input is refused.
#include "drivers/print/PrintDocumentCodec.h"
#include "tests/support/TestSupport.h"

#include <QColor>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <boost/test/unit_test.hpp>

using namespace ak::dev;

namespace {

QImage checkerboard(QImage::Format format) {
    QImage image(13, 7, QImage::Format_ARGB32);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            image.setPixelColor(x, y, (x + y) % 2 ? QColor(0, 0, 0, 255) : QColor(255, 255, 255, x * 10));
    return image.convertToFormat(format);
}

// One of everything, with non-default values where a default could hide a lost field.
PrintDocument everything() {
    PrintDocument doc(QStringLiteral("Kvittering 42 – æøå"));
    doc.text(QStringLiteral("Aktivkafe\nGrünerløkka"), TextStyle::centered().withBold().withDoubleSize())
        .text(QStringLiteral("plain"))
        .text(QStringLiteral("underlined right"), TextStyle::right().withUnderline())
        .columns(QStringLiteral("Kakao ×2"), QStringLiteral("40,00"), TextStyle{.doubleWidth = true})
        .columns(QString(), QString())
        .rule()
        .qr(QByteArray("AK-1\x00\xff", 6), 9, QrErrorLevel::H)
        .qr(QByteArray("x"), 1, QrErrorLevel::L)
        .image(checkerboard(QImage::Format_ARGB32))
        .image(checkerboard(QImage::Format_RGB32))
        .image(checkerboard(QImage::Format_Mono))
        .image(checkerboard(QImage::Format_Grayscale8))
        .image(QImage())
        .feed(0)
        .feed(255)
        .cut(false)
        .cut(true)
        .drawerPulse(5)
        .drawerPulse(2);
    return doc;
}

bool refused(const QByteArray& json) {
    QString error;
    const bool r = !PrintDocumentCodec::fromJson(json, &error).has_value();
    if (r) BOOST_TEST(!error.isEmpty(), "a refusal says why: " << json.left(80));
    return r;
}

QByteArray withElement(const char* elementJson) {
    return QByteArray(R"({"format":"aktivkafe.print-document","version":1,"title":"t","elements":[)") + elementJson +
           "]}";
}

}  // namespace

BOOST_AUTO_TEST_CASE(every_element_kind_survives_the_round_trip) {
    const PrintDocument doc = everything();
    const QByteArray json = PrintDocumentCodec::toJson(doc);
    const auto back = PrintDocumentCodec::fromJson(json);
    BOOST_REQUIRE(back.has_value());
    BOOST_TEST(back->title() == doc.title());
    BOOST_REQUIRE(back->elements().size() == doc.elements().size());
    for (std::size_t i = 0; i < doc.elements().size(); ++i)
        BOOST_TEST((back->elements()[i] == doc.elements()[i]), "element " << i << " of kind index " << doc.elements()[i].index());
    BOOST_TEST((*back == doc));
    // Stored twice (a copy of a copy) it is still the same document. Not byte-identical JSON: PNG
    // re-encoding of a 1-bit image may order its palette differently.
    const auto twice = PrintDocumentCodec::fromJson(PrintDocumentCodec::toJson(*back));
    BOOST_REQUIRE(twice.has_value());
    BOOST_TEST((*twice == doc));
}

BOOST_AUTO_TEST_CASE(empty_document_round_trips) {
    const PrintDocument empty;
    const auto back = PrintDocumentCodec::fromJson(PrintDocumentCodec::toJson(empty));
    BOOST_REQUIRE(back.has_value());
    BOOST_TEST((*back == empty));
    BOOST_TEST(back->isEmpty());
}

BOOST_AUTO_TEST_CASE(the_json_is_readable_by_a_person) {
    PrintDocument doc(QStringLiteral("sale 7"));
    doc.text(QStringLiteral("Hei"), TextStyle::centered()).cut();
    const QJsonObject root = QJsonDocument::fromJson(PrintDocumentCodec::toJson(doc)).object();
    BOOST_TEST(root.value(QStringLiteral("format")).toString() == QStringLiteral("aktivkafe.print-document"));
    BOOST_TEST(root.value(QStringLiteral("version")).toInt() == PrintDocumentCodec::kVersion);
    BOOST_TEST(root.value(QStringLiteral("title")).toString() == QStringLiteral("sale 7"));
    const QJsonObject text = root.value(QStringLiteral("elements")).toArray().at(0).toObject();
    BOOST_TEST(text.value(QStringLiteral("kind")).toString() == QStringLiteral("text"));
    BOOST_TEST(text.value(QStringLiteral("style")).toObject().value(QStringLiteral("align")).toString() ==
               QStringLiteral("center"));
}

BOOST_AUTO_TEST_CASE(every_truncation_is_refused) {
    const QByteArray json = PrintDocumentCodec::toJson(everything());
    for (qsizetype n = 0; n < json.size(); ++n) BOOST_TEST(refused(json.left(n)), "prefix of " << n << " bytes");
}

BOOST_AUTO_TEST_CASE(garbage_is_refused) {
    for (const char* g : {"", "null", "[]", "42", "\"text\"", "{}", "\xff\xfe\x00garbage", "{\"format\":1}",
                          R"({"format":"aktivkafe.print-document","version":1,"title":"t"})",
                          R"({"format":"aktivkafe.print-document","version":1,"title":"t","elements":{}})",
                          R"({"format":"aktivkafe.print-document","version":1,"title":7,"elements":[]})",
                          R"({"format":"aktivkafe.print-document","version":2,"title":"t","elements":[]})",
                          R"({"format":"aktivkafe.print-document","version":0,"title":"t","elements":[]})",
                          R"({"format":"aktivkafe.print-document","version":1.5,"title":"t","elements":[]})",
                          R"({"format":"something-else","version":1,"title":"t","elements":[]})"})
        BOOST_TEST(refused(QByteArray(g)), g);
}

BOOST_AUTO_TEST_CASE(bad_elements_are_refused) {
    for (const char* e : {R"(7)", R"({})", R"({"kind":"sparkles"})", R"({"kind":3})",
                          R"({"kind":"text"})", R"({"kind":"text","text":5})",
                          R"({"kind":"text","text":"a","style":"bold"})",
                          R"({"kind":"text","text":"a","style":{"bold":"yes"}})",
                          R"({"kind":"text","text":"a","style":{"align":"justify"}})",
                          R"({"kind":"columns","left":"a"})",
                          R"({"kind":"qr","data":"QUs=","moduleSize":0,"level":"M"})",
                          R"({"kind":"qr","data":"QUs=","moduleSize":17,"level":"M"})",
                          R"({"kind":"qr","data":"QUs=","moduleSize":6,"level":"X"})",
                          R"({"kind":"qr","data":"not base64!","moduleSize":6,"level":"M"})",
                          R"({"kind":"image","png":"aGVsbG8=","format":5})",
                          R"({"kind":"image","png":"","format":-1})",
                          R"({"kind":"image","png":"","format":100000})",
                          R"({"kind":"feed","lines":256})", R"({"kind":"feed","lines":-1})",
                          R"({"kind":"feed","lines":"3"})", R"({"kind":"feed","lines":1e300})",
                          // beyond qint64 either way, and not whole: refused without undefined behaviour
                          R"({"kind":"feed","lines":-1e300})", R"({"kind":"feed","lines":9.3e18})",
                          R"({"kind":"feed","lines":2.5})",
                          R"({"kind":"cut"})", R"({"kind":"cut","partial":1})",
                          R"({"kind":"drawerPulse","pin":3})", R"({"kind":"drawerPulse"})"})
        BOOST_TEST(refused(withElement(e)), e);
}

BOOST_AUTO_TEST_CASE(absent_style_keys_take_their_defaults) {
    const auto doc = PrintDocumentCodec::fromJson(withElement(R"({"kind":"text","text":"a"},{"kind":"rule"})"));
    BOOST_REQUIRE(doc.has_value());
    PrintDocument expected(QStringLiteral("t"));
    expected.text(QStringLiteral("a")).rule();
    BOOST_TEST((*doc == expected));
}

BOOST_AUTO_TEST_CASE(flipped_bytes_never_crash) {
    // Not a fuzzer, but every single-byte change must give a document or a refusal, never a crash.
    const QByteArray json = PrintDocumentCodec::toJson(everything());
    QLoggingCategory::setFilterRules(QStringLiteral("qt.gui.imageio=false"));  // damaged PNGs are expected here
    for (qsizetype i = 0; i < json.size(); i += 3) {
        QByteArray bad = json;
        bad[i] = static_cast<char>(bad[i] ^ 0x55);
        (void)PrintDocumentCodec::fromJson(bad);
    }
}
