// `aktivkafe devices` and `aktivkafe devices watch` (issue 12, item 9): what the configuration
// names, each device's state in words, and the readers watched; a reader that is not plugged in
// is named with what to do, the others work.

#include "tests/core/CliRun.h"
#include "tests/support/TestSupport.h"

#include <QFile>

#include <boost/test/unit_test.hpp>

using namespace ak::test;

namespace {

QString writeConfig(const TempDir& dir) {
    const QString path = dir.file(QStringLiteral("aktivkafe.toml"));
    QFile f(path);
    BOOST_REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("[cafe]\nname = \"Testkafé\"\ncountry = \"NO\"\nlanguages = [\"nb\", \"en\"]\nvat_registered = false\n"
            "register_id = \"K1\"\n[kiosk]\nid = \"door\"\n[devices.printer]\nkind = \"simulated\"\n"
            "[devices.scanner]\nkind = \"simulated\"\n"
            "[[devices.reader]]\nid = \"door-qr\"\nkind = \"keyboard\"\n"
            "evdev_path = \"/dev/input/by-id/usb-no-such-scanner-event-kbd\"\n");
    return path;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(cli_devices)

BOOST_AUTO_TEST_CASE(lists_the_configured_devices_with_their_state) {
    TempDir dir;
    const CliRun r = runAktivkafe({QStringLiteral("devices"), QStringLiteral("--config"), writeConfig(dir)});
    BOOST_TEST(r.code == 0, r.err.toStdString());
    BOOST_TEST(r.out.contains(QStringLiteral("simulated printer")), r.out.toStdString());
    BOOST_TEST(r.out.contains(QStringLiteral("ready, drawer shut")), r.out.toStdString());
    BOOST_TEST(r.out.contains(QStringLiteral("scanner")));
    // The missing scanner: its id and what to do, not a technical message.
    const QString line = r.out.section(u'\n', 0, -1).split(u'\n').filter(QStringLiteral("door-qr")).value(0);
    BOOST_TEST(line.contains(QStringLiteral("not connected")), line.toStdString());
    BOOST_TEST(r.out.contains(QStringLiteral("Plugged in:")));
}

BOOST_AUTO_TEST_CASE(watch_says_which_readers_listen_and_stops_when_told) {
    TempDir dir;
    const CliRun r = runAktivkafe({QStringLiteral("devices"), QStringLiteral("watch"), QStringLiteral("--config"),
                                   writeConfig(dir), QStringLiteral("--seconds"), QStringLiteral("1")});
    BOOST_TEST(r.code == 0, r.err.toStdString());
    BOOST_TEST(r.out.contains(QStringLiteral("scanner: ready")), r.out.toStdString());
    BOOST_TEST(r.out.contains(QStringLiteral("door-qr: ")), r.out.toStdString());
    // Without a configuration there is nothing to watch.
    const CliRun bare = runAktivkafe({QStringLiteral("devices"), QStringLiteral("watch")});
    BOOST_TEST(bare.code == 64);
}

BOOST_AUTO_TEST_SUITE_END()
