#pragma once
// Finding items by objectName, tapping them and saving what a window shows: shared by
// --self-test, --screenshot and the demo walkthrough. Works on the offscreen platform.

#include <QString>

class QQuickItem;
class QQuickWindow;

namespace ak::ui {

// The first visible item below the window's root whose objectName is `name`, or nullptr.
QQuickItem* findVisibleItem(QQuickWindow* window, const QString& name);

// Waits (processing events) until findVisibleItem succeeds or `timeoutMs` passes.
QQuickItem* waitForItem(QQuickWindow* window, const QString& name, int timeoutMs);

// Taps the centre of the item like a finger would (press, release), at once.
void tap(QQuickWindow* window, QQuickItem* item);

// Finds the item named `name`, waits until it stands still outside any screen transition, and
// taps it. False if that did not happen within `timeoutMs`.
bool tapWhenSteady(QQuickWindow* window, const QString& name, int timeoutMs);

// Lets animations and pending frames finish.
void settle(int ms = 350);

// Renders the window and writes a PNG; returns false (with a warning) if it could not.
bool saveScreenshot(QQuickWindow* window, const QString& path);

}  // namespace ak::ui
