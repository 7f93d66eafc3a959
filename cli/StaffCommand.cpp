// aktivkafe staff add --db PATH --name NAME --role volunteer|manager --pin PIN

#include "cli/Cli.h"
#include "core/journal/Journal.h"
#include "core/staff/StaffRepository.h"
#include "core/util/Clock.h"

#include <QJsonObject>

namespace ak::cli {

int runStaff(const QStringList& args) {
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption name(QStringList{QStringLiteral("name")}, QStringLiteral("The name shown on the till."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption role(QStringList{QStringLiteral("role")}, QStringLiteral("volunteer or manager."),
                                  QStringLiteral("ROLE"));
    const QCommandLineOption pin(QStringList{QStringLiteral("pin")}, QStringLiteral("4 to 6 digits."),
                                 QStringLiteral("PIN"));
    parser.addOptions({db, name, role, pin});
    parser.addPositionalArgument(QStringLiteral("add"), QStringLiteral("Add a staff member."));
    if (int code =
            parseOrExit(parser, args,
                        QStringLiteral("aktivkafe staff add --db PATH --name NAME --role volunteer|manager --pin PIN"),
                        QStringLiteral("Manage the café's staff."));
        code >= 0)
        return code;
    const QStringList words = parser.positionalArguments();
    if (words != QStringList{QStringLiteral("add")}) {
        err() << "aktivkafe staff: expected 'add', got '" << words.join(u' ') << "'.\n";
        return Usage;
    }
    for (const QCommandLineOption& o : {db, name, role, pin}) {
        if (!parser.isSet(o)) {
            err() << "aktivkafe staff add: --" << o.names().first() << " is required.\n";
            return Usage;
        }
    }
    const auto staffRole = staffRoleFromKey(parser.value(role));
    if (!staffRole) {
        err() << "aktivkafe staff add: --role must be volunteer or manager, not '" << parser.value(role) << "'.\n";
        return Usage;
    }

    auto database = openDatabase(parser.value(db), Open::Write);
    if (!database) return Unreadable;
    SystemClock clock;
    Journal journal(*database, clock, QStringLiteral("cli"));
    StaffRepository staff(*database, clock);
    StaffMember added;
    auto r = database->write([&]() -> Result<void> {
        // Unchecked on purpose: whoever can run this on the database file can already change
        // anything in it, and the first manager has to come from somewhere. Journaled here.
        auto m = staff.addBySystem(parser.value(name), *staffRole, parser.value(pin));
        if (!m) return m.error();
        added = m.value();
        auto e = journal.append(
            Journal::systemActor(), JournalKind::StaffAdded,
            QJsonObject{{QStringLiteral("staff_id"), added.id}, {QStringLiteral("role"), staffRoleKey(added.role)}});
        if (!e) return e.error();
        return {};
    });
    if (!r) {
        err() << "aktivkafe staff add: " << r.error().message << "\n";
        return Failed;
    }
    out() << "Added " << added.name << " (" << staffRoleKey(added.role) << ") with id " << added.id << ".\n";
    return Ok;
}

}  // namespace ak::cli
