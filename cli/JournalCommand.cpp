// aktivkafe journal verify --db PATH [--head SEQ:HASH]
//
// The whole integrity check (core/audit/IntegrityCheck.h): the hash chain and its head, the
// append-only triggers, every sale against its journal entry, the anchor file beside the database,
// and, with --head, the head printed on a Z report or kept in a backup's name.

#include "cli/Cli.h"
#include "core/audit/IntegrityCheck.h"
#include "core/journal/JournalAnchor.h"

namespace ak::cli {

namespace {
const char kCommand[] = "aktivkafe journal verify";
}  // namespace

int runJournal(const QStringList& args) {
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption head(QStringList{QStringLiteral("head")},
                                  QStringLiteral("The journal's head as printed on a Z report or kept with a backup: "
                                                 "the entry number, a colon and at least 16 characters of its hash."),
                                  QStringLiteral("SEQ:HASH"));
    parser.addOptions({db, head});
    parser.addPositionalArgument(QStringLiteral("verify"),
                                 QStringLiteral("Check the journal, the sales against it, and its anchor."));
    if (int code = parseOrExit(parser, args, QStringLiteral("aktivkafe journal verify --db PATH [--head SEQ:HASH]"),
                               QStringLiteral("Work with the electronic journal."));
        code >= 0)
        return code;
    const QStringList words = parser.positionalArguments();
    if (words != QStringList{QStringLiteral("verify")}) {
        err() << "aktivkafe journal: expected 'verify', got '" << words.join(u' ') << "'.\n";
        return Usage;
    }
    if (!parser.isSet(db)) {
        err() << kCommand << ": --db PATH is required.\n";
        return Usage;
    }
    IntegrityCheck::Options options;
    if (parser.isSet(head)) {
        options.expectedHead = IntegrityCheck::parseHead(parser.value(head));
        if (!options.expectedHead) {
            err() << kCommand << ": --head must be SEQ:HASH with at least 16 characters of the hash, not '"
                  << parser.value(head) << "'.\n";
            return Usage;
        }
    }

    // Read only: a damaged journal is evidence, nothing here may write to the file.
    auto database = openDatabase(parser.value(db), Open::ReadOnly);
    if (!database) return Unreadable;
    options.anchorFile = JournalAnchor::pathFor(parser.value(db));
    auto report = IntegrityCheck::run(*database, options);
    if (!report) {
        err() << kCommand << ": the journal could not be read: " << report.error().message << "\n";
        return Unreadable;
    }
    const IntegrityReport& r = report.value();
    if (r.ok()) {
        out() << "OK: " << r.chain.entries << " entries; every sale matches its entry\n";
    } else {
        out() << "FAILED:\n";
        for (const QString& problem : r.problems()) out() << "  " << problem << "\n";
    }
    out() << "Head: entry " << r.head.seq << ", hash " << r.head.hash << "\n";
    if (r.anchor)
        out() << "Anchor: entry " << r.anchor->seq << " (" << options.anchorFile << ")\n";
    else
        out() << "Anchor: none yet (" << options.anchorFile
              << "); without it, entries cut from the end of the journal together with its head cannot be seen\n";
    return r.ok() ? Ok : Failed;
}

}  // namespace ak::cli
