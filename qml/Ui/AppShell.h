#pragma once
// What both apps' main.cpp share after they have built their objects: the common command-line
// modes and running the QML.
//   --self-test        load the app, show every screen in every language once, exit 0 or list problems
//   --screenshot DIR   save every screen in every language as DIR/<app>-<screen>-<lang>.png, and
//                      in each variant the window lists in `screenshotVariants` (set with its
//                      setVariant(name)) as DIR/<app>-<screen>-<variant>.png
//   --walkthrough FILE run a scripted walkthrough (see Walkthrough.h), screenshots into --out DIR
// The app's root QML object is a Window with `property var screens` (names) and
// `function showScreen(name)`.

#include <QString>

#include <optional>
#include <QUrl>

#include "Walkthrough.h"

class QCommandLineParser;
class QQmlApplicationEngine;
class QQuickWindow;

namespace ak::ui {

class LanguageController;

struct ShellOptions {
    bool selfTest = false;
    QString screenshotDir;
    QString walkthroughFile;
    QString outputDir;
    std::optional<qint64> firstFrameProbe;  // --first-frame-probe T0_NS (bench/startup.sh)
    bool capturing() const { return selfTest || !screenshotDir.isEmpty() || !walkthroughFile.isEmpty(); }
};

class AppShell {
public:
    // What both apps do first: name the application, choose the Basic style, and read the command
    // line with the start-up options (AppStartup.h) and the shell's modes.
    static ShellOptions prepare(const QString& appName, const QString& description, QCommandLineParser& parser);

    static void addOptions(QCommandLineParser& parser);
    static ShellOptions readOptions(const QCommandLineParser& parser);

    AppShell(QString appName, QQmlApplicationEngine& engine, LanguageController& language);

    void addWalkthroughCommand(const QString& name, Walkthrough::Command command);

    // Loads mainQml and runs the chosen mode; returns the process exit code.
    int run(const ShellOptions& options, const QUrl& mainQml);

private:
    int selfTest(QQuickWindow* window);
    int screenshots(QQuickWindow* window, const QString& dir);
    int walkthrough(QQuickWindow* window, const ShellOptions& options);

    QString appName_;
    QQmlApplicationEngine& engine_;
    LanguageController& language_;
    QHash<QString, Walkthrough::Command> commands_;
};

}  // namespace ak::ui
