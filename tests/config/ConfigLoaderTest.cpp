// The shipped configuration, values and defaults, every printer and scanner kind, overlays, paths.

#include <boost/test/unit_test.hpp>

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTimeZone>

#include "core/config/ConfigLoader.h"
#include "core/config/OrgNumber.h"
#include "tests/config/ConfigTestText.h"
#include "tests/support/TestSupport.h"

using namespace ak;
using ak::test::insertAfter;
using ak::test::minimalConfig;
using ak::test::replaceLine;

namespace {

AppConfig parsed(const QByteArray& text) {
    Result<AppConfig> r = parseConfig(text, QStringLiteral("test.toml"));
    BOOST_TEST_INFO("error: " << (r.ok() ? QString() : r.error().message));
    BOOST_REQUIRE(r.ok());
    return r.value();
}

void writeFile(const QString& path, const QByteArray& text) {
    QFile f(path);
    BOOST_REQUIRE(f.open(QIODevice::WriteOnly));
    BOOST_REQUIRE(f.write(text) == text.size());
}

}  // namespace

BOOST_AUTO_TEST_SUITE(config_loader)

BOOST_AUTO_TEST_CASE(shipped_file_loads_with_documented_values) {
    const QString path = ak::test::sourceDir() + QStringLiteral("/config/aktivkafe.toml");
    Result<AppConfig> r = loadConfig(path);
    BOOST_TEST_INFO("error: " << (r.ok() ? QString() : r.error().message));
    BOOST_REQUIRE(r.ok());
    const AppConfig& c = r.value();
    BOOST_TEST(c.cafe.name == QStringLiteral("Aktivkafé Lyspunkt"));
    BOOST_TEST(c.cafe.orgNumber == QStringLiteral("923609016"));
    BOOST_TEST((c.cafe.country == Country::Norway));
    BOOST_TEST((c.cafe.currency == Currency::NOK));
    BOOST_TEST(c.cafe.locale == QStringLiteral("nb_NO"));
    BOOST_TEST(c.cafe.languages == (QStringList{QStringLiteral("nb"), QStringLiteral("en")}));
    BOOST_TEST(!c.cafe.vatRegistered);
    BOOST_TEST(c.cafe.registerId == QStringLiteral("KASSE-1"));
    BOOST_TEST(c.cafe.timeZone.id() == QByteArrayLiteral("Europe/Oslo"));
    BOOST_TEST(c.database.path == QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                                      QStringLiteral("/aktivkafe/aktivkafe.sqlite"));
    BOOST_TEST(c.kiosk.id == QStringLiteral("inngang"));
    BOOST_TEST(c.kiosk.idleTimeoutSeconds == 60);
    BOOST_TEST(c.kiosk.languages == (QStringList{QStringLiteral("nb"), QStringLiteral("en")}));
    BOOST_TEST(c.kiosk.fullscreen);
    BOOST_TEST(c.till.idleLockSeconds == 300);
    BOOST_TEST((c.devices.printer.kind == dev::PrinterSettings::Kind::Simulated));
    BOOST_TEST(c.devices.printer.profile == QStringLiteral("generic-80"));
    BOOST_TEST(c.devices.printer.jobTimeoutMs == 30000);
    BOOST_TEST(c.devices.printer.outputDirectory.isEmpty());
    BOOST_REQUIRE(c.devices.readers.size() == 1u);
    BOOST_TEST((c.devices.readers[0].kind == dev::ScannerSettings::Kind::Simulated));
    BOOST_TEST(c.devices.readers[0].id == QStringLiteral("scanner"));
    BOOST_TEST(c.devices.readers[0].grab);
    BOOST_TEST(c.sources == QStringList{path});
}

