#pragma once
// The first steps both apps take before they show anything: read the configuration (refused
// whole if anything is wrong) and open the café's database. Nothing starts half-configured:
// on any problem the app prints what is wrong and where, and exits.
//
//   --config FILE   the configuration; repeat it to lay overlay files over the first one.
//                   Without it: ~/.config/aktivkafe/aktivkafe.toml, then /etc/aktivkafe/aktivkafe.toml.
//   --db PATH       use this database file instead of the configured one (":memory:" for tests).

#include <QStringList>

#include "core/config/AppConfig.h"
#include "core/storage/Database.h"
#include "core/util/Result.h"

#include <memory>

class QCommandLineParser;

namespace ak::ui {

struct AppContext {
    AppConfig config;
    std::unique_ptr<Database> db;
};

void addStartupOptions(QCommandLineParser& parser);

// The configuration files to read: those given, else the first standard one that exists.
Result<QStringList> configFiles(const QCommandLineParser& parser);

// The configuration as the app reads it (configFiles, laid over each other), before the database.
Result<AppConfig> startConfig(const QCommandLineParser& parser);

// Opens the café the configuration names (--db instead, when given).
Result<AppContext> openApp(const QCommandLineParser& parser, AppConfig config);
Result<AppContext> startApp(const QCommandLineParser& parser);  // startConfig, then openApp

// Starts this program again in place (same process id, same arguments): after the first start has
// made the café, so that it is opened as on every later start. Returns only when that failed, with
// the reason in words.
QString restartAsItself(char* argv[]);

}  // namespace ak::ui
