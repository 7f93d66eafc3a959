// aktivkafe saft verify FILE --public-key [VERSION=]PEM ... [--hmac-key [VERSION=]FILE] [--schema XSD]
//
// Checks a SAF-T Cash Register file without the till (issue 13, item 4): first against the official
// schema (cli/SaftSchema.h, libxml2), then every register's signature chains, link by link
// (core/compliance/SaftChainCheck.h). Prints the first broken link of each chain and a summary. Both
// passes stream the file: a year's export is checked in little memory.

#include "cli/Cli.h"
#include "cli/SaftSchema.h"
#include "core/compliance/SaftChainCheck.h"
#include "core/compliance/SigningKey.h"

#include <QFile>
#include <QFileInfo>

#include <vector>

namespace ak::cli {

namespace {

const char kCommand[] = "aktivkafe saft verify";

// "2=keys/v2.pem" → {"2", "keys/v2.pem"}; a path that exists as given, or whose part before '=' has a
// '/', is a path whole.
std::pair<QString, QString> splitVersion(const QString& arg) {
    const qsizetype eq = arg.indexOf(u'=');
    if (eq <= 0 || QFileInfo::exists(arg) || arg.left(eq).contains(u'/')) return {QString(), arg};
    return {arg.left(eq), arg.mid(eq + 1)};
}

QString versionWords(const QString& version) {
    return version.isEmpty() ? QStringLiteral("every key version") : QStringLiteral("key version ") + version;
}

// The keys of --public-key and --hmac-key; nullopt after saying what is wrong (`code` set).
std::optional<std::vector<compliance::ChainKey>> readKeys(const QStringList& publicKeys, const QStringList& hmacKeys,
                                                          int& code) {
    std::vector<compliance::ChainKey> keys;
    for (const QString& arg : publicKeys) {
        const auto [version, path] = splitVersion(arg);
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            err() << kCommand << ": the public key " << path << " cannot be read: " << f.errorString() << "\n";
            code = Unreadable;
            return std::nullopt;
        }
        auto key = std::make_shared<const compliance::PublicKey>(QString::fromLatin1(f.read(64 * 1024)));
        if (!key->valid()) {
            err() << kCommand << ": " << path << " is not an RSA public key (PEM); give the register's public key as "
                  << "'aktivkafe keys create' wrote it.\n";
            code = Usage;
            return std::nullopt;
        }
        keys.push_back({version, std::move(key), {}});
    }
    for (const QString& arg : hmacKeys) {
        const auto [version, path] = splitVersion(arg);
        auto key = compliance::SigningKey::load(path);
        if (!key) {
            err() << kCommand << ": " << key.error().message << "\n";
            code = Unreadable;
            return std::nullopt;
        }
        if (key.value().algorithm() != compliance::Algorithm::HmacSha1) {
            err() << kCommand << ": " << path << " is an RSA key; give its public key with --public-key instead.\n";
            code = Usage;
            return std::nullopt;
        }
        keys.push_back({version, nullptr, key.value().secret()});
    }
    return keys;
}

QString where(const compliance::ChainFinding& f) {
    return QStringLiteral("register %1, %2, receipt %3 (%4 %5)")
        .arg(f.registerId, compliance::chainName(f.training), f.nr, f.date, f.time);
}

// Prints the schema check; returns the exit code it calls for, or -1 to go on with the chains.
int printSchema(const SchemaCheck& check, const QString& file, const QString& xsd) {
    const auto more = [&] {
        if (check.errorCount > check.errors.size())
            out() << "  … and " << (check.errorCount - check.errors.size()) << " more\n";
    };
    switch (check.outcome) {
    case SchemaCheck::Outcome::Valid:
        out() << "Schema: valid (" << xsd << ")\n";
        return -1;
    case SchemaCheck::Outcome::Invalid:
        out() << "Schema: NOT VALID against " << xsd << " (" << check.errorCount
              << (check.errorCount == 1 ? " error" : " errors") << "):\n";
        for (const QString& e : check.errors) out() << "  " << e << "\n";
        more();
        return -1;
    case SchemaCheck::Outcome::NotWellFormed:
        err() << kCommand << ": " << file << " is not a well-formed XML file:\n";
        for (const QString& e : check.errors) err() << "  " << e << "\n";
        return Unreadable;
    case SchemaCheck::Outcome::SchemaUnusable:
        err() << kCommand << ": the schema " << xsd << " cannot be used:\n";
        for (const QString& e : check.errors) err() << "  " << e << "\n";
        return Unreadable;
    }
    return -1;
}

void printChains(const compliance::ChainReport& r, const std::vector<compliance::ChainKey>& keys) {
    for (const auto& c : r.continued) out() << "Note: " << where(c) << " " << c.why << ".\n";
    if (r.ok()) {
        out() << "Signatures: OK, every signed transaction's link verifies\n";
    } else {
        out() << "Signatures: FAILED; the first broken link of each broken chain:\n";
        for (const auto& b : r.broken) {
            out() << "  " << where(b) << ": " << b.why << "\n";
            if (b.problem == compliance::LinkProblem::UnknownKeyVersion) {
                QStringList given;
                for (const auto& k : keys) given << versionWords(k.version);
                out() << "    (keys were given for: " << given.join(QStringLiteral(", "))
                      << "; add --public-key VERSION=PEM for the missing one)\n";
            }
        }
    }
    out() << "Registers: " << r.registers << ", transactions: " << r.transactions << ", signed: " << r.signedCount
          << ", unsigned: " << r.unsignedCount << ", verified: " << r.verified << "\n";
    if (r.unsignedCount > 0)
        out() << "Unsigned transactions were written before the register began to sign; they are not broken links.\n";
}

}  // namespace

