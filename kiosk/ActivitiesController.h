#pragma once
// The kiosk's activities (QML singleton `Activities`): this week and next as large cards →
// details → sign up with a nickname (typed, or one of three friendly suggestions) or a coffee card
// held under the scanner → the result with the cancel code (and the slip, printed at the kiosk) —
// or cancel one's place with the code from the slip. The kiosk shows counts, never other people's
// nicknames. Stages: "list", "details", "signUp", "cancel", "done".
// Ownership: main.cpp owns it; the repositories, journal and language outlive it.

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QtQml/qqmlregistration.h>

#include "QmlSingleton.h"
#include "RowsModel.h"
#include "core/activity/Activity.h"
#include "core/activity/Signup.h"
#include "core/cards/ScanThrottle.h"

#include <functional>
#include <optional>
#include <vector>

namespace ak {

class ActivityRepository;
class Clock;
class Journal;
class SignupRepository;
namespace ui {
class LanguageController;
}

class ActivitiesController : public QObject, public ui::QmlSingleton<ActivitiesController> {
    Q_OBJECT
    QML_NAMED_ELEMENT(Activities)
    QML_SINGLETON
    Q_PROPERTY(QString stage READ stage NOTIFY stageChanged)
    Q_PROPERTY(QAbstractItemModel* upcoming READ upcoming CONSTANT)
    Q_PROPERTY(QString titleText READ titleText NOTIFY changed)
    Q_PROPERTY(QString detailText READ detailText NOTIFY changed)
    Q_PROPERTY(bool canSignUp READ canSignUp NOTIFY changed)
    Q_PROPERTY(QString signUpText READ signUpText NOTIFY changed)
    Q_PROPERTY(QStringList suggestions READ suggestions NOTIFY changed)
    Q_PROPERTY(QString resultText READ resultText NOTIFY changed)
    Q_PROPERTY(QString cancelCodeText READ cancelCodeText NOTIFY changed)
    Q_PROPERTY(QString messageText READ messageText NOTIFY changed)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY changed)

public:
    // Prints the visitor's slip (the kiosk's print queue); failures are the queue's to report.
    using SlipPrinter = std::function<void(const Activity&, const Signup&)>;

    // showNicknames: the café's [signups] show_nicknames_at_kiosk (off: only counts are shown).
    ActivitiesController(ActivityRepository& activities, SignupRepository& signups, Journal& journal,
                         const Clock& clock, QTimeZone zone, ui::LanguageController& language, SlipPrinter printSlip,
                         bool showNicknames = false, QObject* parent = nullptr);

    QString stage() const { return stage_; }
    QAbstractItemModel* upcoming() { return &upcoming_; }
    QString titleText() const;
    QString detailText() const;
    bool canSignUp() const;
    QString signUpText() const;
    QStringList suggestions() const { return suggestions_; }
    QString resultText() const { return result_; }
    QString cancelCodeText() const { return cancelCode_; }
    QString messageText() const { return message_; }
    bool messageIsError() const { return messageIsError_; }
    bool active() const { return active_; }

    Q_INVOKABLE void start();
    Q_INVOKABLE void select(int row);
    Q_INVOKABLE void startSignUp();
    Q_INVOKABLE void signUp(const QString& nickname);
    Q_INVOKABLE void startCancel();
    Q_INVOKABLE void cancelWithCode(const QString& code);
    // "Check my place": says whether the code's sign-up has a place or where it is in line.
    Q_INVOKABLE void checkWithCode(const QString& code);
    Q_INVOKABLE void back();
    Q_INVOKABLE void stop();
    void scanned(const QString& text);  // a coffee card while signing up

    // "Thursday 26 November, 11:00–12:30" in the visitor's language.
    QString whenText(const Activity& a, const QLocale& locale) const;
    // The programme and places left read again (another machine signed someone up or changed it).
    void reload();

signals:
    void changed();
    void stageChanged();

private:
    void setStage(const QString& stage);
    void signUpAs(const SignupBy& who);
    QString placesText(const Activity& a) const;
    QString priceText(const Activity& a) const;
    void say(const QString& text, bool error);
    bool throttled();  // too many wrong codes: says so
    // Says what went wrong with a code (counting a wrong one); true when the outcome is good.
    template <class Outcome>
    bool answered(const Result<Outcome>& outcome);

    ActivityRepository& activities_;
    SignupRepository& signups_;
    Journal& journal_;
    const Clock& clock_;
    QTimeZone zone_;  // the café's
    ui::LanguageController& language_;
    SlipPrinter printSlip_;
    bool showNicknames_;
    // Wrong cancel codes slow this kiosk down as unknown cards do: four characters are few enough
    // that a patient script could otherwise cancel other people's places.
    ScanThrottle codeThrottle_;
    bool active_ = false;
    QString stage_ = QStringLiteral("list");
    std::vector<Activity> list_;
    std::optional<Activity> selected_;
    ui::RowsModel upcoming_{{"activityId", "title", "whenText", "place", "placesText", "priceText", "full"}};
    QStringList suggestions_;
    QString result_;
    QString cancelCode_;
    QString message_;
    bool messageIsError_ = false;
};

}  // namespace ak
