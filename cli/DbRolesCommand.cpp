// aktivkafe db roles: least privilege for a café on a PostgreSQL server (core/storage/PostgresRoles.h)
// — a kiosk role and a till role and their GRANTs, printed for the café's admin to read and run with
// psql (the default), or run on the server at once with --apply as the owner of the café's tables.
//
//   db roles [--kiosk-role NAME] [--till-role NAME] [--kiosk-login NAME]... [--till-login NAME]...
//            [--kiosk-nicknames] [--apply (--db-url URL [--password-file FILE] | --config PATH)]

#include "cli/Cli.h"
#include "core/config/ConfigLoader.h"
#include "core/storage/DatabaseLocation.h"
#include "core/storage/PostgresRoles.h"

namespace ak::cli {

namespace {

const char kCommand[] = "aktivkafe db roles";

QString sqliteRefusal(const QString& what) {
    return QStringLiteral(
               "%1 is an SQLite file. Roles belong to a PostgreSQL server; who may read or change a file is "
               "decided by its owner and permissions (chmod). Name the server with --db-url "
               "postgresql://HOST/DATABASE.")
        .arg(what);
}

// Where --apply runs the statements: --db-url (with --password-file) or the configuration's
// [database] url and password_file. nullopt after saying why not.
std::optional<DatabaseLocation> serverOf(const QCommandLineParser& parser, const std::optional<AppConfig>& config) {
    DatabaseLocation location;
    if (parser.isSet(QStringLiteral("db-url"))) {
        auto parsed = DatabaseLocation::parse(parser.value(QStringLiteral("db-url")));
        if (!parsed) {
            err() << kCommand << ": " << parsed.error().message << "\n";
            return std::nullopt;
        }
        location = parsed.value();
        if (location.isPostgres()) location.passwordFile = parser.value(QStringLiteral("password-file"));
    } else if (config) {
        location = config->database.location;
    } else {
        err() << kCommand << ": --apply needs the server: --db-url postgresql://HOST/DATABASE, or --config PATH.\n";
        return std::nullopt;
    }
    if (!location.isPostgres()) {
        err() << kCommand << ": "
              << sqliteRefusal(location.path.isEmpty() ? QStringLiteral("The café's database") : location.path) << "\n";
        return std::nullopt;
    }
    return location;
}

int runDbRoles(const QStringList& args) {
    QCommandLineParser parser;
    const QCommandLineOption kioskRole(QStringList{QStringLiteral("kiosk-role")},
                                       QStringLiteral("The kiosk's group role (default aktivkafe_kiosk)."),
                                       QStringLiteral("NAME"));
    const QCommandLineOption tillRole(QStringList{QStringLiteral("till-role")},
                                      QStringLiteral("The till's group role (default aktivkafe_till)."),
                                      QStringLiteral("NAME"));
    const QCommandLineOption kioskLogin(
        QStringList{QStringLiteral("kiosk-login")},
        QStringLiteral("An existing login role a kiosk uses, made a member of the kiosk's "
                       "role; repeat it for several."),
        QStringLiteral("NAME"));
    const QCommandLineOption tillLogin(QStringList{QStringLiteral("till-login")},
                                       QStringLiteral("An existing login role a till uses, made a member of the till's "
                                                      "role; repeat it for several."),
                                       QStringLiteral("NAME"));
    const QCommandLineOption nicknames(QStringList{QStringLiteral("kiosk-nicknames")},
                                       QStringLiteral("The kiosk may list the nicknames of those with a place "
                                                      "([signups] show_nicknames_at_kiosk; --config reads it)."));
    const QCommandLineOption apply(QStringList{QStringLiteral("apply")},
                                   QStringLiteral("Run the statements on the server instead of printing them."));
    const QCommandLineOption url(
        QStringList{QStringLiteral("db-url")},
        QStringLiteral("The café's server, postgresql://[USER@]HOST[:PORT]/DATABASE, as its owner."),
        QStringLiteral("URL"));
    const QCommandLineOption passwordFile(
        QStringList{QStringLiteral("password-file")},
        QStringLiteral("A file with the owner's password (as [database] password_file)."), QStringLiteral("FILE"));
    const QCommandLineOption config(
        QStringList{QStringLiteral("config")},
        QStringLiteral("The café's configuration ([database] url and password_file); repeat "
                       "it for overlays."),
        QStringLiteral("PATH"));
    parser.addOptions(
        {kioskRole, tillRole, kioskLogin, tillLogin, nicknames, apply, url, passwordFile, config, dbOption()});
    if (int code = parseOrExit(parser, args,
                               QStringLiteral("aktivkafe db roles [--kiosk-login NAME]... [--till-login NAME]... "
                                              "[--apply --db-url postgresql://HOST/DATABASE]"),
                               QStringLiteral("The kiosk's and the till's roles on the café's PostgreSQL server: "
                                              "the GRANTs to run with psql, or --apply to run them."),
                               {QStringLiteral("config"), QStringLiteral("kiosk-login"), QStringLiteral("till-login")});
        code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty()) {
        err() << kCommand << ": unexpected '" << parser.positionalArguments().first() << "'.\n";
        return Usage;
    }
    if (parser.isSet(QStringLiteral("db"))) {
        err() << kCommand << ": " << sqliteRefusal(parser.value(QStringLiteral("db"))) << "\n";
        return Failed;
    }
    if (parser.isSet(passwordFile) && !parser.isSet(url)) {
        err() << kCommand << ": --password-file goes with --db-url.\n";
        return Usage;
    }

    std::optional<AppConfig> loaded;
    if (parser.isSet(config)) {
        const QStringList files = parser.values(config);
        auto c = loadConfig(files.first(), files.mid(1));
        if (!c) {
            err() << kCommand << ": " << c.error().message << "\n";
            return Failed;
        }
        loaded = std::move(c).value();
    }

    PostgresRoles roles;
    if (parser.isSet(kioskRole)) roles.kiosk = parser.value(kioskRole);
    if (parser.isSet(tillRole)) roles.till = parser.value(tillRole);
    roles.kioskLogins = parser.values(kioskLogin);
    roles.tillLogins = parser.values(tillLogin);
    roles.kioskShowsNicknames = parser.isSet(nicknames) || (loaded && loaded->signups.showNicknamesAtKiosk);

    // The names first (before any server is reached), then the server: one named but not used
    // (printing) is still checked, since an SQLite café has no roles.
    auto statements = postgresRoleStatements(roles);
    if (!statements) {
        err() << kCommand << ": " << statements.error().message << "\n";
        return Usage;
    }
    std::optional<DatabaseLocation> location;
    if (parser.isSet(apply) || parser.isSet(url) || loaded) {
        location = serverOf(parser, loaded);
        if (!location) return Failed;
    }
    if (!parser.isSet(apply)) {
        out() << "-- Aktivkafe: the kiosk's role " << roles.kiosk << " and the till's role " << roles.till
              << ". Run as the owner of the café's tables, e.g.: psql -1 -d DATABASE -f FILE\n";
        for (const QString& s : statements.value()) out() << s << ";\n";
        return Ok;
    }

    DatabaseOptions options;
    options.createIfMissing = false;
    auto db = Database::open(*location, options);
    if (!db) {
        err() << kCommand << ": " << db.error().message << "\n";
        return Unreadable;
    }
    if (auto applied = applyPostgresRoles(*db.value(), roles); !applied) {
        err() << kCommand << ": " << applied.error().message << "\n";
        return Failed;
    }
    out() << "The kiosk's role " << roles.kiosk << " and the till's role " << roles.till << " are set up on "
          << location->display() << ".\n";
    if (!roles.kioskLogins.isEmpty()) out() << "Kiosk logins: " << roles.kioskLogins.join(QStringLiteral(", ")) << "\n";
    if (!roles.tillLogins.isEmpty()) out() << "Till logins: " << roles.tillLogins.join(QStringLiteral(", ")) << "\n";
    return Ok;
}

}  // namespace

int runDb(const QStringList& args) {
    // roles sees its own name in place of "db".
    if (args.size() > 1 && args.at(1) == QLatin1String("roles")) return runDbRoles(args.mid(1));
    if (args.size() > 1 && args.at(1) == QLatin1String("copy")) return runDbCopy(args.mid(1));
    err() << "Usage: aktivkafe db roles [--kiosk-login NAME]... [--till-login NAME]... [--apply --db-url URL]\n"
          << "       aktivkafe db copy --from DATABASE --to DATABASE\n";
    const QString sub = args.value(1);
    return (sub == QLatin1String("--help") || sub == QLatin1String("-h")) ? Ok : Usage;
}

}  // namespace ak::cli
