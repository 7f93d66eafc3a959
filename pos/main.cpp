// aktivkafe-pos: the till. Composition root: reads the configuration, opens the database, builds
// the receipt printer and the till (TillApp), and runs the screens.
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QTextStream>
#include <QtQml/qqmlextensionplugin.h>

#include "AppShell.h"
#include "AppStartup.h"
#include "ScreenPreload.h"
#include "StationGuard.h"
#include "FirstStartController.h"
#include "LanguageController.h"
#include "TillApp.h"
#include "core/setup/CafeSetup.h"
#include "core/util/Clock.h"
#include "drivers/devices/DeviceFactory.h"

Q_IMPORT_QML_PLUGIN(Aktivkafe_UiPlugin)
Q_IMPORT_QML_PLUGIN(Aktivkafe_PosPlugin)

namespace {

// No café yet: the first-start wizard instead of the till (FirstStartController.h). Once the café
// is made, the program starts again as itself, so the till reads the new settings and database as
// on every later start.
int runFirstStart(char* argv[], QQmlApplicationEngine& engine, const ak::AppConfig& config, const ak::ui::ShellOptions& shell) {
    ak::ui::LanguageController language(&engine, {QStringLiteral("nb"), QStringLiteral("da"), QStringLiteral("en")});
    ak::ui::LanguageController::setInstance(&language);
    ak::FirstStartController wizard(config, language, [] { return ak::dev::listUsbPrinters(); });
    ak::FirstStartController::setInstance(&wizard);
    ak::ui::AppShell appShell(QStringLiteral("till-first-start"), engine, language);
    const int code = appShell.run(shell, QUrl(QStringLiteral("qrc:/qt/qml/Aktivkafe/Pos/FirstStart.qml")));
    if (code != 0 || !wizard.created() || shell.capturing()) return code;
    const QString why = ak::ui::restartAsItself(argv);
    QTextStream(stderr) << "aktivkafe-pos: the café is made, but the till could not start again (" << why
                        << "); start it again by hand." << Qt::endl;
    return 1;
}

}  // namespace

int main(int argc, char* argv[]) {
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    const ak::ui::ShellOptions shell = ak::ui::AppShell::prepare(
        QStringLiteral("aktivkafe-pos"), QStringLiteral("Aktivkafe till: sales, receipts, coffee cards, the cash drawer."), parser);

    // The screens compile and the fonts are read while the café is opened (ScreenPreload.h).
    const QUrl screens(QStringLiteral("qrc:/qt/qml/Aktivkafe/Pos/Main.qml"));
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    ak::ui::ScreenPreload preload(engine, screens);

    auto config = ak::ui::startConfig(parser);
    if (!config) {
        QTextStream(stderr) << "aktivkafe-pos: " << config.error().message << Qt::endl;
        return 2;
    }
    if (!parser.isSet(QStringLiteral("db")) && ak::CafeSetup::needed(config.value()))
        return runFirstStart(argv, engine, config.value(), shell);
    auto context = ak::ui::openApp(parser, std::move(config).value());
    if (!context) {
        QTextStream(stderr) << "aktivkafe-pos: " << context.error().message << Qt::endl;
        return 2;
    }
    ak::SystemClock clock;
    // One running program per register id (kiosk id): two would mix their numbers and print queues.
    ak::ui::StationGuard station(*context->db, clock, ak::StationLease::tillStation(context->config.cafe.registerId));
    if (auto claimed = station.claim(); !claimed) {
        QTextStream(stderr) << "aktivkafe-pos: " << claimed.error().message << Qt::endl;
        return 2;
    }

    // The printer is set up here; if it cannot be, the till still starts and says why. The scanner
    // reads staff cards; without one the till works with names and PINs.
    auto devices = ak::dev::DeviceFactory::createManager(context->config.devices.printer, context->config.devices.readers);
    for (const auto& p : devices->readers().problems())
        QTextStream(stderr) << "aktivkafe-pos: no reader " << p.readerId << ": " << p.error.message << Qt::endl;

    ak::TillApp till(context->config, *context->db, clock, engine, std::move(devices));

    ak::ui::AppShell appShell(QStringLiteral("till"), engine, till.language());
    till.addWalkthroughCommands(appShell);
    return appShell.run(shell, screens);
}
