#include "core/config/ConfigSchema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimeZone>

#include "core/config/ConfigCompliance.h"
#include "core/config/ConfigDevices.h"
#include "core/config/ConfigSection.h"
#include "core/config/ConfigVisits.h"
#include "core/config/OrgNumber.h"
#include "core/money/Money.h"

#include <algorithm>

namespace ak::config {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("ak::config", text); }

const QStringList kLanguages{QStringLiteral("nb"), QStringLiteral("da"), QStringLiteral("en")};

// Identifiers printed on receipts and stored with every sale or visit.
bool isValidId(const QString& id) {
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$"));
    return re.match(id).hasMatch();
}

std::optional<QString> readId(ConfigSection& s, std::string_view key) {
    std::optional<QString> id = s.string(key, Need::Required);
    if (id && !isValidId(*id)) {
        s.problemAt(key, tr("%1 must be 1 to 32 letters (a–z), digits, '-', '_' or '.', starting with a letter "
                            "or digit; it is \"%2\"")
                             .arg(s.keyName(key), *id));
        return std::nullopt;
    }
    return id;
}

std::optional<QStringList> readLanguages(ConfigSection& s, std::string_view key, Need need) {
    std::optional<QStringList> langs = s.stringList(key, need);
    if (!langs) return std::nullopt;
    if (langs->isEmpty()) {
        s.problemAt(key, tr("%1 must name at least one language").arg(s.keyName(key)));
        return std::nullopt;
    }
    for (qsizetype i = 0; i < langs->size(); ++i) {
        const QString& l = langs->at(i);
        if (!kLanguages.contains(l)) {
            s.problemAt(key, tr("%1 may only hold \"nb\" (Norwegian bokmål), \"da\" (Danish) and \"en\" (English); "
                                "\"%2\" is not one of them")
                                 .arg(s.keyName(key), l));
            return std::nullopt;
        }
        if (langs->indexOf(l) != i) {
            s.problemAt(key, tr("%1 names \"%2\" twice").arg(s.keyName(key), l));
            return std::nullopt;
        }
    }
    return langs;
}

CafeConfig readCafe(ConfigSection& s) {
    CafeConfig c;
    if (auto name = s.string("name", Need::Required)) {
        c.name = name->trimmed();
        if (c.name.isEmpty() || c.name.size() > 100) {
            s.problemAt("name", tr("%1 must be the café's name, 1 to 100 characters").arg(s.keyName("name")));
        }
    }
    const auto country = s.choice("country", {QStringLiteral("NO"), QStringLiteral("DK")}, Need::Required);
    c.country = country == QLatin1String("DK") ? Country::Denmark : Country::Norway;
    const Currency natural = c.country == Country::Norway ? Currency::NOK : Currency::DKK;
    c.currency = natural;
    if (auto cur = s.choice("currency", {QStringLiteral("NOK"), QStringLiteral("DKK")}, Need::Optional)) {
        c.currency = *currencyFromCode(*cur);
        if (country && c.currency != natural) {
            s.problemAt("currency", tr("%1 is \"%2\", but a café in country \"%3\" keeps its till in \"%4\"")
                                        .arg(s.keyName("currency"), *cur, *country, currencyCode(natural)));
        }
    }
    c.locale = c.country == Country::Norway ? QStringLiteral("nb_NO") : QStringLiteral("da_DK");
    if (auto loc = s.choice("locale", {QStringLiteral("nb_NO"), QStringLiteral("da_DK"), QStringLiteral("en_GB")},
                            Need::Optional)) {
        c.locale = *loc;
    }
    if (auto langs = readLanguages(s, "languages", Need::Required)) c.languages = *langs;
    if (auto vat = s.boolean("vat_registered", Need::Required)) c.vatRegistered = *vat;
    const std::optional<QString> org = s.string("org_number", Need::Optional);
    const bool orgGiven = org && !org->trimmed().isEmpty();
    if (orgGiven && country) {
        if (auto normal = normalizedOrgNumber(*org, c.country)) {
            c.orgNumber = *normal;
        } else {
            s.problemAt("org_number", c.country == Country::Norway
                                          ? tr("%1 \"%2\" is not a Norwegian organisation number: it must be 9 "
                                               "digits, and the last digit must match the others (look for a typo)")
                                                .arg(s.keyName("org_number"), *org)
                                          : tr("%1 \"%2\" is not a Danish CVR number: it must be 8 digits")
                                                .arg(s.keyName("org_number"), *org));
        }
    }
    if (c.vatRegistered && !orgGiven) {
        const QString why = tr("a VAT-registered café must print its organisation number on receipts");
        if (!s.node("org_number")) {
            s.missing("org_number", why);
        } else if (org) {
            s.problemAt("org_number",
                        tr("%1 is empty, but vat_registered = true: %2").arg(s.keyName("org_number"), why));
        }
    }
    if (auto id = readId(s, "register_id")) c.registerId = *id;
    c.timeZone = QTimeZone(c.country == Country::Norway ? QByteArrayLiteral("Europe/Oslo")
                                                        : QByteArrayLiteral("Europe/Copenhagen"));
    if (auto zone = s.string("time_zone", Need::Optional)) {
        const QByteArray id = zone->trimmed().toUtf8();
        if (!id.isEmpty() && QTimeZone::isTimeZoneIdAvailable(id)) {
            c.timeZone = QTimeZone(id);
        } else {
            s.problemAt("time_zone", tr("%1 must be a time zone's IANA name, like \"Europe/Oslo\" or "
                                        "\"Europe/Copenhagen\"; \"%2\" is not one this machine knows")
                                         .arg(s.keyName("time_zone"), *zone));
        }
    }
    return c;
}

