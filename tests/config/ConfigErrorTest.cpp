// Every kind of mistake is refused whole, with the file, line and column and a message naming the key.

#include <boost/test/unit_test.hpp>

#include <sys/fsuid.h>
#include <unistd.h>

#include <QFile>

#include "core/config/ConfigLoader.h"
#include "tests/config/ConfigTestText.h"
#include "tests/support/TestSupport.h"

using namespace ak;
using ak::test::insertAfter;
using ak::test::minimalConfig;
using ak::test::replaceLine;

namespace {

// The configuration must be refused; the message must start at `where` ("test.toml:8:1:") and name
// every one of `words`.
void expectRefused(const QByteArray& text, const QString& where, const QStringList& words) {
    Result<AppConfig> r = parseConfig(text, QStringLiteral("test.toml"));
    BOOST_REQUIRE_MESSAGE(!r.ok(), "accepted although it should be refused: " << where);
    BOOST_TEST((r.error().code == ErrorCode::Config));
    const QString& m = r.error().message;
    BOOST_TEST(m.startsWith(where), "message \"" << m << "\" does not start with " << where);
    for (const QString& w : words) BOOST_TEST(m.contains(w), "message \"" << m << "\" does not name " << w);
}

QString s(const char* text) { return QString::fromUtf8(text); }

}  // namespace

BOOST_AUTO_TEST_SUITE(config_errors)

BOOST_AUTO_TEST_CASE(syntax_error_gives_line_and_column) {
    expectRefused(replaceLine(minimalConfig(), 2, "name = Testkafé"), s("test.toml:2:8: "),
                  {s("not valid TOML"), s("quotes")});
    expectRefused(replaceLine(minimalConfig(), 8, "id = \"door"), s("test.toml:8:"), {s("not valid TOML")});
    expectRefused(insertAfter(minimalConfig(), 8, "id = \"again\""), s("test.toml:9:"), {s("id")});
}

BOOST_AUTO_TEST_CASE(database_url_mistakes_point_at_the_url) {
    expectRefused(insertAfter(minimalConfig(), 6, "[database]\nurl = \"postgressql://db/cafe\""), s("test.toml:8:7: "),
                  {s("'postgressql' is not a kind of database"), s("postgresql://HOST/DATABASE")});
    expectRefused(insertAfter(minimalConfig(), 6, "[database]\nurl = \"postgresql://kafe:hemmelig@db/cafe\""),
                  s("test.toml:8:7: "), {s("password_file")});
    expectRefused(insertAfter(minimalConfig(), 6, "[database]\nurl = \"sqlite:a.sqlite\"\npath = \"b.sqlite\""),
                  s("test.toml:8:7: "), {s("either url or path")});
    expectRefused(insertAfter(minimalConfig(), 6, "[database]\npath = \"b.sqlite\"\npassword_file = \"p\""),
                  s("test.toml:9:17: "), {s("only for a database server")});
}

BOOST_AUTO_TEST_CASE(unknown_key_suggests_the_closest) {
    expectRefused(insertAfter(minimalConfig(), 8, "idle_timout_seconds = 60"), s("test.toml:9:1: "),
                  {s("unknown key 'idle_timout_seconds' in [kiosk] — did you mean 'idle_timeout_seconds'?")});
    expectRefused(insertAfter(minimalConfig(), 8, "colour = \"red\""), s("test.toml:9:1: "),
                  {s("unknown key 'colour' in [kiosk]")});
    expectRefused(replaceLine(minimalConfig(), 7, "[kisok]"), s("test.toml:7:"),
                  {s("unknown section [kisok] — did you mean [kiosk]?")});
    expectRefused(replaceLine(minimalConfig(), 11, "[devices.scaner]"), s("test.toml:11:"),
                  {s("[devices.scaner]"), s("[devices.scanner]")});
}

