#include "AppStartup.h"

#include <cerrno>
#include <cstring>

#include <unistd.h>

#include <QCommandLineParser>
#include <QFileInfo>
#include <QStandardPaths>

#include "core/config/ConfigLoader.h"

namespace ak::ui {

void addStartupOptions(QCommandLineParser& parser) {
    parser.addOption({QStringLiteral("config"),
                      QStringLiteral("Configuration file; repeat to lay overlays over the first."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("db"), QStringLiteral("Use this database file instead of the configured one."),
                      QStringLiteral("path")});
}

Result<QStringList> configFiles(const QCommandLineParser& parser) {
    QStringList files = parser.values(QStringLiteral("config"));
    if (!files.isEmpty()) return files;
    const QStringList candidates{
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/aktivkafe/aktivkafe.toml"),
        QStringLiteral("/etc/aktivkafe/aktivkafe.toml")};
    for (const QString& c : candidates) {
        if (QFileInfo::exists(c)) return QStringList{c};
    }
    return Result<QStringList>::fail(
        ErrorCode::Config,
        QStringLiteral("No configuration file found. Copy config/aktivkafe.toml to %1 and edit it, "
                       "or start with --config FILE.")
            .arg(candidates.first()));
}

Result<AppConfig> startConfig(const QCommandLineParser& parser) {
    auto files = configFiles(parser);
    if (!files) return files.error();
    return loadConfig(files->first(), files->mid(1));
}

Result<AppContext> startApp(const QCommandLineParser& parser) {
    auto config = startConfig(parser);
    if (!config) return config.error();
    return openApp(parser, std::move(config).value());
}

Result<AppContext> openApp(const QCommandLineParser& parser, AppConfig config) {
    AppContext context{std::move(config), nullptr};
    if (parser.isSet(QStringLiteral("db"))) {
        auto where = DatabaseLocation::fromArgument(parser.value(QStringLiteral("db")));
        if (!where) return where.error();
        context.config.database.location = where.value();
        context.config.database.path = where->path;
    }
    // The apps never make a café (a mistyped path must not become an empty one, nor an empty
    // server database one): that is 'aktivkafe init'. They do bring an existing café's schema up to date.
    DatabaseOptions options;
    options.createIfMissing = context.config.database.path == QLatin1String(":memory:");  // tests and self-tests
    auto db = Database::open(context.config.database.location, options);
    if (!db) return db.error();
    context.db = std::move(db).value();
    return context;
}

QString restartAsItself(char* argv[]) {
    execv("/proc/self/exe", argv);
    return QString::fromLocal8Bit(std::strerror(errno));
}

}  // namespace ak::ui
