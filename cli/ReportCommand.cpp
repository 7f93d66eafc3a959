// aktivkafe report cards --db PATH [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--csv]
//
// The coffee-card figures (core/cards/CardReport.h) for the manager, as a table, or for funders as
// CSV. The table stays on the café's machine and is exact; the CSV leaves the café, so its counts
// under 5 are suppressed (DOMAIN.md "Privacy") and it has no total column from which a suppressed
// cell could be worked back.

#include "cli/Cli.h"
#include "cli/Table.h"
#include "core/cards/CardReport.h"
#include "core/util/Clock.h"

#include <QTimeZone>

#include <algorithm>
#include <utility>
#include <vector>

namespace ak::cli {

namespace {

const QString kDateFormat = QStringLiteral("yyyy-MM-dd");

QString kindName(CardKind kind) {
    switch (kind) {
        case CardKind::Free:
            return QStringLiteral("free card");
        case CardKind::Punch:
            return QStringLiteral("punch card");
        case CardKind::DayPass:
            return QStringLiteral("day pass");
    }
    return {};
}

void printReadable(const CardFigures& f, const QTimeZone& zone) {
    out() << "Coffee cards, " << f.from.toString(kDateFormat) << " to " << f.to.toString(kDateFormat) << "\n"
          << "Issued and redeemed in the period; outstanding as of "
          << f.asOf.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")) << ".\n\n";
    std::vector<QStringList> rows{{QStringLiteral("Type"), QStringLiteral("Programme"), QStringLiteral("Kind"),
                                   QStringLiteral("Handed out"), QStringLiteral("Sold"), QStringLiteral("Unsold"),
                                   QStringLiteral("Kiosk cups"), QStringLiteral("Till cups"), QStringLiteral("Active"),
                                   QStringLiteral("Cups left"), QStringLiteral("Unlimited")}};
    for (const CardTypeFigures& r : f.rows) {
        const bool free = r.kind == CardKind::Free;
        // A dash where the figure does not apply to the kind, so a 0 always means "none".
        auto n = [](int v) { return QString::number(v); };
        const QString na = QStringLiteral("-");
        rows.push_back({r.typeName, r.programme.isEmpty() ? na : r.programme, kindName(r.kind),
                        free ? n(r.handedOut) : na, free ? na : n(r.sold), free ? na : n(r.issuedWithoutSale),
                        n(r.redeemedKiosk), n(r.redeemedTill), n(r.activeCards), n(r.cupsLeft), n(r.activeUnlimited)});
    }
    printTable(rows, 3);
    out() << "\n'Unsold': punch cards and day passes issued without a sale. 'Cups left' counts the active cards\n"
             "with a number of cups; 'Unlimited' the active cards without a limit.\n";

    out() << "\nGive-away budgets, " << f.budgetMonth.toString(QStringLiteral("MMMM yyyy")) << "\n\n";
    if (f.budgets.empty()) {
        out() << "No programmes.\n";
        return;
    }
    std::vector<QStringList> budgets{
        {QStringLiteral("Programme"), QStringLiteral("Monthly cups"), QStringLiteral("Used"), QStringLiteral("Use")}};
    for (const BudgetUse& b : f.budgets) {
        const bool set = b.budget > 0;
        QString use = set ? QStringLiteral("%1 %").arg(qint64(b.used) * 100 / b.budget) : QStringLiteral("-");
        if (b.over)
            use += QStringLiteral(" (reached)");
        else if (b.warning)
            use += QStringLiteral(" (near)");
        budgets.push_back(
            {b.programme, set ? QString::number(b.budget) : QStringLiteral("no budget"), QString::number(b.used), use});
    }
    printTable(budgets, 1);
}

void printCsv(const CardFigures& f) {
    out() << "period_from,period_to,type,kind,programme,handed_out,sold,issued_without_sale,"
             "redeemed_kiosk,redeemed_till,active_cards,cups_left,active_unlimited\r\n";
    const auto n = CardReport::exportCount;
    for (const CardTypeFigures& r : f.rows) {
        const QStringList fields{f.from.toString(kDateFormat),
                                 f.to.toString(kDateFormat),
                                 r.typeName,
                                 cardKindKey(r.kind),
                                 r.programme,
                                 n(r.handedOut),
                                 n(r.sold),
                                 n(r.issuedWithoutSale),
                                 n(r.redeemedKiosk),
                                 n(r.redeemedTill),
                                 n(r.activeCards),
                                 n(r.cupsLeft),
                                 n(r.activeUnlimited)};
        printCsvRow(fields);
    }
}

}  // namespace

namespace {
const char kReports[] =
    "Usage: aktivkafe report <report> --db PATH [options]\n"
    "\n"
    "Reports:\n"
    "  cards        coffee cards issued, redeemed and outstanding; budgets\n"
    "  visits       check-ins per day, week, month and hour; counts under 5 as <5\n"
    "  activities   activities held, sign-ups, attendance, waitlist use\n"
    "  funders      visits and activities for funders as a table, CSV, PDF or on paper\n"
    "  day          a business day's X or Z figures per register, as a table or CSV\n"
    "\n"
    "Run 'aktivkafe report <report> --help' for the options of a report.\n";
}  // namespace

int runReport(const QStringList& args) {
    // Each kind of figures has its own options and file; the word after 'report' picks one, and
    // `cards` is the one below.
    const QString word = args.size() > 1 ? args.at(1) : QString();
    if (word == QLatin1String("--help") || word == QLatin1String("-h") || word == QLatin1String("help")) {
        out() << kReports;
        return Ok;
    }
    if (word.isEmpty() || word.startsWith(u'-')) {
        err() << "aktivkafe report: say which report first.\n\n" << kReports;
        return Usage;
    }
    if (word == QLatin1String("visits")) return runReportVisits(args);
    if (word == QLatin1String("activities")) return runReportActivities(args);
    if (word == QLatin1String("funders")) return runReportFunders(args);
    if (word == QLatin1String("day")) return runReportDay(args);
    if (word != QLatin1String("cards")) {
        err() << "aktivkafe report: there is no report '" << word << "'.\n\n" << kReports;
        return Usage;
    }
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption from = fromOption();
    const QCommandLineOption to = toOption();
    const QCommandLineOption csv(QStringList{QStringLiteral("csv")},
                                 QStringLiteral("CSV for funders: one row per card type and programme, counts under 5 "
                                                "shown as <5."));
    parser.addOptions({db, from, to, csv});
    parser.addPositionalArgument(QStringLiteral("cards"),
                                 QStringLiteral("Coffee cards issued, redeemed and outstanding."));
    if (int code = parseOrExit(
            parser, args,
            QStringLiteral("aktivkafe report cards --db PATH [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--csv]"),
            QStringLiteral("Figures for the manager and for funders."));
        code >= 0)
        return code;
    const QStringList words = parser.positionalArguments();
    if (words != QStringList{QStringLiteral("cards")}) {
        err() << "aktivkafe report: expected 'cards', got '" << words.join(u' ') << "'.\n";
        return Usage;
    }
    if (!parser.isSet(db)) {
        err() << "aktivkafe report cards: --db PATH is required.\n";
        return Usage;
    }

    // Read only: a report never changes the café's file.
    auto database = openDatabase(parser.value(db), Open::ReadOnly);
    if (!database) return Unreadable;
    const QTimeZone zone = cafeZone(*database, "aktivkafe report cards");  // the café's days, not this machine's
    SystemClock clock;
    const QDate today = clock.now().toTimeZone(zone).date();
    const auto period = readPeriod(parser, from, to, today, "aktivkafe report cards");
    if (!period) return Usage;
    const auto fitted = fitPeriod(*database, *period, zone, "aktivkafe report cards");
    if (!fitted) return Failed;
    const auto [first, last] = *fitted;
    auto figures = CardReport::figures(*database, first, last, zone, clock);
    if (!figures) {
        err() << "aktivkafe report cards: " << figures.error().message << "\n";
        return figures.error().code == ErrorCode::InvalidInput ? Usage : Unreadable;
    }
    if (parser.isSet(csv))
        printCsv(figures.value());
    else
        printReadable(figures.value(), zone);
    out().flush();
    return Ok;
}

}  // namespace ak::cli