BOOST_AUTO_TEST_CASE(wrong_type_names_key_and_expected_type) {
    expectRefused(insertAfter(minimalConfig(), 8, "idle_timeout_seconds = \"60\""), s("test.toml:9:24: "),
                  {s("'idle_timeout_seconds' in [kiosk]"), s("whole number"), s("text in quotes")});
    expectRefused(replaceLine(minimalConfig(), 5, "vat_registered = \"no\""), s("test.toml:5:18: "),
                  {s("'vat_registered' in [cafe]"), s("true or false")});
    expectRefused(replaceLine(minimalConfig(), 4, "languages = \"nb\""), s("test.toml:4:13: "),
                  {s("'languages' in [cafe]"), s("list")});
    expectRefused(insertAfter(minimalConfig(), 8, "idle_timeout_seconds = 60.5"), s("test.toml:9:24: "),
                  {s("decimal point")});
}

BOOST_AUTO_TEST_CASE(out_of_range_values) {
    expectRefused(insertAfter(minimalConfig(), 8, "idle_timeout_seconds = 5"), s("test.toml:9:24: "),
                  {s("'idle_timeout_seconds' in [kiosk]"), s("between 10 and 3600"), s("5")});
    expectRefused(insertAfter(minimalConfig(), 12, "[till]\nidle_lock_seconds = 100000"), s("test.toml:14:21: "),
                  {s("'idle_lock_seconds' in [till]")});
    expectRefused(replaceLine(minimalConfig(), 10, "kind = \"tcp\"\nhost = \"p\"\nport = 70000"), s("test.toml:12:8: "),
                  {s("'port' in [devices.printer]"), s("65535")});
    expectRefused(replaceLine(minimalConfig(), 10, "kind = \"simulated\"\njob_timeout_seconds = 0"),
                  s("test.toml:11:23: "), {s("'job_timeout_seconds'")});
}

BOOST_AUTO_TEST_CASE(bad_values_of_the_right_type) {
    expectRefused(replaceLine(minimalConfig(), 3, "country = \"SE\""), s("test.toml:3:11: "),
                  {s("'country' in [cafe]"), s("\"NO\", \"DK\"")});
    expectRefused(insertAfter(minimalConfig(), 3, "org_number = \"923609017\""), s("test.toml:4:14: "),
                  {s("'org_number' in [cafe]"), s("Norwegian organisation number")});
    expectRefused(insertAfter(minimalConfig(), 3, "currency = \"DKK\""), s("test.toml:4:12: "),
                  {s("'currency' in [cafe]"), s("NOK")});
    expectRefused(replaceLine(minimalConfig(), 4, "languages = [\"nb\", \"sv\"]"), s("test.toml:4:13: "),
                  {s("'languages' in [cafe]"), s("\"sv\"")});
    expectRefused(replaceLine(minimalConfig(), 4, "languages = []"), s("test.toml:4:13: "), {s("at least one")});
    expectRefused(replaceLine(minimalConfig(), 6, "register_id = \"kasse 1\""), s("test.toml:6:15: "),
                  {s("'register_id' in [cafe]")});
    expectRefused(insertAfter(minimalConfig(), 8, "[till]\ndenominations = [\"1\", \"fem\"]"), s("test.toml:10:17: "),
                  {s("'denominations' in [till]"), s("\"fem\""), s("kroner")});
    expectRefused(insertAfter(minimalConfig(), 8, "[till]\ndenominations = [\"1\", \"1,00\"]"), s("test.toml:10:17: "),
                  {s("'denominations' in [till]"), s("twice")});
    expectRefused(insertAfter(minimalConfig(), 8, "[till]\ndenominations = [\"-5\"]"), s("test.toml:10:17: "),
                  {s("'denominations' in [till]")});
    expectRefused(insertAfter(minimalConfig(), 8, "[till]\ncount_difference_alert = -1"), s("test.toml:10:26: "),
                  {s("'count_difference_alert' in [till]")});
    // A zone by its abbreviation, a city without its region, a typo: each named, with the form asked for.
    for (const char* zone : {"CET", "Oslo", "Europe/Olso", ""}) {
        expectRefused(insertAfter(minimalConfig(), 6, QByteArray("time_zone = \"") + zone + "\""),
                      s("test.toml:7:13: "), {s("'time_zone' in [cafe]"), s("IANA"), s("Europe/Oslo")});
    }
    expectRefused(replaceLine(minimalConfig(), 10, "kind = \"serial\""), s("test.toml:10:8: "),
                  {s("'kind' in [devices.printer]"), s("\"simulated\", \"usb\", \"tcp\", \"cups\"")});
    expectRefused(replaceLine(minimalConfig(), 10, "kind = \"usb\"\nvendor_id = \"epson\"\nproduct_id = \"0x0202\""),
                  s("test.toml:11:13: "), {s("'vendor_id' in [devices.printer]"), s("0x04b8")});
}

