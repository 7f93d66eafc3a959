#include "core/visits/VisitStats.h"
#include "core/storage/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <map>

#include "core/storage/Database.h"
#include "core/util/SmallCounts.h"
#include "core/visits/VisitRepository.h"

namespace ak {

namespace {

// A deferred read transaction, as in CardReport.cpp: in WAL mode every query inside sees the same
// snapshot, so a check-in while the figures are read cannot be in one breakdown and not in another.
// Inside Database::write() the write transaction already gives that.
class ReadSnapshot {
public:
    explicit ReadSnapshot(const Database& db) : connection_(db.connection()) {
        open_ = !db.inWrite() && connection_.transaction();
    }
    ~ReadSnapshot() {
        if (open_) connection_.rollback();  // nothing was written
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    QSqlDatabase connection_;
    bool open_ = false;
};

QDateTime localTime(const QVariant& storedUtc, const QTimeZone& zone) {
    return QDateTime::fromString(storedUtc.toString(), Qt::ISODateWithMs).toTimeZone(zone);
}

}  // namespace

Result<VisitFigures> VisitStats::figures(Database& db, QDate from, QDate to, const QTimeZone& zone) {
    if (!from.isValid() || !to.isValid() || from > to)
        return Result<VisitFigures>::fail(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("ak::VisitStats", "The period needs a first day on or before its last day."));
    VisitFigures f;
    f.from = from;
    f.to = to;
    f.perDay.reserve(size_t(from.daysTo(to) + 1));
    for (QDate d = from; d <= to; d = d.addDays(1)) f.perDay.push_back({d, 0});
    // Local days: from the start of `from` to the start of the day after `to`, in UTC as stored.
    const QString start = sql::utcText(from.startOfDay(zone));
    const QString end = sql::utcText(to.addDays(1).startOfDay(zone));

    ReadSnapshot snapshot(db);

    // The local day each token of the period was first seen on, over all stored visits.
    std::map<QString, QDate> firstDay;
    auto first = db.query(QStringLiteral("SELECT token, MIN(at) FROM visits WHERE token IN"
                                         " (SELECT token FROM visits WHERE at >= ? AND at < ? AND token IS NOT NULL)"
                                         " GROUP BY token"),
                          {start, end});
    if (!first) return first.error();
    while (first->next()) firstDay.emplace(first->value(0).toString(), localTime(first->value(1), zone).date());
    f.distinctCards = int(firstDay.size());

    auto visits = db.query(QStringLiteral("SELECT at, first_visit, reason, mood, token FROM visits"
                                          " WHERE at >= ? AND at < ?"),
                           {start, end});
    if (!visits) return visits.error();
    const QStringList& reasons = VisitRepository::reasons();
    while (visits->next()) {
        const QDateTime local = localTime(visits->value(0), zone);
        const qint64 dayIndex = from.daysTo(local.date());
        if (dayIndex < 0 || dayIndex >= qint64(f.perDay.size())) continue;  // cannot happen: the range is the days
        ++f.total;
        ++f.perDay[size_t(dayIndex)].visits;
        ++f.perHour[size_t(local.time().hour())];

        const QVariant firstVisit = visits->value(1);
        if (firstVisit.isNull()) ++f.firstVisitUnanswered;
        else if (firstVisit.toInt() == 1) ++f.firstVisitYes;
        else ++f.firstVisitNo;

        const QVariant reason = visits->value(2);
        if (const qsizetype r = reason.isNull() ? -1 : reasons.indexOf(reason.toString()); r >= 0)
            ++f.reasons[size_t(r)];
        else
            ++f.reasonUnanswered;

        const QVariant mood = visits->value(3);
        if (const int m = mood.isNull() ? 0 : mood.toInt(); m >= VisitRepository::kMinMood && m <= VisitRepository::kMaxMood)
            ++f.moods[size_t(m - 1)];
        else
            ++f.moodUnanswered;

        const QVariant token = visits->value(4);
        if (token.isNull()) {
            ++f.unknownVisits;
        } else if (auto seen = firstDay.find(token.toString()); seen != firstDay.end() && seen->second < local.date()) {
            ++f.returningVisits;
        } else {
            ++f.newVisits;
        }
    }

    // Weeks and months from the days: consecutive days make consecutive runs of each.
    for (const DayVisits& d : f.perDay) {
        int isoYear = 0;
        const int week = d.day.weekNumber(&isoYear);
        if (f.perWeek.empty() || f.perWeek.back().isoYear != isoYear || f.perWeek.back().week != week)
            f.perWeek.push_back({isoYear, week, 0});
        f.perWeek.back().visits += d.visits;
        if (f.perMonth.empty() || f.perMonth.back().year != d.day.year() || f.perMonth.back().month != d.day.month())
            f.perMonth.push_back({d.day.year(), d.day.month(), 0});
        f.perMonth.back().visits += d.visits;
    }
    return f;
}

std::vector<VisitExportRow> VisitStats::exportRows(const VisitFigures& f) {
    std::vector<VisitExportRow> rows;
    const auto add = [&rows](const QString& section, const QString& key, int count) {
        rows.push_back({section, key, shownCount(count)});
    };
    add(QStringLiteral("total"), QStringLiteral("all"), f.total);
    for (const DayVisits& d : f.perDay) add(QStringLiteral("day"), d.day.toString(Qt::ISODate), d.visits);
    for (const WeekVisits& w : f.perWeek)
        add(QStringLiteral("week"), QStringLiteral("%1-W%2").arg(w.isoYear).arg(w.week, 2, 10, QLatin1Char('0')), w.visits);
    for (const MonthVisits& m : f.perMonth)
        add(QStringLiteral("month"), QStringLiteral("%1-%2").arg(m.year).arg(m.month, 2, 10, QLatin1Char('0')), m.visits);
    for (int h = 0; h < 24; ++h)
        add(QStringLiteral("hour"), QStringLiteral("%1").arg(h, 2, 10, QLatin1Char('0')), f.perHour[size_t(h)]);
    add(QStringLiteral("visitors"), QStringLiteral("new"), f.newVisits);
    add(QStringLiteral("visitors"), QStringLiteral("returning"), f.returningVisits);
    add(QStringLiteral("visitors"), QStringLiteral("unknown"), f.unknownVisits);
    add(QStringLiteral("visitors"), QStringLiteral("distinct_cards"), f.distinctCards);
    add(QStringLiteral("first_visit"), QStringLiteral("yes"), f.firstVisitYes);
    add(QStringLiteral("first_visit"), QStringLiteral("no"), f.firstVisitNo);
    add(QStringLiteral("first_visit"), QStringLiteral("unanswered"), f.firstVisitUnanswered);
    const QStringList& reasons = VisitRepository::reasons();
    for (qsizetype r = 0; r < reasons.size(); ++r) add(QStringLiteral("reason"), reasons[r], f.reasons[size_t(r)]);
    add(QStringLiteral("reason"), QStringLiteral("unanswered"), f.reasonUnanswered);
    for (int m = 0; m < 5; ++m) add(QStringLiteral("mood"), QString::number(m + 1), f.moods[size_t(m)]);
    add(QStringLiteral("mood"), QStringLiteral("unanswered"), f.moodUnanswered);
    return rows;
}

}  // namespace ak
