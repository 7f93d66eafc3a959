// aktivkafe: the command line of Aktivkafe (composition root of the command; the work is in ak_core).

#include "cli/Cli.h"

#include <QGuiApplication>
#include <QLoggingCategory>

namespace {

const char kUsage[] =
    "Usage: aktivkafe <command> [options]\n"
    "\n"
    "Commands:\n"
    "  init --db PATH [--seed FILE]     create or upgrade a café database, optionally with demo data\n"
    "  journal verify --db PATH         check that the electronic journal is whole and unchanged\n"
    "  journal export --db PATH [--from YYYY-MM-DD] [--to YYYY-MM-DD]\n"
    "                                   the journal of a period as CSV, with SAF-T event codes\n"
    "  staff add --db PATH --name NAME --role volunteer|manager --pin PIN\n"
    "                                   add a volunteer or a manager\n"
    "  backup (--db PATH | --config PATH) [--to DIR]\n"
    "                                   write a checked copy of the database; old copies are rotated\n"
    "  restore FILE --db PATH           put a backup back; the database it replaces is kept beside it\n"
    "  restore FILE --db postgresql://...\n"
    "                                   a backup onto an empty PostgreSQL database (as db copy)\n"
    "  report cards --db PATH [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--csv]\n"
    "                                   coffee cards issued, redeemed and outstanding\n"
    "  report visits --db PATH [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--csv]\n"
    "                                   check-ins per day, week, month and hour; counts under 5 as <5\n"
    "  report day --db PATH [--date YYYY-MM-DD] [--register ID] [--lang nb|da|en] [--csv]\n"
    "                                   a business day's X or Z figures per register\n"
    "  report activities --db PATH [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--csv]\n"
    "                                   activities held, sign-ups, attendance, waitlist use\n"
    "  report funders --db PATH [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--config PATH]\n"
    "                 [--lang nb|da|en] [--csv] [--pdf FILE] [--print QUEUE] [--force]\n"
    "                                   visits and activities for funders as a table, CSV, PDF or on paper;\n"
    "                                   counts under 5 as <5, and : where one could be worked back;\n"
    "                                   on paper at most a year unless --force\n"
    "  devices [--config PATH]          what the configuration names and what is plugged in, with states\n"
    "  devices watch --config PATH [--seconds N]\n"
    "                                   one line per token read and per device plugged in or out\n"
    "  keys create|rotate [--config PATH] [--db PATH] [--register ID] [--private-key FILE]\n"
    "                     [--algorithm rsa-sha1|hmac-sha1] [--public-key FILE]\n"
    "                                   the register's key for the signature chain (a new version on rotate)\n"
    "  keys list --db PATH              every register's key versions\n"
    "  saft export --config PATH [--db PATH] [--from YYYY-MM-DD] [--to YYYY-MM-DD] -o FILE\n"
    "                                   the period as a Norwegian SAF-T Cash Register file (journaled)\n"
    "  saft verify FILE --public-key [VERSION=]PEM [--hmac-key [VERSION=]FILE] [--schema XSD]\n"
    "                                   check a SAF-T Cash Register file against the schema and its signatures\n"
    "  db roles [--kiosk-login NAME]... [--till-login NAME]... [--kiosk-nicknames]\n"
    "           [--apply --db-url postgresql://HOST/DATABASE [--password-file FILE] | --config PATH]\n"
    "                                   the kiosk's and the till's roles on a PostgreSQL server: least\n"
    "                                   privilege as GRANTs to run with psql, or run at once with --apply\n"
    "  db copy --from DATABASE --to DATABASE\n"
    "                                   a whole café into a new, empty database (an SQLite file or a\n"
    "                                   PostgreSQL server), checked after: journal, row counts, sales total\n"
    "\n"
    "  --version                        this program's version\n"
    "\n"
    "Run 'aktivkafe <command> --help' for the options of a command.\n"
    "Exit codes: 0 done, 1 refused, journal damaged or file not verified, 2 database or file unreadable,\n"
    "64 bad command line.\n";

}  // namespace

namespace {

int run(const QStringList& arguments) {
    QStringList args = arguments;
    const QString command = args.size() > 1 ? args.at(1) : QString();
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        ak::cli::out() << kUsage;
        return ak::cli::Ok;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        ak::cli::out() << "aktivkafe " << AK_VERSION << "\n";
        return ak::cli::Ok;
    }
    // The sub-command sees its own name in place of the program name.
    if (args.size() > 1) args.removeAt(0);
    if (command == QLatin1String("init")) return ak::cli::runInit(args);
    if (command == QLatin1String("journal")) return ak::cli::runJournal(args);
    if (command == QLatin1String("staff")) return ak::cli::runStaff(args);
    if (command == QLatin1String("backup")) return ak::cli::runBackup(args);
    if (command == QLatin1String("restore")) return ak::cli::runRestore(args);
    if (command == QLatin1String("report")) return ak::cli::runReport(args);
    if (command == QLatin1String("devices")) return ak::cli::runDevices(args);
    if (command == QLatin1String("keys")) return ak::cli::runKeys(args);
    if (command == QLatin1String("saft")) return ak::cli::runSaft(args);
    if (command == QLatin1String("db")) return ak::cli::runDb(args);

    if (command.isEmpty())
        ak::cli::err() << "aktivkafe: a command is missing.\n\n" << kUsage;
    else
        ak::cli::err() << "aktivkafe: unknown command '" << command << "'.\n\n" << kUsage;
    return ak::cli::Usage;
}

}  // namespace

int main(int argc, char* argv[]) {
    // The command paints PDF reports (fonts need a QGuiApplication) but never opens a window: the
    // offscreen platform works on every machine, with or without a display, and never takes a screen.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("aktivkafe"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AK_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Aktivkafe"));

    // The command's own output and messages say everything; the library's log (progress and the
    // technical text behind a message) is for QT_LOGGING_RULES.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(
            QStringLiteral("aktivkafe.*.debug=false\naktivkafe.*.info=false\naktivkafe.*.warning=false"));

    // Every answer is written at the end and checked: a full disk or a closed pipe is an error.
    return ak::cli::finishOutput(run(QCoreApplication::arguments()));
}
