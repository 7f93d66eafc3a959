#include "cli/Cli.h"

#include <cstdio>

namespace ak::cli {

QTextStream& out() {
    static QTextStream s(stdout);
    return s;
}

QTextStream& err() {
    static QTextStream s(stderr);
    return s;
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

int parseOrExit(QCommandLineParser& parser, const QStringList& args, const QString& synopsis) {
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    parser.setApplicationDescription(synopsis);
    if (!parser.parse(args)) {
        err() << "aktivkafe: " << parser.errorText() << "\n\n" << parser.helpText();
        err().flush();
        return Usage;
    }
    if (parser.isSet(help)) {
        out() << parser.helpText();
        out().flush();
        return Ok;
    }
    return -1;
}

std::unique_ptr<Database> openDatabase(const QString& path, bool forWriting) {
    DatabaseOptions options;
    options.createIfMissing = forWriting;
    options.migrate = forWriting;
    auto db = Database::open(path, options);
    if (!db) {
        err() << "aktivkafe: " << db.error().message << "\n";
        err().flush();
        return nullptr;
    }
    return std::move(db).value();
}

}  // namespace ak::cli
