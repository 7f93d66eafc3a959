#include "KioskController.h"

#include "LanguageController.h"
#include "core/util/Clock.h"

namespace ak {

namespace {
QString capitalised(QString s) {
    if (!s.isEmpty()) s[0] = s[0].toUpper();
    return s;
}
}  // namespace

KioskController::KioskController(KioskSettings settings, const Clock& clock, ui::LanguageController& language,
                                 NextActivitySource nextActivity, QObject* parent)
    : QObject(parent),
      settings_(std::move(settings)),
      clock_(clock),
      language_(language),
      nextActivity_(std::move(nextActivity)) {
    connect(&language_, &ui::LanguageController::currentChanged, this, &KioskController::textsChanged);
    refresh_.setInterval(60 * 1000);
    connect(&refresh_, &QTimer::timeout, this, &KioskController::textsChanged);
    refresh_.start();
}

QString KioskController::todayText() const {
    const QLocale locale = language_.locale();
    const QDate today = clock_.now().toTimeZone(settings_.zone).date();
    // "Monday 23 November" / "mandag 23. november": the locale knows its own day-month order.
    const QString format = locale.language() == QLocale::English ? QStringLiteral("dddd d MMMM")
                                                                  : QStringLiteral("dddd d. MMMM");
    return capitalised(locale.toString(today, format));
}

QString KioskController::askVolunteerText() const {
    if (!readerReady_) return tr("The card reader is taking a break. Please ask a volunteer.");
    if (!printerReady_) return tr("Slips cannot be printed just now. Please ask a volunteer.");
    return {};
}

void KioskController::setDevicesReady(bool readerReady, bool printerReady) {
    if (readerReady == readerReady_ && printerReady == printerReady_) return;
    readerReady_ = readerReady;
    printerReady_ = printerReady;
    emit textsChanged();
}

QString KioskController::openingHoursText() const {
    if (!settings_.openingHours) return {};
    const std::optional<OpeningTimes> today = settings_.openingHours(clock_.now().toTimeZone(settings_.zone).date());
    if (!today) return {};
    if (today->closed) return tr("Closed today");
    const QLocale locale = language_.locale();
    //: %1 and %2 are times of day, e.g. "Open today 10:00–16:00"
    return tr("Open today %1–%2")
        .arg(locale.toString(today->opens, QStringLiteral("HH:mm")), locale.toString(today->closes, QStringLiteral("HH:mm")));
}

QString KioskController::whenText(const QDateTime& startsUtc, const QDateTime& nowUtc, const QTimeZone& zone,
                                  const QLocale& locale) {
    const QDateTime starts = startsUtc.toTimeZone(zone);
    const QDate today = nowUtc.toTimeZone(zone).date();
    const QString time = locale.toString(starts.time(), QStringLiteral("HH:mm"));
    if (starts.date() == today) return tr("Today at %1").arg(time);
    if (starts.date() == today.addDays(1)) return tr("Tomorrow at %1").arg(time);
    //: %1 is a weekday, %2 a time of day, e.g. "Thursday at 11:00"
    return tr("%1 at %2").arg(capitalised(locale.toString(starts.date(), QStringLiteral("dddd"))), time);
}

QString KioskController::nextActivityText() const {
    if (!nextActivity_) return {};
    const QDateTime now = clock_.now();
    const std::optional<UpcomingActivity> next = nextActivity_(now);
    if (!next) return {};
    const QString when = whenText(next->startsAt, now, settings_.zone, language_.locale());
    if (next->place.isEmpty()) {
        //: %1 activity title, %2 when (e.g. "Thursday at 11:00")
        return tr("%1 — %2").arg(next->title, when);
    }
    //: %1 activity title, %2 when, %3 place
    return tr("%1 — %2, %3").arg(next->title, when, next->place);
}

}  // namespace ak
