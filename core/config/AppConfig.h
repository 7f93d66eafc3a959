#pragma once
// The whole configuration of one café installation, as read from config/aktivkafe.toml (and any
// overlay files). Plain values only: the loader has already checked everything, so a program that
// holds an AppConfig may use it without further checks. See config/aktivkafe.toml for what each
// value means; the names here follow the file's keys.

#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <vector>

#include "core/config/CheckInConfig.h"
#include "core/money/Country.h"
#include "core/money/Currency.h"
#include "core/storage/DatabaseLocation.h"
#include "core/config/ComplianceConfig.h"
#include "drivers/devices/DeviceSettings.h"

namespace ak {

struct CafeConfig {
    QString name;       // [cafe] name, shown on receipts and screens
    QString orgNumber;  // [cafe] org_number, digits only ("" when the café has none)
    Country country = Country::Norway;
    Currency currency = Currency::NOK;
    QString locale;              // [cafe] locale: "nb_NO", "da_DK" or "en_GB"
    QStringList languages;       // [cafe] languages: "nb", "da", "en"; never empty, first is default
    bool vatRegistered = false;  // [cafe] vat_registered
    QString registerId;          // [cafe] register_id, the till's identification on receipts
    // [cafe] time_zone: every local date and time shown, printed, grouped or cut is the café's, never
    // the machine's (a till set to UTC must still print 14:05 in Oslo).
    QTimeZone timeZone = QTimeZone(QByteArrayLiteral("Europe/Oslo"));
};

struct DatabaseConfig {
    // [database] url (or path): where the café's data is. For SQLite, location.path == path.
    DatabaseLocation location;
    QString path;  // absolute path of the SQLite file ("~" expanded, empty in the file resolved); empty for a server
    // [database] backup_directory: where a backup is written before every Z report (absolute;
    // empty in the file: a "backups" folder beside the database).
    QString backupDirectory;
    bool backupDirectoryIsDefault = true;  // not set in the file: made when it is missing
    int keepDays = 90;  // [database] keep_days: backups older than this are deleted (the newest 3 never)
    // [database] second_backup_directory: every backup is also copied here (a USB stick); absolute,
    // never the first folder nor inside it; empty: no second copy. Never made by Aktivkafe.
    QString secondBackupDirectory;
};

struct KioskConfig {
    QString id;                   // [kiosk] id, stored with every check-in and redemption
    int idleTimeoutSeconds = 60;  // [kiosk] idle_timeout_seconds
    QStringList languages;        // [kiosk] languages, a subset of CafeConfig::languages, never empty
    bool fullscreen = true;       // [kiosk] fullscreen
    bool printServingSlip = false;  // [kiosk] print_serving_slip: a slip with the serving number
};

struct TillConfig {
    int idleLockSeconds = 300;  // [till] idle_lock_seconds
    // [till] reports_directory: where the manager's statistics are saved as CSV and PDF (absolute;
    // empty in the file: a "reports" folder beside the database).
    QString reportsDirectory;
    QString reportPrinter;      // [till] report_printer: a CUPS queue for reports; empty: none
    // [till] count_difference_alert (whole kroner): a counted difference above this needs a
    // manager's PIN to sign off. In minor units here.
    qint64 countDifferenceAlertMinor = 5000;
    // [till] denominations: the coins and notes counted, in minor units, smallest first; empty:
    // the country's standard list (core/cash/CashCount.h).
    std::vector<qint64> denominations;
};

struct DevicesConfig {
    dev::PrinterSettings printer;  // [devices.printer]
    // [devices.scanner] (id "scanner") first, then every [[devices.reader]]: all read at once.
    std::vector<dev::ScannerSettings> readers;
};

struct AppConfig {
    CafeConfig cafe;
    DatabaseConfig database;
    KioskConfig kiosk;
    TillConfig till;
    DevicesConfig devices;
    CheckInConfig checkin;      // [checkin]
    SignupsConfig signups;      // [signups]
    OpeningHours openingHours;  // [opening_hours]
    ComplianceConfig compliance;  // [compliance]
    QStringList sources;  // the files (or source names) this configuration was read from, in order
    // cafe_file: the café's own settings, written by the till's first-start wizard (core/setup/
    // CafeSetup.h) and laid over the main file when it exists; absolute. Empty: none named.
    QString cafeFile;
};

}  // namespace ak
