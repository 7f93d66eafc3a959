#include "ActivitiesAdminController.h"

#include "LanguageController.h"
#include "SessionController.h"
#include "core/activity/ActivityRepository.h"
#include "core/activity/SignupRepository.h"
#include "core/money/MoneyFormat.h"
#include "core/print/AttendanceList.h"
#include "core/printqueue/PrintQueue.h"

namespace ak {

ActivitiesAdminController::ActivitiesAdminController(ActivityRepository& activities, SignupRepository& signups,
                                                     Journal& journal, SessionController& session, PrintQueue& queue,
                                                     SignupPrintInfo printInfo, ui::LanguageController& language,
                                                     QObject* parent)
    : QObject(parent),
      repo_(activities),
      signupRepo_(signups),
      journal_(journal),
      session_(session),
      queue_(queue),
      printInfo_(std::move(printInfo)),
      language_(language) {
    connect(&language_, &ui::LanguageController::currentChanged, this, &ActivitiesAdminController::reload);
}

void ActivitiesAdminController::reload() {
    std::vector<QVariantMap> rows;
    auto list = repo_.thisWeekAndNext();
    if (!list) {
        fail(list.error().message);
        return;
    }
    const QLocale here = language_.locale();
    for (const Activity& a : list.value()) {
        QString places;
        if (a.isCancelled()) {
            places = tr("Cancelled");
        } else if (auto counts = signupRepo_.counts(a.id)) {
            places = a.capacity ? tr("%1 of %2 places taken").arg(counts->confirmed).arg(*a.capacity)
                                : tr("%n signed up", nullptr, counts->confirmed);
            if (counts->waitlisted > 0) places += QStringLiteral(" · ") + tr("%n waiting", nullptr, counts->waitlisted);
        }
        const QDateTime starts = a.startsAt.toTimeZone(printInfo_.timeZone);
        rows.push_back({{QStringLiteral("activityId"), a.id},
                        {QStringLiteral("title"), a.title},
                        {QStringLiteral("whenText"), here.toString(starts, QStringLiteral("ddd d.M. HH:mm"))},
                        {QStringLiteral("placesText"), places},
                        {QStringLiteral("cancelled"), a.isCancelled()}});
    }
    activities_.setRows(std::move(rows));
    if (selected_) {
        if (auto fresh = repo_.find(selected_->id)) selected_ = fresh.value();
        loadSignups();
    }
    emit changed();
}

QVariantMap ActivitiesAdminController::selected() const {
    if (!selected_) return {};
    const Activity& a = *selected_;
    const QDateTime starts = a.startsAt.toTimeZone(printInfo_.timeZone);
    return {{QStringLiteral("title"), a.title},
            {QStringLiteral("description"), a.description},
            {QStringLiteral("place"), a.place},
            {QStringLiteral("date"), starts.date().toString(Qt::ISODate)},
            {QStringLiteral("start"), starts.time().toString(QStringLiteral("HH:mm"))},
            {QStringLiteral("minutes"), int(a.startsAt.secsTo(a.endsAt) / 60)},
            {QStringLiteral("capacity"), a.capacity.value_or(0)},
            {QStringLiteral("waitlist"), a.waitlist},
            {QStringLiteral("deadlineHours"),
             a.signupDeadline.isValid() ? int(a.signupDeadline.secsTo(a.startsAt) / 3600) : 0},
            {QStringLiteral("price"), a.price.isZero() ? QString() : formatMoney(a.price, language_.locale())},
            {QStringLiteral("cancelled"), a.isCancelled()}};
}

void ActivitiesAdminController::select(qint64 activityId) {
    auto a = repo_.find(activityId);
    if (!a) {
        fail(a.error().message);
        return;
    }
    selected_ = a.value();
    message_.clear();
    error_.clear();
    loadSignups();
    emit changed();
}

void ActivitiesAdminController::clearSelection() {
    selected_.reset();
    signups_.setRows({});
    message_.clear();
    error_.clear();
    emit changed();
}

void ActivitiesAdminController::loadSignups() {
    std::vector<QVariantMap> rows;
    const StaffMember* by = session_.currentOperator();
    if (selected_ && by) {
        auto list = signupRepo_.list(selected_->id, *by);
        if (!list) {
            error_ = list.error().message;
        } else {
            for (const Signup& s : list.value()) {
                QString status;
                switch (s.status) {
                case SignupStatus::Confirmed: status = tr("Has a place"); break;
                case SignupStatus::Attended: status = tr("Came"); break;
                case SignupStatus::Cancelled: status = tr("Cancelled"); break;
                case SignupStatus::Waitlisted:
                    status = s.waitlistPlace ? tr("Waiting list, no. %1").arg(*s.waitlistPlace) : tr("Waiting list");
                    break;
                }
                QString name = s.nickname;
                if (name.isEmpty()) name = s.byCard ? tr("(signed up with a card)") : tr("(name erased)");
                rows.push_back({{QStringLiteral("signupId"), s.id},
                                {QStringLiteral("nickname"), name},
                                {QStringLiteral("statusText"), status},
                                {QStringLiteral("attended"), s.status == SignupStatus::Attended},
                                {QStringLiteral("live"), s.status == SignupStatus::Confirmed ||
                                                             s.status == SignupStatus::Attended},
                                {QStringLiteral("cancellable"), s.status == SignupStatus::Confirmed ||
                                                                    s.status == SignupStatus::Waitlisted}});
            }
        }
    }
    signups_.setRows(std::move(rows));
}

Result<Activity> ActivitiesAdminController::fromForm(const QVariantMap& form, Activity a) const {
    auto invalid = [](const QString& m) { return Result<Activity>::fail(ErrorCode::InvalidInput, m); };
    const QDate date = QDate::fromString(form.value(QStringLiteral("date")).toString().trimmed(), Qt::ISODate);
    if (!date.isValid()) return invalid(tr("Write the date as year-month-day, e.g. 2026-11-26."));
    const QTime start = QTime::fromString(form.value(QStringLiteral("start")).toString().trimmed(), QStringLiteral("H:mm"));
    if (!start.isValid()) return invalid(tr("Write the time as hours:minutes, e.g. 11:00."));
    const int minutes = form.value(QStringLiteral("minutes")).toInt();
    if (minutes <= 0) return invalid(tr("How long does it last? Give the minutes, e.g. 90."));
    a.title = form.value(QStringLiteral("title")).toString().trimmed();
    a.description = form.value(QStringLiteral("description")).toString().trimmed();
    a.place = form.value(QStringLiteral("place")).toString().trimmed();
    a.startsAt = QDateTime(date, start, printInfo_.timeZone).toUTC();
    a.endsAt = a.startsAt.addSecs(qint64(minutes) * 60);
    const int capacity = form.value(QStringLiteral("capacity")).toInt();
    a.capacity = capacity > 0 ? std::optional<int>(capacity) : std::nullopt;
    a.waitlist = form.value(QStringLiteral("waitlist")).toBool();
    // sign-up closes this many hours before the start; 0: at the start
    const int deadlineHours = form.value(QStringLiteral("deadlineHours")).toInt();
    if (deadlineHours < 0) return invalid(tr("Give the hours before the start when sign-up closes, e.g. 24."));
    a.signupDeadline = deadlineHours > 0 ? a.startsAt.addSecs(-qint64(deadlineHours) * 3600) : QDateTime();
    const QString price = form.value(QStringLiteral("price")).toString().trimmed();
    if (price.isEmpty()) {
        a.price = Money(0, a.price.currency());
    } else {
        auto parsed = Money::parse(price, a.price.currency());
        if (!parsed) return parsed.error();
        a.price = parsed.value();
    }
    return a;
}

bool ActivitiesAdminController::addActivity(const QVariantMap& form, int repeatWeeks) {
    const StaffMember* by = session_.currentOperator();
    if (!by) return false;
    Activity base;
    base.price = Money(0, printInfo_.locale.country() == QLocale::Denmark ? Currency::DKK : Currency::NOK);
    auto a = fromForm(form, base);
    if (!a) {
        fail(a.error().message);
        return false;
    }
    auto made = repo_.create(a.value(), std::max(1, repeatWeeks), *by, journal_);
    if (!made) {
        fail(made.error().message);
        return false;
    }
    selected_ = made->front();
    done(tr("“%1” is on the programme (%n time(s)).", nullptr, int(made->size())).arg(selected_->title));
    return true;
}

bool ActivitiesAdminController::save(const QVariantMap& form) {
    const StaffMember* by = session_.currentOperator();
    if (!by || !selected_) return false;
    auto a = fromForm(form, *selected_);
    if (!a) {
        fail(a.error().message);
        return false;
    }
    auto saved = repo_.edit(a.value(), *by, journal_);
    if (!saved) {
        fail(saved.error().message);
        return false;
    }
    selected_ = saved.value();
    done(tr("Saved."));
    return true;
}

bool ActivitiesAdminController::cancelActivity() {
    const StaffMember* by = session_.currentOperator();
    if (!by || !selected_) return false;
    auto cancelled = repo_.cancel(selected_->id, *by, journal_);
    if (!cancelled) {
        fail(cancelled.error().message);
        return false;
    }
    selected_ = cancelled.value();
    done(tr("“%1” is cancelled. Tell those signed up, if you can; the kiosk shows it as cancelled.")
             .arg(selected_->title));
    return true;
}

bool ActivitiesAdminController::setAttended(qint64 signupId, bool attended) {
    const StaffMember* by = session_.currentOperator();
    if (!by) return false;
    auto r = signupRepo_.markAttended(signupId, attended, *by, journal_);
    if (!r) {
        fail(r.error().message);
        return false;
    }
    message_.clear();
    error_.clear();
    reload();
    return true;
}

bool ActivitiesAdminController::cancelSignup(qint64 signupId) {
    const StaffMember* by = session_.currentOperator();
    if (!by) return false;
    auto r = signupRepo_.cancelFor(signupId, *by, journal_);
    if (!r) {
        fail(r.error().message);
        return false;
    }
    if (!r->ok()) {
        fail(r->message);
        return false;
    }
    done(r->promotedId ? tr("Cancelled. The first on the waiting list has the place now.") : tr("Cancelled."));
    return true;
}

bool ActivitiesAdminController::printAttendance() {
    const StaffMember* by = session_.currentOperator();
    if (!by || !selected_) return false;
    auto list = signupRepo_.list(selected_->id, *by);
    if (!list) {
        fail(list.error().message);
        return false;
    }
    auto job = queue_.enqueue(QStringLiteral("attendance"), QString::number(selected_->id),
                              AttendanceList::build(*selected_, list.value(), printInfo_));
    if (!job) {
        fail(job.error().message);
        return false;
    }
    done(tr("The attendance list is printing."));
    return true;
}

void ActivitiesAdminController::done(const QString& message) {
    message_ = message;
    error_.clear();
    reload();
}

void ActivitiesAdminController::fail(const QString& error) {
    error_ = error;
    message_.clear();
    emit changed();
}

}  // namespace ak