BOOST_AUTO_TEST_CASE(optional_keys_take_their_documented_defaults) {
    const AppConfig c = parsed(minimalConfig());
    BOOST_TEST((c.cafe.currency == Currency::NOK));
    BOOST_TEST(c.cafe.locale == QStringLiteral("nb_NO"));
    BOOST_TEST(c.cafe.orgNumber.isEmpty());
    BOOST_TEST(c.cafe.timeZone.id() == QByteArrayLiteral("Europe/Oslo"));  // a café in Norway
    BOOST_TEST(c.kiosk.idleTimeoutSeconds == 60);
    BOOST_TEST(c.kiosk.languages == c.cafe.languages);
    BOOST_TEST(c.kiosk.fullscreen);
    BOOST_TEST(c.till.idleLockSeconds == 300);
    BOOST_TEST(c.devices.printer.profile == QStringLiteral("generic-80"));
    BOOST_TEST(c.devices.printer.jobTimeoutMs == 30000);
    BOOST_TEST(c.devices.readers.at(0).grab);
    BOOST_TEST(c.devices.readers.at(0).layout == QStringLiteral("no"));
    BOOST_TEST(c.database.path.endsWith(QStringLiteral("/aktivkafe.sqlite")));
}

BOOST_AUTO_TEST_CASE(danish_cafe_follows_its_country) {
    QByteArray text = replaceLine(minimalConfig(), 4, "languages = [\"da\", \"en\"]");
    text = replaceLine(text, 3, "country = \"DK\"\norg_number = \"1234 5678\"");
    const AppConfig c = parsed(text);
    BOOST_TEST((c.cafe.country == Country::Denmark));
    BOOST_TEST((c.cafe.currency == Currency::DKK));
    BOOST_TEST(c.cafe.locale == QStringLiteral("da_DK"));
    BOOST_TEST(c.cafe.orgNumber == QStringLiteral("12345678"));
    BOOST_TEST(c.cafe.languages.first() == QStringLiteral("da"));
    BOOST_TEST(c.cafe.timeZone.id() == QByteArrayLiteral("Europe/Copenhagen"));
}

BOOST_AUTO_TEST_CASE(time_zone_is_the_cafes_not_the_machines) {
    // The tests run with TZ set far from Oslo (cmake/AkTesting.cmake): the default must not be it.
    BOOST_TEST(QTimeZone::systemTimeZoneId() != QByteArrayLiteral("Europe/Oslo"));
    BOOST_TEST(parsed(minimalConfig()).cafe.timeZone.id() == QByteArrayLiteral("Europe/Oslo"));
    // A Norwegian café on Svalbard keeps its own zone's name; the value is trimmed.
    const AppConfig c = parsed(insertAfter(minimalConfig(), 6, "time_zone = \" Arctic/Longyearbyen \""));
    BOOST_TEST(c.cafe.timeZone.id() == QByteArrayLiteral("Arctic/Longyearbyen"));
}

BOOST_AUTO_TEST_CASE(norwegian_org_number_check_digit) {
    BOOST_TEST(normalizedOrgNumber(QStringLiteral("923 609 016"), Country::Norway).value() ==
               QStringLiteral("923609016"));
    BOOST_TEST(!normalizedOrgNumber(QStringLiteral("923609017"), Country::Norway));
    BOOST_TEST(!normalizedOrgNumber(QStringLiteral("92360901"), Country::Norway));
    BOOST_TEST(!normalizedOrgNumber(QStringLiteral("92360901a"), Country::Norway));
    BOOST_TEST(normalizedOrgNumber(QStringLiteral("12345678"), Country::Denmark).value() == QStringLiteral("12345678"));
    BOOST_TEST(!normalizedOrgNumber(QStringLiteral("923609016"), Country::Denmark));
}

BOOST_AUTO_TEST_CASE(kiosk_and_till_values) {
    QByteArray text =
        replaceLine(minimalConfig(), 8,
                    "id = \"door-2\"\nidle_timeout_seconds = 90\nlanguages = [\"en\"]\nfullscreen = false\n"
                    "[till]\nidle_lock_seconds = 120");
    const AppConfig c = parsed(text);
    BOOST_TEST(c.kiosk.id == QStringLiteral("door-2"));
    BOOST_TEST(c.kiosk.idleTimeoutSeconds == 90);
    BOOST_TEST(c.kiosk.languages == QStringList{QStringLiteral("en")});
    BOOST_TEST(!c.kiosk.fullscreen);
    BOOST_TEST(c.till.idleLockSeconds == 120);
    BOOST_TEST(c.till.countDifferenceAlertMinor == 5000);  // 50 kr unless set
    BOOST_TEST(c.till.denominations.empty());               // the country's coins and notes
}

