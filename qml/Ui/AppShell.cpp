#include "AppShell.h"

#include "FirstFrameReport.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTextStream>

#include "AppStartup.h"
#include "LanguageController.h"
#include "QmlMessageLog.h"
#include "ScreenCapture.h"

Q_LOGGING_CATEGORY(lcShell, "aktivkafe.ui.shell")

namespace ak::ui {

namespace {
QTextStream& out() {
    static QTextStream s(stdout);
    return s;
}
QTextStream& err() {
    static QTextStream s(stderr);
    return s;
}

QStringList screensOf(QQuickWindow* window) { return window->property("screens").toStringList(); }

bool showScreen(QQuickWindow* window, const QString& name) {
    return QMetaObject::invokeMethod(window, "showScreen", Q_ARG(QVariant, QVariant(name)));
}
}  // namespace

ShellOptions AppShell::prepare(const QString& appName, const QString& description, QCommandLineParser& parser) {
    QGuiApplication::setApplicationName(appName);
    QGuiApplication::setOrganizationName(QStringLiteral("Aktivkafe"));
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    addStartupOptions(parser);
    addOptions(parser);
    parser.process(*QCoreApplication::instance());
    return readOptions(parser);
}

void AppShell::addOptions(QCommandLineParser& parser) {
    parser.addOption({QStringLiteral("self-test"), QStringLiteral("Show every screen once in every language, then exit.")});
    parser.addOption({QStringLiteral("screenshot"), QStringLiteral("Save every screen in every language as PNG in <dir>."),
                      QStringLiteral("dir")});
    parser.addOption({QStringLiteral("walkthrough"), QStringLiteral("Run the scripted walkthrough in <file>."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Folder for the walkthrough's screenshots."),
                      QStringLiteral("dir")});
    parser.addOption({QStringLiteral("first-frame-probe"),
                      QStringLiteral("Print the time from <t0-ns> (CLOCK_REALTIME) to the first frame and the peak "
                                     "memory, then exit (bench/startup.sh)."),
                      QStringLiteral("t0-ns")});
}

ShellOptions AppShell::readOptions(const QCommandLineParser& parser) {
    ShellOptions o;
    o.selfTest = parser.isSet(QStringLiteral("self-test"));
    o.screenshotDir = parser.value(QStringLiteral("screenshot"));
    o.walkthroughFile = parser.value(QStringLiteral("walkthrough"));
    o.outputDir = parser.value(QStringLiteral("out"));
    if (o.outputDir.isEmpty()) o.outputDir = QStringLiteral("walkthrough");
    if (parser.isSet(QStringLiteral("first-frame-probe"))) {
        bool ok = false;
        const qint64 t0 = parser.value(QStringLiteral("first-frame-probe")).toLongLong(&ok);
        if (ok) o.firstFrameProbe = t0;
    }
    return o;
}

AppShell::AppShell(QString appName, QQmlApplicationEngine& engine, LanguageController& language)
    : appName_(std::move(appName)), engine_(engine), language_(language) {}

void AppShell::addWalkthroughCommand(const QString& name, Walkthrough::Command command) {
    commands_.insert(name, std::move(command));
}

int AppShell::run(const ShellOptions& options, const QUrl& mainQml) {
    QmlMessageLog log;
    if (options.firstFrameProbe) {
        QObject::connect(&engine_, &QQmlApplicationEngine::objectCreated, &engine_,
                         [t0 = *options.firstFrameProbe](QObject* root, const QUrl&) { FirstFrameReport::attach(root, t0); });
    }
    engine_.load(mainQml);
    auto* window = engine_.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow*>(engine_.rootObjects().first());
    if (!window) {
        err() << appName_ << ": the screens could not be loaded:\n  " << log.problems().join(QStringLiteral("\n  "))
              << Qt::endl;
        return 1;
    }
    if (options.selfTest) return selfTest(window);
    if (!options.screenshotDir.isEmpty()) return screenshots(window, options.screenshotDir);
    if (!options.walkthroughFile.isEmpty()) return walkthrough(window, options);
    return QGuiApplication::exec();
}

int AppShell::selfTest(QQuickWindow* window) {
    QmlMessageLog log;  // problems while showing screens (loading problems failed already)
    const QStringList screens = screensOf(window);
    QStringList failures;
    if (screens.isEmpty()) failures.append(QStringLiteral("the app lists no screens"));
    for (const QString& lang : language_.codes()) {
        language_.setLanguage(lang);
        for (const QString& screen : screens) {
            if (!showScreen(window, screen)) failures.append(QStringLiteral("%1 (%2): cannot show").arg(screen, lang));
            settle(30);
            if (window->grabWindow().isNull()) failures.append(QStringLiteral("%1 (%2): nothing rendered").arg(screen, lang));
            for (const QString& p : log.problems()) failures.append(QStringLiteral("%1 (%2): %3").arg(screen, lang, p));
            log.clear();
        }
    }
    language_.reset();
    if (!failures.isEmpty()) {
        err() << appName_ << " self-test FAILED:\n  " << failures.join(QStringLiteral("\n  ")) << Qt::endl;
        return 1;
    }
    out() << appName_ << " self-test OK: " << screens.size() << " screens in " << language_.codes().size()
          << " languages (" << screens.join(QStringLiteral(", ")) << ")" << Qt::endl;
    return 0;
}

int AppShell::screenshots(QQuickWindow* window, const QString& dir) {
    int saved = 0;
    for (const QString& lang : language_.codes()) {
        language_.setLanguage(lang);
        for (const QString& screen : screensOf(window)) {
            showScreen(window, screen);
            settle();
            if (saveScreenshot(window, QStringLiteral("%1/%2-%3-%4.png").arg(dir, appName_, screen, lang))) ++saved;
        }
    }
    language_.reset();
    // Variants the app offers besides the languages (the kiosk: "accessible", larger text and
    // higher contrast), each screen once in the first language.
    const QStringList variants = window->property("screenshotVariants").toStringList();
    for (const QString& variant : variants) {
        QMetaObject::invokeMethod(window, "setVariant", Q_ARG(QVariant, QVariant(variant)));
        for (const QString& screen : screensOf(window)) {
            showScreen(window, screen);
            settle();
            if (saveScreenshot(window, QStringLiteral("%1/%2-%3-%4.png").arg(dir, appName_, screen, variant))) ++saved;
        }
    }
    if (!variants.isEmpty()) QMetaObject::invokeMethod(window, "setVariant", Q_ARG(QVariant, QVariant(QString())));
    out() << appName_ << ": " << saved << " screenshots in " << dir << Qt::endl;
    return saved > 0 ? 0 : 1;
}

int AppShell::walkthrough(QQuickWindow* window, const ShellOptions& options) {
    Walkthrough walk(window, &language_, options.outputDir);
    for (auto it = commands_.cbegin(); it != commands_.cend(); ++it) walk.addCommand(it.key(), it.value());
    settle();
    const QString problem = walk.runFile(options.walkthroughFile);
    if (!problem.isEmpty()) {
        err() << appName_ << " walkthrough stopped: " << problem << Qt::endl;
        return 1;
    }
    out() << appName_ << " walkthrough: " << walk.savedScreenshots().size() << " screenshots in " << options.outputDir
          << Qt::endl;
    return 0;
}

}  // namespace ak::ui
