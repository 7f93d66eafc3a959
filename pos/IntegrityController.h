#pragma once
// The till's warning when its start check found the journal or the sales changed (IntegrityGate in
// core decides; this shows it): what was found, in plain words, and a button with which a manager
// confirms having read it. Until then core refuses sales and returns. QML singleton `Integrity`.
// Ownership: TillApp owns it; the gate and the session outlive it.

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include "QmlSingleton.h"

namespace ak {

class IntegrityGate;
class SessionController;

class IntegrityController : public QObject, public ui::QmlSingleton<IntegrityController> {
    Q_OBJECT
    QML_NAMED_ELEMENT(Integrity)
    QML_SINGLETON
    Q_PROPERTY(bool blocked READ blocked NOTIFY changed)
    Q_PROPERTY(QStringList problems READ problems NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)

public:
    IntegrityController(IntegrityGate& gate, SessionController& session, QObject* parent = nullptr);

    bool blocked() const;
    QStringList problems() const;
    QString errorText() const { return errorText_; }

    // The logged-in person confirms; core refuses anyone but a manager with a sentence.
    Q_INVOKABLE bool acknowledge();
    // Runs the check again (as at start) and says what it found.
    Q_INVOKABLE void recheck();

signals:
    void changed();

private:
    IntegrityGate& gate_;
    SessionController& session_;
    QString errorText_;
};

}  // namespace ak