// [database] second_backup_directory: another folder than the first backups (`first`), neither inside
// it nor holding it — a second copy on the same disk is no second copy.
QString readSecondBackupDirectory(ConfigSection& s, const QString& first) {
    const QString second = resolvePath(s.string("second_backup_directory", Need::Optional).value_or(QString()).trimmed(),
                                       s.fileOf("second_backup_directory"));
    if (second.isEmpty() || first.isEmpty()) return second;
    const QString firstFolder = QDir::cleanPath(first);
    const auto within = [](const QString& inner, const QString& outer) {
        return inner == outer || inner.startsWith(outer.endsWith(u'/') ? outer : outer + u'/');
    };
    if (within(second, firstFolder) || within(firstFolder, second)) {
        s.problemAt("second_backup_directory",
                    tr("%1 must be another folder than backup_directory (%2), neither inside it nor holding it: a "
                       "second copy on the same disk is no second copy. Name a folder on the backup stick.")
                        .arg(s.keyName("second_backup_directory"), firstFolder));
        return {};
    }
    return second;
}

DatabaseConfig readDatabase(ConfigSection& s) {
    DatabaseConfig d;
    // The kiosk and the till share one data folder, so not AppDataLocation: that differs per program name.
    const QString dataFolder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                               QStringLiteral("/aktivkafe");
    const std::optional<QString> url = s.string("url", Need::Optional);
    const std::optional<QString> path = s.string("path", Need::Optional);
    QString raw = path.value_or(QString());
    if (url && path && !url->trimmed().isEmpty() && !path->trimmed().isEmpty()) {
        s.problemAt("url", QStringLiteral("give either url or path in [database], not both (path = \"FILE\" is the "
                                          "same as url = \"sqlite:FILE\")."));
    } else if (url && !url->trimmed().isEmpty()) {
        auto location = DatabaseLocation::parse(*url);
        if (!location) {
            s.problemAt("url", location.error().message);
        } else if (location->isPostgres()) {
            d.location = location.value();
        } else {
            raw = location->path;
        }
    }
    if (!d.location.isPostgres()) {
        if (raw == QLatin1String(":memory:")) d.path = raw;
        else if (raw.trimmed().isEmpty()) d.path = dataFolder + QStringLiteral("/aktivkafe.sqlite");
        else d.path = resolvePath(raw, s.fileOf(url && !url->trimmed().isEmpty() ? "url" : "path"));
        d.location.path = d.path;
    }
    if (auto file = s.string("password_file", Need::Optional); file && !file->trimmed().isEmpty()) {
        if (!d.location.isPostgres())
            s.problemAt("password_file", QStringLiteral("is only for a database server (url = \"postgresql://...\"); "
                                                        "an SQLite file has no password."));
        d.location.passwordFile = resolvePath(file->trimmed(), s.fileOf("password_file"));
    }
    d.backupDirectory = resolvePath(s.string("backup_directory", Need::Optional).value_or(QString()).trimmed(),
                                    s.fileOf("backup_directory"));
    d.backupDirectoryIsDefault = d.backupDirectory.isEmpty();
    if (d.backupDirectory.isEmpty() && d.path != QLatin1String(":memory:"))
        d.backupDirectory = d.location.isPostgres() ? dataFolder + QStringLiteral("/backups")
                                                    : QFileInfo(d.path).absolutePath() + QStringLiteral("/backups");
    if (auto k = s.integer("keep_days", 1, 3650, Need::Optional)) d.keepDays = static_cast<int>(*k);
    d.secondBackupDirectory = readSecondBackupDirectory(s, d.backupDirectory);
    return d;
}

