#pragma once
// Visit figures for the manager and the funders, for a period of local days [from, to]: visits per
// day, per ISO week and per month, by hour of the day, new and returning visitors, and the answers.
//
// Counts only: no token, no kiosk, no single visit leaves this function. The figures are exact;
// whatever leaves the café shows them through exportRows(), which applies shownCount() (every count
// from 1 to 4 becomes "<5", DOMAIN.md "Privacy").
//
// Not solved here: suppressing a cell does not stop it being worked back from the cells around it
// when they are shown (a week total minus its shown days; the period total minus the other reasons).
// Secondary suppression across the overlapping breakdowns is left to a later step.
//
// Time: a visit's day and hour are those of its stored (quarter-hour) time in the café's zone. The
// hour that repeats when summer time ends counts into the same hour twice; on the day summer time
// starts, one hour has no visits.

#include <QDate>
#include <QString>
#include <QTimeZone>

#include <array>
#include <vector>

#include "core/util/Result.h"

namespace ak {

class Database;

struct DayVisits {
    QDate day;
    int visits = 0;
};

struct WeekVisits {
    int isoYear = 0;  // the ISO week-numbering year (2025-W01 may start in December 2024)
    int week = 0;     // 1–53
    int visits = 0;   // on the days of this week inside the period only
};

struct MonthVisits {
    int year = 0;
    int month = 0;   // 1–12
    int visits = 0;  // on the days of this month inside the period only
};

struct VisitFigures {
    QDate from;  // first local day, inclusive
    QDate to;    // last local day, inclusive
    int total = 0;

    std::vector<DayVisits> perDay;      // every day of the period, oldest first, days without visits too
    std::vector<WeekVisits> perWeek;    // every ISO week with a day in the period, oldest first
    std::vector<MonthVisits> perMonth;  // every month with a day in the period, oldest first
    std::array<int, 24> perHour{};      // local hour 0–23

    // Every visit is exactly one of these (they add up to total). A visit is RETURNING when a visit
    // with the same token lies on an EARLIER local day than this visit's day — looking at every
    // stored visit, also before `from`. It is NEW when its token has no visit on an earlier day
    // (so two visits on a card's first day are both new). UNKNOWN: the visit has no token (no card
    // scanned, or not recognised), so nothing can be said.
    int newVisits = 0;
    int returningVisits = 0;
    int unknownVisits = 0;
    int distinctCards = 0;  // different tokens among the period's visits

    int firstVisitYes = 0;
    int firstVisitNo = 0;
    int firstVisitUnanswered = 0;
    std::array<int, 4> reasons{};  // in the order of VisitRepository::reasons()
    int reasonUnanswered = 0;
    std::array<int, 5> moods{};  // moods[0]: mood 1 … moods[4]: mood 5
    int moodUnanswered = 0;
};

// One line of the exported figures: section ("day", "week", "month", "hour", "visitors",
// "first_visit", "reason", "mood", "total"), key within it ("2025-03-04", "2025-W10", "2025-03",
// "08", "returning", "yes", "talk", "3", "all") and the count as it may be shown.
struct VisitExportRow {
    QString section;
    QString key;
    QString visits;
};

class VisitStats {
public:
    // InvalidInput when a date is invalid or `from` is after `to`; Storage. Reads in one snapshot
    // (unless called inside a write) so that the breakdowns agree with each other.
    static Result<VisitFigures> figures(Database& db, QDate from, QDate to, const QTimeZone& zone);

    // Every figure, in the order above, each count through shownCount().
    static std::vector<VisitExportRow> exportRows(const VisitFigures& figures);
};

}  // namespace ak
