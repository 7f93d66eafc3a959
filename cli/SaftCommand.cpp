// aktivkafe saft: the Norwegian SAF-T Cash Register file — `saft export` writes one
// (SaftExportCommand.cpp), `saft verify` checks one without the till (SaftVerifyCommand.cpp).

#include "cli/Cli.h"

namespace ak::cli {

int runSaft(const QStringList& args) {
    const QString sub = args.size() > 1 ? args.at(1) : QString();
    if (sub == QLatin1String("export")) return runSaftExport(args);
    // verify sees its own name in place of "saft": its one positional argument is the file.
    if (sub == QLatin1String("verify")) return runSaftVerify(args.mid(1));
    err() << "Usage: aktivkafe saft export --config PATH [--from YYYY-MM-DD] [--to YYYY-MM-DD] -o FILE\n"
          << "       aktivkafe saft verify FILE --public-key [VERSION=]PEM [--hmac-key [VERSION=]FILE] [--schema XSD]\n";
    return (sub == QLatin1String("--help") || sub == QLatin1String("-h")) ? Ok : Usage;
}

}  // namespace ak::cli
