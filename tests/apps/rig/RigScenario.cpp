#include "tests/apps/rig/RigScenario.h"

#include "tests/apps/rig/RigHardware.h"
#include "tests/apps/rig/RigProcess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTextStream>

#include <stdexcept>

namespace ak::rig {

namespace {

const char* const kChip = "04A1B2C3";  // the NFC tag bound to the till's card
const QByteArray kReceipt = QByteArrayLiteral("Salgskvittering");  // print-outs are in the café's language
const QByteArray kTestPage = QByteArrayLiteral("TEST PRINT");  // the till's language (English here)
const QByteArray kSlip = QByteArrayLiteral("Nummeret ditt");
// What an app logs when its NFC reader is there (drivers/nfc, category aktivkafe.drivers.pcsc).
const QString kNfcReaderArrived = QStringLiteral("reader arrived: \"Aktivkafe Test PCD 00 00\"");

QString sourceFile(const QString& path) { return QStringLiteral(AK_SOURCE_DIR "/") + path; }

[[noreturn]] void fail(const QString& what) { throw std::runtime_error(what.toStdString()); }

void writeFile(const QString& path, const QString& text) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) < 0) fail(QStringLiteral("cannot write %1").arg(path));
}

QElapsedTimer& clock() {
    static QElapsedTimer t;
    if (!t.isValid()) t.start();
    return t;
}

}  // namespace

RigScenario::RigScenario(QString bin, QString out) : bin_(std::move(bin)), out_(std::move(out)) {}

RigScenario::~RigScenario() = default;

void RigScenario::step(const QString& what) {
    QTextStream(stdout) << QStringLiteral("[%1 s] ").arg(clock().elapsed() / 1000.0, 5, 'f', 1) << what << Qt::endl;
}

void RigScenario::run() {
    clock().restart();
    QDir(out_).removeRecursively();
    if (!QDir().mkpath(out_ + QStringLiteral("/screens"))) fail(QStringLiteral("cannot make %1").arg(out_));
    step(QStringLiteral("plugging in: USB printer 04b8:0202, wedge scanner, NFC reader (pcscd + vpcd)"));
    hardware_ = std::make_unique<RigHardware>();
    // Whatever happens, what the printer was sent stays for a look (ESC/POS bytes).
    const auto keepPrinted = [this] {
        QFile f(out_ + QStringLiteral("/usb-printer.bin"));
        if (f.open(QIODevice::WriteOnly)) f.write(hardware_->printed());
    };
    try {
        makeCafe();
        till();
        kiosk();
        watch();
    } catch (...) {
        keepPrinted();
        throw;
    }
    keepPrinted();
    step(QStringLiteral("all steps done"));
}

void RigScenario::makeCafe() {
    const QString db = out_ + QStringLiteral("/cafe.sqlite");
    QProcess init;
    init.setProcessChannelMode(QProcess::MergedChannels);
    init.start(bin_ + QStringLiteral("/aktivkafe"),
               {QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--seed"),
                sourceFile(QStringLiteral("config/demo-seed.toml"))});
    if (!init.waitForFinished(60000) || init.exitStatus() != QProcess::NormalExit || init.exitCode() != 0)
        fail(QStringLiteral("aktivkafe init failed: ") + QString::fromUtf8(init.readAll()));
    // Over the shipped configuration, as the demo's overlay: three languages, windowed, the kiosk's
    // serving slip on, and the rig's devices.
    writeFile(out_ + QStringLiteral("/rig-overlay.toml"),
              QStringLiteral("[cafe]\nlanguages = [\"nb\", \"da\", \"en\"]\n[database]\npath = \"%1\"\n"
                             "[kiosk]\nlanguages = [\"nb\", \"da\", \"en\"]\nfullscreen = false\nprint_serving_slip = true\n")
                      .arg(db) +
                  RigHardware::devicesConfig());
}

void RigScenario::waitPrinted(const QByteArray& text, int count, int ms) {
    if (!waitUntil([&] { return hardware_->printed().count(text) >= count; }, ms))
        fail(QStringLiteral("the USB printer was sent '%1' %2 time(s), expected %3")
                 .arg(QString::fromLatin1(text))
                 .arg(hardware_->printed().count(text))
                 .arg(count));
}

