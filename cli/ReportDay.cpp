// aktivkafe report day --db PATH [--date YYYY-MM-DD] [--register ID] [--lang nb|da|en] [--csv]
//
// The business days that opened on a date, per register: the Z report as it was stored when the
// day was closed, or the figures so far (an X, not journaled: the report opens the file read-only)
// for a day still open. The sections are those of the printed X/Z (core/print/DayReportPrint.h),
// as a table or as CSV (register, business day, Z number, section, item, value).

#include "cli/Cli.h"
#include "cli/Table.h"
#include "core/cash/DayReport.h"
#include "core/print/DayReportPrint.h"
#include "core/storage/Sql.h"
#include "core/util/Clock.h"

#include <QSqlQuery>

namespace ak::cli {

namespace {

const char kCommand[] = "aktivkafe report day";

struct Day {
    qint64 id = 0;
    QString registerId;
    qint64 zNumber = 0;  // 0: still open
};

// The business days opened on `date` in the café's zone, oldest first.
Result<std::vector<Day>> daysOn(const Database& db, QDate date, const QTimeZone& zone, const QString& registerId) {
    const QString from = sql::utcText(QDateTime(date, QTime(0, 0), zone));
    const QString to = sql::utcText(QDateTime(date.addDays(1), QTime(0, 0), zone));
    auto q = db.query(QStringLiteral("SELECT id, register_id, COALESCE(z_number, 0) FROM business_days"
                                     " WHERE opened_at >= ? AND opened_at < ? AND (? = '' OR register_id = ?)"
                                     " ORDER BY opened_at, id"),
                      {from, to, sql::text(registerId), sql::text(registerId)});
    if (!q) return q.error();
    std::vector<Day> days;
    while (q->next()) days.push_back({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toLongLong()});
    return days;
}

// The café's currency: the one its sales are in (a café sells in one); NOK before the first sale.
Currency cafeCurrency(const Database& db) {
    auto code = sql::scalar(db.connection(), QStringLiteral("SELECT currency FROM sales ORDER BY id LIMIT 1"));
    const std::optional<Currency> c = code ? currencyFromCode(code->toString()) : std::nullopt;
    return c.value_or(Currency::NOK);
}

}  // namespace

int runReportDay(const QStringList& args) {
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption date(QStringList{QStringLiteral("date")},
                                  QStringLiteral("The day the business days opened (default: today)."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption registerOption(QStringList{QStringLiteral("register")},
                                            QStringLiteral("Only this register (default: every register)."),
                                            QStringLiteral("ID"));
    const QCommandLineOption lang(QStringList{QStringLiteral("lang")},
                                  QStringLiteral("The words of the report: nb, da or en (default en)."),
                                  QStringLiteral("CODE"), QStringLiteral("en"));
    const QCommandLineOption csv(QStringList{QStringLiteral("csv")},
                                 QStringLiteral("CSV: register, business day, Z number, section, item, value."));
    parser.addOptions({db, date, registerOption, lang, csv});
    parser.addPositionalArgument(QStringLiteral("day"), QStringLiteral("A business day's X or Z figures."));
    if (int code = parseOrExit(parser, args,
                               QStringLiteral("aktivkafe report day --db PATH [--date YYYY-MM-DD] [--register ID] "
                                              "[--lang nb|da|en] [--csv]"),
                               QStringLiteral("The figures of the business days that opened on a date."));
        code >= 0)
        return code;
    if (parser.positionalArguments() != QStringList{QStringLiteral("day")}) {
        err() << kCommand << ": unexpected '" << parser.positionalArguments().mid(1).join(u' ') << "'.\n";
        return Usage;
    }
    if (!parser.isSet(db)) {
        err() << kCommand << ": --db PATH is required.\n";
        return Usage;
    }
    const QString code = parser.value(lang);
    if (code != QLatin1String("nb") && code != QLatin1String("da") && code != QLatin1String("en")) {
        err() << kCommand << ": --lang must be nb, da or en, not '" << code << "'.\n";
        return Usage;
    }

    // Read only: a report never changes the café's file (and an X printed here is not journaled).
    auto database = openDatabase(parser.value(db), Open::ReadOnly);
    if (!database) return Unreadable;
    const QTimeZone zone = cafeZone(*database, kCommand);
    SystemClock clock;
    QDate day = clock.now().toTimeZone(zone).date();
    if (parser.isSet(date)) {
        day = QDate::fromString(parser.value(date), Qt::ISODate);
        if (!day.isValid()) {
            err() << kCommand << ": --date must be a date written YYYY-MM-DD, not '" << parser.value(date) << "'.\n";
            return Usage;
        }
    }
    auto days = daysOn(*database, day, zone, parser.value(registerOption));
    if (!days) {
        err() << kCommand << ": " << days.error().message << "\n";
        return Unreadable;
    }
    if (days->empty()) {
        err() << kCommand << ": no business day opened on " << day.toString(Qt::ISODate)
              << (parser.isSet(registerOption) ? QStringLiteral(" at ") + parser.value(registerOption) : QString())
              << ".\n";
        return Failed;
    }
    DayReport reports(*database, clock, cafeCurrency(*database));
    DayReportPrintInfo info;
    info.cafe.locale = QLocale(code);
    info.cafe.timeZone = zone;
    info.printedAt = clock.now();
    info.printedBy = QStringLiteral("aktivkafe report day");
    if (parser.isSet(csv))
        printCsvRow({QStringLiteral("register"), QStringLiteral("business_day"), QStringLiteral("z_number"),
                     QStringLiteral("section"), QStringLiteral("item"), QStringLiteral("value")});
    for (const Day& d : days.value()) {
        std::optional<ZReport> z;
        DayFigures figures;
        if (d.zNumber > 0) {
            auto stored = reports.storedZ(d.registerId, d.zNumber);
            if (!stored) {
                err() << kCommand << ": " << stored.error().message << "\n";
                return Unreadable;
            }
            z = stored.value();
            figures = z->figures;
        } else {
            auto sofar = reports.figures(d.id, clock.now());
            if (!sofar) {
                err() << kCommand << ": " << sofar.error().message << "\n";
                return Unreadable;
            }
            figures = sofar.value();
        }
        const dev::ReportDocument doc = DayReportPrint::a4(figures, z, info);
        if (parser.isSet(csv)) {
            for (const dev::ReportSection& s : doc.sections)
                for (const dev::ReportRow& r : s.rows)
                    printCsvRow({d.registerId, QString::number(d.id), d.zNumber > 0 ? QString::number(d.zNumber) : QString(),
                                 s.heading, r.label, r.shown});
            continue;
        }
        out() << doc.title << "\n" << doc.period << "\n";
        for (const dev::ReportSection& s : doc.sections) {
            out() << "\n" << s.heading << "\n";
            std::vector<QStringList> rows;
            for (const dev::ReportRow& r : s.rows) rows.push_back({QStringLiteral("  ") + r.label, r.shown});
            printTable(rows);
        }
        out() << "\n";
    }
    out().flush();
    return Ok;
}

}  // namespace ak::cli
