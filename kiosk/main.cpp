// aktivkafe-kiosk: the touchscreen at the door. Composition root: builds the clock, the database,
// the controllers, and hands them to QML.
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTextStream>
#include <QtQml/qqmlextensionplugin.h>

#include "AppShell.h"
#include "AppStartup.h"
#include "KioskController.h"
#include "LanguageController.h"
#include "bench/probe/FirstFrameProbe.h"
#include "core/activity/ActivityRepository.h"
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
    ak::ActivityRepository activities(*context->db);

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));

    ak::ui::LanguageController language(&engine, config.kiosk.languages);
    ak::ui::LanguageController::setInstance(&language);

    ak::KioskSettings settings{config.cafe.name, config.kiosk.fullscreen && !shell.capturing(),
                               config.kiosk.idleTimeoutSeconds * 1000};
    auto nextActivity = [&activities](const QDateTime& nowUtc) -> std::optional<ak::UpcomingActivity> {
        auto next = activities.between(nowUtc, nowUtc.addDays(7));
        if (!next || next->empty()) return std::nullopt;
        const ak::Activity& a = next->front();
        return ak::UpcomingActivity{a.title, a.place, a.startsAt};
    };
    ak::KioskController kiosk(settings, clock, language, nextActivity);
    ak::KioskController::setInstance(&kiosk);

    QObject::connect(&engine, &QQmlApplicationEngine::objectCreated, &app, [](QObject* root, const QUrl&) {
        if (auto* window = qobject_cast<QQuickWindow*>(root)) ak::bench::FirstFrameProbe::attach(window);
    });

    ak::ui::AppShell appShell(QStringLiteral("kiosk"), engine, language);
    return appShell.run(shell, QUrl(QStringLiteral("qrc:/qt/qml/Aktivkafe/Kiosk/Main.qml")));
}