KioskConfig readKiosk(ConfigSection& s, const QStringList& cafeLanguages) {
    KioskConfig k;
    if (auto id = readId(s, "id")) k.id = *id;
    if (auto t = s.integer("idle_timeout_seconds", 10, 3600, Need::Optional))
        k.idleTimeoutSeconds = static_cast<int>(*t);
    k.languages = cafeLanguages;
    if (auto langs = readLanguages(s, "languages", Need::Optional)) {
        k.languages = *langs;
        for (const QString& l : *langs) {
            if (!cafeLanguages.isEmpty() && !cafeLanguages.contains(l)) {
                s.problemAt("languages", tr("%1 offers \"%2\", but the café's languages in [cafe] are %3; add it "
                                            "there or remove it here")
                                             .arg(s.keyName("languages"), l, cafeLanguages.join(u", ")));
                break;
            }
        }
    }
    if (auto f = s.boolean("fullscreen", Need::Optional)) k.fullscreen = *f;
    if (auto p = s.boolean("print_serving_slip", Need::Optional)) k.printServingSlip = *p;
    return k;
}

std::vector<qint64> readDenominations(ConfigSection& s, Currency currency) {
    std::vector<qint64> out;
    const std::optional<QStringList> list = s.stringList("denominations", Need::Optional);
    if (!list) return out;
    for (const QString& text : *list) {
        const Result<Money> m = Money::parse(text, currency);
        if (!m || m->minor() <= 0 || m->minor() > 100000 * 100) {
            s.problemAt("denominations", tr("%1 must list the coins and notes as amounts in kroner, like [\"1\", \"5\", "
                                            "\"10\", \"20\", \"50\", \"100\"] (or \"0,50\" for 50 øre); \"%2\" is not one")
                                             .arg(s.keyName("denominations"), text));
            return {};
        }
        if (std::find(out.begin(), out.end(), m->minor()) != out.end()) {
            s.problemAt("denominations", tr("%1 names \"%2\" twice").arg(s.keyName("denominations"), text));
            return {};
        }
        out.push_back(m->minor());
    }
    if (out.empty()) s.problemAt("denominations", tr("%1 must name at least one coin or note").arg(s.keyName("denominations")));
    std::sort(out.begin(), out.end());
    return out;
}

TillConfig readTill(ConfigSection& s, Currency currency) {
    TillConfig t;
    if (auto v = s.integer("count_difference_alert", 0, 100000, Need::Optional)) t.countDifferenceAlertMinor = *v * 100;
    t.denominations = readDenominations(s, currency);
    if (auto v = s.integer("idle_lock_seconds", 15, 7200, Need::Optional)) t.idleLockSeconds = static_cast<int>(*v);
    t.reportsDirectory = resolvePath(s.string("reports_directory", Need::Optional).value_or(QString()).trimmed(),
                                     s.fileOf("reports_directory"));
    t.reportPrinter = s.string("report_printer", Need::Optional).value_or(QString()).trimmed();
    return t;
}

}  // namespace

