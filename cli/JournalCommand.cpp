// aktivkafe journal verify --db PATH

#include "cli/Cli.h"
#include "core/journal/Journal.h"
#include "core/util/Clock.h"

namespace ak::cli {

int runJournal(const QStringList& args) {
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    parser.addOption(db);
    parser.addPositionalArgument(QStringLiteral("verify"), QStringLiteral("Check the hash chain of the journal."));
    if (int code = parseOrExit(parser, args, QStringLiteral("aktivkafe journal verify --db PATH"),
                               QStringLiteral("Work with the electronic journal."));
        code >= 0)
        return code;
    const QStringList words = parser.positionalArguments();
    if (words != QStringList{QStringLiteral("verify")}) {
        err() << "aktivkafe journal: expected 'verify', got '" << words.join(u' ') << "'.\n";
        return Usage;
    }
    if (!parser.isSet(db)) {
        err() << "aktivkafe journal verify: --db PATH is required.\n";
        return Usage;
    }

    // Read only: a damaged journal is evidence, nothing here may write to the file.
    auto database = openDatabase(parser.value(db), Open::ReadOnly);
    if (!database) return Unreadable;
    SystemClock clock;
    const Journal journal(*database, clock, QStringLiteral("cli"));
    auto check = journal.verify();
    if (!check) {
        err() << "aktivkafe journal verify: the journal could not be read: " << check.error().message << "\n";
        return Unreadable;
    }
    if (check->ok()) {
        out() << "OK: " << check->entries << " entries\n";
        return Ok;
    }
    out() << "FAILED at entry " << check->badSeq << ": " << check->reason << "\n";
    return Failed;
}

}  // namespace ak::cli
