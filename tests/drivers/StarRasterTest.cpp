// The raster-only profile (Star TSP143): a document painted into one picture and sent in Star
// Graphic mode; the bytes split into Star commands only (nothing an ESC/POS printer would read as
// text or a code page), read back by the simulator into the same picture, and a QR code in it
// decoded by someone else's decoder (zbarimg).
#include "drivers/print/EscPosEncoder.h"
#include "drivers/print/StarGraphicCommands.h"
#include "drivers/print/StarRasterEncoder.h"
#include "drivers/sim/EscPosRenderer.h"
#include "drivers/sim/ReceiptPainter.h"
#include "drivers/sim/SimulatedReceiptPrinter.h"
#include "tests/drivers/GuiAppFixture.h"
#include "tests/support/TestSupport.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>

#include <boost/test/unit_test.hpp>

using namespace ak::dev;
namespace utf = boost::unit_test;

BOOST_TEST_GLOBAL_FIXTURE(GuiAppFixture);

namespace {

PrinterProfile profile(const char* id) {
    auto p = PrinterProfile::byId(QString::fromLatin1(id));
    BOOST_REQUIRE_MESSAGE(p, "profile " << id);
    return *p;
}

PrinterProfile tsp143() { return profile("star-tsp143"); }

struct StarCommands {
    QStringList commands;  // runs of raster lines as "b x N"
    QList<int> lineLengths;
};

// Splits bytes into Star Graphic mode commands, written independently of the encoder from the
// command descriptions in StarGraphicCommands.h. Anything else fails the test: text, ESC/POS
// (ESC t, ESC E, GS !, GS ( k, GS v 0, LF, ...) cannot hide in the stream.
StarCommands splitStar(const QByteArray& b) {
    StarCommands out;
    const auto at = [&](qsizetype i) { return i < b.size() ? static_cast<uchar>(b.at(i)) : -1; };
    int run = 0;
    const auto endRun = [&] {
        if (run) out.commands << QStringLiteral("b x %1").arg(run);
        run = 0;
    };
    qsizetype i = 0;
    while (i < b.size()) {
        if (at(i) == 'b') {
            BOOST_REQUIRE_MESSAGE(i + 3 <= b.size(), "raster line header cut short at " << i);
            const int n = at(i + 1) + 256 * at(i + 2);
            BOOST_REQUIRE_MESSAGE(i + 3 + n <= b.size(), "raster line data cut short at " << i);
            out.lineLengths << n;
            ++run;
            i += 3 + n;
            continue;
        }
        endRun();
        if (b.mid(i, 2) == QByteArray("\x1b@")) {
            out.commands << QStringLiteral("ESC @");
            i += 2;
        } else if (b.mid(i, 3) == QByteArray("\x1b*r")) {
            const char letter = b.at(i + 3);
            if (letter == 'R' || letter == 'A' || letter == 'B' || letter == 'C') {
                out.commands << QStringLiteral("ESC * r %1").arg(QLatin1Char(letter));
                i += 4;
                continue;
            }
            qsizetype j = i + 4;
            while (j < b.size() && b.at(j) >= '0' && b.at(j) <= '9') ++j;
            BOOST_REQUIRE_MESSAGE(at(j) == 0 && j > i + 4, "ESC * r " << letter << " without decimal digits and NUL at " << i);
            out.commands << QStringLiteral("ESC * r %1 %2").arg(QLatin1Char(letter)).arg(QString::fromLatin1(b.mid(i + 4, j - i - 4)));
            i = j + 1;
        } else if (b.mid(i, 3) == QByteArray("\x1b\x0c\x00", 3)) {
            out.commands << QStringLiteral("ESC FF NUL");
            i += 3;
        } else if (b.mid(i, 3) == QByteArray("\x1b\x0c\x04", 3)) {
            out.commands << QStringLiteral("ESC FF EOT");
            i += 3;
        } else {
            BOOST_FAIL("byte " << i << " (" << ak::test::hex(b.mid(i, 8)) << ") is not a Star Graphic mode command");
        }
    }
    endRun();
    return out;
}

QStringList header(const QString& eot) {
    return {QStringLiteral("ESC @"), QStringLiteral("ESC * r R"), QStringLiteral("ESC * r A"),
            QStringLiteral("ESC * r P 0"), QStringLiteral("ESC * r E ") + eot};
}

int inkDots(const QImage& image) {
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    int n = 0;
    for (int y = 0; y < rgb.height(); ++y)
        for (int x = 0; x < rgb.width(); ++x) n += qGray(rgb.pixel(x, y)) < 128;
    return n;
}

PrintDocument smallReceipt() {
    PrintDocument doc(QStringLiteral("receipt 7"));
    doc.text(QStringLiteral("Aktivkafe"), TextStyle::centered().withBold().withDoubleSize())
        .rule()
        .columns(QStringLiteral("Kaffe"), QStringLiteral("25,00"))
        .columns(QStringLiteral("Sum"), QStringLiteral("25,00"), TextStyle{}.withBold())
        .text(QStringLiteral("Takk for besøket! æøå €"), TextStyle::centered().withUnderline())
        .cut();
    return doc;
}

boost::test_tools::assertion_result zbarimgInstalled(utf::test_unit_id) {
    boost::test_tools::assertion_result result(!QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty());
    result.message() << "zbarimg is not installed (Debian package zbar-tools): QR decoding not checked";
    return result;
}

QByteArray zbar(const QImage& image, const ak::test::TempDir& dir, const QString& name) {
    const QString path = dir.file(name);
    BOOST_REQUIRE(image.save(path, "PNG"));
    QProcess zbar;
    zbar.start(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), path});
    BOOST_REQUIRE(zbar.waitForFinished(20000));
    return zbar.readAllStandardOutput().trimmed();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(star_raster)