BOOST_AUTO_TEST_CASE(cash_count_settings) {
    const AppConfig c = parsed(insertAfter(minimalConfig(), 8,
                                           "[till]\ncount_difference_alert = 20\n"
                                           "denominations = [\"1000\", \"0,50\", \"1\", \"20\", \"200\"]"));
    BOOST_TEST(c.till.countDifferenceAlertMinor == 2000);
    BOOST_TEST(c.till.denominations == (std::vector<qint64>{50, 100, 2000, 20000, 100000}));  // smallest first
}

BOOST_AUTO_TEST_CASE(usb_printer_ids_as_text_or_numbers) {
    const AppConfig c = parsed(replaceLine(minimalConfig(), 10,
                                           "kind = \"usb\"\nvendor_id = \"0x04b8\"\nproduct_id = 0x0202\n"
                                           "serial = \"ABC123\"\nprofile = \"epson-tm-t20\"\njob_timeout_seconds = 5"));
    const dev::PrinterSettings& p = c.devices.printer;
    BOOST_TEST((p.kind == dev::PrinterSettings::Kind::Usb));
    BOOST_TEST(p.usbVendorId == 0x04b8);
    BOOST_TEST(p.usbProductId == 0x0202);
    BOOST_TEST(p.usbSerial == QStringLiteral("ABC123"));
    BOOST_TEST(p.profile == QStringLiteral("epson-tm-t20"));
    BOOST_TEST(p.jobTimeoutMs == 5000);
    const AppConfig d =
        parsed(replaceLine(minimalConfig(), 10, "kind = \"usb\"\nvendor_id = \"04B8\"\nproduct_id = 514"));
    BOOST_TEST(d.devices.printer.usbVendorId == 0x04b8);
    BOOST_TEST(d.devices.printer.usbProductId == 514);
}

BOOST_AUTO_TEST_CASE(tcp_and_cups_printers) {
    const AppConfig t = parsed(replaceLine(minimalConfig(), 10, "kind = \"tcp\"\nhost = \"192.168.1.50\""));
    BOOST_TEST((t.devices.printer.kind == dev::PrinterSettings::Kind::Tcp));
    BOOST_TEST(t.devices.printer.host == QStringLiteral("192.168.1.50"));
    BOOST_TEST(t.devices.printer.port == 9100);
    const AppConfig t2 =
        parsed(replaceLine(minimalConfig(), 10, "kind = \"tcp\"\nhost = \"printer.local\"\nport = 9101"));
    BOOST_TEST(t2.devices.printer.port == 9101);
    const AppConfig c =
        parsed(replaceLine(minimalConfig(), 10, "kind = \"cups\"\nqueue = \"receipt\"\nserver = \"localhost:631\""));
    BOOST_TEST((c.devices.printer.kind == dev::PrinterSettings::Kind::Cups));
    BOOST_TEST(c.devices.printer.cupsQueue == QStringLiteral("receipt"));
    BOOST_TEST(c.devices.printer.cupsServer == QStringLiteral("localhost:631"));
    const AppConfig d = parsed(replaceLine(minimalConfig(), 10, "kind = \"simulated\"\ndrawer_open_when = \"low\""));
    BOOST_TEST(!d.devices.printer.drawerOpenWhenHigh);
    BOOST_TEST(d.devices.printer.drawerSensor);
    BOOST_TEST(c.devices.printer.drawerOpenWhenHigh);
    // An empty value of another kind's key counts as not set (the shipped file has output_directory = "").
    const AppConfig e =
        parsed(replaceLine(minimalConfig(), 10, "kind = \"tcp\"\nhost = \"p\"\noutput_directory = \"\""));
    BOOST_TEST(e.devices.printer.host == QStringLiteral("p"));
}

