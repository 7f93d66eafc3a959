// aktivkafe-kiosk: the touchscreen at the door. Composition root: reads the configuration, opens
// the database, the slip printer and the scanner, builds the kiosk (KioskApp) and runs the screens.
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTextStream>
#include <QtQml/qqmlextensionplugin.h>

#include "AppShell.h"
#include "AppStartup.h"
#include "ScreenPreload.h"
#include "StationGuard.h"
#include "KioskApp.h"
#include "LanguageController.h"
#include "core/setup/CafeSetup.h"
#include "core/util/Clock.h"
#include "drivers/devices/DeviceFactory.h"

#include <QTimer>

Q_IMPORT_QML_PLUGIN(Aktivkafe_UiPlugin)
Q_IMPORT_QML_PLUGIN(Aktivkafe_KioskPlugin)

namespace {

// No café yet (a new PC whose till has not asked its first-start questions): a calm screen instead
// of an error and a restart loop; every 2 seconds the configuration is asked again, and once the
// café is there the kiosk starts again as itself.
int runNotSetUp(char* argv[], QQmlApplicationEngine& engine, const QCommandLineParser& parser, const ak::AppConfig& config,
                const ak::ui::ShellOptions& shell) {
    ak::ui::LanguageController language(&engine, config.kiosk.languages);
    ak::ui::LanguageController::setInstance(&language);
    QTimer poll;
    if (!shell.capturing()) {
        QObject::connect(&poll, &QTimer::timeout, [&] {
            auto now = ak::ui::startConfig(parser);
            if (!now || ak::CafeSetup::needed(now.value())) return;
            const QString why = ak::ui::restartAsItself(argv);
            QTextStream(stderr) << "aktivkafe-kiosk: the café is there, but the kiosk could not start again (" << why << ")"
                                << Qt::endl;
            QCoreApplication::exit(1);
        });
        poll.start(2000);
    }
    ak::ui::AppShell appShell(QStringLiteral("kiosk-not-set-up"), engine, language);
    return appShell.run(shell, QUrl(QStringLiteral("qrc:/qt/qml/Aktivkafe/Kiosk/NotSetUp.qml")));
}

}  // namespace

int main(int argc, char* argv[]) {
    // The on-screen keyboard for nicknames and cancel codes (a kiosk has no other keyboard).
    if (qEnvironmentVariableIsEmpty("QT_IM_MODULE")) qputenv("QT_IM_MODULE", QByteArrayLiteral("qtvirtualkeyboard"));
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    const ak::ui::ShellOptions shell = ak::ui::AppShell::prepare(
        QStringLiteral("aktivkafe-kiosk"), QStringLiteral("Aktivkafe kiosk: anonymous check-in, coffee cards, activities."), parser);

    // The screens compile and the fonts are read while the café is opened (ScreenPreload.h).
    const QUrl screens(QStringLiteral("qrc:/qt/qml/Aktivkafe/Kiosk/Main.qml"));
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    ak::ui::ScreenPreload preload(engine, screens);

    auto config = ak::ui::startConfig(parser);
    if (!config) {
        QTextStream(stderr) << "aktivkafe-kiosk: " << config.error().message << Qt::endl;
        return 2;
    }
    if (!parser.isSet(QStringLiteral("db")) && ak::CafeSetup::needed(config.value()))
        return runNotSetUp(argv, engine, parser, config.value(), shell);
    auto context = ak::ui::openApp(parser, std::move(config).value());
    if (!context) {
        QTextStream(stderr) << "aktivkafe-kiosk: " << context.error().message << Qt::endl;
        return 2;
    }
    ak::SystemClock clock;
    // One running program per register id (kiosk id): two would mix their numbers and print queues.
    ak::ui::StationGuard station(*context->db, clock, ak::StationLease::kioskStation(context->config.kiosk.id));
    if (auto claimed = station.claim(); !claimed) {
        QTextStream(stderr) << "aktivkafe-kiosk: " << claimed.error().message << Qt::endl;
        return 2;
    }

    // Slips for sign-ups; without a printer the visitor still sees the cancel code on the screen.
    auto devices = ak::dev::DeviceFactory::createManager(context->config.devices.printer, context->config.devices.readers);
    if (!devices->printer())
        QTextStream(stderr) << "aktivkafe-kiosk: no slip printer: " << devices->printerProblem() << Qt::endl;
    for (const auto& p : devices->readers().problems())
        QTextStream(stderr) << "aktivkafe-kiosk: no reader " << p.readerId << ": " << p.error.message << Qt::endl;

    ak::KioskApp kiosk(context->config, *context->db, clock, engine, std::move(devices), shell.capturing());

    ak::ui::AppShell appShell(QStringLiteral("kiosk"), engine, kiosk.language());
    kiosk.addWalkthroughCommands(appShell);
    return appShell.run(shell, screens);
}