BOOST_AUTO_TEST_CASE(profile_is_raster_only_and_the_others_are_not) {
    const PrinterProfile p = tsp143();
    BOOST_TEST(p.rasterOnly);
    BOOST_TEST(p.dotsPerLine == 576);
    BOOST_TEST(p.columns == 48);
    BOOST_TEST(!p.nativeQr);
    BOOST_TEST(!p.realTimeStatus);  // no DLE EOT to a printer that does not answer it
    BOOST_TEST(!p.autoStatusBack);
    for (const PrinterProfile& other : PrinterProfile::all()) {
        if (other.id == p.id) continue;
        BOOST_TEST(!other.rasterOnly, other.id.toStdString());
        // Every other profile keeps its ESC/POS: ESC @ ESC t n first.
        BOOST_TEST(EscPosEncoder::encode(PrintDocument{}, other).startsWith(QByteArray("\x1b@\x1bt")), other.id.toStdString());
    }
}

BOOST_AUTO_TEST_CASE(small_document_is_init_raster_start_lines_end_and_cut) {
    const QByteArray bytes = EscPosEncoder::encode(smallReceipt(), tsp143());
    const QList<QImage> pictures = StarRasterEncoder::paint(smallReceipt(), tsp143());
    BOOST_REQUIRE(pictures.size() == 1);
    const int height = pictures.first().height();
    BOOST_TEST(pictures.first().width() == 576);
    BOOST_TEST(height > 6 * 24);  // six printed lines, double height counting twice, plus margins
    const StarCommands c = splitStar(bytes);
    const QStringList expected = header(QStringLiteral("13")) +
                                 QStringList{QStringLiteral("b x %1").arg(height), QStringLiteral("ESC FF EOT"),
                                             QStringLiteral("ESC * r B")};
    BOOST_TEST(c.commands.join(u" | ") == expected.join(u" | "));
    BOOST_TEST(c.lineLengths.size() == height);
    BOOST_TEST(std::all_of(c.lineLengths.begin(), c.lineLengths.end(), [](int n) { return n == 72; }));
    // First bytes spelled out: ESC @ ESC * r R ESC * r A ESC * r P "0" NUL ESC * r E "13" NUL b 72 0
    BOOST_TEST(ak::test::hex(bytes.left(26)) ==
               QStringLiteral("1b 40 1b 2a 72 52 1b 2a 72 41 1b 2a 72 50 30 00 1b 2a 72 45 31 33 00 62 48 00"));
    BOOST_TEST(ak::test::hex(bytes.right(7)) == QStringLiteral("1b 0c 04 1b 2a 72 42"));
}

