// [checkin], [opening_hours] and [compliance]: defaults, good values as people write them, and refusals that point
// at the line and say what to write instead.

#include <QDir>

#include <boost/test/unit_test.hpp>

#include "core/config/ConfigLoader.h"
#include "tests/config/ConfigTestText.h"
#include "tests/support/TestSupport.h"

using namespace ak;
using ak::test::insertAfter;
using ak::test::minimalConfig;

namespace {

// minimalConfig() has 12 lines: these sections start on line 13.
QByteArray withSections(const QByteArray& sections) { return insertAfter(minimalConfig(), 12, sections); }

AppConfig parsed(const QByteArray& text) {
    Result<AppConfig> r = parseConfig(text, QStringLiteral("test.toml"));
    BOOST_TEST_INFO("error: " << (r.ok() ? QString() : r.error().message));
    BOOST_REQUIRE(r.ok());
    return r.value();
}

void expectRefused(const QByteArray& text, const QString& where, const QStringList& words) {
    Result<AppConfig> r = parseConfig(text, QStringLiteral("test.toml"));
    BOOST_REQUIRE_MESSAGE(!r.ok(), "accepted although it should be refused: " << where);
    BOOST_TEST((r.error().code == ErrorCode::Config));
    const QString& m = r.error().message;
    BOOST_TEST(m.startsWith(where), "message \"" << m << "\" does not start with " << where);
    for (const QString& w : words) BOOST_TEST(m.contains(w), "message \"" << m << "\" does not name " << w);
}

QString s(const char* text) { return QString::fromUtf8(text); }

const QDate kMonday(2025, 3, 3);

}  // namespace

BOOST_AUTO_TEST_SUITE(config_checkin)

BOOST_AUTO_TEST_CASE(defaults_ask_everything_and_show_no_hours) {
    const AppConfig c = parsed(minimalConfig());
    BOOST_TEST(c.checkin.askFirstVisit);
    BOOST_TEST(c.checkin.askReason);
    BOOST_TEST(c.checkin.askMood);
    BOOST_TEST(!c.openingHours.isSet());
    for (int d = 0; d < 7; ++d) BOOST_TEST(c.openingHours.text(kMonday.addDays(d)).isEmpty());

    // The shipped file documents the same defaults (its opening hours are examples in comments).
    Result<AppConfig> shipped = loadConfig(ak::test::sourceDir() + QStringLiteral("/config/aktivkafe.toml"));
    BOOST_REQUIRE(shipped.ok());
    BOOST_TEST(shipped->checkin.askFirstVisit);
    BOOST_TEST(shipped->checkin.askReason);
    BOOST_TEST(shipped->checkin.askMood);
    BOOST_TEST(!shipped->openingHours.isSet());
    BOOST_TEST(shipped->signups.eraseAfterDays == 14);
    BOOST_TEST(!shipped->signups.showNicknamesAtKiosk);
    BOOST_TEST(c.signups.eraseAfterDays == 14);
    BOOST_TEST(!c.signups.showNicknamesAtKiosk);
}

BOOST_AUTO_TEST_CASE(signups_erasure_days_and_names_at_the_kiosk) {
    const AppConfig c = parsed(withSections("[signups]\nerase_after_days = 30\nshow_nicknames_at_kiosk = true\n"));
    BOOST_TEST(c.signups.eraseAfterDays == 30);
    BOOST_TEST(c.signups.showNicknamesAtKiosk);
    expectRefused(withSections("[signups]\nerase_after_days = 0"), s("test.toml:14:20: "),
                  {s("'erase_after_days' in [signups]"), s("between 1 and 365")});
    expectRefused(withSections("[signups]\nerase_after_days = 400"), s("test.toml:14:20: "), {s("between 1 and 365")});
    expectRefused(withSections("[signups]\nshow_nicknames = true"), s("test.toml:14:1: "),
                  {s("unknown key 'show_nicknames' in [signups]"), s("show_nicknames_at_kiosk")});
}

