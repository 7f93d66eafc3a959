// aktivkafe init --db PATH [--seed FILE]

#include "cli/Cli.h"
#include "core/audit/ProtectedTriggers.h"
#include "core/journal/Journal.h"
#include "core/journal/JournalAnchor.h"
#include "core/seed/DemoSeeder.h"
#include "core/util/Clock.h"

#include <QFile>

namespace ak::cli {

int runInit(const QStringList& args) {
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption seed(QStringList{QStringLiteral("seed")},
                                  QStringLiteral("Load demo data from this TOML file (config/demo-seed.toml)."),
                                  QStringLiteral("FILE"));
    parser.addOption(db);
    parser.addOption(seed);
    if (int code = parseOrExit(parser, args, QStringLiteral("aktivkafe init --db PATH [--seed FILE]"),
                               QStringLiteral("Create or upgrade a café database."));
        code >= 0)
        return code;
    if (!parser.isSet(db)) {
        err() << "aktivkafe init: --db PATH is required.\n";
        return Usage;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err() << "aktivkafe init: unexpected argument '" << parser.positionalArguments().first() << "'.\n";
        return Usage;
    }

    auto database = openDatabase(parser.value(db), Open::Create);
    if (!database) return Unreadable;
    out() << "Database ready: " << database->path() << " (schema version " << database->schemaVersion() << ")\n";
    // A new café starts a new journal: an anchor left by an earlier café at this path would make
    // the till take the new journal for a cut one.
    if (const QString anchor = JournalAnchor::pathFor(database->path()); database->created() && QFile::exists(anchor)) {
        if (!QFile::remove(anchor)) {
            err() << "aktivkafe init: the journal anchor of an earlier café, " << anchor << ", could not be removed.\n";
            return Failed;
        }
        out() << "Removed the journal anchor of an earlier café at this path: " << anchor << "\n";
    }
    SystemClock clock;
    Journal journal(*database, clock, QStringLiteral("cli"));
    // The append-only triggers are put back here and only here, never quietly: the journal says so.
    auto triggers = ProtectedTriggers::restore(*database, journal);
    if (!triggers) {
        err() << "aktivkafe init: the journal's protection could not be checked: " << triggers.error().message << "\n";
        return Failed;
    }
    if (!triggers->ok()) {
        const QStringList put = triggers->missing + triggers->altered;
        if (!put.isEmpty()) out() << "Put back the protection of the journal and sales: " << put.join(QStringLiteral(", ")) << "\n";
        if (!triggers->unexpected.isEmpty())
            out() << "Removed triggers that are not Aktivkafe's: " << triggers->unexpected.join(QStringLiteral(", ")) << "\n";
        out() << "The journal records this (triggers_restored). Run 'aktivkafe journal verify' to see whether "
                 "anything was changed while the protection was missing.\n";
    }
    if (!parser.isSet(seed)) return Ok;

    auto seeded = DemoSeeder::seed(*database, journal, clock, parser.value(seed));
    if (!seeded) {
        err() << "aktivkafe init: " << seeded.error().message << "\n";
        return Failed;
    }
    out() << "Demo data loaded: " << seeded->categories << " categories, " << seeded->products << " products, "
          << seeded->cardTypes << " coffee card types, " << seeded->activities << " activities, "
          << seeded->staff.size() << " staff.\n";
    out() << "Staff and their demo PINs:\n";
    for (const SeededStaff& s : seeded->staff)
        out() << "  " << qSetFieldWidth(20) << Qt::left << s.member.name << qSetFieldWidth(0) << " "
              << qSetFieldWidth(10) << staffRoleKey(s.member.role) << qSetFieldWidth(0) << " PIN " << s.pin << "  (id "
              << s.member.id << ")\n";
    return Ok;
}

}  // namespace ak::cli