BOOST_AUTO_TEST_CASE(second_backup_directory_must_be_another_folder) {
    const auto database = [](const char* lines) {
        return insertAfter(minimalConfig(), 6, QByteArray("[database]\npath = \"/srv/cafe/cafe.sqlite\"\n") + lines);
    };
    // The same folder as the first backups: given, or the default one beside the database.
    expectRefused(database("backup_directory = \"/media/stick\"\nsecond_backup_directory = \"/media/stick/\""),
                  s("test.toml:10:27: "),
                  {s("'second_backup_directory' in [database]"), s("another folder than backup_directory (/media/stick)")});
    expectRefused(database("second_backup_directory = \"/srv/cafe/backups\""), s("test.toml:9:27: "),
                  {s("'second_backup_directory' in [database]"), s("/srv/cafe/backups"), s("backup stick")});
    // Inside it, or holding it.
    expectRefused(database("second_backup_directory = \"/srv/cafe/backups/stick\""), s("test.toml:9:27: "),
                  {s("neither inside it nor holding it")});
    expectRefused(database("second_backup_directory = \"/srv/cafe\""), s("test.toml:9:27: "),
                  {s("neither inside it nor holding it")});
    expectRefused(database("second_backup_directory = \"/\""), s("test.toml:9:27: "), {s("neither inside it")});
    // A folder's name, in quotes.
    expectRefused(database("second_backup_directory = 7"), s("test.toml:9:27: "),
                  {s("'second_backup_directory' in [database]"), s("text in quotes")});
    expectRefused(database("secnd_backup_directory = \"/media/stick\""), s("test.toml:9:1: "),
                  {s("did you mean 'second_backup_directory'?")});
    // Beside each other is fine, and so is a name that only starts like the first folder's.
    BOOST_TEST(parseConfig(database("second_backup_directory = \"/srv/cafe/backups-stick\""), QStringLiteral("t")).ok());
}

BOOST_AUTO_TEST_CASE(missing_required_keys) {
    expectRefused(replaceLine(minimalConfig(), 8, ""), s("test.toml:7:1: "), {s("[kiosk] is missing the key 'id'")});
    expectRefused(replaceLine(minimalConfig(), 2, ""), s("test.toml:1:1: "), {s("[cafe] is missing the key 'name'")});
    expectRefused(replaceLine(minimalConfig(), 5, "vat_registered = true"), s("test.toml:1:1: "),
                  {s("'org_number'"), s("VAT")});
    QByteArray noKiosk = replaceLine(minimalConfig(), 8, "");
    noKiosk = replaceLine(noKiosk, 7, "");
    expectRefused(noKiosk, s("test.toml: "), {s("[kiosk] is missing")});
}

// The minimal configuration without its [devices.scanner] body (line 12 left empty).
static QByteArray noScanner() { return replaceLine(minimalConfig(), 12, ""); }

