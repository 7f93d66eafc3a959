// aktivkafe devices [--config PATH]
// aktivkafe devices watch --config PATH [--seconds N]
//
// How an installer checks the hardware before the café opens: what the configuration names and in
// what state each device is (connected, missing, no permission), what is plugged in (USB printers by
// VID:PID and name, PC/SC card readers), and — with `watch` — one line per token read and per device
// arriving or leaving, until Ctrl-C. The devices are the apps' own (DeviceFactory), so what works
// here works in the kiosk and the till.

#include "cli/Cli.h"
#include "cli/Table.h"
#include "core/config/ConfigLoader.h"
#include "drivers/devices/DeviceFactory.h"
#include "drivers/nfc/PcscReader.h"
#include "drivers/udev/UdevMonitor.h"
#include "drivers/usb/UsbHotplug.h"
#include "drivers/usb/UsbPrinters.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <optional>

#include <sys/socket.h>
#include <unistd.h>

namespace ak::cli {

namespace {

// Lets the devices start (a USB printer answers its first status question within a second).
void settle(int ms) {
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

QString printerState(const dev::ReceiptPrinter& p, const std::optional<dev::DeviceError>& error) {
    if (error) return error->message;
    const dev::PrinterStatus s = p.status();
    if (!s.online) return QStringLiteral("not answering (switched off, or the cable is out)");
    if (s.coverOpen) return QStringLiteral("cover open");
    if (s.paper == dev::PrinterStatus::Paper::Out) return QStringLiteral("out of paper");
    if (s.error) return QStringLiteral("reports an error (paper jam or cutter)");
    QString text = s.paper == dev::PrinterStatus::Paper::NearEnd ? QStringLiteral("ready, paper nearly out")
                                                                 : QStringLiteral("ready");
    if (s.drawerOpen) text += *s.drawerOpen ? QStringLiteral(", drawer open") : QStringLiteral(", drawer shut");
    return text;
}

QString readerState(const dev::TokenReader& r, const QString& lastError) {
    if (r.isWorking()) return QStringLiteral("ready");
    return lastError.isEmpty() ? QStringLiteral("not ready") : lastError;
}

int listPluggedIn() {
    out() << "\nPlugged in:\n";
    std::vector<QStringList> rows{{QStringLiteral("USB printer"), QStringLiteral("name"), QStringLiteral("where"),
                                   QStringLiteral("note")}};
    for (const dev::UsbPrinterInfo& u : dev::listUsbPrinters()) {
        const QString name = QStringList{u.manufacturer, u.product}.join(u' ').trimmed();
        rows.push_back({QStringLiteral("%1:%2").arg(u.identity.vendorId, 4, 16, QLatin1Char('0'))
                            .arg(u.identity.productId, 4, 16, QLatin1Char('0')),
                        name.isEmpty() ? u.vendorName : name, u.identity.portPath,
                        u.readable ? QString() : QStringLiteral("cannot be opened: see \"Devices without root\" in the README")});
    }
    if (rows.size() == 1) out() << "  no USB receipt printer\n";
    else printTable(rows, 4);
    QString problem;
    const QStringList readers = dev::PcscReaders::list(&problem);
    if (!problem.isEmpty()) out() << "  card readers: " << problem << "\n";
    else if (readers.isEmpty()) out() << "  no card reader (PC/SC)\n";
    for (const QString& r : readers) out() << "  card reader: " << r << "\n";
    return Ok;
}

// Ctrl-C ends `watch`: the signal handler only writes a byte, the event loop does the rest.
int gSignalPipe[2] = {-1, -1};
void onSignal(int) {
    const char b = 1;
    (void)!::write(gSignalPipe[1], &b, 1);
}

}  // namespace

int runDevices(const QStringList& args) {
    const char* command = "aktivkafe devices";
    QCommandLineParser parser;
    const QCommandLineOption config(QStringList{QStringLiteral("config")},
                                    QStringLiteral("The café's aktivkafe.toml: its printer and readers are checked."),
                                    QStringLiteral("PATH"));
    const QCommandLineOption seconds(QStringList{QStringLiteral("seconds")},
                                     QStringLiteral("watch: stop after N seconds instead of at Ctrl-C."),
                                     QStringLiteral("N"));
    parser.addOptions({config, seconds});
    parser.addPositionalArgument(QStringLiteral("watch"), QStringLiteral("Print every token read and every device "
                                                                         "arriving or leaving, until Ctrl-C."));
    if (int code = parseOrExit(parser, args, QStringLiteral("aktivkafe devices [watch] [--config PATH] [--seconds N]"),
                               QStringLiteral("What the configuration names, what is plugged in, and what they read."));
        code >= 0)
        return code;
    const QStringList rest = parser.positionalArguments();
    const bool watch = rest == QStringList{QStringLiteral("watch")};
    if (!rest.isEmpty() && !watch) {
        err() << command << ": unexpected '" << rest.join(u' ') << "'.\n";
        return Usage;
    }
    if (watch && !parser.isSet(config)) {
        err() << command << " watch: --config PATH is required (the readers to watch are the café's).\n";
        return Usage;
    }
    std::optional<AppConfig> cafe;
    if (parser.isSet(config)) {
        auto loaded = loadConfig(parser.value(config));
        if (!loaded) {
            err() << command << ": " << loaded.error().message << "\n";
            return Failed;
        }
        cafe = std::move(loaded).value();
    }
    if (!cafe) return listPluggedIn();

    // The devices as the apps build them (DeviceFactory): what works here works in the kiosk and the till.
    std::unique_ptr<dev::DeviceManager> devices =
        dev::DeviceFactory::createManager(cafe->devices.printer, cafe->devices.readers);
    const dev::ReceiptPrinter* printer = devices->printer();
    std::optional<dev::DeviceError> printerError;
    // The lambdas below write into locals declared after `devices`, which outlives them and whose
    // devices still say things while it closes them: each connection has a context object declared
    // after what it writes to, so that it is cut before those go (a Ctrl-C crashed here).
    QObject printerListener;
    if (printer) {
        QObject::connect(printer, &dev::PosDevice::errorOccurred, &printerListener,
                         [&printerError](const dev::DeviceError& e) { printerError = e; });
    }
    // watch: every USB printer and every scanner plugged in or out is news to an installer, also
    // those the configuration does not name.
    if (watch && !devices->monitor<dev::UsbHotplug>() && dev::UsbHotplug::isSupported())
        devices->addMonitor(std::make_unique<dev::UsbHotplug>(true));
    if (watch && !devices->monitor<dev::UdevMonitor>()) devices->addMonitor(std::make_unique<dev::UdevMonitor>());
    devices->start(1000);
    if (printer && !devices->printerProblem().isEmpty() && !printerError) {
        printerError = dev::DeviceError{};  // it could not start: the manager's words say why
        printerError->message = devices->printerProblem();
    }
    const dev::ReaderGroup& readers = devices->readers();
    settle(1500);

    if (!watch) {
        std::vector<QStringList> rows{{QStringLiteral("device"), QStringLiteral("kind"), QStringLiteral("state")}};
        rows.push_back({QStringLiteral("printer"), printer ? printer->description() : QStringLiteral("-"),
                        printer ? printerState(*printer, printerError) : devices->printerProblem()});
        for (const dev::TokenReader* r : readers.readers())
            rows.push_back({r->readerId(), r->description(), readerState(*r, readers.problemOf(r))});
        for (const auto& p : readers.problems()) rows.push_back({p.readerId, QStringLiteral("-"), p.error.message});
        out() << "Configured in " << parser.value(config) << ":\n";
        printTable(rows, 3);
        return listPluggedIn();
    }

    // watch: lines as they happen, straight to the terminal.
    QTextStream live(stdout);
    const auto line = [&live](const QString& text) {
        live << QTime::currentTime().toString(QStringLiteral("HH:mm:ss")) << "  " << text << Qt::endl;
    };
    // A reader's state once per change: a missing one is tried every 2 s and fails the same way.
    QHash<QString, QString> said;
    const auto state = [&line, &said](const QString& readerId, const QString& text) {
        if (said.value(readerId) == text) return;
        said.insert(readerId, text);
        line(QStringLiteral("%1: %2").arg(readerId, text));
    };
    for (const dev::TokenReader* r : readers.readers()) state(r->readerId(), readerState(*r, readers.problemOf(r)));
    for (const auto& p : readers.problems()) state(p.readerId, p.error.message);
    QObject listener;
    QObject::connect(devices.get(), &dev::DeviceManager::tokenRead, &listener, [&line](const dev::TokenRead& t) {
        line(QStringLiteral("%1 read %2%3").arg(t.readerId, t.text,
                                                t.symbology.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(t.symbology)));
    });
    for (const dev::TokenReader* r : readers.readers()) {
        QObject::connect(r, &dev::PosDevice::errorOccurred, &listener,
                         [&state, r](const dev::DeviceError& e) { state(r->readerId(), e.message); });
        QObject::connect(r, &dev::PosDevice::statusUpdated, &listener, [&state, r](int status) {
            if (status == dev::PosDevice::PowerOnline) state(r->readerId(), QStringLiteral("ready"));
        });
    }
    // Plugged in and out: USB printers (libusb), scanners and keyboards (udev), PC/SC card readers.
    QObject::connect(devices.get(), &dev::DeviceManager::deviceEvent, &listener,
                     [&line](const dev::DeviceEvent& e) { line(e.describe()); });

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, gSignalPipe) != 0) {
        err() << command << ": cannot watch for Ctrl-C.\n";
        return Failed;
    }
    QSocketNotifier interrupted(gSignalPipe[0], QSocketNotifier::Read);
    QObject::connect(&interrupted, &QSocketNotifier::activated, qApp, &QCoreApplication::quit);
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    if (parser.isSet(seconds)) QTimer::singleShot(parser.value(seconds).toInt() * 1000, qApp, &QCoreApplication::quit);
    QCoreApplication::exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    ::close(gSignalPipe[0]);
    ::close(gSignalPipe[1]);
    return Ok;
}

}  // namespace ak::cli