BOOST_AUTO_TEST_CASE(no_text_code_page_qr_or_escpos_raster_commands) {
    QImage logo(100, 40, QImage::Format_RGB32);
    logo.fill(Qt::black);
    PrintDocument doc = smallReceipt();
    doc.qr(QByteArray("AKCARD:000123:9F2C"), 6, QrErrorLevel::M).image(logo).feed(2).drawerPulse();
    const QByteArray bytes = EscPosEncoder::encode(doc, tsp143());
    // splitStar fails on any byte outside a Star command or a raster line's data.
    const StarCommands c = splitStar(bytes);
    for (const QString& command : c.commands) {
        static const QStringList allowed = {QStringLiteral("ESC @"), QStringLiteral("ESC * r R"), QStringLiteral("ESC * r A"),
                                            QStringLiteral("ESC * r P 0"), QStringLiteral("ESC * r E 13"),
                                            QStringLiteral("ESC * r E 1"), QStringLiteral("ESC * r F 13"),
                                            QStringLiteral("ESC * r D 1"), QStringLiteral("ESC FF NUL"),
                                            QStringLiteral("ESC FF EOT"), QStringLiteral("ESC * r B")};
        BOOST_TEST((allowed.contains(command) || command.startsWith(QStringLiteral("b x "))), command.toStdString());
    }
    // The same document for an ESC/POS printer has text, a code page and a QR command: the raster
    // profile really took another road.
    const QByteArray escpos = EscPosEncoder::encode(doc, profile("generic-80"));
    BOOST_TEST(escpos.contains(QByteArray("Kaffe")));
    BOOST_TEST(escpos.contains(QByteArray("\x1d(k")));
    BOOST_TEST(c.commands.contains(QStringLiteral("ESC * r D 1")));  // the drawer, at the end of the document
    BOOST_TEST(c.commands.count(QStringLiteral("ESC FF EOT")) == 1);
}

BOOST_AUTO_TEST_CASE(round_trip_through_the_simulator_gives_the_painted_picture) {
    const QByteArray bytes = EscPosEncoder::encode(smallReceipt(), tsp143());
    const QImage painted = StarRasterEncoder::paint(smallReceipt(), tsp143()).first();
    const RenderedReceipt r = EscPosRenderer::render(bytes, tsp143());
    BOOST_TEST(r.rasterOnly);  // marked: no text on this paper
    BOOST_TEST(r.lines == (QStringList{QString(16, u' ') + QStringLiteral("[image 576x%1]").arg(painted.height()),
                                       QString(14, u' ') + QStringLiteral("--- partial cut ---")}),
               r.text());
    BOOST_TEST(r.cuts == 1);
    BOOST_TEST(r.drawerPulses == 0);
    BOOST_TEST(r.qrCodes.isEmpty());
    BOOST_TEST(r.image.width() == 576);
    // Every dot sent is in the simulator's picture (its cut line comes on top: compare the part above it).
    const QImage top = r.image.copy(0, 4, 576, painted.height());
    BOOST_TEST(inkDots(top) == inkDots(painted));
    BOOST_TEST(inkDots(painted) > 1000);  // the text is really there
    // To look at it: AK_SAVE_RECEIPTS=DIR writes what a TSP143 would print there.
    if (const QString dir = qEnvironmentVariable("AK_SAVE_RECEIPTS"); !dir.isEmpty())
        BOOST_TEST(r.image.save(dir + QStringLiteral("/star-tsp143-receipt.png"), "PNG"));
}

