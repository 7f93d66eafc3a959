// ak-bench-bare-window: baseline for bench/startup.sh. A QGuiApplication and a QQmlApplicationEngine
// loading one compiled QML Window with one Button, built like the kiosk (same toolchain, same Qt
// Quick Controls style), with the apps' first-frame report (qml/Ui/FirstFrameReport.h). Without
// --first-frame-probe T0_NS it just shows the window.

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QUrl>

#include "qml/Ui/FirstFrameReport.h"

int main(int argc, char* argv[]) {
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Basic"));  // the kiosk's style
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    if (const auto t0 = ak::ui::FirstFrameReport::t0FromArguments(QCoreApplication::arguments())) {
        QObject::connect(&engine, &QQmlApplicationEngine::objectCreated, &app,
                         [t0 = *t0](QObject* root, const QUrl&) { ak::ui::FirstFrameReport::attach(root, t0); });
    }
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/AkBenchBare/Main.qml")));
    if (engine.rootObjects().isEmpty()) return 1;
    return QGuiApplication::exec();
}
