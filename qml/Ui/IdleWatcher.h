#pragma once
// Watches for any touch, click or key in the application and reports when nobody has touched
// anything for `timeout` milliseconds. The kiosk uses it to return to its welcome screen and
// forget what was typed; the till uses it to lock itself.

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace ak::ui {

class IdleWatcher : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int timeout READ timeout WRITE setTimeout NOTIFY timeoutChanged)
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)

public:
    explicit IdleWatcher(QObject* parent = nullptr);
    ~IdleWatcher() override;

    int timeout() const { return timer_.interval(); }
    void setTimeout(int ms);
    bool active() const { return active_; }
    void setActive(bool active);

    Q_INVOKABLE void poke();  // counts as activity (e.g. a scan)

signals:
    void timeoutChanged();
    void activeChanged();
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer timer_;
    bool active_ = true;
};

}  // namespace ak::ui
