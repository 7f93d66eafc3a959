// aktivkafe-kiosk: the touchscreen at the door. Composition root: builds the clock, the database,
// the controllers, and hands them to QML.
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTextStream>
#include <QTimeZone>
#include <QtQml/qqmlextensionplugin.h>

#include "AppShell.h"
#include "AppStartup.h"
#include "CoffeeCardController.h"
#include "KioskController.h"
#include "LanguageController.h"
#include "bench/probe/FirstFrameProbe.h"
#include "core/activity/ActivityRepository.h"
#include "core/cards/CoffeeCard.h"
#include "core/journal/Journal.h"
#include "drivers/devices/DeviceFactory.h"
#include "drivers/sim/SimulatedScanner.h"
#include "core/util/Clock.h"

Q_IMPORT_QML_PLUGIN(Aktivkafe_UiPlugin)
Q_IMPORT_QML_PLUGIN(Aktivkafe_KioskPlugin)

int main(int argc, char* argv[]) {
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    const ak::ui::ShellOptions shell = ak::ui::AppShell::prepare(
        QStringLiteral("aktivkafe-kiosk"), QStringLiteral("Aktivkafe kiosk: anonymous check-in, coffee cards, activities."), parser);

    auto context = ak::ui::startApp(parser);
    if (!context) {
        QTextStream(stderr) << "aktivkafe-kiosk: " << context.error().message << Qt::endl;
        return 2;
    }
    const ak::AppConfig& config = context->config;
    ak::SystemClock clock;
    ak::ActivityRepository activities(*context->db, clock, QTimeZone::systemTimeZone());

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));

    ak::ui::LanguageController language(&engine, config.kiosk.languages);
    ak::ui::LanguageController::setInstance(&language);

    ak::KioskSettings settings{config.cafe.name, config.kiosk.fullscreen && !shell.capturing(),
                               config.kiosk.idleTimeoutSeconds * 1000};
    auto nextActivity = [&activities](const QDateTime& nowUtc) -> std::optional<ak::UpcomingActivity> {
        auto next = activities.between(nowUtc, nowUtc.addDays(7));
        if (!next) return std::nullopt;
        // A cancelled activity stays on the programme (flagged) but is not "what's next".
        for (const ak::Activity& a : next.value())
            if (!a.isCancelled()) return ak::UpcomingActivity{a.title, a.place, a.startsAt};
        return std::nullopt;
    };
    ak::KioskController kiosk(settings, clock, language, nextActivity);
    ak::KioskController::setInstance(&kiosk);

    // Coffee cards: the scanner's reads go to the card screen while it is open.
    ak::Journal journal(*context->db, clock, config.kiosk.id);
    ak::CardRepository cards(*context->db, clock, QTimeZone::systemTimeZone());
    //: what the counter's list says for a coffee redeemed at the kiosk (in the café's language)
    ak::CoffeeCardController coffeeCard(cards, journal, clock, config.kiosk.id, QObject::tr("Coffee (coffee card)"), language);
    ak::CoffeeCardController::setInstance(&coffeeCard);
    auto scanner = ak::dev::DeviceFactory::createTokenReader(config.devices.scanner);
    if (scanner.ok()) {
        QObject::connect(scanner.device.get(), &ak::dev::TokenReader::tokenRead, &coffeeCard,
                         [&coffeeCard](const ak::dev::TokenRead& token) { coffeeCard.scanned(token.text); });
        const ak::dev::DeviceResult r = scanner.device->start(1000);
        if (!r) QTextStream(stderr) << "aktivkafe-kiosk: the scanner could not be started: " << r.error().message << Qt::endl;
    } else {
        QTextStream(stderr) << "aktivkafe-kiosk: no scanner: " << scanner.error->message << Qt::endl;
    }

    QObject::connect(&engine, &QQmlApplicationEngine::objectCreated, &app, [](QObject* root, const QUrl&) {
        if (auto* window = qobject_cast<QQuickWindow*>(root)) ak::bench::FirstFrameProbe::attach(window);
    });

    ak::ui::AppShell appShell(QStringLiteral("kiosk"), engine, language);
    // Walkthrough step `scan TEXT`: a card is held under the simulated scanner.
    appShell.addWalkthroughCommand(QStringLiteral("scan"), [&scanner](const QStringList& args) -> QString {
        auto* sim = qobject_cast<ak::dev::SimulatedScanner*>(scanner.device.get());
        if (!sim) return QStringLiteral("the scanner is not the simulated one");
        const ak::dev::DeviceResult r = sim->scan(args.join(u' '));
        return r ? QString() : r.error().message;
    });
    return appShell.run(shell, QUrl(QStringLiteral("qrc:/qt/qml/Aktivkafe/Kiosk/Main.qml")));
}
