#include "tests/drivers/IppEverywherePrinter.h"

#include <QCollator>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <sys/prctl.h>

#include <csignal>

namespace ak::test {

namespace {

const QString kIppEvePrinter = QStringLiteral("/usr/sbin/ippeveprinter");
const QString kDbusDaemon = QStringLiteral("/usr/bin/dbus-daemon");
const QString kIppBackend = QStringLiteral("/usr/lib/cups/backend/ipp");

// A bus only this printer uses: anyone may connect and send (the policy a system bus would put
// around avahi is not needed here).
const char* const kBusConfig = R"(<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>system</type>
  <listen>unix:path=%1/bus</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow user="*"/>
    <allow own="*"/>
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
  </policy>
</busconfig>
)";

// ippeveprinter runs this for every job with the spooled document. "STATE: +reason" on stderr
// sets the printer's printer-state-reasons (ippeveprinter(1), COMMAND OUTPUT). The wait is bounded
// and ends when the folder goes, so no copy outlives the test.
const char* const kPrintCommand = R"(#!/bin/sh
dir='%1'
if [ -e "$dir/run-out" ]; then
  rm -f "$dir/run-out"
  echo "STATE: +media-empty,media-needed" >&2
  i=0
  while [ ! -e "$dir/paper-in" ] && [ -d "$dir" ] && [ $i -lt 600 ]; do sleep 0.1; i=$((i+1)); done
  echo "STATE: -media-empty,media-needed" >&2
fi
rm -f "$dir/paper-in"
cp "$1" "$dir/printed/"
)";

// The trays of ippeveprinter's default printer that hold paper ("main" and "by-pass-tray", the
// 2nd and 4th of media-source-supported) and the sheets in each: a tray with none is
// media-empty, one with fewer than 25 media-low.
QByteArray mediaQuery(IppEverywherePrinter::Paper paper) {
    const int main = paper == IppEverywherePrinter::Paper::Full  ? 250
                     : paper == IppEverywherePrinter::Paper::Low ? 5
                                                                 : 0;
    const int bypass = paper == IppEverywherePrinter::Paper::Empty ? 0 : 25;
    return QStringLiteral("size1=iso_a4_210x297mm&level1=%1&size3=iso_a4_210x297mm&level3=%2")
        .arg(main)
        .arg(bypass)
        .toLatin1();
}

// A test that crashes or is killed at its CTest timeout must not leave its printer and bus running.
void stopWithTheTest(QProcess& p) {
    p.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
}

}  // namespace

void IppEverywherePrinter::skipUnlessInstalled() {
    ak::test::skipUnlessInstalled({kIppEvePrinter, kDbusDaemon, kIppBackend},
                                  "cups-ipp-utils, dbus-daemon, cups-daemon");
}

IppEverywherePrinter::IppEverywherePrinter() : port_(freeTcpPort()) {
    QDir(dir_.path()).mkpath(QStringLiteral("spool"));
    QDir(dir_.path()).mkpath(QStringLiteral("printed"));
    startBus();
    startPrinter();
}

IppEverywherePrinter::~IppEverywherePrinter() {
    for (QProcess* p : {&printer_, &bus_}) {
        p->terminate();
        if (!p->waitForFinished(3000)) p->kill();
        p->waitForFinished(1000);
    }
}

QString IppEverywherePrinter::uri() const { return QStringLiteral("ipp://127.0.0.1:%1/ipp/print").arg(port_); }

void IppEverywherePrinter::startBus() {
    writeFile(QStringLiteral("bus.conf"), QString::fromLatin1(kBusConfig).arg(dir_.path()).toUtf8());
    // --print-address: written once the bus listens, so reading it is the wait.
    stopWithTheTest(bus_);
    bus_.start(kDbusDaemon, {QStringLiteral("--config-file=") + dir_.file(QStringLiteral("bus.conf")),
                             QStringLiteral("--nofork"), QStringLiteral("--print-address")});
    BOOST_REQUIRE(bus_.waitForStarted(5000));
    while (!bus_.canReadLine()) {
        BOOST_REQUIRE_MESSAGE(bus_.waitForReadyRead(5000),
                              "private dbus-daemon did not start: " << QString::fromUtf8(bus_.readAllStandardError()));
    }
}

