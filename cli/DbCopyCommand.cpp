// aktivkafe db copy --from SOURCE --to TARGET: a whole café into a new, empty database (core's
// CafeCopy), e.g. from the one-machine SQLite file onto the PostgreSQL server when the kiosk moves
// to a machine of its own. The target is checked after the copy: its journal verifies, every table
// has the source's row count and the sales add up to the same total.
#include "cli/Cli.h"
#include "core/audit/CafeCopy.h"

#include <QFile>

namespace ak::cli {

namespace {
constexpr char kCommand[] = "aktivkafe db copy";
}

// Copies into `target` (a path or URL); a new SQLite file made for it goes again if the copy fails.
int copyCafe(const QString& source, const QString& target, const char* command) {
    auto from = openDatabase(source, Open::ReadOnly);
    if (!from) return Unreadable;
    auto to = openDatabase(target, Open::Create);
    if (!to) return Unreadable;
    auto copied = CafeCopy::copy(*from, *to);
    if (!copied) {
        err() << command << ": " << copied.error().message << "\n";
        if (to->created() && !to->isPostgres()) {
            const QStringList files = Database::files(to->path());
            to.reset();
            for (const QString& f : files) QFile::remove(f);
        }
        return Failed;
    }
    out() << "Copied " << copied->totalRows() << " rows from " << from->path() << " to " << to->path() << ":\n"
          << "  " << copied->rows.at(QStringLiteral("sales")) << " sales, " << copied->journalEntries
          << " journal entries, " << copied->rows.at(QStringLiteral("coffee_cards")) << " coffee cards, "
          << copied->rows.at(QStringLiteral("visits")) << " visits, " << copied->rows.at(QStringLiteral("staff"))
          << " staff.\n"
          << "The journal verifies on the copy, and every table and the sales total match the source.\n";
    return Ok;
}

int runDbCopy(const QStringList& args) {
    QCommandLineParser parser;
    const QCommandLineOption from(QStringList{QStringLiteral("from")},
                                  QStringLiteral("The café to copy: an SQLite file (PATH or sqlite:PATH) or postgresql://..."),
                                  QStringLiteral("DATABASE"));
    const QCommandLineOption to(QStringList{QStringLiteral("to")},
                                QStringLiteral("Where to: a new SQLite file or an empty PostgreSQL database (createdb)."),
                                QStringLiteral("DATABASE"));
    parser.addOptions({from, to});
    if (int code = parseOrExit(parser, args, QStringLiteral("aktivkafe db copy --from DATABASE --to DATABASE"),
                               QStringLiteral("Copy a whole café into a new, empty database (a file or a PostgreSQL "
                                              "server), and check the copy."));
        code >= 0)
        return code;
    if (!parser.isSet(from) || !parser.isSet(to)) {
        err() << kCommand << ": --from and --to are both needed.\n";
        return Usage;
    }
    return copyCafe(parser.value(from), parser.value(to), kCommand);
}

}  // namespace ak::cli