BOOST_AUTO_TEST_CASE(keyboard_scanner) {
    const AppConfig c = parsed(replaceLine(minimalConfig(), 12,
                                           "kind = \"keyboard\"\nevdev_path = \"/dev/input/by-id/usb-x-event-kbd\"\n"
                                           "grab = false"));
    BOOST_REQUIRE(c.devices.readers.size() == 1u);
    BOOST_TEST((c.devices.readers[0].kind == dev::ScannerSettings::Kind::Keyboard));
    BOOST_TEST(c.devices.readers[0].evdevPath == QStringLiteral("/dev/input/by-id/usb-x-event-kbd"));
    BOOST_TEST(!c.devices.readers[0].grab);
}

BOOST_AUTO_TEST_CASE(several_readers_of_every_kind) {
    // The kiosk by the door: a QR scanner typing on a Danish layout, a HID POS scanner and an NFC reader.
    const AppConfig c = parsed(replaceLine(minimalConfig(), 11,
                                           "[[devices.reader]]\nid = \"door-qr\"\nkind = \"keyboard\"\n"
                                           "evdev_path = \"/dev/input/by-id/usb-qr-event-kbd\"\nlayout = \"dk\"\n"
                                           "[[devices.reader]]\nid = \"door-hid\"\nkind = \"hidpos\"\nhidraw_path = \"/dev/hidraw3\"\n"
                                           "[[devices.reader]]\nid = \"door-nfc\"\nkind = \"nfc\"\nreader_name = \"ACR122\"\n"
                                           "[devices.scanner]"));
    BOOST_REQUIRE(c.devices.readers.size() == 4u);
    BOOST_TEST(c.devices.readers[0].id == QStringLiteral("scanner"));  // [devices.scanner] first
    BOOST_TEST(c.devices.readers[1].id == QStringLiteral("door-qr"));
    BOOST_TEST(c.devices.readers[1].layout == QStringLiteral("dk"));
    BOOST_TEST((c.devices.readers[2].kind == dev::ScannerSettings::Kind::HidPos));
    BOOST_TEST(c.devices.readers[2].hidrawPath == QStringLiteral("/dev/hidraw3"));
    BOOST_TEST((c.devices.readers[3].kind == dev::ScannerSettings::Kind::Nfc));
    BOOST_TEST(c.devices.readers[3].readerName == QStringLiteral("ACR122"));
    // Without [devices.scanner] the readers are the list.
    const AppConfig only = parsed(replaceLine(replaceLine(minimalConfig(), 12, ""), 11,
                                              "[[devices.reader]]\nid = \"nfc\"\nkind = \"nfc\""));
    BOOST_REQUIRE(only.devices.readers.size() == 1u);
    BOOST_TEST(only.devices.readers[0].readerName.isEmpty());
    // The demo's scanner reads what is typed; no other kind takes that key.
    const AppConfig demo = parsed(replaceLine(minimalConfig(), 12, "kind = \"simulated\"\ntyping = true"));
    BOOST_TEST(demo.devices.readers.at(0).typing);
    BOOST_TEST(!parsed(minimalConfig()).devices.readers.at(0).typing);
}

BOOST_AUTO_TEST_CASE(paths_expand_home_and_resolve_relative_to_their_file) {
    ak::test::TempDir dir;
    QByteArray text = insertAfter(minimalConfig(), 6, "[database]\npath = \"data/cafe.sqlite\"");
    text = replaceLine(text, 12, "kind = \"simulated\"\noutput_directory = \"~/receipts\"");
    writeFile(dir.file(QStringLiteral("main.toml")), text);
    Result<AppConfig> r = loadConfig(dir.file(QStringLiteral("main.toml")));
    BOOST_REQUIRE(r.ok());
    BOOST_TEST(r->database.path == QDir(dir.path()).filePath(QStringLiteral("data/cafe.sqlite")));
    BOOST_TEST(r->devices.printer.outputDirectory == QDir::homePath() + QStringLiteral("/receipts"));

    const AppConfig memory = parsed(insertAfter(minimalConfig(), 6, "[database]\npath = \":memory:\""));
    BOOST_TEST(memory.database.path == QStringLiteral(":memory:"));
    const AppConfig absolute = parsed(insertAfter(minimalConfig(), 6, "[database]\npath = \"/srv/cafe/x.sqlite\""));
    BOOST_TEST(absolute.database.path == QStringLiteral("/srv/cafe/x.sqlite"));
}