BOOST_AUTO_TEST_CASE(one_layout_the_paper_is_the_generic_80_preview_in_black_and_white) {
    // Without cuts and markers the preview of an ESC/POS printer with the same paper and the Star
    // paper come from the same rows and painter: the same dots after thresholding.
    PrintDocument noCut;
    noCut.text(QStringLiteral("Aktivkafe"), TextStyle::centered().withBold().withDoubleSize())
        .columns(QStringLiteral("Kaffe"), QStringLiteral("25,00"))
        .qr(QByteArray("AK-1"), 4);
    const QImage paper = StarRasterEncoder::paint(noCut, tsp143()).first();
    const QImage preview = EscPosRenderer::render(EscPosEncoder::encode(noCut, profile("generic-80")), profile("generic-80")).image;
    BOOST_TEST(paper.width() == preview.width());
    BOOST_TEST(paper.height() == preview.height());
    BOOST_TEST(inkDots(paper) == inkDots(preview));
}

BOOST_AUTO_TEST_CASE(qr_painted_for_the_star_decodes, *utf::precondition(zbarimgInstalled)) {
    ak::test::TempDir dir;
    PrintDocument doc;
    doc.text(QStringLiteral("Klippekort"), TextStyle::centered()).qr(QByteArray("AKCARD:000125:77E1"), 6).cut();
    const QByteArray bytes = EscPosEncoder::encode(doc, tsp143());
    BOOST_REQUIRE(!bytes.contains(QByteArray("\x1d(k")));
    const RenderedReceipt r = EscPosRenderer::render(bytes, tsp143());
    BOOST_TEST(r.qrCodes.isEmpty());  // no QR command: only dots
    BOOST_TEST(zbar(r.image, dir, QStringLiteral("star.png")) == QByteArray("AKCARD:000125:77E1"));
}

BOOST_AUTO_TEST_CASE(cuts_between_pieces_and_the_drawer_at_the_end) {
    PrintDocument doc;
    doc.drawerPulse(5).text(QStringLiteral("Kundens kopi")).cut().text(QStringLiteral("Kafeens kopi")).cut(false);
    const QByteArray bytes = EscPosEncoder::encode(doc, tsp143());
    const StarCommands c = splitStar(bytes);
    const QList<QImage> pictures = StarRasterEncoder::paint(doc, tsp143());
    BOOST_REQUIRE(pictures.size() == 2);
    const QStringList expected = header(QStringLiteral("13")) +
                                 QStringList{QStringLiteral("ESC * r F 13"), QStringLiteral("ESC * r D 2"),
                                             QStringLiteral("b x %1").arg(pictures.at(0).height()), QStringLiteral("ESC FF NUL"),
                                             QStringLiteral("b x %1").arg(pictures.at(1).height()), QStringLiteral("ESC FF EOT"),
                                             QStringLiteral("ESC * r B")};
    BOOST_TEST(c.commands.join(u" | ") == expected.join(u" | "));
    const RenderedReceipt r = EscPosRenderer::render(bytes, tsp143(), false);
    BOOST_TEST(r.cuts == 2);
    BOOST_TEST(r.drawerPulses == 1);
    BOOST_TEST(r.lines.last().trimmed() == QStringLiteral("[drawer pulse pin 5]"));

    // A drawer opened without a sale: no cut, the drawer, and one white dot line to carry it.
    PrintDocument drawerOnly;
    drawerOnly.drawerPulse();
    const QStringList drawerExpected = header(QStringLiteral("1")) +
                                       QStringList{QStringLiteral("ESC * r D 1"), QStringLiteral("b x 1"),
                                                   QStringLiteral("ESC FF EOT"), QStringLiteral("ESC * r B")};
    const QByteArray drawerBytes = EscPosEncoder::encode(drawerOnly, tsp143());
    BOOST_TEST(splitStar(drawerBytes).commands.join(u" | ") == drawerExpected.join(u" | "));
    const RenderedReceipt d = EscPosRenderer::render(drawerBytes, tsp143(), false);
    BOOST_TEST(d.drawerPulses == 1);
    BOOST_TEST(d.cuts == 0);

    // No cut at the end: the document ends without one; a printer without a cutter never cuts.
    PrintDocument open;
    open.text(QStringLiteral("x"));
    BOOST_TEST(splitStar(EscPosEncoder::encode(open, tsp143())).commands.contains(QStringLiteral("ESC * r E 1")));
    PrinterProfile noCutter = tsp143();
    noCutter.cutter = false;
    const StarCommands nc = splitStar(EscPosEncoder::encode(smallReceipt(), noCutter));
    BOOST_TEST(nc.commands.contains(QStringLiteral("ESC * r E 1")));
    BOOST_TEST(EscPosRenderer::render(EscPosEncoder::encode(smallReceipt(), noCutter), noCutter, false).cuts == 0);
}

