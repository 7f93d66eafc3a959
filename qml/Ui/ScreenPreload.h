#pragma once
// Starts, before an app reads its configuration and opens its database, the two slow things its
// first frame waits for that need neither: compiling the app's screens (on the QML engine's own
// loader thread) and reading the machine's fonts (on a thread of its own). Meanwhile the main
// thread opens the café; when AppShell::run() then loads the same screens, they are ready or
// nearly so. On the 2-CPU test machine this brought the kiosk's first frame from about 80 to 68 ms
// against a bare window's 46 (docs/performance.md, "Startup").
//
//   QQmlApplicationEngine engine;            // before anything else that takes time
//   ui::ScreenPreload preload(engine, url);  // then configuration, database, devices, controllers
//   appShell.run(shell, url);
//
// The screens' first text simply waits, if it comes first, for the font thread to finish filling
// the font database (QFontDatabase is thread-safe and locks while it fills).
//
// The controllers the screens use need not exist yet: compiling a screen only resolves its types;
// the singletons are asked for when the screen is made. If the app stops before that (no café, a
// second kiosk), the half-done work is simply dropped.

#include <QQmlComponent>
#include <QThread>
#include <QUrl>

#include <memory>

class QQmlEngine;

namespace ak::ui {

class ScreenPreload {
public:
    ScreenPreload(QQmlEngine& engine, const QUrl& mainQml);
    ~ScreenPreload();  // waits for the font thread (a few milliseconds at most)
    ScreenPreload(const ScreenPreload&) = delete;
    ScreenPreload& operator=(const ScreenPreload&) = delete;

private:
    QQmlComponent screens_;          // compiles asynchronously; the engine keeps the result
    std::unique_ptr<QThread> fonts_;
};

}  // namespace ak::ui
