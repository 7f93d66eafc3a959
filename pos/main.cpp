// aktivkafe-pos: the till. Composition root: builds the clock, the database, the devices, the
// controllers, and hands them to QML.
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QTextStream>
#include <QtQml/qqmlextensionplugin.h>

#include "AppShell.h"
#include "AppStartup.h"
#include "LanguageController.h"
#include "PrinterController.h"
#include "SessionController.h"
#include "TillController.h"
#include "core/journal/Journal.h"
#include "core/staff/StaffRepository.h"
#include "core/util/Clock.h"
#include "drivers/devices/DeviceFactory.h"
#include "drivers/sim/SimulatedReceiptPrinter.h"

Q_IMPORT_QML_PLUGIN(Aktivkafe_UiPlugin)
Q_IMPORT_QML_PLUGIN(Aktivkafe_PosPlugin)

int main(int argc, char* argv[]) {
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("aktivkafe-pos"));
    QGuiApplication::setOrganizationName(QStringLiteral("Aktivkafe"));
    QQuickStyle::setStyle(QStringLiteral("Basic"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Aktivkafe till: sales, receipts, coffee cards, the cash drawer."));
    parser.addHelpOption();
    ak::ui::addStartupOptions(parser);
    ak::ui::AppShell::addOptions(parser);
    parser.process(app);
    const ak::ui::ShellOptions shell = ak::ui::AppShell::readOptions(parser);

    auto context = ak::ui::startApp(parser);
    if (!context) {
        QTextStream(stderr) << "aktivkafe-pos: " << context.error().message << Qt::endl;
        return 2;
    }
    const ak::AppConfig& config = context->config;
    ak::Database& db = *context->db;
    ak::SystemClock clock;
    ak::Journal journal(db, clock, config.cafe.registerId);
    ak::StaffRepository staff(db);

    // The printer is set up here; if it cannot be, the till still starts and says why.
    auto printer = ak::dev::DeviceFactory::createReceiptPrinter(config.devices.printer);
    const QString printerProblem = printer.ok() ? QString() : printer.error->message;

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));

    ak::ui::LanguageController language(&engine, config.cafe.languages);
    ak::ui::LanguageController::setInstance(&language);
    ak::TillController till({config.cafe.name, config.cafe.registerId, config.till.idleLockSeconds * 1000});
    ak::TillController::setInstance(&till);
    ak::SessionController session(staff, db, journal);
    ak::SessionController::setInstance(&session);
    ak::PrinterController printerController(printer.device.get(), printerProblem,
                                            {config.cafe.name, config.cafe.orgNumber, config.cafe.registerId}, db,
                                            journal, clock, session);
    ak::PrinterController::setInstance(&printerController);

    ak::ui::AppShell appShell(QStringLiteral("till"), engine, language);
    // Walkthrough step `printed TEXT`: the simulated printer's last job shows TEXT on paper.
    appShell.addWalkthroughCommand(QStringLiteral("printed"), [&printer](const QStringList& args) -> QString {
        auto* sim = qobject_cast<ak::dev::SimulatedReceiptPrinter*>(printer.device.get());
        if (!sim) return QStringLiteral("the printer is not the simulated one");
        if (sim->jobs().isEmpty()) return QStringLiteral("nothing was printed");
        const QString paper = sim->jobs().constLast().rendered.text();
        const QString want = args.join(u' ');
        return paper.contains(want) ? QString() : QStringLiteral("the paper does not show '%1':\n%2").arg(want, paper);
    });
    return appShell.run(shell, QUrl(QStringLiteral("qrc:/qt/qml/Aktivkafe/Pos/Main.qml")));
}