BOOST_AUTO_TEST_CASE(questions_and_opening_hours_as_written) {
    const AppConfig c = parsed(withSections("[checkin]\n"
                                            "ask_first_visit = false\n"
                                            "ask_mood = false\n"
                                            "[opening_hours]\n"
                                            "monday = \"10:00-15:00\"\n"
                                            "tuesday = \"9:30 \u2013 14:00\"\n"
                                            "friday = \" 12:00 - 23:59 \"\n"
                                            "saturday = \"closed\"\n"
                                            "sunday = \"Closed\"\n"));
    BOOST_TEST(!c.checkin.askFirstVisit);
    BOOST_TEST(c.checkin.askReason);
    BOOST_TEST(!c.checkin.askMood);
    const OpeningHours& h = c.openingHours;
    BOOST_TEST(h.isSet());
    BOOST_TEST((h.on(kMonday) == DayHours{DayHours::State::Open, QTime(10, 0), QTime(15, 0)}));
    BOOST_TEST(h.text(kMonday) == s("10:00\u201315:00"));
    BOOST_TEST(h.text(kMonday.addDays(1)) == s("09:30\u201314:00"));
    BOOST_TEST((h.on(kMonday.addDays(2)).state == DayHours::State::NotSet));  // Wednesday: not in the file
    BOOST_TEST(h.text(kMonday.addDays(2)).isEmpty());
    BOOST_TEST(h.text(kMonday.addDays(4)) == s("12:00\u201323:59"));
    BOOST_TEST((h.on(kMonday.addDays(5)).state == DayHours::State::Closed));
    BOOST_TEST(h.text(kMonday.addDays(5)) == s("Closed"));
    BOOST_TEST(h.text(kMonday.addDays(6)) == s("Closed"));
    BOOST_TEST(h.text(kMonday.addDays(7)) == s("10:00\u201315:00"));  // the next Monday
    BOOST_TEST(h.text(QDate()).isEmpty());
}

BOOST_AUTO_TEST_CASE(bad_opening_hours_are_refused_at_their_line) {
    expectRefused(withSections("[opening_hours]\nmonday = \"25:00-26:00\""), s("test.toml:14:10: "),
                  {s("'monday' in [opening_hours]"), s("\"25:00\""), s("not a time of day")});
    expectRefused(withSections("[opening_hours]\ntuesday = \"10:00-12:60\""), s("test.toml:14:11: "),
                  {s("'tuesday' in [opening_hours]"), s("\"12:60\"")});
    expectRefused(withSections("[opening_hours]\nmonday = \"10-15\""), s("test.toml:14:10: "),
                  {s("'monday' in [opening_hours]"), s("like \"10:00-15:00\""), s("\"closed\""), s("\"10-15\"")});
    expectRefused(withSections("[opening_hours]\nfriday = \"18:00-01:00\""), s("test.toml:14:10: "),
                  {s("'friday' in [opening_hours]"), s("closes at 01:00"), s("opens at 18:00")});
    expectRefused(withSections("[opening_hours]\nsunday = \"closd\""), s("test.toml:14:10: "),
                  {s("'sunday' in [opening_hours]"), s("did you mean \"closed\"?")});
    expectRefused(withSections("[opening_hours]\nmonday = 10"), s("test.toml:14:10: "),
                  {s("'monday' in [opening_hours]"), s("text in quotes")});
    expectRefused(withSections("[checkin]\nask_mood = \"yes\""), s("test.toml:14:12: "),
                  {s("'ask_mood' in [checkin]"), s("true or false")});
}

BOOST_AUTO_TEST_CASE(unknown_weekday_or_key_suggests_the_closest) {
    expectRefused(withSections("[opening_hours]\nmonday = \"closed\"\nwendsday = \"closed\""), s("test.toml:15:1: "),
                  {s("unknown key 'wendsday' in [opening_hours] — did you mean 'wednesday'?")});
    // A Norwegian day name is close enough to its English one.
    expectRefused(withSections("[opening_hours]\nmandag = \"10:00-15:00\""), s("test.toml:14:1: "),
                  {s("unknown key 'mandag' in [opening_hours] — did you mean 'monday'?")});
    expectRefused(withSections("[checkin]\nask_reasons = false"), s("test.toml:14:1: "),
                  {s("unknown key 'ask_reasons' in [checkin] — did you mean 'ask_reason'?")});
    expectRefused(withSections("[openinghours]\nmonday = \"closed\""), s("test.toml:13:"),
                  {s("unknown section [openinghours] — did you mean [opening_hours]?")});
}

// [compliance] (the signature chain, core/compliance/): off unless asked; a key file relative to
// the configuration's folder; signing without a key, or an unknown algorithm, refused at its line.
BOOST_AUTO_TEST_CASE(compliance_signing_and_its_key) {
    BOOST_TEST(!parsed(minimalConfig()).compliance.signs());
    const AppConfig c = parsed(withSections("[compliance]\nsigning = \"rsa-sha1\"\nprivate_key = \"keys/till.key\""));
    BOOST_TEST(c.compliance.signs());
    BOOST_TEST(c.compliance.signing == s("rsa-sha1"));
    BOOST_TEST(c.compliance.privateKey.endsWith(s("/keys/till.key")));
    BOOST_TEST(QDir::isAbsolutePath(c.compliance.privateKey));
    expectRefused(withSections("[compliance]\nsigning = \"hmac-sha1\""), s("test.toml:14:11: "),
                  {s("'signing' in [compliance]"), s("private_key"), s("aktivkafe keys create")});
    expectRefused(withSections("[compliance]\nsigning = \"rsa-sha256\""), s("test.toml:14:11: "),
                  {s("'signing' in [compliance]"), s("rsa-sha1")});
}

BOOST_AUTO_TEST_SUITE_END()
