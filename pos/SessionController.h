#pragma once
// Who is on shift at this till: login with a PIN or a staff card, logout, and the automatic lock after idle time.
// Every login, failed login, logout and lock is journaled (core does the checking and the journal
// entry for logins). QML singleton `Session`.
// Ownership: main.cpp owns it; the staff repository, journal and database outlive it.

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include "QmlSingleton.h"
#include "StaffListModel.h"
#include "core/journal/JournalKind.h"
#include "core/staff/StaffMember.h"

#include <optional>

namespace ak {

class Database;
class Journal;
class StaffRepository;

class SessionController : public QObject, public ui::QmlSingleton<SessionController> {
    Q_OBJECT
    QML_NAMED_ELEMENT(Session)
    QML_SINGLETON
    Q_PROPERTY(QAbstractItemModel* staff READ staff CONSTANT)
    Q_PROPERTY(bool loggedIn READ loggedIn NOTIFY loggedInChanged)
    Q_PROPERTY(QString operatorName READ operatorName NOTIFY loggedInChanged)
    Q_PROPERTY(bool isManager READ isManager NOTIFY loggedInChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    SessionController(StaffRepository& staff, Database& db, Journal& journal, QObject* parent = nullptr);

    QAbstractItemModel* staff() { return &model_; }
    bool loggedIn() const { return operator_.has_value(); }
    QString operatorName() const { return operator_ ? operator_->name : QString(); }
    qint64 operatorId() const { return operator_ ? operator_->id : 0; }
    // The person on shift, or nullptr when the till is locked.
    const StaffMember* currentOperator() const { return operator_ ? &*operator_ : nullptr; }
    bool isManager() const { return operator_ && operator_->role == StaffRole::Manager; }
    QString errorText() const { return errorText_; }

    Q_INVOKABLE void reloadStaff();
    Q_INVOKABLE bool login(qint64 staffId, const QString& pin);
    // A staff card scanned while the till is locked (the token is an id, never a secret alone).
    bool loginWithCard(const QString& token);
    Q_INVOKABLE void logout();
    Q_INVOKABLE void lock();  // after the idle time: like logout, journaled as "lock"
    Q_INVOKABLE void clearError();

signals:
    void loggedInChanged();
    void errorTextChanged();

private:
    void end(JournalKind kind);
    void setError(const QString& text);

    StaffRepository& repository_;
    Database& db_;
    Journal& journal_;
    StaffListModel model_;
    std::optional<StaffMember> operator_;
    QString errorText_;
};

}  // namespace ak