std::unique_ptr<RigProcess> RigScenario::startApp(const QString& name, const QString& program) {
    QProcessEnvironment env = hardware_->environment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("TZ"), QStringLiteral("Europe/Oslo"));  // the demo café's zone, as scripts/demo
    const QString walk = QStringLiteral("tests/apps/rig/%1.walk").arg(name);
    step(QStringLiteral("%1: starts with the walkthrough %2").arg(name, walk));
    return std::make_unique<RigProcess>(
        name, bin_ + u'/' + program,
        QStringList{QStringLiteral("--config"), sourceFile(QStringLiteral("config/aktivkafe.toml")), QStringLiteral("--config"),
                    out_ + QStringLiteral("/rig-overlay.toml"), QStringLiteral("--walkthrough"), sourceFile(walk),
                    QStringLiteral("--out"), shots()},
        env, out_, shots());
}

void RigScenario::till() {
    const std::unique_ptr<RigProcess> app = startApp(QStringLiteral("till"), QStringLiteral("aktivkafe-pos"));

    app->waitForShot(QStringLiteral("rig-till-receipt"));
    waitPrinted(kReceipt, 1);
    step(QStringLiteral("till: the sale's receipt came out of the USB printer"));

    app->waitForShot(QStringLiteral("rig-till-chip"));
    static const QRegularExpression code(QStringLiteral("AK1(-[0-9A-Z]{4,5}){6}"));
    QRegularExpressionMatch found;
    if (!waitUntil([&] { return (found = code.match(QString::fromLatin1(hardware_->printed()))).hasMatch(); }, 10000))
        fail(QStringLiteral("the coffee card's code never reached the USB printer"));
    cardCode_ = found.captured();
    step(QStringLiteral("till: the coffee card %1 came out of the USB printer; its chip %2 is held to the NFC reader")
             .arg(cardCode_, QString::fromLatin1(kChip)));
    hardware_->holdCard(kChip);

    app->waitForShot(QStringLiteral("rig-till-devices"));
    hardware_->takeCardAway();
    step(QStringLiteral("till: the chip is bound; Devices page: all ready. The printer is unplugged"));
    hardware_->plugPrinter(false);

    app->waitForShot(QStringLiteral("rig-till-printer-out"));
    const qsizetype before = hardware_->printed().size();
    step(QStringLiteral("till: the printer is not answering; plugged back in"));
    hardware_->plugPrinter(true);

    app->waitForShot(QStringLiteral("rig-till-test-page"));
    if (!hardware_->printed().mid(before).contains(kTestPage))
        fail(QStringLiteral("the test page printed after the printer came back never reached it"));
    step(QStringLiteral("till: ready again, the test page came out. The scanner is unplugged"));
    hardware_->plugScanner(false);

    app->waitForShot(QStringLiteral("rig-till-scanner-out"));
    step(QStringLiteral("till: the scanner is not plugged in; plugged back in"));
    hardware_->plugScanner(true);

    app->waitForShot(QStringLiteral("rig-till-scanner-back"));
    step(QStringLiteral("till: the scanner is ready; it reads the card"));
    hardware_->scan(cardCode_);

    app->waitForShot(QStringLiteral("rig-till-scanner-read"));
    step(QStringLiteral("till: the Devices page shows the card read. The NFC reader is unplugged"));
    hardware_->plugNfcReader(false);

    app->waitForShot(QStringLiteral("rig-till-nfc-out"));
    step(QStringLiteral("till: the NFC reader is not plugged in; plugged back in"));
    hardware_->plugNfcReader(true);

    app->waitForShot(QStringLiteral("rig-till-done"));
    app->finish();
    step(QStringLiteral("till: the NFC reader is ready; the walkthrough ended"));
}

