#include "cli/Cli.h"

#include "core/reports/ReportPeriod.h"
#include "core/settings/CafeZone.h"

#include <QIODevice>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace ak::cli {

namespace {
QByteArray& outBuffer() {
    static QByteArray buffer;
    return buffer;
}
}  // namespace

QTextStream& out() {
    static QTextStream s(&outBuffer(), QIODevice::WriteOnly);
    return s;
}

int finishOutput(int code) {
    out().flush();
    const QByteArray& bytes = outBuffer();
    struct stat st {};
    const bool regular = ::fstat(STDOUT_FILENO, &st) == 0 && S_ISREG(st.st_mode);
    const off_t start = regular ? ::lseek(STDOUT_FILENO, 0, SEEK_CUR) : off_t(-1);
    int error = 0;
    for (qsizetype done = 0; done < bytes.size() && error == 0;) {
        const ssize_t n = ::write(STDOUT_FILENO, bytes.constData() + done, size_t(bytes.size() - done));
        if (n > 0)
            done += n;
        else if (n < 0 && errno == EINTR)
            continue;
        else
            error = n < 0 ? errno : EIO;
    }
    // An ordinary file may only report a full disk when its data is flushed.
    if (error == 0 && regular && ::fsync(STDOUT_FILENO) != 0) error = errno;
    if (error == 0) return code;
    if (regular && start >= 0 && ::ftruncate(STDOUT_FILENO, start) == 0) {
        err() << "aktivkafe: the answer could not be written (" << QString::fromLocal8Bit(std::strerror(error))
              << "); the output file was left as it was before.\n";
    } else {
        err() << "aktivkafe: the answer could not be written (" << QString::fromLocal8Bit(std::strerror(error))
              << "); what was written of it is incomplete.\n";
    }
    err().flush();
    return CannotWrite;
}

QTextStream& err() {
    static QTextStream s(stderr);
    return s;
}

QTimeZone cafeZone(const Database& db, const char* command) {
    auto zone = CafeZone::recorded(db);
    if (zone && zone.value()) return *zone.value();
    const QTimeZone machine = QTimeZone::systemTimeZone();
    err() << command << ": the café's time zone is not recorded in this database (no kiosk or till has "
          << "started on it yet); its days are counted in this machine's zone, " << machine.id() << ".\n";
    return machine;
}

QCommandLineOption dbOption() {
    return QCommandLineOption(QStringList{QStringLiteral("db")}, QStringLiteral("The café database file."),
                              QStringLiteral("PATH"));
}

QCommandLineOption fromOption() {
    return QCommandLineOption(QStringList{QStringLiteral("from")},
                              QStringLiteral("First day, YYYY-MM-DD (default: the first of this month)."),
                              QStringLiteral("DATE"));
}

QCommandLineOption toOption() {
    return QCommandLineOption(QStringList{QStringLiteral("to")},
                              QStringLiteral("Last day, inclusive, YYYY-MM-DD (default: today)."),
                              QStringLiteral("DATE"));
}

std::optional<std::pair<QDate, QDate>> readPeriod(const QCommandLineParser& parser, const QCommandLineOption& from,
                                                  const QCommandLineOption& to, QDate today, const char* command) {
    const QString format = QStringLiteral("yyyy-MM-dd");
    QDate first(today.year(), today.month(), 1);
    QDate last = today;
    for (const auto& [option, date] : {std::pair{&from, &first}, std::pair{&to, &last}}) {
        if (!parser.isSet(*option)) continue;
        *date = QDate::fromString(parser.value(*option), format);
        if (!date->isValid()) {
            err() << command << ": --" << option->names().first() << " must be a date as YYYY-MM-DD, not '"
                  << parser.value(*option) << "'.\n";
            return std::nullopt;
        }
    }
    if (first > last) {
        err() << command << ": --from " << first.toString(format) << " is after --to " << last.toString(format)
              << ".\n";
        return std::nullopt;
    }
    return std::pair{first, last};
}

namespace {
// QCommandLineParser's first line names the program as it was started (a build path, say) and puts
// the sub-command's words after the options: say it the way a person types it instead.
QString helpWithUsage(const QCommandLineParser& parser, const QString& usage) {
    const QString help = parser.helpText();
    return QStringLiteral("Usage: ") + usage + help.mid(help.indexOf(u'\n'));
}
}  // namespace

std::optional<std::pair<QDate, QDate>> fitPeriod(const Database& db, std::pair<QDate, QDate> period,
                                                 const QTimeZone& zone, const char* command) {
    const QString format = QStringLiteral("yyyy-MM-dd");
    auto span = ReportPeriod::dataSpan(db, zone);
    if (!span) {
        err() << command << ": " << span.error().message << "\n";
        return std::nullopt;
    }
    const auto fitted = ReportPeriod::clamp(period.first, period.second, span.value());
    if (!fitted) {
        err() << command << ": nothing was recorded from " << period.first.toString(format) << " to "
              << period.second.toString(format) << ".";
        if (span.value())
            err() << " The café's records run from " << span.value()->first.toString(format) << " to "
                  << span.value()->last.toString(format) << ".";
        err() << "\n";
        return std::nullopt;
    }
    if (*fitted != period)
        err() << command << ": the café's records run from " << span.value()->first.toString(format) << " to "
              << span.value()->last.toString(format) << "; the report covers " << fitted->first.toString(format)
              << " to " << fitted->second.toString(format) << ".\n";
    return fitted;
}

int parseOrExit(QCommandLineParser& parser, const QStringList& args, const QString& usage, const QString& synopsis,
                const QStringList& repeatable) {
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    parser.setApplicationDescription(synopsis);
    if (!parser.parse(args)) {
        err() << "aktivkafe: " << parser.errorText() << "\n\n" << helpWithUsage(parser, usage);
        err().flush();
        return Usage;
    }
    if (parser.isSet(help)) {
        out() << helpWithUsage(parser, usage);
        return Ok;
    }
    // Every other option takes one value: a second one would silently win or lose.
    QStringList seen;
    for (const QString& name : parser.optionNames()) {
        if (seen.contains(name) && !repeatable.contains(name)) {
            err() << "aktivkafe: --" << name << " was given more than once; give it once.\n";
            return Usage;
        }
        seen << name;
    }
    return -1;
}

std::unique_ptr<Database> openDatabase(const QString& pathOrUrl, Open how) {
    auto where = DatabaseLocation::fromArgument(pathOrUrl);
    if (!where) {
        err() << "aktivkafe: " << where.error().message << "\n";
        err().flush();
        return nullptr;
    }
    return openDatabase(where.value(), how);
}

std::unique_ptr<Database> openDatabase(const DatabaseLocation& where, Open how) {
    DatabaseOptions options;
    options.createIfMissing = how == Open::Create;
    options.readOnly = how == Open::ReadOnly;
    auto db = Database::open(where, options);
    if (!db) {
        err() << "aktivkafe: " << db.error().message << "\n";
        err().flush();
        return nullptr;
    }
    return std::move(db).value();
}

}  // namespace ak::cli