BOOST_AUTO_TEST_CASE(database_url_names_a_file_or_a_server_and_its_password_file) {
    ak::test::TempDir dir;
    writeFile(dir.file(QStringLiteral("main.toml")),
              insertAfter(minimalConfig(), 6, "[database]\nurl = \"sqlite:data/cafe.sqlite\""));
    Result<AppConfig> file = loadConfig(dir.file(QStringLiteral("main.toml")));
    BOOST_REQUIRE(file.ok());
    BOOST_TEST(file->database.path == dir.file(QStringLiteral("data/cafe.sqlite")));
    BOOST_TEST(!file->database.location.isPostgres());
    BOOST_TEST(file->database.location.path == file->database.path);

    writeFile(dir.file(QStringLiteral("server.toml")),
              insertAfter(minimalConfig(), 6,
                          "[database]\nurl = \"postgresql://kafe@db.lan/aktivkafe\"\npassword_file = \"secret/pg.pass\""));
    Result<AppConfig> server = loadConfig(dir.file(QStringLiteral("server.toml")));
    BOOST_TEST_INFO("error: " << (server.ok() ? QString() : server.error().message));
    BOOST_REQUIRE(server.ok());
    const DatabaseLocation& l = server->database.location;
    BOOST_TEST(l.isPostgres());
    BOOST_TEST(l.host == QStringLiteral("db.lan"));
    BOOST_TEST(l.user == QStringLiteral("kafe"));
    BOOST_TEST(l.database == QStringLiteral("aktivkafe"));
    BOOST_TEST(l.passwordFile == dir.file(QStringLiteral("secret/pg.pass")));
    BOOST_TEST(server->database.path.isEmpty());  // never a local file by mistake
    BOOST_TEST(server->database.backupDirectory.endsWith(QStringLiteral("/aktivkafe/backups")));
}

BOOST_AUTO_TEST_CASE(second_backup_directory_is_optional_and_resolved_like_the_first) {
    // Not set (the shipped file has it commented out): no second copy, no notice at the till.
    BOOST_TEST(parsed(minimalConfig()).database.secondBackupDirectory.isEmpty());
    const QString shipped = ak::test::sourceDir() + QStringLiteral("/config/aktivkafe.toml");
    BOOST_TEST(loadConfig(shipped)->database.secondBackupDirectory.isEmpty());
    BOOST_TEST(parsed(insertAfter(minimalConfig(), 6, "[database]\nsecond_backup_directory = \"  \""))
                   .database.secondBackupDirectory.isEmpty());
    // The shipped example, uncommented.
    QFile file(shipped);
    BOOST_REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArray text = file.readAll();
    BOOST_REQUIRE(text.contains("\n#second_backup_directory = \"/media/backup-stick/aktivkafe\"\n"));
    text.replace("\n#second_backup_directory = ", "\nsecond_backup_directory = ");
    BOOST_TEST(parsed(text).database.secondBackupDirectory == QStringLiteral("/media/backup-stick/aktivkafe"));
    // Relative to the file that sets it, "~" the home folder, cleaned.
    ak::test::TempDir dir;
    writeFile(dir.file(QStringLiteral("main.toml")),
              insertAfter(minimalConfig(), 6, "[database]\nsecond_backup_directory = \"stick/./aktivkafe/\""));
    Result<AppConfig> relative = loadConfig(dir.file(QStringLiteral("main.toml")));
    BOOST_REQUIRE(relative.ok());
    BOOST_TEST(relative->database.secondBackupDirectory == dir.file(QStringLiteral("stick/aktivkafe")));
    BOOST_TEST(parsed(insertAfter(minimalConfig(), 6, "[database]\nsecond_backup_directory = \"~/stick\""))
                   .database.secondBackupDirectory == QDir::homePath() + QStringLiteral("/stick"));
}

