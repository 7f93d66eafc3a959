#include "ActivitiesController.h"

#include <QLoggingCategory>

#include "LanguageController.h"
#include "core/activity/ActivityRepository.h"
#include "core/activity/SignupRepository.h"
#include "core/money/MoneyFormat.h"
#include "core/util/Clock.h"

Q_LOGGING_CATEGORY(lcActivities, "aktivkafe.kiosk.activities")

namespace ak {

namespace {
QString capitalised(QString s) {
    if (!s.isEmpty()) s[0] = s[0].toUpper();
    return s;
}
}  // namespace

ActivitiesController::ActivitiesController(ActivityRepository& activities, SignupRepository& signups, Journal& journal,
                                           const Clock& clock, QTimeZone zone, ui::LanguageController& language,
                                           SlipPrinter printSlip, bool showNicknames, QObject* parent)
    : QObject(parent),
      activities_(activities),
      signups_(signups),
      journal_(journal),
      clock_(clock),
      zone_(std::move(zone)),
      language_(language),
      printSlip_(std::move(printSlip)),
      showNicknames_(showNicknames),
      codeThrottle_(clock) {
    connect(&language_, &ui::LanguageController::currentChanged, this, [this] {
        if (active_) reload();
    });
}

QString ActivitiesController::whenText(const Activity& a, const QLocale& locale) const {
    const QDateTime starts = a.startsAt.toTimeZone(zone_);
    const QDateTime ends = a.endsAt.toTimeZone(zone_);
    const QString format = locale.language() == QLocale::English ? QStringLiteral("dddd d MMMM")
                                                                  : QStringLiteral("dddd d. MMMM");
    //: %1 a day ("Thursday 26 November"), %2 and %3 times of day
    return tr("%1, %2–%3")
        .arg(capitalised(locale.toString(starts.date(), format)), locale.toString(starts.time(), QStringLiteral("HH:mm")),
             locale.toString(ends.time(), QStringLiteral("HH:mm")));
}

QString ActivitiesController::placesText(const Activity& a) const {
    if (a.isCancelled()) return tr("Cancelled");
    auto counts = signups_.counts(a.id);
    if (!counts) return {};
    if (!counts->placesLeft) return tr("Everyone welcome");
    if (*counts->placesLeft > 0) return tr("%n place(s) left", nullptr, *counts->placesLeft);
    if (a.waitlist) return tr("Full — waiting list open");
    return tr("Full");
}

QString ActivitiesController::priceText(const Activity& a) const {
    return a.price.isZero() ? tr("Free") : formatMoney(a.price, language_.locale());
}

void ActivitiesController::reload() {
    auto list = activities_.thisWeekAndNext();
    list_ = list ? std::move(list).value() : std::vector<Activity>();
    if (!list) say(tr("The activities could not be read just now. Ask at the counter."), true);
    std::vector<QVariantMap> rows;
    for (const Activity& a : list_) {
        auto counts = signups_.counts(a.id);
        const bool full = a.isCancelled() || (counts && counts->placesLeft && *counts->placesLeft == 0);
        rows.push_back({{QStringLiteral("activityId"), a.id},
                        {QStringLiteral("title"), a.title},
                        {QStringLiteral("whenText"), whenText(a, language_.locale())},
                        {QStringLiteral("place"), a.place},
                        {QStringLiteral("placesText"), placesText(a)},
                        {QStringLiteral("priceText"), priceText(a)},
                        {QStringLiteral("full"), full}});
    }
    upcoming_.setRows(std::move(rows));
    if (selected_) {
        if (auto fresh = activities_.find(selected_->id)) selected_ = fresh.value();
    }
    emit changed();
}

void ActivitiesController::setStage(const QString& stage) {
    if (stage_ == stage) return;
    stage_ = stage;
    emit stageChanged();
    emit changed();
}

void ActivitiesController::say(const QString& text, bool error) {
    message_ = text;
    messageIsError_ = error;
    emit changed();
}

void ActivitiesController::start() {
    active_ = true;
    selected_.reset();
    result_.clear();
    cancelCode_.clear();
    message_.clear();
    setStage(QStringLiteral("list"));
    reload();
}

void ActivitiesController::stop() {
    active_ = false;
    selected_.reset();
    suggestions_.clear();
    result_.clear();
    cancelCode_.clear();
    message_.clear();
    setStage(QStringLiteral("list"));
}

QString ActivitiesController::titleText() const {
    if (stage_ == QLatin1String("list")) return tr("This week and next");
    if (stage_ == QLatin1String("done") && !selected_) return tr("Done");
    return selected_ ? selected_->title : QString();
}

QString ActivitiesController::detailText() const {
    if (!selected_) return {};
    const Activity& a = *selected_;
    QStringList lines{whenText(a, language_.locale())};
    if (!a.place.isEmpty()) lines << a.place;
    lines << placesText(a) + QStringLiteral(" · ") + priceText(a);
    if (showNicknames_) {
        auto names = signups_.nicknamesWithPlace(a.id);
        if (names && !names->isEmpty()) lines << tr("Coming: %1").arg(names->join(QStringLiteral(", ")));
    }
    if (!a.description.isEmpty()) lines << QString() << a.description;
    return lines.join(u'\n');
}

bool ActivitiesController::canSignUp() const {
    if (!selected_ || selected_->isCancelled() || clock_.now() >= selected_->signupClosesAt()) return false;
    auto counts = signups_.counts(selected_->id);
    return counts && (!counts->placesLeft || *counts->placesLeft > 0 || selected_->waitlist);
}

QString ActivitiesController::signUpText() const {
    if (!selected_) return {};
    if (selected_->isCancelled()) return tr("Cancelled");
    if (clock_.now() >= selected_->signupClosesAt()) return tr("Sign-up has closed");
    auto counts = signups_.counts(selected_->id);
    if (counts && counts->placesLeft && *counts->placesLeft == 0)
        return selected_->waitlist ? tr("Join the waiting list") : tr("Full");
    return tr("Sign me up");
}

void ActivitiesController::select(int row) {
    if (row < 0 || row >= int(list_.size())) return;
    selected_ = list_[std::size_t(row)];
    message_.clear();
    setStage(QStringLiteral("details"));
    emit changed();
}

void ActivitiesController::startSignUp() {
    if (!canSignUp()) return;
    auto names = SignupRepository::friendlyNicknames(3, language_.locale().language());
    suggestions_ = names ? names.value() : QStringList();
    message_.clear();
    setStage(QStringLiteral("signUp"));
    emit changed();
}

void ActivitiesController::signUp(const QString& nickname) {
    if (stage_ != QLatin1String("signUp")) return;
    signUpAs(SignupBy::withNickname(nickname));
}

void ActivitiesController::scanned(const QString& text) {
    if (!active_ || stage_ != QLatin1String("signUp")) return;
    signUpAs(SignupBy::withCard(text));
}

void ActivitiesController::signUpAs(const SignupBy& who) {
    if (!selected_) return;
    auto outcome = signups_.signUp(selected_->id, who, journal_);
    if (!outcome) {
        // a nickname that cannot be used, or a card that is not one: the sentence says why
        say(outcome.error().code == ErrorCode::InvalidInput
                ? outcome.error().message
                : tr("Something went wrong. Ask at the counter — they can help."),
            true);
        if (outcome.error().code != ErrorCode::InvalidInput) qCWarning(lcActivities) << outcome.error().message;
        return;
    }
    if (!outcome->ok()) {
        say(outcome->message, true);
        return;
    }
    const Signup& s = *outcome->signup;
    if (s.status == SignupStatus::Waitlisted && s.waitlistPlace) {
        result_ = tr("You are on the waiting list, no. %1. If a place comes free, it is yours — look at the kiosk "
                     "or ask at the counter.").arg(*s.waitlistPlace);
    } else {
        result_ = tr("You are signed up. Welcome!");
    }
    result_ += u'\n' + tr("Your slip is printing. To cancel, use this code:");
    cancelCode_ = s.cancelCode;
    if (printSlip_) printSlip_(*selected_, s);
    message_.clear();
    setStage(QStringLiteral("done"));
    reload();
}

void ActivitiesController::startCancel() {
    if (!selected_) return;
    message_.clear();
    setStage(QStringLiteral("cancel"));
    emit changed();
}

template <class Outcome>
bool ActivitiesController::answered(const Result<Outcome>& outcome) {
    if (!outcome) {
        qCWarning(lcActivities) << outcome.error().message;
        say(tr("Something went wrong. Ask at the counter — they can help."), true);
        return false;
    }
    if (!outcome->ok()) {
        if (outcome->refusal == SignupRefusal::WrongCode) codeThrottle_.recordFailure();
        say(outcome->message, true);
        return false;
    }
    return true;
}

void ActivitiesController::cancelWithCode(const QString& code) {
    if (!selected_ || stage_ != QLatin1String("cancel") || throttled()) return;
    auto outcome = signups_.cancel(selected_->id, code, journal_);
    if (!answered(outcome)) return;
    result_ = outcome->promotedId
                  ? tr("Your place is cancelled and goes to the first on the waiting list. Thank you for telling us.")
                  : tr("Your place is cancelled. Thank you for telling us.");
    cancelCode_.clear();
    message_.clear();
    setStage(QStringLiteral("done"));
    reload();
}

bool ActivitiesController::throttled() {
    const int wait = codeThrottle_.waitSeconds();
    if (wait > 0) say(tr("Too many wrong codes. Please wait %n second(s), or ask at the counter.", nullptr, wait), true);
    return wait > 0;
}

void ActivitiesController::checkWithCode(const QString& code) {
    if (!selected_ || stage_ != QLatin1String("cancel") || throttled()) return;
    auto outcome = signups_.lookUp(selected_->id, code);
    if (!answered(outcome)) return;
    const Signup& s = *outcome->signup;
    if (s.status == SignupStatus::Waitlisted)
        say(tr("You are no. %1 on the waiting list. You get a place if someone cancels.").arg(s.waitlistPlace.value_or(0)),
            false);
    else if (s.status == SignupStatus::Attended)
        say(tr("You came. Thank you!"), false);
    else
        say(tr("You have a place. Welcome!"), false);
}

void ActivitiesController::back() {
    message_.clear();
    if (stage_ == QLatin1String("signUp") || stage_ == QLatin1String("cancel")) {
        setStage(QStringLiteral("details"));
    } else {
        selected_.reset();
        setStage(QStringLiteral("list"));
        reload();
    }
    emit changed();
}

}  // namespace ak
