#include "core/setup/CafeSetup.h"

#include "core/config/ConfigLoader.h"
#include "core/config/OrgNumber.h"
#include "core/journal/JournalAnchor.h"
#include "core/staff/StaffRepository.h"
#include "core/staff/StaffRules.h"
#include "core/storage/Database.h"
#include "core/storage/DatabaseFile.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>

#include <toml++/toml.h>

#include <sstream>

namespace ak {

Q_LOGGING_CATEGORY(lcSetup, "aktivkafe.core.setup")

namespace {

constexpr qsizetype kMaxCafeName = 100;  // as [cafe] name allows

std::string text(const QString& s) { return s.toStdString(); }

QString hex(quint16 id) { return QStringLiteral("0x%1").arg(id, 4, 16, QLatin1Char('0')); }

// The languages the screens offer: the chosen one first, then the country's own and English.
toml::array languages(const CafeAnswers& a) {
    QStringList list{a.language};
    for (const QString& l : {a.country == Country::Norway ? QStringLiteral("nb") : QStringLiteral("da"), QStringLiteral("en")})
        if (!list.contains(l)) list << l;
    toml::array out;
    for (const QString& l : list) out.push_back(text(l));
    return out;
}

}  // namespace

bool CafeSetup::needed(const AppConfig& config) {
    if (config.cafeFile.isEmpty() || config.database.location.isPostgres()) return false;
    const QString& path = config.database.path;
    if (path.isEmpty() || path == QLatin1String(":memory:")) return false;
    const dbfile::Kind kind = dbfile::probe(path).kind;
    return kind == dbfile::Kind::Missing;
}

QString CafeSetup::checkCafe(const CafeAnswers& a) {
    const QString name = a.name.trimmed();
    if (name.isEmpty()) return tr("Write the café's name, as it should stand on the receipts.");
    if (name.size() > kMaxCafeName) return tr("The name can be at most %1 characters.").arg(kMaxCafeName);
    if (!QStringList{QStringLiteral("nb"), QStringLiteral("da"), QStringLiteral("en")}.contains(a.language))
        return tr("Choose a language.");
    const bool orgGiven = !a.orgNumber.trimmed().isEmpty();
    if (orgGiven && !normalizedOrgNumber(a.orgNumber, a.country))
        return a.country == Country::Norway
                   ? tr("The organisation number must be 9 digits, and the last one must match the others. Look for a typo.")
                   : tr("The CVR number must be 8 digits.");
    if (a.vatRegistered && !orgGiven)
        return tr("A café registered for VAT prints its organisation number on every receipt: write it.");
    return {};
}

QString CafeSetup::checkManager(const CafeAnswers& a) {
    if (auto name = StaffRules::name(a.managerName); !name) return name.error().message;
    if (auto pin = StaffRules::newPin(a.managerPin); !pin) return pin.error().message;
    if (a.managerPin != a.managerPinAgain) return tr("The two PINs are not the same. Type the PIN again.");
    return {};
}

QByteArray CafeSetup::settingsText(const CafeAnswers& a) {
    const bool norway = a.country == Country::Norway;
    toml::table cafe{
        {"name", text(a.name.trimmed())},
        {"country", text(countryCode(a.country))},
        {"currency", norway ? "NOK" : "DKK"},
        {"locale", norway ? "nb_NO" : "da_DK"},
        {"time_zone", norway ? "Europe/Oslo" : "Europe/Copenhagen"},
        {"languages", languages(a)},
        {"org_number", text(normalizedOrgNumber(a.orgNumber, a.country).value_or(QString()))},
        {"vat_registered", a.vatRegistered},
    };
    toml::table printer;
    if (a.printer.kind == PrinterChoice::Kind::Usb) {
        printer.insert("kind", "usb");
        printer.insert("vendor_id", text(hex(a.printer.vendorId)));
        printer.insert("product_id", text(hex(a.printer.productId)));
    } else {
        printer.insert("kind", "simulated");
    }
    toml::table root{{"cafe", cafe}, {"kiosk", toml::table{{"languages", languages(a)}}},
                     {"devices", toml::table{{"printer", printer}}}};
    std::ostringstream out;
    out << "# The café's own settings, written by the till's first-start wizard. Its settings are\n"
           "# read after the main configuration file and win. You may edit it like that file.\n\n"
        << root << "\n";
    return QByteArray::fromStdString(out.str());
}

Result<void> CafeSetup::create(const AppConfig& config, const CafeAnswers& a) {
    if (!needed(config))
        return Error{ErrorCode::Conflict, tr("There is a café already, or no file to keep its settings in; nothing was changed.")};
    for (const QString& problem : {checkCafe(a), checkManager(a)})
        if (!problem.isEmpty()) return Error{ErrorCode::InvalidInput, problem};

    // The whole configuration as the apps will read it, the new settings laid over the main file.
    std::vector<ConfigText> layers;
    for (const QString& source : config.sources) {
        if (source == config.cafeFile) continue;  // left by an earlier try: the new answers replace it
        QFile file(source);
        if (!file.open(QIODevice::ReadOnly))
            return Error{ErrorCode::Io, tr("%1 could not be read: %2").arg(source, file.errorString())};
        layers.push_back({file.readAll(), source});
        if (layers.size() == 1) layers.push_back({settingsText(a), config.cafeFile});
    }
    auto reread = parseConfig(layers);
    if (!reread) return reread.error();

    const QString path = reread->database.path;
    {
        auto db = Database::open(path, {.createIfMissing = true});
        if (!db) return db.error();
        // A new café starts a new journal: an anchor left by an earlier café at this path would make
        // the till take the new journal for a cut one (as `aktivkafe init` does).
        QFile::remove(JournalAnchor::pathFor(db.value()->path()));
        StaffRepository staff(*db.value());
        if (auto manager = staff.addBySystem(a.managerName, StaffRole::Manager, a.managerPin); !manager) {
            db.value().reset();
            for (const QString& f : Database::files(path)) QFile::remove(f);
            return manager.error();
        }
    }
    QSaveFile settings(config.cafeFile);
    const QByteArray written = settingsText(a);
    if (!settings.open(QIODevice::WriteOnly) || settings.write(written) != written.size() || !settings.commit()) {
        const QString why = settings.errorString();
        for (const QString& f : Database::files(path)) QFile::remove(f);
        return Error{ErrorCode::Io, tr("The café's settings could not be written to %1 (%2), so no café was made. "
                                       "Tell whoever set up this PC.")
                                        .arg(config.cafeFile, why)};
    }
    // The café's files are its group's as well as its owner's: the kiosk runs as the user aktivkafe,
    // the till may run as a manager's own login in the group aktivkafe (the package's
    // /var/lib/aktivkafe keeps the group on new files). Nobody else reads them. SQLite gives the
    // database's -wal and -shm files the database's permissions.
    constexpr QFile::Permissions cafeOnly = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::WriteGroup;
    for (const QString& f : {path, config.cafeFile})
        if (!QFile::setPermissions(f, cafeOnly)) qCWarning(lcSetup) << "could not set the permissions of" << f;
    qCInfo(lcSetup).noquote() << "made the café" << a.name.trimmed() << "in" << path << "with settings in" << config.cafeFile;
    return {};
}

}  // namespace ak
