// aktivkafe saft: the Norwegian SAF-T Cash Register file — `saft export` writes one
// (SaftExportCommand.cpp).

#include "cli/Cli.h"

namespace ak::cli {

int runSaft(const QStringList& args) {
    const QString sub = args.size() > 1 ? args.at(1) : QString();
    if (sub == QLatin1String("export")) return runSaftExport(args);
    err() << "Usage: aktivkafe saft export --config PATH [--from YYYY-MM-DD] [--to YYYY-MM-DD] -o FILE\n";
    return (sub == QLatin1String("--help") || sub == QLatin1String("-h")) ? Ok : Usage;
}

}  // namespace ak::cli
