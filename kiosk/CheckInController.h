#pragma once
// The kiosk's check-in (QML singleton `CheckIn`): "I'm here" → the questions the café chose, each
// skippable (first time here? what brings you today? how are you?) → "Welcome! You are guest no. 23
// today". A coffee card held under the scanner at any point lets the café count returning guests
// (core keeps a pseudonymous token of the card, never who holds it).
//
// The visit is stored once, when the visitor is through the questions — or leaves them: Back, or
// the kiosk going idle, stores it with what was answered so far (the tap on "I'm here" is the
// check-in; the questions only add to it).
// Ownership: main.cpp owns it; the repository and language outlive it.

#include <QObject>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include "QmlSingleton.h"
#include "core/visits/VisitOutbox.h"
#include "core/visits/VisitRepository.h"

#include <optional>

namespace ak {

namespace ui {
class LanguageController;
}

// Which questions the café asks ([checkin] in the configuration).
struct CheckInQuestions {
    bool firstVisit = true;
    bool reason = true;
    bool mood = true;
};

class CheckInController : public QObject, public ui::QmlSingleton<CheckInController> {
    Q_OBJECT
    QML_NAMED_ELEMENT(CheckIn)
    QML_SINGLETON
    Q_PROPERTY(QString stage READ stage NOTIFY changed)  // "firstVisit", "reason", "mood", "done"
    Q_PROPERTY(QString titleText READ titleText NOTIFY changed)
    Q_PROPERTY(QString detailText READ detailText NOTIFY changed)
    Q_PROPERTY(QString cardText READ cardText NOTIFY changed)
    Q_PROPERTY(bool cardNoted READ cardNoted NOTIFY changed)
    Q_PROPERTY(int guestNumber READ guestNumber NOTIFY changed)

public:
    CheckInController(VisitRepository& visits, VisitOutbox& outbox, QString kioskId, CheckInQuestions questions,
                      ui::LanguageController& language, QObject* parent = nullptr);

    QString stage() const;
    QString titleText() const;
    QString detailText() const;
    QString cardText() const;
    bool cardNoted() const { return !scanned_.isEmpty(); }
    int guestNumber() const { return result_ ? result_->guestNumberToday : 0; }
    bool active() const { return active_; }

    Q_INVOKABLE void start();  // "I'm here"
    Q_INVOKABLE void answerFirstVisit(bool first);
    Q_INVOKABLE void answerReason(const QString& reason);  // "coffee", "activity", "company", "talk"
    Q_INVOKABLE void answerMood(int mood);                 // 1..5
    Q_INVOKABLE void skip();
    Q_INVOKABLE void stop();   // back to the welcome screen: stores the visit if not done yet
    void scanned(const QString& text);  // the visitor's own coffee card, while checking in

signals:
    void changed();

private:
    void next();
    void record();

    VisitRepository& visits_;
    VisitOutbox& outbox_;  // keeps a check-in while the database is away
    QString kioskId_;
    QStringList questions_;  // the stages asked, in order
    ui::LanguageController& language_;
    bool active_ = false;
    int step_ = 0;
    VisitAnswers answers_;
    QString scanned_;  // in memory only until the visit is stored
    std::optional<CheckIn> result_;
    QString error_;
};

}  // namespace ak
