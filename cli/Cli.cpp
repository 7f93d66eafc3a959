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
