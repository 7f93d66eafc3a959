// The till's first-start wizard's rules and result (core/setup/CafeSetup): when it runs, what each
// page refuses, and the café it makes: the settings file laid over the main configuration as the
// apps read it, the database with its manager, nothing half-made when something fails.
#include <boost/test/unit_test.hpp>

#include "core/config/ConfigLoader.h"
#include "core/setup/CafeSetup.h"
#include "core/staff/StaffRepository.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace ak;
using ak::test::TempDir;

namespace {

// The shipped configuration with the café's data and its own settings file in `dir`, as the
// Debian package has it in /var/lib/aktivkafe.
QString packagedConfig(const TempDir& dir, const QString& cafeFile = QStringLiteral("cafe.toml")) {
    QFile shipped(ak::test::sourceDir() + QStringLiteral("/config/aktivkafe.toml"));
    BOOST_TEST_REQUIRE(shipped.open(QIODevice::ReadOnly));
    QByteArray text = shipped.readAll();
    const QByteArray named = QByteArray("\ncafe_file = \"") + cafeFile.toUtf8() + QByteArray("\"\n");
    text.replace(QByteArray("\n#cafe_file = \"/var/lib/aktivkafe/cafe.toml\"\n"), named);
    text.replace("\npath = \"\"\n", "\npath = \"cafe.sqlite\"\n");
    const QString path = dir.file(QStringLiteral("aktivkafe.toml"));
    QFile out(path);
    BOOST_TEST_REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(text);
    return path;
}

AppConfig load(const QString& path) {
    auto config = loadConfig(path);
    BOOST_TEST_REQUIRE(config.ok(), (config.ok() ? QString() : config.error().message).toStdString());
    return config.value();
}

CafeAnswers danishCafe() {
    CafeAnswers a;
    a.language = QStringLiteral("da");
    a.name = QStringLiteral("Café \"Fyrtårnet\" \\ Nørrebro");  // quotes and a backslash: written escaped
    a.country = Country::Denmark;
    a.orgNumber = QStringLiteral("1234 5678");
    a.vatRegistered = true;
    a.managerName = QStringLiteral("Mette");
    a.managerPin = a.managerPinAgain = QStringLiteral("4719");
    a.printer = {PrinterChoice::Kind::Usb, 0x04b8, 0x0202};
    return a;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(cafe_setup)

BOOST_AUTO_TEST_CASE(the_wizard_runs_only_when_there_is_no_cafe_and_a_file_for_its_settings) {
    TempDir dir;
    BOOST_TEST(CafeSetup::needed(load(packagedConfig(dir))));
    AppConfig withoutFile = load(packagedConfig(dir));
    withoutFile.cafeFile.clear();
    BOOST_TEST(!CafeSetup::needed(withoutFile));  // no cafe_file: `aktivkafe init` makes the café
    AppConfig inMemory = load(packagedConfig(dir));
    inMemory.database.path = QStringLiteral(":memory:");
    BOOST_TEST(!CafeSetup::needed(inMemory));
    BOOST_TEST_REQUIRE(Database::open(dir.file(QStringLiteral("cafe.sqlite"))).ok());
    BOOST_TEST(!CafeSetup::needed(load(packagedConfig(dir))));  // a café is there
}

BOOST_AUTO_TEST_CASE(each_page_says_what_to_change) {
    CafeAnswers a = danishCafe();
    BOOST_TEST(CafeSetup::checkCafe(a).isEmpty());
    BOOST_TEST(CafeSetup::checkManager(a).isEmpty());
    a.name = QStringLiteral("   ");
    BOOST_TEST(CafeSetup::checkCafe(a).contains(QStringLiteral("name")));
    a = danishCafe();
    a.orgNumber = QStringLiteral("1234567");
    BOOST_TEST(CafeSetup::checkCafe(a).contains(QStringLiteral("CVR")));
    a.country = Country::Norway;
    a.orgNumber = QStringLiteral("923 609 017");  // the check digit does not match
    BOOST_TEST(CafeSetup::checkCafe(a).contains(QStringLiteral("typo")));
    a.orgNumber = QStringLiteral("923 609 016");
    BOOST_TEST(CafeSetup::checkCafe(a).isEmpty());
    a.orgNumber.clear();
    BOOST_TEST(CafeSetup::checkCafe(a).contains(QStringLiteral("VAT")));  // VAT registered needs the number
    a.vatRegistered = false;
    BOOST_TEST(CafeSetup::checkCafe(a).isEmpty());

    a = danishCafe();
    a.managerPinAgain = QStringLiteral("4791");
    BOOST_TEST(CafeSetup::checkManager(a).contains(QStringLiteral("not the same")));
    a.managerPin = a.managerPinAgain = QStringLiteral("1234");
    BOOST_TEST(!CafeSetup::checkManager(a).isEmpty());  // too easy to guess (StaffRules)
    a = danishCafe();
    a.managerName.clear();
    BOOST_TEST(!CafeSetup::checkManager(a).isEmpty());
}

BOOST_AUTO_TEST_CASE(the_answers_become_a_cafe_the_apps_read) {
    TempDir dir;
    const QString main = packagedConfig(dir);
    BOOST_TEST_REQUIRE(CafeSetup::create(load(main), danishCafe()).ok());

    const AppConfig cafe = load(main);
    BOOST_TEST(cafe.sources == (QStringList{main, dir.file(QStringLiteral("cafe.toml"))}));
    BOOST_TEST(cafe.cafe.name == danishCafe().name);
    BOOST_TEST((cafe.cafe.country == Country::Denmark));
    BOOST_TEST(currencyCode(cafe.cafe.currency) == QStringLiteral("DKK"));
    BOOST_TEST(cafe.cafe.locale == QStringLiteral("da_DK"));
    BOOST_TEST(cafe.cafe.timeZone.id() == QByteArray("Europe/Copenhagen"));
    BOOST_TEST(cafe.cafe.languages == (QStringList{QStringLiteral("da"), QStringLiteral("en")}));
    BOOST_TEST(cafe.kiosk.languages == cafe.cafe.languages);
    BOOST_TEST(cafe.cafe.orgNumber == QStringLiteral("12345678"));
    BOOST_TEST(cafe.cafe.vatRegistered);
    BOOST_TEST((cafe.devices.printer.kind == dev::PrinterSettings::Kind::Usb));
    BOOST_TEST(cafe.devices.printer.usbVendorId == 0x04b8);
    BOOST_TEST(cafe.devices.printer.usbProductId == 0x0202);
    BOOST_TEST(!CafeSetup::needed(cafe));
    // The owner and the group aktivkafe (kiosk and till may be different logins), nobody else.
    for (const QString& f : {cafe.database.path, cafe.cafeFile})
        BOOST_TEST((QFileInfo(f).permissions() & 0x0777) == 0x0660, f.toStdString());

    // The manager logs in with the PIN given; nobody else is there.
    auto db = Database::open(cafe.database.path, {.createIfMissing = false});
    BOOST_TEST_REQUIRE(db.ok());
    SystemClock clock;
    StaffRepository staff(*db.value(), clock, PinHashCost::Minimum);
    const auto list = staff.list();
    BOOST_TEST_REQUIRE(list.ok());
    BOOST_TEST_REQUIRE(list->size() == 1u);
    BOOST_TEST(list->front().name == QStringLiteral("Mette"));
    BOOST_TEST((list->front().role == StaffRole::Manager));

    // Asked again, it refuses and leaves the café alone.
    BOOST_TEST((CafeSetup::create(cafe, danishCafe()).error().code == ErrorCode::Conflict));
}

BOOST_AUTO_TEST_CASE(no_printer_yet_keeps_receipts_on_the_screen_and_norway_follows_the_country) {
    TempDir dir;
    const QString main = packagedConfig(dir);
    CafeAnswers a;
    a.language = QStringLiteral("en");
    a.name = QStringLiteral("Kafé Lyspunkt");
    a.managerName = QStringLiteral("Kari");
    a.managerPin = a.managerPinAgain = QStringLiteral("5827");
    BOOST_TEST_REQUIRE(CafeSetup::create(load(main), a).ok());
    const AppConfig cafe = load(main);
    BOOST_TEST((cafe.devices.printer.kind == dev::PrinterSettings::Kind::Simulated));
    BOOST_TEST(cafe.cafe.languages == (QStringList{QStringLiteral("en"), QStringLiteral("nb")}));
    BOOST_TEST(currencyCode(cafe.cafe.currency) == QStringLiteral("NOK"));
    BOOST_TEST(cafe.cafe.orgNumber.isEmpty());
    BOOST_TEST(!cafe.cafe.vatRegistered);
}

BOOST_AUTO_TEST_CASE(nothing_is_half_made) {
    TempDir dir;
    // Bad answers: no database, no settings file.
    const QString main = packagedConfig(dir);
    CafeAnswers bad = danishCafe();
    bad.managerPinAgain = QStringLiteral("0000");
    const auto refused = CafeSetup::create(load(main), bad);
    BOOST_TEST((refused.error().code == ErrorCode::InvalidInput));
    BOOST_TEST(!QFile::exists(dir.file(QStringLiteral("cafe.sqlite"))));
    BOOST_TEST(!QFile::exists(dir.file(QStringLiteral("cafe.toml"))));

    // A settings file that cannot be written (its folder is not there): the new database goes again.
    const QString nowhere = packagedConfig(dir, QStringLiteral("missing-folder/cafe.toml"));
    const auto unwritten = CafeSetup::create(load(nowhere), danishCafe());
    BOOST_TEST_REQUIRE(!unwritten.ok());
    BOOST_TEST((unwritten.error().code == ErrorCode::Io));
    BOOST_TEST(unwritten.error().message.contains(QStringLiteral("no café was made")));
    BOOST_TEST(!QFile::exists(dir.file(QStringLiteral("cafe.sqlite"))));
    BOOST_TEST(CafeSetup::needed(load(nowhere)));  // the wizard can run again
}

BOOST_AUTO_TEST_SUITE_END()