QString resolvePath(const QString& raw, const QString& fromFile) {
    if (raw.isEmpty()) return raw;
    QString path = raw;
    if (path == u'~') {
        path = QDir::homePath();
    } else if (path.startsWith(QLatin1String("~/"))) {
        path = QDir::homePath() + path.mid(1);
    }
    if (QDir::isRelativePath(path)) path = QFileInfo(fromFile).absoluteDir().filePath(path);
    return QDir::cleanPath(path);
}

AppConfig readAppConfig(const toml::table& root, ConfigProblems& problems) {
    AppConfig config;
    ConfigSection top(problems, &root, QString(), {"cafe_file", "cafe", "database", "kiosk", "till", "devices", "checkin", "signups",
                                                      "opening_hours", "compliance"});
    const auto open = [&](ConfigSection& parent, std::string_view key, Need need, QString name,
                          std::vector<std::string_view> keys) {
        return ConfigSection(problems, parent.table(key, need), std::move(name), std::move(keys));
    };
    ConfigSection cafe =
        open(top, "cafe", Need::Required, QStringLiteral("[cafe]"),
             {"name", "org_number", "country", "currency", "locale", "languages", "vat_registered", "register_id",
              "time_zone"});
    config.cafe = readCafe(cafe);
    ConfigSection database = open(top, "database", Need::Optional, QStringLiteral("[database]"),
                                  {"path", "url", "password_file", "backup_directory", "keep_days",
                                   "second_backup_directory"});
    config.database = readDatabase(database);
    ConfigSection kiosk = open(top, "kiosk", Need::Required, QStringLiteral("[kiosk]"),
                               {"id", "idle_timeout_seconds", "languages", "fullscreen", "print_serving_slip"});
    config.kiosk = readKiosk(kiosk, config.cafe.languages);
    ConfigSection till = open(top, "till", Need::Optional, QStringLiteral("[till]"), {"idle_lock_seconds", "reports_directory", "report_printer",
                                                                                   "count_difference_alert", "denominations"});
    config.till = readTill(till, config.cafe.currency);
    if (config.till.reportsDirectory.isEmpty() && config.database.path != QLatin1String(":memory:"))
        config.till.reportsDirectory =
            (config.database.location.isPostgres()
                 ? QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/aktivkafe")
                 : QFileInfo(config.database.path).absolutePath()) +
            QStringLiteral("/reports");
    ConfigSection devices = open(top, "devices", Need::Required, QStringLiteral("[devices]"), {"printer", "scanner", "reader"});
    ConfigSection printer = open(devices, "printer", Need::Required, QStringLiteral("[devices.printer]"),
                                 printerKeys());
    config.devices.printer = readPrinter(printer);
    ConfigSection scanner = open(devices, "scanner", Need::Optional, QStringLiteral("[devices.scanner]"), readerKeys());
    if (scanner.exists()) config.devices.readers.push_back(readScanner(scanner, QStringLiteral("scanner")));
    readReaders(problems, devices.node("reader"), config.devices.readers);
    ConfigSection checkin = open(top, "checkin", Need::Optional, QStringLiteral("[checkin]"), checkInKeys());
    config.checkin = readCheckIn(checkin);
    ConfigSection signups = open(top, "signups", Need::Optional, QStringLiteral("[signups]"), signupsKeys());
    config.signups = readSignups(signups);
    ConfigSection hours = open(top, "opening_hours", Need::Optional, QStringLiteral("[opening_hours]"), openingHoursKeys());
    config.openingHours = readOpeningHours(hours);
    ConfigSection compliance = open(top, "compliance", Need::Optional, QStringLiteral("[compliance]"), complianceKeys());
    config.compliance = readCompliance(compliance);
    return config;
}

}  // namespace ak::config
