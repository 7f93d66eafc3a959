// The raw CUPS printer against a private cupsd (started per test run, loopback only, free ports)
// whose queue sends to a TCP sink in this process. Exits 77 (CTest: skipped) without cupsd.
#include "drivers/cups/CupsReceiptPrinter.h"
#include "drivers/print/EscPosEncoder.h"
#include "tests/drivers/GuiAppFixture.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <boost/test/unit_test.hpp>

#include <cstdio>
#include <cstdlib>

using namespace ak::dev;

namespace {

const QString kCupsd = QStringLiteral("/usr/sbin/cupsd");
const QString kLpadmin = QStringLiteral("/usr/sbin/lpadmin");

struct CupsAvailable : GuiAppFixture {
    CupsAvailable() {
        if (!QFile::exists(kCupsd) || !QFile::exists(kLpadmin) || !QFile::exists(QStringLiteral("/usr/lib/cups/backend/socket"))) {
            std::fputs("SKIP: cupsd, lpadmin or the socket backend is missing (Debian cups-daemon, cups-client, cups)\n", stderr);
            std::_Exit(77);
        }
    }
};

quint16 freePort() {
    QTcpServer probe;
    BOOST_REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
    return probe.serverPort();
}

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

// A private cupsd in a temporary directory; stopped (SIGTERM, then kill) when the object goes.
class PrivateCupsd {
public:
    PrivateCupsd() : port_(freePort()) {
        const QString root = dir_.path();
        for (const char* sub : {"spool", "tmp", "cache", "state", "log"}) QDir(root).mkpath(QString::fromLatin1(sub));
        QFile::setPermissions(root, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                                        QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
        write(QStringLiteral("cupsd.conf"),
              QStringLiteral("Listen 127.0.0.1:%1\nBrowsing Off\nWebInterface No\nLogLevel warn\n"
                             "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
                             "<Location /admin>\n  Order allow,deny\n  Allow all\n</Location>\n"
                             "<Policy default>\n  <Limit All>\n    Order allow,deny\n    Allow all\n  </Limit>\n</Policy>\n")
                  .arg(port_));
        write(QStringLiteral("cups-files.conf"),
              QStringLiteral("ServerRoot %1\nRequestRoot %1/spool\nTempDir %1/tmp\nCacheDir %1/cache\n"
                             "StateDir %1/state\nErrorLog %1/log/error_log\nAccessLog %1/log/access_log\n"
                             "PageLog %1/log/page_log\nFileDevice Yes\n").arg(root));
        cupsd_.start(kCupsd, {QStringLiteral("-f"), QStringLiteral("-c"), dir_.file(QStringLiteral("cupsd.conf")),
                              QStringLiteral("-s"), dir_.file(QStringLiteral("cups-files.conf"))});
        BOOST_REQUIRE(cupsd_.waitForStarted(5000));
        for (int i = 0; i < 100; ++i) {  // ready when it accepts connections
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, port_);
            if (probe.waitForConnected(100)) return;
            QTest::qWait(50);
        }
        BOOST_FAIL("private cupsd did not start: " << QString::fromUtf8(cupsd_.readAllStandardError()));
    }
    ~PrivateCupsd() {
        cupsd_.terminate();
        if (!cupsd_.waitForFinished(3000)) cupsd_.kill();
        cupsd_.waitForFinished(1000);
    }
    QString server() const { return QStringLiteral("127.0.0.1:%1").arg(port_); }
    // A raw queue sending to socket://127.0.0.1:sinkPort.
    void addQueue(const QString& name, quint16 sinkPort) {
        QProcess lpadmin;
        lpadmin.start(kLpadmin, {QStringLiteral("-h"), server(), QStringLiteral("-p"), name, QStringLiteral("-E"),
                                 QStringLiteral("-v"), QStringLiteral("socket://127.0.0.1:%1").arg(sinkPort),
                                 QStringLiteral("-m"), QStringLiteral("raw")});
        BOOST_REQUIRE(lpadmin.waitForFinished(10000));
        BOOST_REQUIRE_MESSAGE(lpadmin.exitCode() == 0, QString::fromUtf8(lpadmin.readAllStandardError()));
    }

private:
    void write(const QString& name, const QString& text) {
        QFile f(dir_.file(name));
        BOOST_REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
    }
    ak::test::TempDir dir_;
    quint16 port_;
    QProcess cupsd_;
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
    cupsd.addQueue(QStringLiteral("receipt"), sink.server.serverPort());
    CupsReceiptPrinter printer(generic80(), QStringLiteral("receipt"), cupsd.server(), 15000);
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
    CupsReceiptPrinter printer(generic80(), QStringLiteral("no-such-queue"), cupsd.server(), 5000);
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
    cupsd.addQueue(QStringLiteral("receipt"), freePort());  // nobody listens there
    CupsReceiptPrinter printer(generic80(), QStringLiteral("receipt"), cupsd.server(), 2000);
    enable(printer);
    QSignalSpy errors(&printer, &PosDevice::errorOccurred);
    QSignalSpy done(&printer, &PosDevice::outputComplete);
    printer.print(PrintDocument{}.text(QStringLiteral("x")));
    BOOST_REQUIRE(errors.wait(15000));
    BOOST_TEST((errors.at(0).at(0).value<DeviceError>().kind == DeviceError::Kind::Timeout));
    BOOST_TEST(done.isEmpty());
    BOOST_TEST(!printer.status().online);
}

BOOST_AUTO_TEST_SUITE_END()
