#pragma once
// Activity figures for the manager and the funders, for a period of local days, per activity title
// and in total: how many were held, how many people signed up, came, did not come, waited and got a
// place from the waitlist.
//
// Definitions (all exact ints, counts of rows; no nickname is read):
// - held: activities starting in the period that were not cancelled and have started (clock);
// - cancelled: activities starting in the period that were cancelled;
// - the sign-up figures count the sign-ups of held activities only:
//   signups (every sign-up made, including those cancelled later), cancelledSignups, attended,
//   noShows (still "confirmed": had a place and was not ticked as attended), waitlisted (ever put on
//   the waitlist, SignupSchema.cpp "position"), promoted (ever waitlisted and holding a place now —
//   a promoted sign-up later cancelled gave its place back and is not counted).
//
// Whoever shows the figures outside the café (CSV for funders) shows every count through
// exportCount() = shownCount(): under 5 is "<5" (DOMAIN.md "Privacy").

#include "core/util/Result.h"
#include "core/util/SmallCounts.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <vector>

namespace ak {

class Clock;
class Database;

struct ActivityFigures {
    QString title;  // empty in the total
    int held = 0;
    int cancelled = 0;
    int signups = 0;
    int cancelledSignups = 0;
    int attended = 0;
    int noShows = 0;
    int waitlisted = 0;
    int promoted = 0;

    ActivityFigures& operator+=(const ActivityFigures& o);
};

struct ActivityStatsReport {
    QDate from;      // first local day, inclusive
    QDate to;        // last local day, inclusive
    QDateTime asOf;  // UTC; "started" is as of this moment
    std::vector<ActivityFigures> rows;  // one per title, by title
    ActivityFigures total;
};

class ActivityStats {
public:
    // InvalidInput when from is after to; Storage.
    static Result<ActivityStatsReport> figures(const Database& db, QDate from, QDate to, const QTimeZone& zone,
                                               const Clock& clock);
    static QString exportCount(int count) { return shownCount(count); }
};

}  // namespace ak