int runSaftVerify(const QStringList& args) {
    QCommandLineParser parser;
    const QCommandLineOption publicKey(
        QStringList{QStringLiteral("public-key")},
        QStringLiteral("The register's RSA public key (PEM). Repeat it for each key version of the period; "
                       "VERSION= names the keyVersion it is for, without it the key is tried for every version."),
        QStringLiteral("[VERSION=]PEM"));
    const QCommandLineOption hmacKey(
        QStringList{QStringLiteral("hmac-key")},
        QStringLiteral("For a register that signs with HMAC-SHA1: its secret key file (hmac-sha1:...), as with "
                       "--public-key."),
        QStringLiteral("[VERSION=]FILE"));
    const QCommandLineOption schema(QStringList{QStringLiteral("schema")},
                                    QStringLiteral("The SAF-T Cash Register XSD to check against (default: the one "
                                                   "shipped with this program, share/aktivkafe/saft)."),
                                    QStringLiteral("XSD"));
    parser.addOptions({publicKey, hmacKey, schema});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The SAF-T Cash Register file."));
    if (int code = parseOrExit(parser, args,
                               QStringLiteral("aktivkafe saft verify FILE --public-key [VERSION=]PEM "
                                              "[--hmac-key [VERSION=]FILE] [--schema XSD]"),
                               QStringLiteral("Check a SAF-T Cash Register file against the schema and re-verify "
                                              "its signature chains."),
                               {QStringLiteral("public-key"), QStringLiteral("hmac-key")});
        code >= 0)
        return code;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        err() << kCommand << ": give one SAF-T file" << (files.isEmpty() ? "" : ", not several") << ".\n";
        return Usage;
    }
    if (!parser.isSet(publicKey) && !parser.isSet(hmacKey)) {
        err() << kCommand << ": the register's key is needed to check the signatures: --public-key PEM (RSA) or "
              << "--hmac-key FILE (HMAC).\n";
        return Usage;
    }
    const QString file = files.first();
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            err() << kCommand << ": " << file << " cannot be read: " << f.errorString() << "\n";
            return Unreadable;
        }
    }
    int code = Ok;
    auto keys = readKeys(parser.values(publicKey), parser.values(hmacKey), code);
    if (!keys) return code;

    QString xsd = parser.value(schema);
    if (xsd.isEmpty()) {
        QStringList looked;
        xsd = shippedSaftSchema(&looked);
        if (xsd.isEmpty()) {
            err() << kCommand << ": the SAF-T schema that comes with this program is not there (looked for "
                  << looked.join(QStringLiteral(" and ")) << "); give it with --schema XSD.\n";
            return Unreadable;
        }
    }
    const SchemaCheck schemaCheck = checkAgainstSchema(file, xsd);
    if (int stop = printSchema(schemaCheck, file, xsd); stop >= 0) return stop;

    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        err() << kCommand << ": " << file << " cannot be read: " << f.errorString() << "\n";
        return Unreadable;
    }
    const auto report = compliance::SaftChainCheck(*keys).run(f);
    if (!report) {
        err() << kCommand << ": " << file << " " << report.error().message << "\n";
        return Unreadable;
    }
    printChains(report.value(), *keys);
    return schemaCheck.outcome == SchemaCheck::Outcome::Valid && report.value().ok() ? Ok : Failed;
}

}  // namespace ak::cli
