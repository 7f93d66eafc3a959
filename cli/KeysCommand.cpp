// aktivkafe keys create|rotate|list: the register's signing key for the Norwegian signature chain
// (core/compliance/). The private key goes to a file of its own (0600), never into the database;
// its public half (RSA) into the database and a PEM file for the product declaration.
//
//   keys create [--config PATH] [--db PATH] [--register ID] [--private-key FILE] [--algorithm A]
//               [--public-key FILE]
//   keys rotate  (the same)  the old key file is kept as FILE.vN, the new one takes its place
//   keys list --db PATH

#include "cli/Cli.h"
#include "cli/Table.h"
#include "core/compliance/KeyRegistry.h"
#include "core/config/ConfigLoader.h"
#include "core/journal/Journal.h"
#include "core/util/Clock.h"

#include <QFile>
#include <QSaveFile>

namespace ak::cli {

namespace {

const char kCommand[] = "aktivkafe keys";

struct Settings {
    DatabaseLocation db;
    QString registerId;
    QString privateKey;
    QString publicKey;
    compliance::Algorithm algorithm = compliance::Algorithm::RsaSha1;
};

int list(const DatabaseLocation& where) {
    auto database = openDatabase(where, Open::ReadOnly);
    if (!database) return Unreadable;
    auto versions = compliance::keyVersions(*database);
    if (!versions) {
        err() << kCommand << " list: " << versions.error().message << "\n";
        return Failed;
    }
    if (versions.value().empty()) {
        out() << "No signing key is registered. Make one with: aktivkafe keys create\n";
        return Ok;
    }
    std::vector<QStringList> rows{{QStringLiteral("register"), QStringLiteral("version"), QStringLiteral("algorithm"),
                                   QStringLiteral("created (UTC)"), QStringLiteral("fingerprint (SHA-256)")}};
    for (const auto& v : versions.value())
        rows.push_back({v.registerId, QString::number(v.version), v.algorithm,
                        v.createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")), v.fingerprint});
    printTable(rows, 5);
    return Ok;
}

Result<void> writePublicKey(const QString& path, const QString& pem) {
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(pem.toLatin1()) != pem.size() || !f.commit())
        return Error{ErrorCode::Io, QStringLiteral("%1 could not be written: %2").arg(path, f.errorString())};
    return {};
}

// Makes the key at `keyPath`, registers it and writes the public key; on a failed registration the
// new key file goes again (nothing half done).
int makeAndRegister(const Settings& s, const QString& keyPath, const char* sub) {
    auto database = openDatabase(s.db, Open::Write);
    if (!database) return Unreadable;
    auto key = compliance::SigningKey::create(keyPath, s.algorithm);
    if (!key) {
        err() << kCommand << " " << sub << ": " << key.error().message << "\n";
        return Failed;
    }
    SystemClock clock;
    Journal journal(*database, clock, QStringLiteral("cli"));
    auto registered = compliance::registerKey(*database, journal, s.registerId, key.value(), clock.now());
    if (!registered) {
        QFile::remove(keyPath);
        err() << kCommand << " " << sub << ": " << registered.error().message << "\n";
        return Failed;
    }
    out() << "Register " << s.registerId << " signs with " << registered.value().algorithm << " key version "
          << registered.value().version << ".\n";
    if (!key.value().publicKeyPem().isEmpty()) {
        if (auto w = writePublicKey(s.publicKey, key.value().publicKeyPem()); !w) {
            err() << kCommand << " " << sub << ": " << w.error().message
                  << " (the key is registered; its public key is also in the database)\n";
            return Failed;
        }
        out() << "Public key (for the product declaration and for checking exports): " << s.publicKey << "\n";
    }
    out() << "Fingerprint: " << registered.value().fingerprint << "\n";
    return Ok;
}

}  // namespace

int runKeys(const QStringList& args) {
    QCommandLineParser parser;
    const QCommandLineOption config(QStringList{QStringLiteral("config")},
                                    QStringLiteral("The café's configuration: database, register and [compliance];"
                                                   " repeat it for overlays, as with the apps."),
                                    QStringLiteral("PATH"));
    const QCommandLineOption db = dbOption();
    const QCommandLineOption reg(QStringList{QStringLiteral("register")}, QStringLiteral("The register id ([cafe] register_id)."),
                                 QStringLiteral("ID"));
    const QCommandLineOption privateKey(QStringList{QStringLiteral("private-key")},
                                        QStringLiteral("Where the key is written ([compliance] private_key)."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption publicKey(QStringList{QStringLiteral("public-key")},
                                       QStringLiteral("Where the public key (PEM) is written; default FILE.pub.pem."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption algorithm(QStringList{QStringLiteral("algorithm")},
                                       QStringLiteral("rsa-sha1 (default) or hmac-sha1 ([compliance] signing)."),
                                       QStringLiteral("A"));
    parser.addOptions({config, db, reg, privateKey, publicKey, algorithm});
    parser.addPositionalArgument(QStringLiteral("create|rotate|list"), QStringLiteral("What to do."));
    if (int code = parseOrExit(parser, args, QStringLiteral("aktivkafe keys create|rotate|list [--config PATH] [--db PATH] "
                                                            "[--register ID] [--private-key FILE] [--algorithm A]"),
                               QStringLiteral("The register's signing key for the signature chain."),
                               {QStringLiteral("config")});
        code >= 0)
        return code;
    const QStringList words = parser.positionalArguments();
    const QString sub = words.value(0);
    if (words.size() != 1 || (sub != QLatin1String("create") && sub != QLatin1String("rotate") && sub != QLatin1String("list"))) {
        err() << kCommand << ": expected create, rotate or list.\n";
        return Usage;
    }

    Settings s;
    if (parser.isSet(config)) {
        const QStringList files = parser.values(config);
        auto loaded = loadConfig(files.first(), files.mid(1));
        if (!loaded) {
            err() << kCommand << ": " << loaded.error().message << "\n";
            return Failed;
        }
        s.db = loaded.value().database.location;
        s.registerId = loaded.value().cafe.registerId;
        s.privateKey = loaded.value().compliance.privateKey;
        if (auto a = compliance::algorithmFromKey(loaded.value().compliance.signing)) s.algorithm = *a;
    }
    if (parser.isSet(db)) {
        auto where = DatabaseLocation::fromArgument(parser.value(db));
        if (!where) {
            err() << kCommand << ": " << where.error().message << "\n";
            return Usage;
        }
        s.db = where.value();
    }
    if (!s.db.isPostgres() && s.db.path.isEmpty()) {
        err() << kCommand << " " << sub << ": --db PATH (or --config PATH) is required.\n";
        return Usage;
    }
    if (sub == QLatin1String("list")) return list(s.db);

    if (parser.isSet(reg)) s.registerId = parser.value(reg);
    if (parser.isSet(privateKey)) s.privateKey = parser.value(privateKey);
    if (parser.isSet(algorithm)) {
        const auto a = compliance::algorithmFromKey(parser.value(algorithm));
        if (!a) {
            err() << kCommand << " " << sub << ": --algorithm must be rsa-sha1 or hmac-sha1, not '" << parser.value(algorithm) << "'.\n";
            return Usage;
        }
        s.algorithm = *a;
    }
    if (s.registerId.isEmpty() || s.privateKey.isEmpty()) {
        err() << kCommand << " " << sub << ": the register (--register) and the key file (--private-key) are needed, or a"
              << " --config whose [cafe] register_id and [compliance] private_key name them.\n";
        return Usage;
    }
    s.publicKey = parser.isSet(publicKey) ? parser.value(publicKey) : s.privateKey + QStringLiteral(".pub.pem");

    if (sub == QLatin1String("create")) return makeAndRegister(s, s.privateKey, "create");

    // rotate: the new key is made beside the old one and registered; only then does the old file
    // step aside (FILE.vN) and the new one take its name, so the till finds it where it looks.
    auto old = compliance::SigningKey::load(s.privateKey);
    if (!old) {
        err() << kCommand << " rotate: " << old.error().message << "\n";
        return Failed;
    }
    int oldVersion = 0;
    {
        auto database = openDatabase(s.db, Open::ReadOnly);
        if (!database) return Unreadable;
        auto versions = compliance::keyVersions(*database, s.registerId);
        if (versions)
            for (const auto& v : versions.value())
                if (v.fingerprint == old.value().fingerprint()) oldVersion = v.version;
    }
    if (oldVersion == 0) {
        err() << kCommand << " rotate: the key in " << s.privateKey << " is not registered for register " << s.registerId
              << "; there is nothing to rotate (use: aktivkafe keys create).\n";
        return Failed;
    }
    const QString fresh = s.privateKey + QStringLiteral(".new");
    if (int code = makeAndRegister(s, fresh, "rotate"); code != Ok) return code;
    const QString kept = s.privateKey + QStringLiteral(".v%1").arg(oldVersion);
    if (!QFile::rename(s.privateKey, kept) || !QFile::rename(fresh, s.privateKey)) {
        err() << kCommand << " rotate: the new key is registered and in " << fresh << ", but could not take the place of "
              << s.privateKey << ": move it there by hand.\n";
        return Failed;
    }
    out() << "The old key (version " << oldVersion << ") is kept as " << kept << "; restart the till to sign with the new one.\n";
    return Ok;
}

}  // namespace ak::cli
