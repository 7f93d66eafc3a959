#include "core/reports/FunderReport.h"

#include "core/activity/ActivityStats.h"
#include "core/reports/SecondarySuppression.h"
#include "core/staff/Permissions.h"
#include "core/staff/StaffRepository.h"
#include "core/visits/VisitRepository.h"
#include "core/visits/VisitStats.h"

#include <QCoreApplication>

#include <iterator>
#include <utility>

namespace ak {

namespace {

using dev::ReportChart;

// Collects the rows of every section and the groups of counts that add up, so that suppression sees
// across sections: a day is a part of its week, its month and the period.
class Builder {
public:
    void section(const char* id, const QString& heading, ReportChart chart) {
        sections_.push_back({QString::fromLatin1(id), heading, chart, {}});
    }
    std::size_t row(const QString& key, const QString& label, int count, bool total = false) {
        std::vector<FunderRow>& rows = sections_.back().rows;
        rows.push_back({key, label, count, {}, total});
        cells_.emplace_back(sections_.size() - 1, rows.size() - 1);
        counts_.push_back(count);
        return counts_.size() - 1;
    }
    void group(std::size_t total, std::vector<std::size_t> parts, bool openRemainder = false) {
        groups_.push_back({total, std::move(parts), openRemainder});
    }
    std::vector<FunderSection> finish() {
        const std::vector<Shown> shown = suppressCounts(counts_, groups_);
        for (std::size_t i = 0; i < counts_.size(); ++i)
            sections_[cells_[i].first].rows[cells_[i].second].shown = shownText(counts_[i], shown[i]);
        return std::move(sections_);
    }

private:
    std::vector<FunderSection> sections_;
    std::vector<std::pair<std::size_t, std::size_t>> cells_;  // section, row of each count
    std::vector<int> counts_;
    std::vector<SumGroup> groups_;
};

QString twoDigits(int n) { return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0')); }

// Days, weeks and months: the weeks and months are groups of the days inside the period.
void addCalendar(Builder& b, const VisitFigures& f, const QLocale& locale, std::size_t all) {
    b.section("day", FunderReport::tr("Visits per day"), ReportChart::Bars);
    std::vector<std::size_t> days;
    const QString dayFormat = FunderReport::tr("ddd d MMM", "QDate format of a day's label");
    for (const DayVisits& d : f.perDay)
        days.push_back(b.row(d.day.toString(Qt::ISODate), locale.toString(d.day, dayFormat), d.visits));
    b.group(all, days);

    b.section("week", FunderReport::tr("Visits per week (ISO weeks, days inside the period only)"), ReportChart::Bars);
    std::vector<std::size_t> weeks;
    std::size_t day = 0;
    for (const WeekVisits& w : f.perWeek) {
        const std::size_t cell = b.row(QStringLiteral("%1-W%2").arg(w.isoYear).arg(twoDigits(w.week)),
                                       FunderReport::tr("Week %1, %2").arg(w.week).arg(w.isoYear), w.visits);
        std::vector<std::size_t> parts;
        for (int year = 0; day < f.perDay.size() && f.perDay[day].day.weekNumber(&year) == w.week && year == w.isoYear;)
            parts.push_back(days[day++]);
        b.group(cell, std::move(parts));
        weeks.push_back(cell);
    }
    b.group(all, weeks);

    b.section("month", FunderReport::tr("Visits per month (days inside the period only)"), ReportChart::None);
    std::vector<std::size_t> months;
    day = 0;
    const QString monthFormat = FunderReport::tr("MMMM yyyy", "QDate format of a month");
    for (const MonthVisits& m : f.perMonth) {
        const QDate first(m.year, m.month, 1);
        const std::size_t cell = b.row(QStringLiteral("%1-%2").arg(m.year).arg(twoDigits(m.month)),
                                       locale.toString(first, monthFormat), m.visits);
        std::vector<std::size_t> parts;
        while (day < f.perDay.size() && f.perDay[day].day.year() == m.year && f.perDay[day].day.month() == m.month)
            parts.push_back(days[day++]);
        b.group(cell, std::move(parts));
        months.push_back(cell);
    }
    b.group(all, months);
}

QString reasonLabel(const QString& key) {
    static const std::pair<const char*, const char*> kLabels[] = {
        {"coffee", QT_TRANSLATE_NOOP("FunderReport", "Coffee")},
        {"activity", QT_TRANSLATE_NOOP("FunderReport", "An activity")},
        {"company", QT_TRANSLATE_NOOP("FunderReport", "Company")},
        {"talk", QT_TRANSLATE_NOOP("FunderReport", "Someone to talk to")},
    };
    for (const auto& [k, label] : kLabels)
        if (key == QLatin1String(k)) return FunderReport::tr(label);
    return key;
}

// Hours, visitor kinds and the answers: each breakdown adds up to all visits.
void addVisitors(Builder& b, const VisitFigures& f, std::size_t all) {
    b.section("hour", FunderReport::tr("Visits by hour of the day (local time)"), ReportChart::Bars);
    std::vector<std::size_t> hours;
    for (int h = 0; h < 24; ++h)
        hours.push_back(b.row(twoDigits(h), QStringLiteral("%1:00–%2:00").arg(twoDigits(h), twoDigits(h + 1)),
                              f.perHour[std::size_t(h)]));
    b.group(all, hours);

    const QString unanswered = FunderReport::tr("Not answered");
    b.section("visitors", FunderReport::tr("New and returning visitors"), ReportChart::None);
    b.group(all, {b.row(QStringLiteral("new"), FunderReport::tr("New (first day the card was seen)"), f.newVisits),
                  b.row(QStringLiteral("returning"), FunderReport::tr("Returning (card seen on an earlier day)"),
                        f.returningVisits),
                  b.row(QStringLiteral("unknown"), FunderReport::tr("No card scanned"), f.unknownVisits)});

    b.section("first_visit", FunderReport::tr("“Is this your first time here?”"), ReportChart::None);
    b.group(all, {b.row(QStringLiteral("yes"), FunderReport::tr("Yes"), f.firstVisitYes),
                  b.row(QStringLiteral("no"), FunderReport::tr("No"), f.firstVisitNo),
                  b.row(QStringLiteral("unanswered"), unanswered, f.firstVisitUnanswered)});

    b.section("reason", FunderReport::tr("“What brings you today?”"), ReportChart::None);
    std::vector<std::size_t> reasons;
    const QStringList& keys = VisitRepository::reasons();
    for (qsizetype r = 0; r < keys.size(); ++r)
        reasons.push_back(b.row(keys[r], reasonLabel(keys[r]), f.reasons[std::size_t(r)]));
    reasons.push_back(b.row(QStringLiteral("unanswered"), unanswered, f.reasonUnanswered));
    b.group(all, reasons);

    b.section("mood", FunderReport::tr("“How are you today?” (1 bad … 5 good)"), ReportChart::None);
    std::vector<std::size_t> moods;
    for (int m = 0; m < 5; ++m)
        moods.push_back(b.row(QString::number(m + 1), QString::number(m + 1), f.moods[std::size_t(m)]));
    moods.push_back(b.row(QStringLiteral("unanswered"), unanswered, f.moodUnanswered));
    b.group(all, moods);
}

struct ActivityFigure {
    const char* id;
    const char* heading;
    int ActivityFigures::*count;
};

// One section per figure, in this order: a row per title and the total under them.
enum FigureIndex : std::size_t { Held, Cancelled, Signups, Withdrawn, Attended, NoShow, Waitlisted, Promoted };
const ActivityFigure kActivityFigures[] = {
    {"activities_held", QT_TRANSLATE_NOOP("FunderReport", "Activities held (not cancelled, and started)"),
     &ActivityFigures::held},
    {"activities_cancelled", QT_TRANSLATE_NOOP("FunderReport", "Activities cancelled"), &ActivityFigures::cancelled},
    {"signups", QT_TRANSLATE_NOOP("FunderReport", "Sign-ups to activities held"), &ActivityFigures::signups},
    {"signups_withdrawn", QT_TRANSLATE_NOOP("FunderReport", "Sign-ups withdrawn"), &ActivityFigures::cancelledSignups},
    {"signups_attended", QT_TRANSLATE_NOOP("FunderReport", "Came (ticked as attended)"), &ActivityFigures::attended},
    {"signups_no_show", QT_TRANSLATE_NOOP("FunderReport", "Did not come (had a place, not ticked)"),
     &ActivityFigures::noShows},
    {"signups_waitlisted", QT_TRANSLATE_NOOP("FunderReport", "Put on the waitlist"), &ActivityFigures::waitlisted},
    {"signups_promoted", QT_TRANSLATE_NOOP("FunderReport", "Got a place from the waitlist"),
     &ActivityFigures::promoted},
};
constexpr std::size_t kFigureCount = std::size(kActivityFigures);

void addActivities(Builder& b, const ActivityStatsReport& r) {
    // cells[figure][title], the total last
    std::vector<std::vector<std::size_t>> cells(kFigureCount);
    for (std::size_t f = 0; f < kFigureCount; ++f) {
        const ActivityFigure& figure = kActivityFigures[f];
        b.section(figure.id, FunderReport::tr(figure.heading), ReportChart::Bars);
        for (const ActivityFigures& title : r.rows)
            cells[f].push_back(b.row(title.title, title.title, title.*figure.count));
        const std::size_t total =
            b.row(QStringLiteral("total"), FunderReport::tr("All activities"), r.total.*figure.count, true);
        b.group(total, cells[f]);
        cells[f].push_back(total);
    }
    // Within a title: sign-ups = withdrawn + came + did not come + those still on the waitlist (not
    // published); the waitlisted = the promoted + those who withdrew or still wait.
    for (std::size_t t = 0; t <= r.rows.size(); ++t) {
        b.group(cells[Signups][t], {cells[Withdrawn][t], cells[Attended][t], cells[NoShow][t]}, true);
        b.group(cells[Waitlisted][t], {cells[Promoted][t]}, true);
    }
}

struct Note {
    QString key;
    QString text;
};

std::vector<Note> notes(const FunderReport& report) {
    const QString asOf = report.locale().toString(
        report.asOf().toTimeZone(report.zone()),
        FunderReport::tr("d MMMM yyyy, HH:mm", "QDateTime format of when the report was made"));
    return {
        {QStringLiteral("<5"), FunderReport::tr("“<5” is a count from 1 to 4. Such small counts are not shown, "
                                                "so that nobody can be recognised from them.")},
        {QStringLiteral(":"), FunderReport::tr("“:” is a count of 5 or more that is not shown, so that a count "
                                               "under 5 cannot be worked out from a total and the other counts.")},
        {QStringLiteral("visitors"), FunderReport::tr("Visits are anonymous check-ins. New or returning is known only "
                                                      "when the visitor scanned their own coffee card.")},
        {QStringLiteral("activities"), FunderReport::tr("Activities count as held when they were not cancelled and had "
                                                        "started by %1. Sign-up figures count held activities only.")
                                           .arg(asOf)},
    };
}

// RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled.
QString csvField(const QString& s) {
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n') && !s.contains(u'\r')) return s;
    return u'"' + QString(s).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
}

QString csvRecord(const QStringList& fields) {
    QStringList quoted;
    for (const QString& f : fields) quoted.append(csvField(f));
    return quoted.join(u',') + QStringLiteral("\r\n");
}

}  // namespace

Result<FunderReport> FunderReport::buildFor(const StaffMember& asker, Database& db, QDate from, QDate to,
                                            const QTimeZone& zone, const Clock& clock, const QLocale& locale) {
    auto current = StaffRepository(db, clock).find(asker.id);
    if (!current) return current.error();
    if (auto allowed = requirePermission(current.value(), Permission::ViewReports); !allowed) return allowed.error();
    return build(db, from, to, zone, clock, locale);
}

Result<FunderReport> FunderReport::build(Database& db, QDate from, QDate to, const QTimeZone& zone, const Clock& clock,
                                         const QLocale& locale) {
    auto visits = VisitStats::figures(db, from, to, zone);
    if (!visits) return visits.error();
    auto activities = ActivityStats::figures(db, from, to, zone, clock);
    if (!activities) return activities.error();

    FunderReport report;
    report.from_ = from;
    report.to_ = to;
    report.asOf_ = activities->asOf;
    report.zone_ = zone;
    report.locale_ = locale;
    Builder b;
    b.section("total", FunderReport::tr("All visits"), ReportChart::None);
    const std::size_t all = b.row(QStringLiteral("all"), FunderReport::tr("Visits in the period"), visits->total);
    addCalendar(b, visits.value(), locale, all);
    addVisitors(b, visits.value(), all);
    addActivities(b, activities.value());
    report.sections_ = b.finish();
    return report;
}

QString FunderReport::title() const { return tr("Report for funders"); }

QString FunderReport::period() const {
    const QString format = tr("d MMMM yyyy", "QDate format in the period");
    return tr("%1 – %2", "the period: first and last day")
        .arg(locale_.toString(from_, format), locale_.toString(to_, format));
}

QStringList FunderReport::footnotes() const {
    QStringList texts;
    for (const Note& n : notes(*this)) texts.append(n.text);
    return texts;
}

QString FunderReport::csvHeader() {
    return csvRecord(
        {QStringLiteral("section"), QStringLiteral("key"), QStringLiteral("label"), QStringLiteral("count")});
}

dev::ReportFileKind FunderReport::csvFileKind() const { return {csvHeader().toUtf8(), {}, title()}; }

QString FunderReport::toCsv() const {
    QString csv = csvHeader();
    for (const FunderSection& s : sections_)
        for (const FunderRow& r : s.rows) csv += csvRecord({s.id, r.key, r.label, r.shown});
    for (const Note& n : notes(*this)) csv += csvRecord({QStringLiteral("note"), n.key, n.text, QString()});
    return csv;
}

dev::ReportDocument FunderReport::toDocument() const {
    dev::ReportDocument doc;
    doc.kind = QStringLiteral("funders");
    doc.title = title();
    doc.cafeName = cafeName_;
    doc.period = period();
    for (const FunderSection& s : sections_) {
        dev::ReportSection section{s.heading, s.chart, {}};
        for (const FunderRow& r : s.rows) {
            // The bar is as long as what is printed next to it: a hidden count gets no number at all.
            bool exact = false;
            const int shownValue = r.shown.toInt(&exact);
            section.rows.push_back({r.label, r.shown, exact ? std::optional<int>(shownValue) : std::nullopt, r.total});
        }
        doc.sections.push_back(std::move(section));
    }
    doc.footnotes = footnotes();
    return doc;
}

}  // namespace ak
