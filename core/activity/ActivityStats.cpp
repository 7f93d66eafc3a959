#include "core/activity/ActivityStats.h"
#include "core/storage/Sql.h"

#include "core/activity/ActivityRows.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"

#include <QCoreApplication>

#include <map>

namespace ak {

ActivityFigures& ActivityFigures::operator+=(const ActivityFigures& o) {
    held += o.held;
    cancelled += o.cancelled;
    signups += o.signups;
    cancelledSignups += o.cancelledSignups;
    attended += o.attended;
    noShows += o.noShows;
    waitlisted += o.waitlisted;
    promoted += o.promoted;
    return *this;
}

Result<ActivityStatsReport> ActivityStats::figures(const Database& db, QDate from, QDate to, const QTimeZone& zone,
                                                   const Clock& clock) {
    if (!from.isValid() || !to.isValid() || from > to)
        return Error{ErrorCode::InvalidInput,
                     QCoreApplication::translate("ak::ActivityStats", "The first day must not be after the last day.")};
    ActivityStatsReport report;
    report.from = from;
    report.to = to;
    report.asOf = clock.now().toUTC();
    const QString start = sql::utcText(QDateTime(from, QTime(0, 0), zone));
    const QString end = sql::utcText(QDateTime(to.addDays(1), QTime(0, 0), zone));
    const QString now = sql::utcText(report.asOf);

    std::map<QString, ActivityFigures> byTitle;
    auto activities = db.query(QStringLiteral("SELECT title,"
                                              " coalesce(sum(CASE WHEN cancelled_at IS NULL AND starts_at <= ? THEN 1 ELSE 0 END), 0),"
                                              " coalesce(sum(CASE WHEN cancelled_at IS NOT NULL THEN 1 ELSE 0 END), 0)"
                                              " FROM activities WHERE starts_at >= ? AND starts_at < ? GROUP BY title"),
                               {now, start, end});
    if (!activities) return activities.error();
    while (activities->next()) {
        ActivityFigures& f = byTitle[activities->value(0).toString()];
        f.held = activities->value(1).toInt();
        f.cancelled = activities->value(2).toInt();
    }
    auto signups = db.query(QStringLiteral("SELECT a.title, count(*),"
                                           " coalesce(sum(CASE WHEN s.status = 'cancelled' THEN 1 ELSE 0 END), 0),"
                                           " coalesce(sum(CASE WHEN s.status = 'attended' THEN 1 ELSE 0 END), 0),"
                                           " coalesce(sum(CASE WHEN s.status = 'confirmed' THEN 1 ELSE 0 END), 0),"
                                           " coalesce(sum(CASE WHEN s.position IS NOT NULL THEN 1 ELSE 0 END), 0),"
                                           " coalesce(sum(CASE WHEN s.position IS NOT NULL"
                                           "  AND s.status IN ('confirmed', 'attended') THEN 1 ELSE 0 END), 0)"
                                           " FROM signups s JOIN activities a ON a.id = s.activity_id"
                                           " WHERE a.cancelled_at IS NULL AND a.starts_at <= ?"
                                           " AND a.starts_at >= ? AND a.starts_at < ? GROUP BY a.title"),
                            {now, start, end});
    if (!signups) return signups.error();
    while (signups->next()) {
        ActivityFigures& f = byTitle[signups->value(0).toString()];
        f.signups = signups->value(1).toInt();
        f.cancelledSignups = signups->value(2).toInt();
        f.attended = signups->value(3).toInt();
        f.noShows = signups->value(4).toInt();
        f.waitlisted = signups->value(5).toInt();
        f.promoted = signups->value(6).toInt();
    }
    for (auto& [title, f] : byTitle) {
        f.title = title;
        report.total += f;
        report.rows.push_back(f);
    }
    return report;
}

}  // namespace ak
