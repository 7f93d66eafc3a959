#pragma once
// Runs a scripted walkthrough of an app's screens: the demo uses it to show the main job without
// a display (every step saved as a screenshot), and it doubles as an end-to-end smoke test.
//
// Script: one command a line, '#' starts a comment.
//   shot NAME              save OUT/NAME.png
//   tap OBJECTNAME         tap a visible item (waits up to 5 s for it to appear)
//   wait OBJECTNAME [MS]   wait until the item is visible
//   gone OBJECTNAME [MS]   wait until no item of that name is visible (a banner that goes by itself)
//   expect OBJECTNAME TEXT the item's `text` property contains TEXT
//   digits OBJPREFIX 1234  tap OBJPREFIX1, OBJPREFIX2, ... (a PIN pad)
//   type OBJECTNAME TEXT   tap a text field and type TEXT on the keyboard
//   keys KEYBOARD TEXT     tap TEXT's letters on the on-screen keyboard named KEYBOARD (its keys
//                          are found by their letter; the field to type in must have the focus)
//   language CODE          switch the app's language
//   sleep MS
//   await FILE [MS]        wait until FILE (in the output folder) exists, up to 60 s: a script
//                          running the app does something at that point (stops the database
//                          server) and then makes the file; the shot before tells it when
// Apps add their own commands with addCommand() (the till: `printed TEXT` — a print-out shows
// TEXT; `close-drawer` — the simulated cash drawer is pushed shut).

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>

class QQuickWindow;

namespace ak::ui {

class LanguageController;

class Walkthrough {
public:
    // Returns an empty string on success, otherwise what went wrong.
    using Command = std::function<QString(const QStringList& args)>;

    Walkthrough(QQuickWindow* window, LanguageController* language, QString outputDir);

    void addCommand(const QString& name, Command command);

    // Runs every line; stops at the first failure. Returns the failure ("" on success).
    QString runFile(const QString& path);
    QString runScript(const QString& script, const QString& sourceName);

    QStringList savedScreenshots() const { return saved_; }

private:
    QString runLine(const QStringList& words);

    QQuickWindow* window_;
    LanguageController* language_;
    QString outputDir_;
    QHash<QString, Command> commands_;
    QStringList saved_;
};

}  // namespace ak::ui
