#include "CheckInController.h"

#include <QLoggingCategory>

#include "LanguageController.h"

Q_LOGGING_CATEGORY(lcCheckIn, "aktivkafe.kiosk.checkin")

namespace ak {

CheckInController::CheckInController(VisitRepository& visits, VisitOutbox& outbox, QString kioskId,
                                     CheckInQuestions questions, ui::LanguageController& language, QObject* parent)
    : QObject(parent), visits_(visits), outbox_(outbox), kioskId_(std::move(kioskId)), language_(language) {
    if (questions.firstVisit) questions_ << QStringLiteral("firstVisit");
    if (questions.reason) questions_ << QStringLiteral("reason");
    if (questions.mood) questions_ << QStringLiteral("mood");
    connect(&language_, &ui::LanguageController::currentChanged, this, &CheckInController::changed);
}

QString CheckInController::stage() const {
    if (result_ || step_ >= questions_.size()) return QStringLiteral("done");
    return questions_.at(step_);
}

QString CheckInController::titleText() const {
    const QString s = stage();
    if (s == QLatin1String("firstVisit")) return tr("Is this your first time here?");
    if (s == QLatin1String("reason")) return tr("What brings you here today?");
    if (s == QLatin1String("mood")) return tr("How are you today?");
    return tr("Welcome!");
}

QString CheckInController::detailText() const {
    if (stage() != QLatin1String("done")) return tr("You may skip any question.");
    if (!error_.isEmpty()) return error_;
    if (!result_) return {};
    if (result_->kept) return tr("Good to have you here today.");  // counted later: no number to tell
    QStringList lines{tr("You are guest no. %1 today.").arg(result_->guestNumberToday)};
    if (result_->returning) lines << tr("Good to see you again.");
    if (result_->card == CardAtCheckIn::NotRecognised) lines << result_->message;
    return lines.join(u'\n');
}

QString CheckInController::cardText() const {
    if (stage() == QLatin1String("done")) return {};
    if (cardNoted()) return tr("Your coffee card is noted. Thank you!");
    return tr("Have a coffee card? Hold it under the scanner, and the café can count returning guests — "
              "without knowing who you are.");
}

void CheckInController::start() {
    active_ = true;
    step_ = 0;
    answers_ = {};
    scanned_.clear();
    result_.reset();
    error_.clear();
    if (questions_.isEmpty()) record();  // nothing to ask: the tap is the check-in
    emit changed();
}

void CheckInController::next() {
    ++step_;
    if (step_ >= questions_.size()) record();
    emit changed();
}

void CheckInController::answerFirstVisit(bool first) {
    if (stage() != QLatin1String("firstVisit")) return;
    answers_.firstVisit = first;
    next();
}

void CheckInController::answerReason(const QString& reason) {
    if (stage() != QLatin1String("reason") || !VisitRepository::reasons().contains(reason)) return;
    answers_.reason = reason;
    next();
}

void CheckInController::answerMood(int mood) {
    if (stage() != QLatin1String("mood") || mood < VisitRepository::kMinMood || mood > VisitRepository::kMaxMood) return;
    answers_.mood = mood;
    next();
}

void CheckInController::skip() {
    if (stage() != QLatin1String("done")) next();
}

void CheckInController::scanned(const QString& text) {
    if (!active_ || result_) return;
    scanned_ = text;
    emit changed();
}

void CheckInController::stop() {
    if (active_ && !result_) record();  // the visitor left the questions: the visit still counts
    active_ = false;
    scanned_.clear();
    emit changed();
}

void CheckInController::record() {
    auto done = outbox_.checkIn(visits_, kioskId_, answers_, scanned_);
    scanned_.clear();  // the card's code is not kept a moment longer than needed
    if (!done) {
        qCWarning(lcCheckIn) << "the visit could not be stored:" << done.error().message;
        error_ = tr("Welcome! (The visit could not be counted just now — that is our problem, not yours.)");
        step_ = int(questions_.size());
        return;
    }
    result_ = done.value();
}

}  // namespace ak
