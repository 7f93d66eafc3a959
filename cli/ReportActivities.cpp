// aktivkafe report activities --db PATH [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--csv]
//
// The activity figures (core/activity/ActivityStats.h) for the manager, as a table with totals, or
// for funders as CSV. The table stays on the café's machine and is exact; the CSV leaves the café,
// so its counts under 5 are suppressed (DOMAIN.md "Privacy") and, as for the card figures, it has no
// total row from which a suppressed cell could be worked back.

#include "cli/Cli.h"
#include "cli/Table.h"
#include "core/activity/ActivityStats.h"
#include "core/util/Clock.h"

#include <QTimeZone>

#include <algorithm>
#include <utility>
#include <vector>

namespace ak::cli {

namespace {

const QString kDateFormat = QStringLiteral("yyyy-MM-dd");

QStringList numbers(const ActivityFigures& f, QString (*shown)(int)) {
    return {shown(f.held),     shown(f.cancelled), shown(f.signups),    shown(f.cancelledSignups),
            shown(f.attended), shown(f.noShows),   shown(f.waitlisted), shown(f.promoted)};
}

QString exact(int n) { return QString::number(n); }

void printReadable(const ActivityStatsReport& r) {
    out() << "Activities, " << r.from.toString(kDateFormat) << " to " << r.to.toString(kDateFormat) << "\n\n";
    if (r.rows.empty()) {
        out() << "No activities in this period.\n";
        return;
    }
    std::vector<QStringList> rows{{QStringLiteral("Activity"), QStringLiteral("Held"), QStringLiteral("Cancelled"),
                                   QStringLiteral("Sign-ups"), QStringLiteral("Withdrawn"), QStringLiteral("Attended"),
                                   QStringLiteral("No-shows"), QStringLiteral("Waitlisted"),
                                   QStringLiteral("Promoted")}};
    for (const ActivityFigures& f : r.rows) rows.push_back(QStringList{f.title} + numbers(f, exact));
    rows.push_back(QStringList{QStringLiteral("Total")} + numbers(r.total, exact));
    printTable(rows);
    out() << "\n'Held': not cancelled and started. Sign-up figures count held activities only. 'Withdrawn':\n"
             "sign-ups cancelled by the visitor or staff. 'No-shows': had a place, not ticked as attended.\n"
             "'Waitlisted': ever on the waitlist; 'Promoted': got a place from it and kept it.\n";
}

void printCsv(const ActivityStatsReport& r) {
    out() << "period_from,period_to,activity,held,cancelled,signups,withdrawn,attended,no_shows,waitlisted,"
             "promoted\r\n";
    for (const ActivityFigures& f : r.rows) {
        QStringList fields{r.from.toString(kDateFormat), r.to.toString(kDateFormat), f.title};
        fields += numbers(f, ActivityStats::exportCount);
        printCsvRow(fields);
    }
}

}  // namespace

int runReportActivities(const QStringList& args) {
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption from = fromOption();
    const QCommandLineOption to = toOption();
    const QCommandLineOption csv(QStringList{QStringLiteral("csv")},
                                 QStringLiteral("CSV for funders: one row per activity title, counts under 5 shown "
                                                "as <5."));
    parser.addOptions({db, from, to, csv});
    parser.addPositionalArgument(QStringLiteral("activities"),
                                 QStringLiteral("Activities held, sign-ups, attendance and waitlist use."));
    if (int code = parseOrExit(
            parser, args,
            QStringLiteral("aktivkafe report activities --db PATH [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--csv]"),
            QStringLiteral("Activity figures for the manager and for funders."));
        code >= 0)
        return code;
    if (parser.positionalArguments() != QStringList{QStringLiteral("activities")}) {
        err() << "aktivkafe report activities: unexpected '" << parser.positionalArguments().mid(1).join(u' ')
              << "'.\n";
        return Usage;
    }
    if (!parser.isSet(db)) {
        err() << "aktivkafe report activities: --db PATH is required.\n";
        return Usage;
    }

    // Read only: a report never changes the café's file.
    auto database = openDatabase(parser.value(db), Open::ReadOnly);
    if (!database) return Unreadable;
    const QTimeZone zone = cafeZone(*database, "aktivkafe report activities");  // the café's days
    SystemClock clock;
    const QDate today = clock.now().toTimeZone(zone).date();
    const auto period = readPeriod(parser, from, to, today, "aktivkafe report activities");
    if (!period) return Usage;
    const auto fitted = fitPeriod(*database, *period, zone, "aktivkafe report activities");
    if (!fitted) return Failed;
    const auto [first, last] = *fitted;
    auto figures = ActivityStats::figures(*database, first, last, zone, clock);
    if (!figures) {
        err() << "aktivkafe report activities: " << figures.error().message << "\n";
        return figures.error().code == ErrorCode::InvalidInput ? Usage : Unreadable;
    }
    if (parser.isSet(csv))
        printCsv(figures.value());
    else
        printReadable(figures.value());
    out().flush();
    return Ok;
}

}  // namespace ak::cli