void RigScenario::kiosk() {
    const std::unique_ptr<RigProcess> app = startApp(QStringLiteral("kiosk"), QStringLiteral("aktivkafe-kiosk"));
    const int slipsBefore = int(hardware_->printed().count(kSlip));

    app->waitForShot(QStringLiteral("rig-kiosk-scan"));
    step(QStringLiteral("kiosk: the card's code is scanned"));
    hardware_->scan(cardCode_);
    app->waitForShot(QStringLiteral("rig-kiosk-slip-1"));
    waitPrinted(kSlip, slipsBefore + 1);
    step(QStringLiteral("kiosk: a coffee redeemed; its serving slip came out of the USB printer"));

    app->waitForShot(QStringLiteral("rig-kiosk-printer-out"));
    step(QStringLiteral("kiosk: the printer is unplugged"));
    hardware_->plugPrinter(false);
    app->waitForShot(QStringLiteral("rig-kiosk-printer-back"));
    const qsizetype before = hardware_->printed().size();
    step(QStringLiteral("kiosk: it asks for a volunteer; the printer is plugged back in"));
    hardware_->plugPrinter(true);

    app->waitForShot(QStringLiteral("rig-kiosk-readers-out"));
    step(QStringLiteral("kiosk: the volunteer note is gone; the scanner and the NFC reader are unplugged"));
    const int readersArrived = app->output().count(kNfcReaderArrived);
    hardware_->plugScanner(false);
    hardware_->plugNfcReader(false);
    app->waitForShot(QStringLiteral("rig-kiosk-readers-back"));
    step(QStringLiteral("kiosk: the card reader is taking a break; both readers are plugged back in"));
    hardware_->plugScanner(true);
    hardware_->plugNfcReader(true);

    app->waitForShot(QStringLiteral("rig-kiosk-scan-again"));
    step(QStringLiteral("kiosk: the volunteer note is gone; the card is scanned again"));
    hardware_->scan(cardCode_);
    app->waitForShot(QStringLiteral("rig-kiosk-chip"));
    // A card already lying on the reader when the kiosk finds it again is not read (it could be one
    // forgotten there): hold it only once the kiosk says its reader is back.
    app->waitForOutput(kNfcReaderArrived, 10000, readersArrived + 1);
    step(QStringLiteral("kiosk: the scanner read it; the NFC reader is back; the chip is held to it"));
    hardware_->holdCard(kChip);
    app->waitForShot(QStringLiteral("rig-kiosk-slip-2"));
    waitPrinted(kSlip, slipsBefore + 2);
    if (!hardware_->printed().mid(before).contains(kSlip))
        fail(QStringLiteral("no serving slip reached the printer after it was plugged back in"));
    hardware_->takeCardAway();
    app->finish();
    step(QStringLiteral("kiosk: a second coffee redeemed by the chip; its slip came out of the replugged printer"));
}

void RigScenario::watch() {
    // The command reads one configuration file: the shipped one with the rig's devices.
    QFile shipped(sourceFile(QStringLiteral("config/aktivkafe.toml")));
    if (!shipped.open(QIODevice::ReadOnly)) fail(QStringLiteral("cannot read %1").arg(shipped.fileName()));
    QString config = QString::fromUtf8(shipped.readAll());
    config = config.left(config.indexOf(QStringLiteral("\n[devices.printer]")));
    config += u'\n' + RigHardware::devicesConfig();
    const QString path = out_ + QStringLiteral("/watch.toml");
    writeFile(path, config);

    step(QStringLiteral("aktivkafe devices watch: starts"));
    RigProcess watch(QStringLiteral("devices-watch"), bin_ + QStringLiteral("/aktivkafe"),
                     {QStringLiteral("devices"), QStringLiteral("watch"), QStringLiteral("--config"), path},
                     hardware_->environment(), out_);
    watch.waitForOutput(QStringLiteral("scanner: ready"));
    watch.waitForOutput(QStringLiteral("door-nfc: ready"));
    hardware_->scan(cardCode_);
    watch.waitForOutput(QStringLiteral("scanner read ") + cardCode_);
    hardware_->holdCard(kChip);
    watch.waitForOutput(QStringLiteral("door-nfc read %1 (ISO14443)").arg(QString::fromLatin1(kChip)));
    hardware_->takeCardAway();
    step(QStringLiteral("aktivkafe devices watch: printed the scanned code and the chip"));
    hardware_->plugScanner(false);
    watch.waitForOutput(QStringLiteral("scanner unplugged: /dev/input/event"));
    hardware_->plugScanner(true);
    watch.waitForOutput(QStringLiteral("scanner plugged in: /dev/input/event"));
    hardware_->plugPrinter(false);
    watch.waitForOutput(QStringLiteral("USB printer unplugged"));
    hardware_->plugPrinter(true);
    watch.waitForOutput(QStringLiteral("USB printer plugged in"));
    watch.interrupt();
    step(QStringLiteral("aktivkafe devices watch: printed the scanner and the printer unplugged and back; Ctrl-C ends it"));
}

}  // namespace ak::rig
