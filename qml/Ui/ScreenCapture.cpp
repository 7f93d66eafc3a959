#include "ScreenCapture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QPointer>
#include <QLoggingCategory>
#include <QQuickItem>
#include <QQuickWindow>
#include <QCoreApplication>
#include <QEventLoop>
#include <QMouseEvent>
#include <QTimer>

Q_LOGGING_CATEGORY(lcCapture, "aktivkafe.ui.capture")

namespace ak::ui {

namespace {
// A StackView (or anything with a `busy` property) in the middle of a transition ignores taps.
bool insideBusyView(const QQuickItem* item) {
    for (const QQuickItem* i = item->parentItem(); i; i = i->parentItem()) {
        const QVariant busy = i->property("busy");
        if (busy.isValid() && busy.toBool()) return true;
    }
    return false;
}

bool reallyVisible(const QQuickItem* item) {
    for (const QQuickItem* i = item; i; i = i->parentItem()) {
        if (!i->isVisible() || i->opacity() <= 0.0) return false;
    }
    return item->width() > 0 && item->height() > 0;
}

QQuickItem* search(QQuickItem* item, const QString& name) {
    if (!item || !item->isVisible()) return nullptr;
    if (item->objectName() == name && reallyVisible(item)) return item;
    const auto children = item->childItems();
    for (QQuickItem* child : children) {
        if (QQuickItem* found = search(child, name)) return found;
    }
    return nullptr;
}

// Scrolls the nearest Flickable around the item so that all of it shows, as a person scrolls to a
// button before tapping it. (QQuickFlickable is private API: its properties are public.)
void scrollIntoView(QQuickItem* item) {
    for (QQuickItem* p = item->parentItem(); p; p = p->parentItem()) {
        if (!p->inherits("QQuickFlickable")) continue;
        auto* content = p->property("contentItem").value<QQuickItem*>();
        if (!content) return;
        const qreal top = item->mapToItem(content, QPointF(0, 0)).y();
        const qreal y = p->property("contentY").toReal();
        if (top < y) p->setProperty("contentY", top);
        else if (top + item->height() > y + p->height()) p->setProperty("contentY", top + item->height() - p->height());
        return;
    }
}
}  // namespace

namespace {
void click(QQuickWindow* window, QPointF at) {
    const QPointF global = window->mapToGlobal(at);
    QMouseEvent press(QEvent::MouseButtonPress, at, at, global, Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(window, &press);
    QMouseEvent release(QEvent::MouseButtonRelease, at, at, global, Qt::LeftButton, Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(window, &release);
}
}  // namespace

QQuickItem* findVisibleItem(QQuickWindow* window, const QString& name) {
    if (!window) return nullptr;
    return search(window->contentItem(), name);
}

QQuickItem* waitForItem(QQuickWindow* window, const QString& name, int timeoutMs) {
    QElapsedTimer t;
    t.start();
    while (true) {
        if (QQuickItem* item = findVisibleItem(window, name)) return item;
        if (t.elapsed() > timeoutMs) return nullptr;
        settle(20);
    }
}

bool tapWhenSteady(QQuickWindow* window, const QString& name, int timeoutMs) {
    // A screen that is still sliding in (StackView transitions) moves its items and ignores taps,
    // and the screen sliding out may still hold an item of the same name: wait until the item
    // stands still outside any transition, as a person's finger would, then tap where it is.
    QElapsedTimer t;
    t.start();
    QPointer<QQuickItem> item;
    QPointF centre;
    while (t.elapsed() < timeoutMs) {
        if (!item) {
            item = findVisibleItem(window, name);
            if (item) scrollIntoView(item);
            if (item) centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
            settle(30);
            continue;
        }
        settle(30);
        if (!item || !reallyVisible(item)) {
            item = nullptr;
            continue;
        }
        const QPointF now = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
        if (now == centre && !insideBusyView(item)) {
            click(window, now);
            return true;
        }
        centre = now;
    }
    return false;
}

void tap(QQuickWindow* window, QQuickItem* item) {
    click(window, item->mapToScene(QPointF(item->width() / 2, item->height() / 2)));
}

// The apps do not link QtTest (a test library has no place in a kiosk): a wait is an event loop
// with a timer, a tap a press and a release sent to the window, as a touch screen's driver would.
void settle(int ms) {
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool saveScreenshot(QQuickWindow* window, const QString& path) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QImage image = window->grabWindow();
    if (image.isNull() || !image.save(path)) {
        qCWarning(lcCapture) << "could not save screenshot" << path;
        return false;
    }
    return true;
}

}  // namespace ak::ui