BOOST_AUTO_TEST_CASE(printer_kind_needs_its_parameters) {
    expectRefused(replaceLine(minimalConfig(), 10, "kind = \"tcp\""), s("test.toml:9:1: "),
                  {s("[devices.printer] is missing the key 'host'")});
    expectRefused(replaceLine(minimalConfig(), 10, "kind = \"cups\""), s("test.toml:9:1: "), {s("'queue'")});
    expectRefused(replaceLine(minimalConfig(), 10, "kind = \"usb\"\nvendor_id = \"0x04b8\""), s("test.toml:9:1: "),
                  {s("'product_id'"), s("lsusb")});
    expectRefused(replaceLine(minimalConfig(), 12, "kind = \"keyboard\""), s("test.toml:11:1: "),
                  {s("[devices.scanner] is missing the key 'evdev_path'")});
    expectRefused(replaceLine(noScanner(), 11, "[[devices.reader]]\nid = \"hid\"\nkind = \"hidpos\""),
                  s("test.toml:11:1: "), {s("[[devices.reader]] no. 1 is missing the key 'hidraw_path'")});
    expectRefused(replaceLine(noScanner(), 11, "[[devices.reader]]\nkind = \"nfc\""), s("test.toml:11:1: "),
                  {s("'id'")});
    expectRefused(replaceLine(noScanner(), 11,
                              "[[devices.reader]]\nid = \"a\"\nkind = \"nfc\"\n[[devices.reader]]\nid = \"a\"\nkind = \"nfc\""),
                  s("test.toml:15:6: "), {s("another reader is already called \"a\"")});
    expectRefused(replaceLine(minimalConfig(), 12, "kind = \"keyboard\"\nevdev_path = \"/dev/input/event3\"\nlayout = \"se\""),
                  s("test.toml:14:10: "), {s("'layout' in [devices.scanner]")});
    // A parameter of another kind usually means kind was not changed.
    expectRefused(replaceLine(minimalConfig(), 10, "kind = \"simulated\"\nhost = \"192.168.1.50\""),
                  s("test.toml:11:8: "), {s("'host' in [devices.printer]"), s("only used when kind = \"tcp\"")});
}

BOOST_AUTO_TEST_CASE(kiosk_languages_must_be_offered_by_the_cafe) {
    expectRefused(insertAfter(minimalConfig(), 8, "languages = [\"nb\", \"da\"]"), s("test.toml:9:13: "),
                  {s("'languages' in [kiosk]"), s("\"da\""), s("[cafe]")});
}

BOOST_AUTO_TEST_CASE(all_problems_are_listed_in_line_order) {
    QByteArray text = insertAfter(minimalConfig(), 8, "idle_timeout_seconds = 1");
    text = replaceLine(text, 3, "country = \"XX\"");
    Result<AppConfig> r = parseConfig(text, QStringLiteral("test.toml"));
    BOOST_REQUIRE(!r.ok());
    const QStringList lines = r.error().message.split(u'\n');
    BOOST_REQUIRE(lines.size() == 2);
    BOOST_TEST(lines[0].startsWith(QStringLiteral("test.toml:3:")));
    BOOST_TEST(lines[1].startsWith(QStringLiteral("test.toml:9:")));
}

BOOST_AUTO_TEST_CASE(missing_or_unreadable_file) {
    ak::test::TempDir dir;
    const QString missing = dir.file(QStringLiteral("nope.toml"));
    Result<AppConfig> r = loadConfig(missing);
    BOOST_REQUIRE(!r.ok());
    BOOST_TEST((r.error().code == ErrorCode::Config));
    BOOST_TEST(r.error().message.startsWith(missing + QStringLiteral(": ")));
    BOOST_TEST(r.error().message.contains(QStringLiteral("does not exist")));

    Result<AppConfig> folder = loadConfig(dir.path());
    BOOST_REQUIRE(!folder.ok());
    BOOST_TEST(folder.error().message.contains(QStringLiteral("folder")));

    const QString locked = dir.file(QStringLiteral("locked.toml"));
    QFile f(locked);
    BOOST_REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(minimalConfig());
    f.close();
    BOOST_REQUIRE(f.setPermissions(QFileDevice::Permissions()));
    Result<AppConfig> unreadable = [&] {
        // Root reads any file: the check is made as "nobody" (setfsuid changes only this thread's
        // file permission checks), who may enter the folder but not read the file.
        if (::geteuid() != 0) return loadConfig(locked);
        BOOST_REQUIRE(QFile::setPermissions(dir.path(), QFileDevice::Permissions(0x7755)));
        ::setfsgid(65534);
        ::setfsuid(65534);
        Result<AppConfig> r = loadConfig(locked);
        ::setfsuid(0);
        ::setfsgid(0);
        return r;
    }();
    BOOST_REQUIRE(!unreadable.ok());
    BOOST_TEST(unreadable.error().message.contains(QStringLiteral("cannot be read")), unreadable.error().message.toStdString());

    Result<AppConfig> missingOverlay = loadConfig(locked + QStringLiteral(".x"), {});
    BOOST_TEST(!missingOverlay.ok());
}

BOOST_AUTO_TEST_SUITE_END()
