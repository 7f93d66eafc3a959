#pragma once
// The manager's staff list at the till: add a person with a role and a first PIN, bind a scanned
// staff card to someone, take someone off the list. Core checks that the person doing it is a
// manager (the screen's button is hidden for volunteers, but that is not what protects it).
// QML singleton `StaffAdmin`.
// Ownership: TillApp owns it; the repository, journal and session outlive it.

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include "QmlSingleton.h"
#include "RowsModel.h"

namespace ak {

class Journal;
class SessionController;
class StaffRepository;

class StaffController : public QObject, public ui::QmlSingleton<StaffController> {
    Q_OBJECT
    QML_NAMED_ELEMENT(StaffAdmin)
    QML_SINGLETON
    Q_PROPERTY(QAbstractItemModel* people READ people CONSTANT)
    Q_PROPERTY(qint64 waitingForCard READ waitingForCard NOTIFY changed)  // staff id, 0 when not
    Q_PROPERTY(QString messageText READ messageText NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)

public:
    StaffController(StaffRepository& staff, Journal& journal, SessionController& session, QObject* parent = nullptr);

    QAbstractItemModel* people() { return &people_; }
    qint64 waitingForCard() const { return waitingForCard_; }
    QString messageText() const { return message_; }
    QString errorText() const { return error_; }

    Q_INVOKABLE void reload();
    Q_INVOKABLE bool addPerson(const QString& name, bool manager, const QString& pin);
    Q_INVOKABLE void bindNextCard(qint64 staffId);  // the next scan is that person's card
    Q_INVOKABLE void cancelCard();
    Q_INVOKABLE bool remove(qint64 staffId);
    // Called by the till for every scan while waitingForCard() is set.
    void cardScanned(const QString& token);

signals:
    void changed();

private:
    void done(const QString& message);
    void fail(const QString& error);

    StaffRepository& staff_;
    Journal& journal_;
    SessionController& session_;
    ui::RowsModel people_{{"staffId", "name", "roleText"}};
    qint64 waitingForCard_ = 0;
    QString message_;
    QString error_;
};

}  // namespace ak
