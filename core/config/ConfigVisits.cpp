#include "core/config/ConfigVisits.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ak::config {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("ak::config", text); }

constexpr std::array<std::string_view, 7> kWeekdays{"monday", "tuesday",  "wednesday", "thursday",
                                                     "friday", "saturday", "sunday"};

const QString kClosed = QStringLiteral("closed");

// "HH:MM-HH:MM" as people write it: one-digit hours, spaces around the dash and an en dash are
// accepted, since the value is copied from a poster as often as typed.
std::optional<DayHours> readDay(ConfigSection& s, std::string_view key) {
    const std::optional<QString> raw = s.string(key, Need::Optional);
    if (!raw) return std::nullopt;
    const QString value = raw->trimmed();
    if (value.compare(kClosed, Qt::CaseInsensitive) == 0) return DayHours{DayHours::State::Closed, {}, {}};

    static const QRegularExpression re(QStringLiteral("^(\\d{1,2}):(\\d{2})\\s*[-\u2013]\\s*(\\d{1,2}):(\\d{2})$"));
    const QRegularExpressionMatch m = re.match(value);
    if (!m.hasMatch()) {
        static const QRegularExpression hasDigit(QStringLiteral("\\d"));
        const std::optional<QString> guess =
            value.contains(hasDigit) ? std::nullopt : closestMatch(value, QStringList{kClosed});
        s.problemAt(key, guess ? tr("%1 must be opening hours like \"10:00-15:00\", or \"closed\"; it is \"%2\" — did "
                                    "you mean \"closed\"?")
                                     .arg(s.keyName(key), *raw)
                               : tr("%1 must be opening hours like \"10:00-15:00\", or \"closed\"; it is \"%2\"")
                                     .arg(s.keyName(key), *raw));
        return std::nullopt;
    }
    const QTime opens(m.captured(1).toInt(), m.captured(2).toInt());
    const QTime closes(m.captured(3).toInt(), m.captured(4).toInt());
    // QString, not auto: with QT_USE_QSTRINGBUILDER a '+' is a lazy builder holding references to
    // the temporaries captured() returned, which are gone by the time the loop reads it.
    const QString opensText = m.captured(1) + u':' + m.captured(2);
    const QString closesText = m.captured(3) + u':' + m.captured(4);
    for (const auto& [time, text] : {std::pair<QTime, QString>{opens, opensText}, std::pair<QTime, QString>{closes, closesText}}) {
        if (!time.isValid()) {
            s.problemAt(key, tr("%1 has \"%2\", which is not a time of day (from 00:00 to 23:59)").arg(s.keyName(key), text));
            return std::nullopt;
        }
    }
    if (closes <= opens) {
        s.problemAt(key, tr("%1 closes at %2, which is not after it opens at %3; the hours of one day must end "
                            "the same day (up to 23:59)")
                             .arg(s.keyName(key), closes.toString(QStringLiteral("HH:mm")),
                                  opens.toString(QStringLiteral("HH:mm"))));
        return std::nullopt;
    }
    return DayHours{DayHours::State::Open, opens, closes};
}

}  // namespace

std::vector<std::string_view> checkInKeys() { return {"ask_first_visit", "ask_reason", "ask_mood"}; }

std::vector<std::string_view> signupsKeys() { return {"erase_after_days", "show_nicknames_at_kiosk"}; }

std::vector<std::string_view> openingHoursKeys() { return {kWeekdays.begin(), kWeekdays.end()}; }

CheckInConfig readCheckIn(ConfigSection& s) {
    CheckInConfig c;
    if (auto v = s.boolean("ask_first_visit", Need::Optional)) c.askFirstVisit = *v;
    if (auto v = s.boolean("ask_reason", Need::Optional)) c.askReason = *v;
    if (auto v = s.boolean("ask_mood", Need::Optional)) c.askMood = *v;
    return c;
}

SignupsConfig readSignups(ConfigSection& s) {
    SignupsConfig c;
    if (auto v = s.integer("erase_after_days", 1, 365, Need::Optional)) c.eraseAfterDays = int(*v);
    if (auto v = s.boolean("show_nicknames_at_kiosk", Need::Optional)) c.showNicknamesAtKiosk = *v;
    return c;
}

OpeningHours readOpeningHours(ConfigSection& s) {
    OpeningHours hours;
    for (size_t i = 0; i < kWeekdays.size(); ++i)
        if (auto day = readDay(s, kWeekdays[i])) hours.days[i] = *day;
    return hours;
}

}  // namespace ak::config