BOOST_AUTO_TEST_CASE(overlay_file_overrides_single_keys) {
    ak::test::TempDir dir;
    QDir().mkpath(dir.file(QStringLiteral("demo")));
    writeFile(dir.file(QStringLiteral("main.toml")), minimalConfig());
    const QString overlay = dir.file(QStringLiteral("demo/overlay.toml"));
    writeFile(overlay,
              "[database]\npath = \"demo.sqlite\"\n"
              "[kiosk]\nlanguages = [\"en\"]\n"
              "[devices.printer]\noutput_directory = \"printer-output\"\n");
    Result<AppConfig> r = loadConfig(dir.file(QStringLiteral("main.toml")), {overlay});
    BOOST_TEST_INFO("error: " << (r.ok() ? QString() : r.error().message));
    BOOST_REQUIRE(r.ok());
    BOOST_TEST(r->database.path == dir.file(QStringLiteral("demo/demo.sqlite")));
    BOOST_TEST(r->devices.printer.outputDirectory == dir.file(QStringLiteral("demo/printer-output")));
    BOOST_TEST(r->kiosk.languages == QStringList{QStringLiteral("en")});
    BOOST_TEST(r->kiosk.id == QStringLiteral("door"));  // untouched keys stay
    BOOST_TEST(r->sources.size() == 2);
}

BOOST_AUTO_TEST_CASE(the_cafes_own_file_is_laid_over_the_main_file_when_it_is_there) {
    ak::test::TempDir dir;
    const QString main = dir.file(QStringLiteral("main.toml"));
    writeFile(main, "cafe_file = \"own/cafe.toml\"\n" + minimalConfig());
    // Not there yet (the wizard has not run): the main file alone, and where the wizard writes.
    Result<AppConfig> before = loadConfig(main);
    BOOST_REQUIRE(before.ok());
    BOOST_TEST(before->cafeFile == dir.file(QStringLiteral("own/cafe.toml")));
    BOOST_TEST(before->sources == QStringList{main});
    QDir().mkpath(dir.file(QStringLiteral("own")));
    writeFile(dir.file(QStringLiteral("own/cafe.toml")), "[cafe]\nname = \"Fyrtårnet\"\n[kiosk]\nid = \"dør\"\n");
    const QString overlay = dir.file(QStringLiteral("overlay.toml"));
    writeFile(overlay, "[kiosk]\nid = \"test\"\n");
    Result<AppConfig> after = loadConfig(main, {overlay});
    BOOST_TEST_INFO("error: " << (after.ok() ? QString() : after.error().message));
    BOOST_REQUIRE(after.ok());
    BOOST_TEST(after->cafe.name == QStringLiteral("Fyrtårnet"));
    BOOST_TEST(after->kiosk.id == QStringLiteral("test"));  // a file given after the main one still wins
    BOOST_TEST(after->sources == (QStringList{main, dir.file(QStringLiteral("own/cafe.toml")), overlay}));
    // Not a path: said with the line.
    writeFile(main, "cafe_file = 3\n" + minimalConfig());
    Result<AppConfig> wrong = loadConfig(main);
    BOOST_REQUIRE(!wrong.ok());
    BOOST_TEST(wrong.error().message.startsWith(main + QStringLiteral(":1: cafe_file must be the path of a file")),
               wrong.error().message);
}

BOOST_AUTO_TEST_CASE(overlay_problems_point_at_the_overlay) {
    Result<AppConfig> r = parseConfig({{minimalConfig(), QStringLiteral("main.toml")},
                                       {"[kiosk]\n\nidle_timeout_seconds = 2\n", QStringLiteral("overlay.toml")}});
    BOOST_REQUIRE(!r.ok());
    BOOST_TEST(r.error().message.startsWith(QStringLiteral("overlay.toml:3:24: ")), r.error().message);
    // An empty overlay changes nothing.
    BOOST_TEST(parseConfig({{minimalConfig(), QStringLiteral("main.toml")}, {{}, QStringLiteral("empty.toml")}}).ok());
}

BOOST_AUTO_TEST_SUITE_END()
