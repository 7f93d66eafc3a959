// aktivkafe init --db PATH [--seed FILE]

#include "cli/Cli.h"
#include "core/journal/Journal.h"
#include "core/seed/DemoSeeder.h"
#include "core/util/Clock.h"

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
    if (!parser.isSet(seed)) return Ok;

    SystemClock clock;
    Journal journal(*database, clock, QStringLiteral("cli"));
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
