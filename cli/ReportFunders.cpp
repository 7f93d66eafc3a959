// aktivkafe report funders --db PATH [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--config PATH]
//                          [--lang nb|da|en] [--csv] [--pdf FILE] [--print QUEUE] [--force]
//
// The report for funders (core/reports/FunderReport.h): visits and activities of one period, every
// count as it may leave the café ("<5", ":"). As a table (the default), as CSV on stdout, as an A4 PDF
// file, and/or printed on a CUPS queue (the PDF, through a temporary file when --pdf is not given).
// Every output prints the same shown values, so they can never disagree.

#include "cli/Cli.h"
#include "core/config/ConfigLoader.h"
#include "core/reports/FunderReport.h"
#include "core/reports/ReportPeriod.h"
#include "core/util/Clock.h"
#include "drivers/report/CupsReportPrint.h"
#include "drivers/report/PdfReport.h"
#include "drivers/report/ReportFile.h"

#include <QTemporaryDir>
#include <QTimeZone>
#include <QTranslator>

#include <algorithm>
#include <optional>
#include <utility>

namespace ak::cli {

namespace {

const char kCommand[] = "aktivkafe report funders";
const QStringList kLanguages = {QStringLiteral("nb"), QStringLiteral("da"), QStringLiteral("en")};

QLocale localeFor(const QString& language) {
    if (language == QLatin1String("nb")) return QLocale(QLocale::NorwegianBokmal, QLocale::Norway);
    if (language == QLatin1String("da")) return QLocale(QLocale::Danish, QLocale::Denmark);
    return FunderReport::defaultLocale();
}

void printReadable(const FunderReport& report) {
    out() << report.title() << "\n";
    if (!report.cafeName().isEmpty()) out() << report.cafeName() << "\n";
    out() << report.period() << "\n";
    qsizetype labelWidth = 0;
    for (const FunderSection& s : report.sections())
        for (const FunderRow& r : s.rows) labelWidth = std::max(labelWidth, r.label.size());
    for (const FunderSection& s : report.sections()) {
        out() << "\n" << s.heading << "\n";
        for (const FunderRow& r : s.rows)
            out() << "  " << r.label.leftJustified(int(labelWidth)) << "  " << r.shown.rightJustified(5) << "\n";
    }
    out() << "\n";
    for (const QString& note : report.footnotes()) out() << note << "\n";
}

}  // namespace

int runReportFunders(const QStringList& args) {
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption from = fromOption();
    const QCommandLineOption to = toOption();
    const QCommandLineOption config(QStringList{QStringLiteral("config")},
                                    QStringLiteral("The café's aktivkafe.toml, for its name, language and time zone."),
                                    QStringLiteral("PATH"));
    const QCommandLineOption lang(QStringList{QStringLiteral("lang")},
                                  QStringLiteral("Language of the report: nb, da or en (default: the café's first "
                                                 "language, or en)."),
                                  QStringLiteral("LANG"));
    const QCommandLineOption csv(QStringList{QStringLiteral("csv")},
                                 QStringLiteral("CSV on stdout: section,key,label,count, then the footnotes."));
    const QCommandLineOption pdf(QStringList{QStringLiteral("pdf")}, QStringLiteral("Write an A4 PDF to FILE."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption print(QStringList{QStringLiteral("print")},
                                   QStringLiteral("Print the PDF on the CUPS queue QUEUE (server: CUPS_SERVER)."),
                                   QStringLiteral("QUEUE"));
    const QCommandLineOption force(QStringList{QStringLiteral("force")},
                                   QStringLiteral("Make a PDF or print a period longer than a year all the same."));
    parser.addOptions({db, from, to, config, lang, csv, pdf, print, force});
    parser.addPositionalArgument(QStringLiteral("funders"),
                                 QStringLiteral("Visits and activities of one period for funders."));
    if (int code = parseOrExit(parser, args, QStringLiteral("aktivkafe report funders --db PATH [options]"),
                               QStringLiteral("The report for funders; every count under 5 is shown as <5."));
        code >= 0)
        return code;
    if (parser.positionalArguments() != QStringList{QStringLiteral("funders")}) {
        err() << kCommand << ": unexpected '" << parser.positionalArguments().mid(1).join(u' ') << "'.\n";
        return Usage;
    }
    if (!parser.isSet(db)) {
        err() << kCommand << ": --db PATH is required.\n";
        return Usage;
    }
    if (parser.isSet(lang) && !kLanguages.contains(parser.value(lang))) {
        err() << kCommand << ": --lang must be nb, da or en, not '" << parser.value(lang) << "'.\n";
        return Usage;
    }

    QString cafeName;
    std::optional<QTimeZone> configZone;
    QString language = parser.value(lang);
    if (parser.isSet(config)) {
        auto loaded = loadConfig(parser.value(config));
        if (!loaded) {
            err() << kCommand << ": " << loaded.error().message << "\n";
            return Failed;
        }
        cafeName = loaded->cafe.name;
        configZone = loaded->cafe.timeZone;
        if (language.isEmpty() && kLanguages.contains(loaded->cafe.languages.first()))
            language = loaded->cafe.languages.first();
    }
    if (language.isEmpty()) language = QStringLiteral("en");
    // The apps' translations, compiled into this program (cli/CMakeLists.txt). Words without a
    // translation yet stay English; dates and month names follow the language's locale all the same.
    QTranslator translator;
    if (translator.load(QStringLiteral(":/i18n/aktivkafe_%1.qm").arg(language)))
        QCoreApplication::installTranslator(&translator);

    // Read only: a report never changes the café's file.
    auto database = openDatabase(parser.value(db), Open::ReadOnly);
    if (!database) return Unreadable;
    // The café's days, not this machine's: from its configuration when given, else as recorded.
    const QTimeZone zone = configZone ? *configZone : cafeZone(*database, kCommand);
    SystemClock clock;
    const QDate today = clock.now().toTimeZone(zone).date();
    const auto period = readPeriod(parser, from, to, today, kCommand);
    if (!period) return Usage;
    const auto fitted = fitPeriod(*database, *period, zone, kCommand);
    if (!fitted) return Failed;
    const auto [first, last] = *fitted;
    if ((parser.isSet(pdf) || parser.isSet(print)) && !parser.isSet(force) &&
        ReportPeriod::days(first, last) > ReportPeriod::kLongestOnPaper) {
        err() << kCommand << ": " << ReportPeriod::days(first, last) << " days is more than a report on paper should "
              << "cover (at most " << ReportPeriod::kLongestOnPaper << "): its daily figures alone would fill about "
              << ReportPeriod::days(first, last) / 45 + 1 << " pages. Choose a year or less, or add --force.\n";
        return Failed;
    }
    auto built = FunderReport::build(*database, first, last, zone, clock, localeFor(language));
    if (!built) {
        err() << kCommand << ": " << built.error().message << "\n";
        return built.error().code == ErrorCode::InvalidInput ? Usage : Unreadable;
    }
    FunderReport& report = built.value();
    report.setCafeName(cafeName);

    // The PDF first: when it cannot be written or printed, nothing else is printed either. With CSV
    // on stdout, what was done with the PDF is said on stderr so that the CSV stays clean.
    QTextStream& said = parser.isSet(csv) ? err() : out();
    const QString csvText = parser.isSet(csv) ? report.toCsv() : QString();  // in the report's language
    if (parser.isSet(pdf) || parser.isSet(print)) {
        std::optional<QTemporaryDir> spool;  // printing without --pdf: a file that goes away afterwards
        QString path = parser.value(pdf);
        if (!parser.isSet(pdf)) path = spool.emplace().filePath(QStringLiteral("funders.pdf"));
        // Never over the café's own files, whatever the command line says. The PDF is painted in
        // the report's language; what the command says about the file, in its own (English).
        QStringList neverReplace = Database::files(database->path());
        if (parser.isSet(config)) neverReplace << parser.value(config);
        const dev::ReportDocument doc = report.toDocument();
        const QByteArray bytes = dev::PdfReport::render(doc);
        QCoreApplication::removeTranslator(&translator);
        auto written = bytes.isEmpty()
                           ? dev::ReportOutcome<QString>(dev::ReportOutputError{
                                 dev::ReportOutputError::Kind::CannotWrite,
                                 QStringLiteral("The report could not be made into a PDF.")})
                           : dev::ReportFile::write(path, bytes, dev::PdfReport::fileKind(doc.kind, doc.title), neverReplace);
        if (!written) {
            err() << kCommand << ": " << written.error().message << "\n";
            return Failed;
        }
        if (parser.isSet(pdf)) said << "Wrote " << written.value() << "\n";
        if (parser.isSet(print)) {
            auto job = dev::CupsReportPrint::print(written.value(), parser.value(print), report.title());
            if (!job) {
                err() << kCommand << ": " << job.error().message << "\n";
                return Failed;
            }
            said << "Sent to " << parser.value(print) << " as job " << job.value() << "\n";
        }
    }
    if (parser.isSet(csv))
        out() << report.toCsv();
    else if (!parser.isSet(pdf) && !parser.isSet(print))
        printReadable(report);
    out().flush();
    err().flush();
    return Ok;
}

}  // namespace ak::cli
