// QR codes checked by someone else's decoder: render to PNG, read back with zbarimg (zbar-tools).
#include "drivers/print/EscPosEncoder.h"
#include "drivers/print/QrRaster.h"
#include "drivers/sim/EscPosRenderer.h"
#include "tests/drivers/GuiAppFixture.h"
#include "tests/support/TestSupport.h"

#include <QProcess>

#include <cstdio>
#include <cstdlib>
#include <QStandardPaths>

#include <boost/test/unit_test.hpp>

using namespace ak::dev;
namespace utf = boost::unit_test;

// Without zbarimg nothing here can be checked: the suite says so and exits 77, which CTest reports
// as skipped (never as passed). scripts/setup installs it, so CI never skips.
struct ZbarInstalled : GuiAppFixture {
    ZbarInstalled() {
        if (!QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty()) return;
        std::fprintf(stderr, "SKIP: zbarimg is missing (Debian zbar-tools): QR decoding not checked\n");
        std::_Exit(77);
    }
};
BOOST_TEST_GLOBAL_FIXTURE(ZbarInstalled);

namespace {


// What zbarimg reads from the picture, or an empty string.
QByteArray decode(const QImage& image, const ak::test::TempDir& dir, const QString& name) {
    const QString path = dir.file(name);
    BOOST_REQUIRE(image.save(path, "PNG"));
    QProcess zbar;
    zbar.start(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), path});
    BOOST_REQUIRE(zbar.waitForFinished(20000));
    return zbar.readAllStandardOutput().trimmed();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(qr_decode)

BOOST_AUTO_TEST_CASE(qr_raster_decodes) {
    ak::test::TempDir dir;
    const QByteArray data("https://aktivkafe.example/k/7F3A-22");
    auto image = QrRaster::render(data, 4, QrErrorLevel::M);
    BOOST_REQUIRE(image);
    BOOST_TEST(decode(*image, dir, QStringLiteral("raster.png")) == data);
}

BOOST_AUTO_TEST_CASE(rendered_receipt_with_native_qr_decodes) {
    ak::test::TempDir dir;
    const auto profile = *PrinterProfile::byId(QStringLiteral("generic-80"));
    PrintDocument doc;
    doc.text(QStringLiteral("Klippekort")).qr(QByteArray("AKCARD:000123:9F2C"), 6).cut();
    const RenderedReceipt r = EscPosRenderer::render(EscPosEncoder::encode(doc, profile), profile);
    BOOST_TEST(decode(r.image, dir, QStringLiteral("native.png")) == QByteArray("AKCARD:000123:9F2C"));
}

BOOST_AUTO_TEST_CASE(raster_fallback_bytes_decode) {
    // The picture comes from the GS v 0 bits the encoder sent, so this checks the fallback itself.
    ak::test::TempDir dir;
    const auto profile = *PrinterProfile::byId(QStringLiteral("pos-5890"));
    PrintDocument doc;
    doc.qr(QByteArray("AKCARD:000124:1B7D"), 8, QrErrorLevel::Q);
    const QByteArray bytes = EscPosEncoder::encode(doc, profile);
    BOOST_REQUIRE(!bytes.contains(QByteArray("\x1d(k")));
    const RenderedReceipt r = EscPosRenderer::render(bytes, profile);
    BOOST_TEST(r.qrCodes.isEmpty());
    BOOST_TEST(decode(r.image, dir, QStringLiteral("fallback.png")) == QByteArray("AKCARD:000124:1B7D"));
}

BOOST_AUTO_TEST_SUITE_END()
