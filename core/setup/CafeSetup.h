#pragma once
// A new café from the till's first-start wizard (issue 15): when a café's PC starts for the first
// time there is no café yet, and a volunteer with no text editor answers a few questions on the
// till's screen instead. The answers become the café's own settings file (the main configuration's
// cafe_file, laid over it: core/config/ConfigLoader.h) and a new café database with its manager.
//
// Every rule of the wizard is here, not in the screens: when it runs at all (needed), what makes a
// page's answers good enough (checkCafe, checkManager: one sentence saying what to change), and
// what is written (settingsText, create). create() re-reads the whole configuration with the new
// settings laid over before anything is written, so it never leaves a file the apps would refuse,
// and it leaves a café whole or not at all.

#include "core/config/AppConfig.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace ak {

struct PrinterChoice {
    enum class Kind { None, Usb };
    Kind kind = Kind::None;  // None: no receipt printer yet (the simulated one: no paper)
    quint16 vendorId = 0;
    quint16 productId = 0;
};

struct CafeAnswers {
    QString language = QStringLiteral("nb");  // "nb", "da" or "en": the screens' first language
    QString name;
    Country country = Country::Norway;
    QString orgNumber;  // as typed, spaces allowed; may be empty unless VAT registered
    bool vatRegistered = false;
    QString managerName;
    QString managerPin;
    QString managerPinAgain;
    PrinterChoice printer;
};

class CafeSetup {
    Q_DECLARE_TR_FUNCTIONS(ak::CafeSetup)
public:
    // True when the configuration keeps the café in an SQLite file that does not exist yet and names
    // a cafe_file to write the answers to. A server's café (two machines) is made with the
    // command line (README), never by a till that cannot reach it.
    static bool needed(const AppConfig& config);

    // What is wrong with the café page's answers (name, country, organisation number, VAT) or the
    // manager page's (name, PIN twice), as one sentence; empty when they will do.
    static QString checkCafe(const CafeAnswers& answers);
    static QString checkManager(const CafeAnswers& answers);

    // The café's own settings file: [cafe] and [kiosk] languages, [devices.printer].
    static QByteArray settingsText(const CafeAnswers& answers);

    // Checks every page again, re-reads the configuration with the settings laid over, makes the
    // database with the manager (as `aktivkafe init` and `staff add` would), and writes config.cafeFile. When the file
    // cannot be written the new database is removed again. InvalidInput with a page's sentence,
    // Config when the configuration would be refused, Io and Storage as the files say.
    static Result<void> create(const AppConfig& config, const CafeAnswers& answers);
};

}  // namespace ak
