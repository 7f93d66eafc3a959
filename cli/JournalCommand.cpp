// aktivkafe journal verify --db PATH [--head SEQ:HASH]
// aktivkafe journal export --db PATH [--from YYYY-MM-DD] [--to YYYY-MM-DD]
//
// export: the journal's entries of a period (local days in the café's zone) as CSV, one row per
// entry with its SAF-T event code, streamed from the database (a year of a busy café is fine).
//
// verify: the whole integrity check (core/audit/IntegrityCheck.h): the hash chain and its head, the
// append-only triggers, every sale against its journal entry, the anchor file beside the database,
// and, with --head, the head printed on a Z report or kept in a backup's name.

#include "cli/Cli.h"
#include "core/audit/IntegrityCheck.h"
#include "cli/Table.h"
#include "core/journal/JournalAnchor.h"
#include "core/journal/JournalKind.h"
#include "core/storage/Sql.h"
#include "core/util/Clock.h"

#include <QSqlQuery>

namespace ak::cli {

namespace {
const char kCommand[] = "aktivkafe journal verify";
const char kExport[] = "aktivkafe journal export";

int runExport(const QStringList& args) {
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption from = fromOption();
    const QCommandLineOption to = toOption();
    parser.addOptions({db, from, to});
    parser.addPositionalArgument(QStringLiteral("export"), QStringLiteral("The journal of a period as CSV."));
    if (int code = parseOrExit(parser, args,
                               QStringLiteral("aktivkafe journal export --db PATH [--from YYYY-MM-DD] [--to YYYY-MM-DD]"),
                               QStringLiteral("Work with the electronic journal."));
        code >= 0)
        return code;
    if (parser.positionalArguments() != QStringList{QStringLiteral("export")}) {
        err() << kExport << ": unexpected '" << parser.positionalArguments().mid(1).join(u' ') << "'.\n";
        return Usage;
    }
    if (!parser.isSet(db)) {
        err() << kExport << ": --db PATH is required.\n";
        return Usage;
    }
    auto database = openDatabase(parser.value(db), Open::ReadOnly);
    if (!database) return Unreadable;
    const QTimeZone zone = cafeZone(*database, kExport);
    SystemClock clock;
    const auto period = readPeriod(parser, from, to, clock.now().toTimeZone(zone).date(), kExport);
    if (!period) return Usage;
    auto q = database->query(QStringLiteral("SELECT seq, at, register_id, actor, kind, payload, hash FROM journal"
                                            " WHERE at >= ? AND at < ? ORDER BY seq"),
                             {sql::utcText(QDateTime(period->first, QTime(0, 0), zone)),
                              sql::utcText(QDateTime(period->second.addDays(1), QTime(0, 0), zone))});
    if (!q) {
        err() << kExport << ": the journal could not be read: " << q.error().message << "\n";
        return Unreadable;
    }
    printCsvRow({QStringLiteral("seq"), QStringLiteral("at_utc"), QStringLiteral("local_time"), QStringLiteral("register"),
                 QStringLiteral("actor"), QStringLiteral("kind"), QStringLiteral("saft_event"), QStringLiteral("payload"),
                 QStringLiteral("hash")});
    while (q->next()) {
        const QString kind = q->value(4).toString();
        const std::optional<JournalKind> known = JournalKinds::fromName(kind);
        const int event = known ? JournalKinds::safTEvent(*known) : 0;
        const QString at = q->value(1).toString();
        printCsvRow({q->value(0).toString(), at,
                     sql::fromUtcText(at).toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                     q->value(2).toString(), q->value(3).toString(), kind, event ? QString::number(event) : QString(),
                     q->value(5).toString(), q->value(6).toString()});
    }
    return Ok;
}

}  // namespace

int runJournal(const QStringList& args) {
    if (args.size() > 1 && args.at(1) == QLatin1String("export")) return runExport(args);
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
    options.anchorFile = JournalAnchor::pathFor(database->path());
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
