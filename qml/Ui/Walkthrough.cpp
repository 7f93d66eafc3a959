#include "Walkthrough.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLoggingCategory>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>

#include "LanguageController.h"
#include "ScreenCapture.h"

Q_LOGGING_CATEGORY(lcWalk, "aktivkafe.ui.walkthrough")

namespace ak::ui {

namespace {
constexpr int kFindTimeoutMs = 5000;
// How long an 'expect' gives a text to come: a card held to a PC/SC reader just plugged back in is
// seen at pcscd's next poll, which took 5 s on a loaded CI machine (apps_devices_rig).
constexpr int kExpectTimeoutMs = 10000;
constexpr int kAwaitTimeoutMs = 60000;

// The on-screen keyboard's key for a letter: a visible item with a `key` property whose text is the
// letter (Qt Virtual Keyboard's keys have no object names). Case is the keyboard's business.
QQuickItem* keyboardKey(QQuickItem* item, QChar letter) {
    if (!item || !item->isVisible() || item->width() <= 0) return nullptr;
    const QVariant text = item->property("text");
    if (item->property("key").isValid() && text.isValid() && text.toString().compare(QString(letter), Qt::CaseInsensitive) == 0)
        return item;
    const QList<QQuickItem*> children = item->childItems();
    for (QQuickItem* child : children) {
        if (QQuickItem* found = keyboardKey(child, letter)) return found;
    }
    return nullptr;
}
}  // namespace

Walkthrough::Walkthrough(QQuickWindow* window, LanguageController* language, QString outputDir)
    : window_(window), language_(language), outputDir_(std::move(outputDir)) {}

void Walkthrough::addCommand(const QString& name, Command command) { commands_.insert(name, std::move(command)); }

QString Walkthrough::runFile(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return QStringLiteral("cannot read walkthrough %1: %2").arg(path, f.errorString());
    return runScript(QString::fromUtf8(f.readAll()), path);
}

QString Walkthrough::runScript(const QString& script, const QString& sourceName) {
    const QStringList lines = script.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].section(u'#', 0, 0).trimmed();
        if (line.isEmpty()) continue;
        const QStringList words = line.split(QRegularExpression(QStringLiteral("\\s+")));
        qCInfo(lcWalk).noquote() << "step:" << line;
        const QString problem = runLine(words);
        if (!problem.isEmpty()) return QStringLiteral("%1:%2: %3: %4").arg(sourceName).arg(i + 1).arg(line, problem);
    }
    return {};
}

QString Walkthrough::runLine(const QStringList& words) {
    const QString cmd = words.first();
    const QStringList args = words.mid(1);
    auto need = [&](int n) { return args.size() >= n; };

    if (cmd == QLatin1String("shot") && need(1)) {
        settle();
        const QString path = outputDir_ + u'/' + args[0] + QStringLiteral(".png");
        if (!saveScreenshot(window_, path)) return QStringLiteral("could not save %1").arg(path);
        saved_.append(path);
        return {};
    }
    if (cmd == QLatin1String("tap") && need(1)) {
        if (!tapWhenSteady(window_, args[0], kFindTimeoutMs)) return QStringLiteral("nothing visible named '%1'").arg(args[0]);
        settle(150);
        return {};
    }
    if (cmd == QLatin1String("wait") && need(1)) {
        const int ms = args.size() > 1 ? args[1].toInt() : kFindTimeoutMs;
        return waitForItem(window_, args[0], ms) ? QString() : QStringLiteral("'%1' did not appear").arg(args[0]);
    }
    if (cmd == QLatin1String("gone") && need(1)) {
        const int ms = args.size() > 1 ? args[1].toInt() : kFindTimeoutMs;
        QElapsedTimer waited;
        waited.start();
        while (findVisibleItem(window_, args[0])) {
            if (waited.elapsed() > ms) return QStringLiteral("'%1' is still there").arg(args[0]);
            settle(20);
        }
        return {};
    }
    if (cmd == QLatin1String("expect") && need(2)) {
        if (!waitForItem(window_, args[0], kFindTimeoutMs)) return QStringLiteral("nothing visible named '%1'").arg(args[0]);
        const QString want = args.mid(1).join(u' ');
        // Scans and print-outs answer a moment later (queued signals): give the text that moment.
        // The item is looked up again each time: a list's rows (a device's state on the Devices
        // page) are made anew when the list changes, and the first one found is gone by then.
        QString text;
        for (int waited = 0;; waited += 50) {
            const QQuickItem* item = findVisibleItem(window_, args[0]);
            text = item ? item->property("text").toString() : QString();
            if (text.contains(want)) return {};
            if (waited >= kExpectTimeoutMs) break;
            settle(50);
        }
        return QStringLiteral("text is '%1', expected '%2'").arg(text, want);
    }
    if (cmd == QLatin1String("type") && need(2)) {
        // A text field typed on the till's keyboard: tapped for the focus, then the keys.
        if (!tapWhenSteady(window_, args[0], kFindTimeoutMs)) return QStringLiteral("nothing visible named '%1'").arg(args[0]);
        for (const QChar c : args.mid(1).join(u' ')) {
            QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
            QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
            QGuiApplication::sendEvent(window_, &press);
            QGuiApplication::sendEvent(window_, &release);
        }
        settle(100);
        return {};
    }
    if (cmd == QLatin1String("digits") && need(2)) {
        for (QChar d : args[1]) {
            if (!tapWhenSteady(window_, args[0] + d, kFindTimeoutMs)) return QStringLiteral("no key '%1%2'").arg(args[0], d);
        }
        settle(150);
        return {};
    }
    if (cmd == QLatin1String("keys") && need(2)) {
        QQuickItem* keyboard = waitForItem(window_, args[0], kFindTimeoutMs);
        if (!keyboard) return QStringLiteral("no keyboard named '%1' is showing").arg(args[0]);
        const QString text = args.mid(1).join(u' ');
        for (QChar letter : text) {
            QQuickItem* key = keyboardKey(keyboard, letter);
            if (!key) return QStringLiteral("the keyboard has no key '%1'").arg(letter);
            tap(window_, key);
            settle(60);
        }
        settle(150);
        return {};
    }
    if (cmd == QLatin1String("language") && need(1)) {
        if (!language_ || !language_->setLanguage(args[0])) return QStringLiteral("language not offered");
        settle();
        return {};
    }
    if (cmd == QLatin1String("await") && need(1)) {
        // A script around the app acts at this point (stops the database server) and then makes
        // the file; the app keeps running meanwhile, as it would for a visitor.
        const QString path = QDir(outputDir_).absoluteFilePath(args[0]);
        const int ms = args.size() > 1 ? args[1].toInt() : kAwaitTimeoutMs;
        QElapsedTimer waited;
        waited.start();
        while (!QFileInfo::exists(path)) {
            if (waited.elapsed() > ms) return QStringLiteral("%1 did not appear").arg(path);
            settle(50);
        }
        return {};
    }
    if (cmd == QLatin1String("sleep") && need(1)) {
        settle(args[0].toInt());
        return {};
    }
    if (auto it = commands_.constFind(cmd); it != commands_.constEnd()) return (*it)(args);
    return QStringLiteral("unknown command or missing argument");
}

}  // namespace ak::ui
