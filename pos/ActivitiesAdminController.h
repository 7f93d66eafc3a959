#pragma once
// The till's activities (QML singleton `ActivityAdmin`, volunteers and managers): this week and
// next with places taken and the waiting list; a new activity (with weekly repeats), editing and
// cancelling one; its sign-ups with nicknames (staff see them, the kiosk never does), attendance
// ticks, cancelling on someone's behalf (the first on the waiting list gets the place, and the
// screen says so), and the attendance list on the receipt printer. Core checks the permission.
// Ownership: TillApp owns it; everything it refers to outlives it.

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include "QmlSingleton.h"
#include "RowsModel.h"
#include "core/activity/Activity.h"
#include "core/print/SignupSlip.h"

#include <optional>
#include <vector>

namespace ak {

class ActivityRepository;
class Journal;
class PrintQueue;
class SessionController;
class SignupRepository;
namespace ui {
class LanguageController;
}

class ActivitiesAdminController : public QObject, public ui::QmlSingleton<ActivitiesAdminController> {
    Q_OBJECT
    QML_NAMED_ELEMENT(ActivityAdmin)
    QML_SINGLETON
    Q_PROPERTY(QAbstractItemModel* activities READ activities CONSTANT)
    Q_PROPERTY(QAbstractItemModel* signups READ signups CONSTANT)
    Q_PROPERTY(qint64 selectedId READ selectedId NOTIFY changed)
    Q_PROPERTY(QVariantMap selected READ selected NOTIFY changed)  // the form's values for editing
    Q_PROPERTY(QString messageText READ messageText NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)

public:
    ActivitiesAdminController(ActivityRepository& activities, SignupRepository& signups, Journal& journal,
                              SessionController& session, PrintQueue& queue, SignupPrintInfo printInfo,
                              ui::LanguageController& language, QObject* parent = nullptr);

    QAbstractItemModel* activities() { return &activities_; }
    QAbstractItemModel* signups() { return &signups_; }
    qint64 selectedId() const { return selected_ ? selected_->id : 0; }
    QVariantMap selected() const;
    QString messageText() const { return message_; }
    QString errorText() const { return error_; }

    Q_INVOKABLE void reload();
    Q_INVOKABLE void select(qint64 activityId);
    Q_INVOKABLE void clearSelection();
    // date "YYYY-MM-DD", start "HH:MM", minutes > 0, capacity 0: no limit, price as typed ("20").
    // Not named create(): that would hide QmlSingleton::create, and QML would get no instance.
    Q_INVOKABLE bool addActivity(const QVariantMap& form, int repeatWeeks);
    Q_INVOKABLE bool save(const QVariantMap& form);  // edits the selected activity
    Q_INVOKABLE bool cancelActivity();
    Q_INVOKABLE bool setAttended(qint64 signupId, bool attended);
    Q_INVOKABLE bool cancelSignup(qint64 signupId);
    Q_INVOKABLE bool printAttendance();

signals:
    void changed();

private:
    Result<Activity> fromForm(const QVariantMap& form, Activity base) const;
    void loadSignups();
    void done(const QString& message);
    void fail(const QString& error);

    ActivityRepository& repo_;
    SignupRepository& signupRepo_;
    Journal& journal_;
    SessionController& session_;
    PrintQueue& queue_;
    SignupPrintInfo printInfo_;
    ui::LanguageController& language_;
    std::optional<Activity> selected_;
    ui::RowsModel activities_{{"activityId", "title", "whenText", "placesText", "cancelled"}};
    ui::RowsModel signups_{{"signupId", "nickname", "statusText", "attended", "live", "cancellable"}};
    QString message_;
    QString error_;
};

}  // namespace ak
