// The raw CUPS printer against a private cupsd (started per test run, loopback only, free ports)
// whose queue sends to a TCP sink in this process. Exits 77 (CTest: skipped) without cupsd.
#include "drivers/cups/CupsTransport.h"
#include "drivers/escpos/EscPosReceiptPrinter.h"
#include "drivers/print/EscPosEncoder.h"
#include "tests/drivers/GuiAppFixture.h"
#include "tests/support/PrivateCupsd.h"
#include "tests/support/TestSupport.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <boost/test/unit_test.hpp>

using namespace ak::dev;
using ak::test::PrivateCupsd;

namespace {

struct CupsAvailable : GuiAppFixture {
    CupsAvailable() {
        ak::test::skipUnlessInstalled({ak::test::kCupsd, ak::test::kLpadmin, ak::test::kSocketBackend},
                                      "cups-daemon, cups-client, cups");
    }
};

// Keeps what the CUPS socket backend sends, one entry per connection.
class Sink : public QObject {
public:
    Sink() {
        BOOST_REQUIRE(server.listen(QHostAddress::LocalHost, 0));
        connect(&server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = server.nextPendingConnection()) {
                received.append(QByteArray());
                const qsizetype i = received.size() - 1;
                connect(s, &QTcpSocket::readyRead, this, [this, s, i] { received[i] += s->readAll(); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
    QTcpServer server;
    QList<QByteArray> received;
};

void enable(PosDevice& d) {
    BOOST_REQUIRE(d.open());
    BOOST_REQUIRE(d.claim(1000));
    BOOST_REQUIRE(d.setDeviceEnabled(true));
}

PrinterProfile generic80() { return *PrinterProfile::byId(QStringLiteral("generic-80")); }

}  // namespace

BOOST_TEST_GLOBAL_FIXTURE(CupsAvailable);

BOOST_AUTO_TEST_SUITE(cups_printer)

BOOST_AUTO_TEST_CASE(raw_job_reaches_the_printer_byte_for_byte) {
    Sink sink;
    PrivateCupsd cupsd;
    cupsd.addRawQueue(QStringLiteral("receipt"), sink.server.serverPort());
    EscPosReceiptPrinter printer(generic80(), std::make_unique<CupsTransport>(QStringLiteral("receipt"), cupsd.server(), 15000), {});
    enable(printer);
    QSignalSpy done(&printer, &PosDevice::outputComplete);
    QSignalSpy errors(&printer, &PosDevice::errorOccurred);
    PrintDocument doc(QStringLiteral("kvittering 7"));
    doc.text(QStringLiteral("Blåbærmuffins"), TextStyle{}.withBold()).columns(QStringLiteral("Sum"), QStringLiteral("30,00"))
        .qr(QByteArray("AK-7")).cut();
    const int id = printer.print(doc);
    BOOST_REQUIRE_MESSAGE(done.wait(20000), "errors: " << errors.size());
    BOOST_TEST(done.at(0).at(0).toInt() == id);
    BOOST_REQUIRE(sink.received.size() == 1);
    BOOST_TEST(ak::test::hex(sink.received.at(0)) == ak::test::hex(EscPosEncoder::encode(doc, generic80())));
}

BOOST_AUTO_TEST_CASE(unknown_queue_is_not_found) {
    PrivateCupsd cupsd;
    EscPosReceiptPrinter printer(generic80(), std::make_unique<CupsTransport>(QStringLiteral("no-such-queue"), cupsd.server(), 5000), {});
    enable(printer);
    QSignalSpy errors(&printer, &PosDevice::errorOccurred);
    const int id = printer.print(PrintDocument{}.text(QStringLiteral("x")));
    BOOST_REQUIRE(errors.wait(10000));
    const auto e = errors.at(0).at(0).value<DeviceError>();
    BOOST_TEST((e.kind == DeviceError::Kind::NotFound));
    BOOST_TEST(e.jobId == id);
}

BOOST_AUTO_TEST_CASE(printer_gone_means_our_timeout) {
    // CUPS keeps such a job "processing" forever; the printer must give up on its own.
    PrivateCupsd cupsd;
    cupsd.addRawQueue(QStringLiteral("receipt"), ak::test::freeTcpPort());  // nobody listens there
    EscPosReceiptPrinter printer(generic80(), std::make_unique<CupsTransport>(QStringLiteral("receipt"), cupsd.server(), 2000), {});
    enable(printer);
    QSignalSpy errors(&printer, &PosDevice::errorOccurred);
    QSignalSpy done(&printer, &PosDevice::outputComplete);
    printer.print(PrintDocument{}.text(QStringLiteral("x")));
    BOOST_REQUIRE(errors.wait(15000));
    BOOST_TEST((errors.at(0).at(0).value<DeviceError>().kind == DeviceError::Kind::Timeout));
    BOOST_TEST(done.isEmpty());
    BOOST_TEST(!printer.status().online);
}

BOOST_AUTO_TEST_CASE(cups_down_fails_the_job_with_its_id_and_the_next_one_prints) {
    // The print server is not running: the job fails at once as offline (not after the job timeout),
    // and once CUPS is back the next job goes through.
    const quint16 port = ak::test::freeTcpPort();  // no cupsd listens here (yet)
    Sink sink;
    EscPosReceiptPrinter down(generic80(),
                              std::make_unique<CupsTransport>(QStringLiteral("receipt"),
                                                              QStringLiteral("127.0.0.1:%1").arg(port), 15000),
                              {});
    enable(down);
    QSignalSpy errors(&down, &PosDevice::errorOccurred);
    const int id = down.print(PrintDocument{}.text(QStringLiteral("x")));
    BOOST_REQUIRE(errors.wait(10000));
    const auto e = errors.at(0).at(0).value<DeviceError>();
    BOOST_TEST((e.kind == DeviceError::Kind::Offline), e.message.toStdString());
    BOOST_TEST(e.jobId == id);
    BOOST_TEST(!down.status().online);

    PrivateCupsd cupsd(port);  // CUPS comes back where the printer looks for it
    cupsd.addRawQueue(QStringLiteral("receipt"), sink.server.serverPort());
    QSignalSpy done(&down, &PosDevice::outputComplete);
    const int next = down.print(PrintDocument{}.text(QStringLiteral("y")));
    BOOST_REQUIRE(done.wait(20000));
    BOOST_TEST(done.at(0).at(0).toInt() == next);
    BOOST_TEST(down.status().online);
}

BOOST_AUTO_TEST_SUITE_END()
