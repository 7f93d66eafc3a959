// aktivkafe report visits --db PATH [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--csv]
//
// The visit figures (core/visits/VisitStats.h) as a table or as CSV. Unlike the card table, the
// visit table is suppressed too: visit figures are about visitors (health data, DOMAIN.md "Privacy")
// and the table is what gets copied into a funder's report, so both show every count under 5 as
// "<5". Both print exactly VisitStats::exportRows(), so they can never disagree.

#include "cli/Cli.h"
#include "cli/Table.h"
#include "core/util/Clock.h"
#include "core/visits/VisitStats.h"

#include <QTimeZone>

#include <algorithm>
#include <utility>
#include <vector>

namespace ak::cli {

namespace {

const QString kDateFormat = QStringLiteral("yyyy-MM-dd");
const char kCommand[] = "aktivkafe report visits";

// The heading of each section of VisitStats::exportRows() in the table.
QString sectionHeading(const QString& section) {
    static const std::vector<std::pair<QString, QString>> headings{
        {QStringLiteral("total"), QStringLiteral("All visits")},
        {QStringLiteral("day"), QStringLiteral("Visits per day")},
        {QStringLiteral("week"), QStringLiteral("Visits per ISO week (days inside the period)")},
        {QStringLiteral("month"), QStringLiteral("Visits per month (days inside the period)")},
        {QStringLiteral("hour"), QStringLiteral("Visits by hour of the day (local time)")},
        {QStringLiteral("visitors"),
         QStringLiteral("New and returning (returning: the card was seen on an earlier day; unknown: no card)")},
        {QStringLiteral("first_visit"), QStringLiteral("\"Is this your first time here?\"")},
        {QStringLiteral("reason"), QStringLiteral("\"What brings you today?\"")},
        {QStringLiteral("mood"), QStringLiteral("\"How are you today?\" (1 bad, 5 good)")},
    };
    for (const auto& [key, heading] : headings)
        if (key == section) return heading;
    return section;
}

void printReadable(const VisitFigures& f) {
    out() << "Visits, " << f.from.toString(kDateFormat) << " to " << f.to.toString(kDateFormat) << "\n"
          << "Counts from 1 to 4 are shown as <5.\n";
    const std::vector<VisitExportRow> rows = VisitStats::exportRows(f);
    qsizetype keyWidth = 0;
    qsizetype countWidth = 0;
    for (const VisitExportRow& r : rows) {
        keyWidth = std::max(keyWidth, r.key.size());
        countWidth = std::max(countWidth, r.visits.size());
    }
    QString section;
    for (const VisitExportRow& r : rows) {
        if (r.section != section) {
            section = r.section;
            out() << "\n" << sectionHeading(section) << "\n";
        }
        out() << "  " << r.key.leftJustified(int(keyWidth)) << "  " << r.visits.rightJustified(int(countWidth)) << "\n";
    }
}

void printCsv(const VisitFigures& f) {
    out() << "period_from,period_to,section,key,visits\r\n";
    for (const VisitExportRow& r : VisitStats::exportRows(f)) {
        const QStringList fields{f.from.toString(kDateFormat), f.to.toString(kDateFormat), r.section, r.key, r.visits};
        printCsvRow(fields);
    }
}

}  // namespace

int runReportVisits(const QStringList& args) {
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption from = fromOption();
    const QCommandLineOption to = toOption();
    const QCommandLineOption csv(QStringList{QStringLiteral("csv")},
                                 QStringLiteral("CSV: one row per figure (section, key, visits)."));
    parser.addOptions({db, from, to, csv});
    parser.addPositionalArgument(
        QStringLiteral("visits"),
        QStringLiteral("Check-ins per day, week, month and hour; new and returning; answers."));
    if (int code = parseOrExit(
            parser, args,
            QStringLiteral("aktivkafe report visits --db PATH [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--csv]"),
            QStringLiteral("Visit figures; every count under 5 is shown as <5."));
        code >= 0)
        return code;
    if (parser.positionalArguments() != QStringList{QStringLiteral("visits")}) {
        err() << kCommand << ": unexpected '" << parser.positionalArguments().mid(1).join(u' ') << "'.\n";
        return Usage;
    }
    if (!parser.isSet(db)) {
        err() << kCommand << ": --db PATH is required.\n";
        return Usage;
    }

    // Read only: a report never changes the café's file.
    auto database = openDatabase(parser.value(db), Open::ReadOnly);
    if (!database) return Unreadable;
    const QTimeZone zone = cafeZone(*database, kCommand);  // the café's days, not this machine's
    const QDate today = SystemClock().now().toTimeZone(zone).date();
    const auto period = readPeriod(parser, from, to, today, kCommand);
    if (!period) return Usage;
    const auto fitted = fitPeriod(*database, *period, zone, kCommand);
    if (!fitted) return Failed;
    const auto [first, last] = *fitted;
    auto figures = VisitStats::figures(*database, first, last, zone);
    if (!figures) {
        err() << kCommand << ": " << figures.error().message << "\n";
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
