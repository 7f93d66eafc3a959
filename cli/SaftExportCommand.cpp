// aktivkafe saft export: the Norwegian SAF-T Cash Register file of a period (core/compliance/
// SaftExport.h), for the tax authority or the café's accountant.
//
//   saft export --config PATH [--config OVERLAY …] [--db PATH] [--from D] [--to D] --output FILE
//               [--hmac-key FILE]
//
// The file is written beside its final name and renamed into place only when whole (QSaveFile):
// a full disk, a broken chain or a crash leave no half file under that name. Each export written
// is journaled as journal_exported (SAF-T event 13020) at the café's register.

#include "cli/Cli.h"
#include "core/compliance/SaftExport.h"
#include "core/compliance/SigningKey.h"
#include "core/config/ConfigLoader.h"
#include "core/journal/Journal.h"
#include "core/util/Clock.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>

namespace ak::cli {
namespace {

const char kCommand[] = "aktivkafe saft export";

// The secret of an HMAC-SHA1 café, for re-checking its chain: --hmac-key, else [compliance]
// private_key when it is an HMAC key file. Only the current key is at hand; older versions' links
// are checked by number only.
std::function<std::optional<QByteArray>(const QString&, int)> hmacKeyFrom(const QString& path) {
    if (path.isEmpty()) return {};
    auto key = compliance::SigningKey::load(path);
    if (!key || key.value().algorithm() != compliance::Algorithm::HmacSha1) return {};
    const QByteArray secret = key.value().secret();
    return [secret](const QString&, int) -> std::optional<QByteArray> { return secret; };
}

}  // namespace

int runSaftExport(const QStringList& args) {
    QCommandLineParser parser;
    const QCommandLineOption config(QStringList{QStringLiteral("config")},
                                    QStringLiteral("The café's configuration ([cafe] name, org_number, time_zone; the "
                                                   "database); repeat it for overlays, as with the apps."),
                                    QStringLiteral("PATH"));
    const QCommandLineOption db = dbOption();
    const QCommandLineOption from = fromOption();
    const QCommandLineOption to = toOption();
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("The file to write (an existing one is replaced only when the new "
                                                   "one is whole)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption hmacKey(QStringList{QStringLiteral("hmac-key")},
                                     QStringLiteral("An HMAC-SHA1 café's key file, to re-check its signatures "
                                                    "(default: [compliance] private_key)."),
                                     QStringLiteral("FILE"));
    parser.addOptions({config, db, from, to, output, hmacKey});
    parser.addPositionalArgument(QStringLiteral("export"), QStringLiteral("Write a SAF-T Cash Register file."));
    if (int code = parseOrExit(parser, args,
                               QStringLiteral("aktivkafe saft export --config PATH [--db PATH] [--from YYYY-MM-DD] "
                                              "[--to YYYY-MM-DD] -o FILE"),
                               QStringLiteral("The journal of a period as a Norwegian SAF-T Cash Register file (v1.00)."),
                               {QStringLiteral("config")});
        code >= 0)
        return code;
    if (parser.positionalArguments() != QStringList{QStringLiteral("export")}) {
        err() << kCommand << ": unexpected '" << parser.positionalArguments().mid(1).join(u' ') << "'.\n";
        return Usage;
    }
    if (!parser.isSet(config) || !parser.isSet(output)) {
        err() << kCommand << ": --config PATH and -o FILE are required (the configuration names the café: "
              << "its name, organisation number and time zone).\n";
        return Usage;
    }
    const QStringList files = parser.values(config);
    auto loaded = loadConfig(files.first(), files.mid(1));
    if (!loaded) {
        err() << kCommand << ": " << loaded.error().message << "\n";
        return Usage;
    }
    const AppConfig& cfg = loaded.value();
    if (cfg.cafe.country != Country::Norway) {
        err() << kCommand << ": SAF-T Cash Register is Norway's format, and this café is in Denmark ([cafe] country = "
              << "\"DK\"). Danish rules ask for other things; docs/compliance.md says which.\n";
        return Failed;
    }
    SystemClock clock;
    const QTimeZone zone = cfg.cafe.timeZone;
    const auto period = readPeriod(parser, from, to, clock.now().toTimeZone(zone).date(), kCommand);
    if (!period) return Usage;
    auto database = parser.isSet(db) ? openDatabase(parser.value(db), Open::Write)
                                     : openDatabase(cfg.database.location, Open::Write);
    if (!database) return Unreadable;

    compliance::SaftCompany company{cfg.cafe.name, cfg.cafe.orgNumber, cfg.cafe.vatRegistered, cfg.cafe.currency, zone};
    compliance::SaftRequest request;
    request.from = period->first;
    request.to = period->second;
    request.createdAt = clock.now().toUTC();
    request.softwareVersion = QStringLiteral(AK_VERSION);
    request.registerId = cfg.cafe.registerId;
    request.hmacKey = hmacKeyFrom(parser.isSet(hmacKey) ? parser.value(hmacKey) : cfg.compliance.privateKey);

    const QString path = parser.value(output);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        err() << kCommand << ": " << path << " cannot be written: " << file.errorString() << "\n";
        return CannotWrite;
    }
    auto summary = compliance::SaftExport::write(*database, company, request, file);
    if (!summary) {
        file.cancelWriting();
        err() << kCommand << ": " << summary.error().message << "\n";
        err() << kCommand << ": nothing was written to " << path << ".\n";
        return summary.error().code == ErrorCode::Io ? CannotWrite : Failed;
    }
    if (!file.commit()) {
        err() << kCommand << ": " << path << " could not be written (" << file.errorString()
              << "); is the disk full? Nothing was left under that name.\n";
        return CannotWrite;
    }
    const compliance::SaftSummary& s = summary.value();
    QFile written(path);
    QCryptographicHash sha(QCryptographicHash::Sha256);
    if (written.open(QIODevice::ReadOnly)) sha.addData(&written);
    Journal journal(*database, clock, cfg.cafe.registerId);
    auto recorded = journal.record(Journal::systemActor(), JournalKind::JournalExported,
                                   {{QStringLiteral("format"), QStringLiteral("saf-t-cash-register-no-1.00")},
                                    {QStringLiteral("from"), period->first.toString(Qt::ISODate)},
                                    {QStringLiteral("to"), period->second.toString(Qt::ISODate)},
                                    {QStringLiteral("file"), QFileInfo(path).fileName()},
                                    {QStringLiteral("sha256"), QString::fromLatin1(sha.result().toHex())},
                                    {QStringLiteral("transactions"), s.transactions}});
    if (!recorded) {
        err() << kCommand << ": the file is written, but the export could not be journaled: "
              << recorded.error().message << "\n";
        return Failed;
    }
    out() << "Wrote " << path << ": " << period->first.toString(Qt::ISODate) << " to "
          << period->second.toString(Qt::ISODate) << ", " << s.registers << " register(s), " << s.transactions
          << " transaction(s) (" << s.unsignedTransactions << " unsigned, from before signing began), " << s.events
          << " event(s), " << s.reports << " X/Z report(s); " << s.signaturesChecked << " signature(s) checked.\n";
    return Ok;
}

}  // namespace ak::cli