BOOST_AUTO_TEST_CASE(escpos_sent_to_the_star_prints_nothing_and_garbage_never_crashes) {
    // What a TSP143 does with ESC/POS text: nothing (Star's support, python-escpos#410).
    const QByteArray escpos = EscPosEncoder::encode(smallReceipt(), profile("generic-80"));
    const RenderedReceipt r = EscPosRenderer::render(escpos, tsp143(), false);
    BOOST_TEST(r.lines.isEmpty(), r.text());
    BOOST_TEST(r.cuts == 0);

    QRandomGenerator rng(20261207);  // fixed seed: a failure can be replayed
    const QList<QByteArray> seeds = {QByteArray("\x1b*rA"), QByteArray("b"), QByteArray("b\xff\xff"), QByteArray("\x1b*rY"),
                                     QByteArray("\x1b*rE"), QByteArray("\x1b\x0c"), QByteArray("\x1b*rB"), QByteArray("\x1b*rD")};
    for (int i = 0; i < 2000; ++i) {
        QByteArray bytes;
        const int parts = 1 + int(rng.bounded(12));
        for (int k = 0; k < parts; ++k) {
            if (rng.bounded(2)) bytes += seeds.at(int(rng.bounded(qsizetype(seeds.size()))));
            QByteArray noise(int(rng.bounded(40)), Qt::Uninitialized);
            for (char& ch : noise) ch = static_cast<char>(rng.bounded(256));
            bytes += noise;
        }
        const RenderedReceipt g = EscPosRenderer::render(bytes, tsp143(), i % 10 == 0);
        if (!g.image.isNull()) BOOST_TEST_REQUIRE(g.image.height() <= ReceiptPainter::kMaxHeight);
    }
    // A flood of blank lines stops where the picture stops.
    QByteArray flood("\x1b*rA");
    for (int i = 0; i < 200; ++i) flood += QByteArray("\x1b*rY9999\x00", 9);
    flood += star::endOfDocument();
    const RenderedReceipt f = EscPosRenderer::render(flood, tsp143());
    BOOST_TEST(f.lines.last().startsWith(QStringLiteral("[cut short")));
    BOOST_TEST(f.image.height() <= ReceiptPainter::kMaxHeight);
}

BOOST_AUTO_TEST_CASE(the_simulated_printer_shows_what_a_tsp143_prints) {
    // The demo's printer with profile = "star-tsp143": the picture is the receipt, the text file says so.
    ak::test::TempDir dir;
    SimulatedReceiptPrinter printer(tsp143());
    printer.setOutputDirectory(dir.file(QStringLiteral("out")));
    BOOST_REQUIRE(printer.open());
    BOOST_REQUIRE(printer.claim(1000));
    BOOST_REQUIRE(printer.setDeviceEnabled(true));
    QSignalSpy done(&printer, &PosDevice::outputComplete);
    printer.print(smallReceipt().drawerPulse());
    BOOST_REQUIRE(done.wait(5000));
    BOOST_REQUIRE(printer.jobs().size() == 1);
    const RenderedReceipt& r = printer.jobs().first().rendered;
    BOOST_TEST(r.rasterOnly);
    BOOST_TEST(r.drawerPulses == 1);
    BOOST_TEST(printer.status().drawerOpen.value_or(false));
    BOOST_TEST(QImage(dir.file(QStringLiteral("out/job-0001.png"))).width() == 576);
    QFile text(dir.file(QStringLiteral("out/job-0001.txt")));
    BOOST_REQUIRE(text.open(QIODevice::ReadOnly));
    BOOST_TEST(text.readLine().startsWith("[raster-only printer: no text on this paper; the receipt is job-0001.png]"));
}

BOOST_AUTO_TEST_SUITE_END()
