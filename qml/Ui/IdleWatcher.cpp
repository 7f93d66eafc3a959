#include "IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace ak::ui {

IdleWatcher::IdleWatcher(QObject* parent) : QObject(parent) {
    timer_.setSingleShot(true);
    timer_.setInterval(60000);
    connect(&timer_, &QTimer::timeout, this, &IdleWatcher::idle);
    qApp->installEventFilter(this);
    timer_.start();
}

IdleWatcher::~IdleWatcher() {
    if (qApp) qApp->removeEventFilter(this);
}

void IdleWatcher::setTimeout(int ms) {
    if (ms <= 0 || ms == timer_.interval()) return;
    timer_.setInterval(ms);
    if (active_) timer_.start();
    emit timeoutChanged();
}

void IdleWatcher::setActive(bool active) {
    if (active == active_) return;
    active_ = active;
    if (active_) {
        timer_.start();
    } else {
        timer_.stop();
    }
    emit activeChanged();
}

void IdleWatcher::poke() {
    if (active_) timer_.start();
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::MouseMove:
        case QEvent::TouchBegin:
        case QEvent::TouchUpdate:
        case QEvent::KeyPress:
        case QEvent::Wheel:
            poke();
            break;
        default:
            break;
    }
    return QObject::eventFilter(watched, event);
}

}  // namespace ak::ui