void IppEverywherePrinter::startPrinter() {
    writeFile(QStringLiteral("print.sh"), QString::fromLatin1(kPrintCommand).arg(dir_.path()).toUtf8(), true);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"),
               QStringLiteral("unix:path=") + dir_.file(QStringLiteral("bus")));
    printer_.setProcessEnvironment(env);
    stopWithTheTest(printer_);
    // It logs every request; that goes to a file, shown when it stops early.
    printer_.setStandardErrorFile(dir_.file(QStringLiteral("ippeveprinter.log")));
    // -n localhost: it listens on 127.0.0.1 and ::1 (it needs both). The raw ESC/POS bytes come
    // from CUPS's ipp backend as application/octet-stream or vnd.cups-raw.
    printer_.start(kIppEvePrinter,
                   {QStringLiteral("-r"), QStringLiteral("off"), QStringLiteral("-n"), QStringLiteral("localhost"),
                    QStringLiteral("-p"), QString::number(port_), QStringLiteral("-d"),
                    dir_.file(QStringLiteral("spool")), QStringLiteral("-c"), dir_.file(QStringLiteral("print.sh")),
                    QStringLiteral("-f"), QStringLiteral("application/octet-stream,application/vnd.cups-raw"),
                    QStringLiteral("-m"), QStringLiteral("Receipt"), QStringLiteral("Aktivkafe test printer")});
    BOOST_REQUIRE(printer_.waitForStarted(5000));
    for (int i = 0; i < 100; ++i) {  // ready when it accepts connections
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, port_);
        if (probe.waitForConnected(100)) return;
        if (printer_.state() != QProcess::Running) {
            QFile log(dir_.file(QStringLiteral("ippeveprinter.log")));
            (void)log.open(QIODevice::ReadOnly);
            BOOST_FAIL("ippeveprinter stopped (exit " << printer_.exitCode() << "): " << log.readAll());
        }
        QThread::msleep(20);
    }
    BOOST_FAIL("ippeveprinter does not answer on port " << port_);
}

void IppEverywherePrinter::setPaper(Paper paper) {
    QNetworkAccessManager web;
    QNetworkReply* reply = web.get(QNetworkRequest(
        QUrl(QStringLiteral("http://127.0.0.1:%1/media?%2").arg(port_).arg(QString::fromLatin1(mediaQuery(paper))))));
    QEventLoop wait;
    QObject::connect(reply, &QNetworkReply::finished, &wait, &QEventLoop::quit);
    QTimer::singleShot(5000, &wait, &QEventLoop::quit);
    wait.exec();
    BOOST_REQUIRE_MESSAGE(reply->isFinished() && reply->error() == QNetworkReply::NoError,
                          "the printer's media page: " << reply->errorString());
    reply->deleteLater();
    if (paper == Paper::Full) writeFile(QStringLiteral("paper-in"), {});
}

void IppEverywherePrinter::runOutDuringNextJob() {
    QFile::remove(dir_.file(QStringLiteral("paper-in")));  // paper put in before this does not count
    writeFile(QStringLiteral("run-out"), {});
}

QList<QByteArray> IppEverywherePrinter::printed() const {
    // Named "<job id>-<job name>.dat": in job order when sorted by number.
    QStringList names = QDir(dir_.file(QStringLiteral("printed"))).entryList(QDir::Files);
    QCollator numeric;
    numeric.setNumericMode(true);
    std::sort(names.begin(), names.end(), numeric);
    QList<QByteArray> documents;
    for (const QString& name : names) {
        QFile f(dir_.file(QStringLiteral("printed/") + name));
        BOOST_REQUIRE(f.open(QIODevice::ReadOnly));
        documents.append(f.readAll());
    }
    return documents;
}

void IppEverywherePrinter::writeFile(const QString& name, const QByteArray& text, bool executable) const {
    QFile f(dir_.file(name));
    BOOST_REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text);
    if (executable) f.setPermissions(f.permissions() | QFile::ExeOwner);
}

void addIppQueue(const PrivateCupsd& cupsd, const QString& name, const QString& deviceUri) {
    // Raw: the receipt's ESC/POS bytes go to the printer unchanged (lpadmin warns that raw queues
    // are deprecated; CUPS 2.4 has them).
    (void)toolOutput(kLpadmin, {QStringLiteral("-h"), cupsd.server(), QStringLiteral("-p"), name, QStringLiteral("-E"),
                                QStringLiteral("-v"), deviceUri, QStringLiteral("-m"), QStringLiteral("raw")});
}

}  // namespace ak::test
