// The sign-up slip and the attendance list, encoded for a CP865 printer (Zjiang ZJ-5870, 32 columns)
// and a CP858 one (generic 80 mm), read back with the simulated printer's renderer: the words in the
// café's language, and nicknames the code page cannot show printed with a fallback, never as
// garbage bytes.

#include "core/print/AttendanceList.h"
#include "core/print/ServingSlip.h"
#include "core/print/SignupSlip.h"
#include "drivers/print/EscPosEncoder.h"
#include "drivers/sim/EscPosRenderer.h"
#include "tests/core/SignupTestFixture.h"

#include <boost/test/unit_test.hpp>

using namespace ak;
using namespace ak::test;

namespace {

struct Printed {
    QByteArray bytes;
    QStringList lines;  // trimmed
    QString text;
    QString flat;  // the lines joined with spaces: wrapped sentences read whole
};

Printed print(const dev::PrintDocument& doc, const char* profileId) {
    const dev::PrinterProfile p = *dev::PrinterProfile::byId(QString::fromLatin1(profileId));
    Printed out;
    out.bytes = dev::EscPosEncoder::encode(doc, p);
    for (const QString& l : dev::EscPosRenderer::render(out.bytes, p, false).lines) out.lines.append(l.trimmed());
    out.text = out.lines.join(u'\n');
    out.flat = out.lines.join(u' ').simplified();
    return out;
}

SignupPrintInfo info(QLocale::Language language) {
    SignupPrintInfo i;
    i.cafeName = QStringLiteral("Aktivkafé Grünerløkka");
    i.locale = QLocale(language, language == QLocale::Danish ? QLocale::Denmark
                                 : language == QLocale::English ? QLocale::UnitedKingdom
                                                                : QLocale::Norway);
    i.timeZone = cafeZone();
    return i;
}

Activity matklubb() {
    Activity a;
    a.id = 7;
    a.title = QStringLiteral("Matklubb");
    a.place = QStringLiteral("Kjøkkenet");
    a.startsAt = osloTime(2025, 3, 11, 16);
    a.endsAt = osloTime(2025, 3, 11, 18, 30);
    a.capacity = 8;
    a.waitlist = true;
    return a;
}

Signup signup(const QString& nickname, SignupStatus status = SignupStatus::Confirmed, std::optional<int> place = {}) {
    Signup s;
    s.id = 1;
    s.activityId = 7;
    s.nickname = nickname;
    s.cancelCode = QStringLiteral("K7QX");
    s.status = status;
    s.waitlistPlace = place;
    return s;
}

// The bytes of the document's text are the code page's, or ASCII: no UTF-8 sequence got through.
void noUtf8(const QByteArray& bytes) {
    BOOST_TEST(!bytes.contains(QByteArray::fromHex("f09f")));  // emoji lead bytes
    BOOST_TEST(!bytes.contains(QByteArray::fromHex("d985")));  // Arabic meem
    BOOST_TEST(!bytes.contains(QByteArray::fromHex("c3b8")));  // UTF-8 ø
}

}  // namespace

BOOST_AUTO_TEST_SUITE(signup_print)

BOOST_AUTO_TEST_CASE(norwegian_slip_on_a_cp865_printer) {
    const Printed p = print(SignupSlip::build(signup(QStringLiteral("Grønn rev")), matklubb(), info(QLocale::NorwegianBokmal)),
                            "zj-5870");
    BOOST_TEST_INFO("rendered:\n" << p.text);
    for (const char* line : {"Aktivkafé Grünerløkka", "Påmelding", "Matklubb", "Tirsdag 11. mars", "16:00-18:30",
                             "Sted: Kjøkkenet", "Kallenavn:", "Grønn rev", "Du har plass.", "Avmeldingskode", "K7QX"})
        BOOST_TEST(p.lines.contains(QString::fromUtf8(line)), line);
    BOOST_TEST(p.flat.contains(QStringLiteral("Kan du ikke komme? Skriv koden under \"Min plass\" på kiosken og trykk "
                                              "\"Meld meg av\"")));
    BOOST_TEST(!p.text.contains(QStringLiteral("Venteliste")));
    BOOST_TEST(p.bytes.contains(QByteArray("Gr\x9bnn rev")));  // ø is 0x9B in CP865
    noUtf8(p.bytes);
}

BOOST_AUTO_TEST_CASE(waitlisted_slips_in_danish_and_english) {
    const Signup waiting = signup(QStringLiteral("Grøn ræv"), SignupStatus::Waitlisted, 3);
    const Printed da = print(SignupSlip::build(waiting, matklubb(), info(QLocale::Danish)), "generic-80");
    BOOST_TEST_INFO("rendered:\n" << da.text);
    for (const char* line : {"Tilmelding", "Tirsdag d. 11. marts", "Kaldenavn:", "Grøn ræv", "Venteliste nr. 3",
                             "Afmeldingskode", "K7QX"})
        BOOST_TEST(da.lines.contains(QString::fromUtf8(line)), line);
    BOOST_TEST(!da.text.contains(QStringLiteral("Du har en plads.")));
    const Printed en = print(SignupSlip::build(waiting, matklubb(), info(QLocale::English)), "generic-80");
    BOOST_TEST_INFO("rendered:\n" << en.text);
    for (const char* line : {"Sign-up", "Tuesday 11 March", "Waitlist no. 3", "Cancel code", "Place: Kjøkkenet"})
        BOOST_TEST(en.lines.contains(QString::fromUtf8(line)), line);
    Signup byCard = signup(QString());
    byCard.byCard = true;
    BOOST_TEST(print(SignupSlip::build(byCard, matklubb(), info(QLocale::English)), "generic-80")
                   .lines.contains(QStringLiteral("Signed up with a card")));
}

BOOST_AUTO_TEST_CASE(nicknames_the_printer_cannot_show_get_a_fallback) {
    const auto nb = QLocale::NorwegianBokmal;
    // Emoji: kept what can be shown, one '?' per run of what cannot (not one per code point).
    BOOST_TEST(SignupSlip::printableNickname(QString::fromUtf8("Kaffe-Kari ☕🦊"), nb) == QStringLiteral("Kaffe-Kari ?"));
    BOOST_TEST(SignupSlip::printableNickname(QString::fromUtf8("Ola 👨‍👩‍👧 Nordmann"), nb) == QStringLiteral("Ola ? Nordmann"));
    // Right-to-left and CJK only: nothing to show, so a sentence says so.
    BOOST_TEST(SignupSlip::printableNickname(QString::fromUtf8("مريم"), nb) == QStringLiteral("(navnet kan ikke skrives ut)"));
    BOOST_TEST(SignupSlip::printableNickname(QString::fromUtf8("小明"), QLocale::English) ==
               QStringLiteral("(the name cannot be printed)"));
    BOOST_TEST(SignupSlip::printableNickname(QString::fromUtf8("Ali علي"), nb) == QStringLiteral("Ali ?"));
    // What the code pages have, or the encoder transliterates, is kept as it is.
    BOOST_TEST(SignupSlip::printableNickname(QString::fromUtf8("Zoë Łukasz"), nb) == QString::fromUtf8("Zoë Łukasz"));
    BOOST_TEST(SignupSlip::printableNickname(QStringLiteral("What?"), nb) == QStringLiteral("What?"));

    const Printed emoji = print(SignupSlip::build(signup(QString::fromUtf8("Kaffe-Kari ☕🦊")), matklubb(),
                                                  info(nb)),
                                "zj-5870");
    BOOST_TEST_INFO("rendered:\n" << emoji.text);
    BOOST_TEST(emoji.lines.contains(QStringLiteral("Kaffe-Kari ?")));
    BOOST_TEST(emoji.text.count(u'?') == 2);  // the fallback and "Kan du ikke komme?"
    noUtf8(emoji.bytes);

    const Printed rtl = print(SignupSlip::build(signup(QString::fromUtf8("مريم")), matklubb(), info(nb)), "zj-5870");
    BOOST_TEST_INFO("rendered:\n" << rtl.text);
    BOOST_TEST(rtl.lines.contains(QStringLiteral("(navnet kan ikke skrives ut)")));
    BOOST_TEST(rtl.lines.contains(QStringLiteral("K7QX")));
    noUtf8(rtl.bytes);

    // Text that looks like SQL is just text on paper too.
    const QString bobby = QStringLiteral("Robert'); DROP TABLE signups;--");
    const Printed sql = print(SignupSlip::build(signup(bobby), matklubb(), info(QLocale::English)), "generic-80");
    BOOST_TEST(sql.lines.contains(bobby));
}

BOOST_AUTO_TEST_CASE(attendance_list_numbers_places_and_keeps_the_waitlist_apart) {
    SignupCafe c;
    const Activity a = c.make("Matklubb", 11, 2, true);
    const Signup anna = c.joined(a, "Anna");
    c.joined(a, "🦊");
    c.joined(a, "Cecilie");
    const Signup dag = c.joined(a, "Dag");
    BOOST_TEST_REQUIRE(c.signups.markAttended(anna.id, true, c.ola, c.journal).ok());
    BOOST_TEST_REQUIRE(c.signups.cancel(a.id, dag.cancelCode, c.journal)->ok());
    const Printed p = print(AttendanceList::build(a, c.listOf(a), info(QLocale::NorwegianBokmal)), "generic-80");
    BOOST_TEST_INFO("rendered:\n" << p.text);
    const qsizetype top = p.lines.indexOf(QStringLiteral("Deltakerliste"));
    BOOST_TEST_REQUIRE(top >= 0);
    for (const char* line : {"Matklubb", "Tirsdag 11. mars", "16:00-18:30", "Sted: Kjøkkenet", "2 av 2 plasser tatt",
                             "[x]  1. Anna", "[ ]  2. (navnet kan ikke skrives ut)", "Venteliste", "1. Cecilie"})
        BOOST_TEST(p.lines.contains(QString::fromUtf8(line)), line);
    BOOST_TEST(p.lines.indexOf(QStringLiteral("Venteliste")) > p.lines.indexOf(QStringLiteral("[x]  1. Anna")));
    BOOST_TEST(!p.text.contains(QStringLiteral("Dag")));  // cancelled: left out
    noUtf8(p.bytes);
    const Printed empty = print(AttendanceList::build(a, {}, info(QLocale::English)), "generic-80");
    BOOST_TEST(empty.lines.contains(QStringLiteral("Nobody has signed up yet.")));
    BOOST_TEST(empty.lines.contains(QStringLiteral("Attendance list")));
}

// The kiosk's serving slip ([kiosk] print_serving_slip): the number large, what for, the local
// time and what to do, in the café's language; nothing about the card.
BOOST_AUTO_TEST_CASE(serving_slip_in_three_languages) {
    const QDateTime at = osloTime(2025, 3, 11, 9, 41);
    const std::vector<std::tuple<QLocale::Language, const char*, const char*>> cases{
        {QLocale::NorwegianBokmal, "Nummeret ditt", "Vis lappen i disken"},
        {QLocale::Danish, "Dit nummer", "Vis sedlen ved disken"},
        {QLocale::English, "Your number", "Show this slip at the counter"}};
    for (const auto& [language, label, showIt] : cases) {
        const Printed p = print(ServingSlip::build(42, QStringLiteral("Kaffe (kaffekort)"), at, info(language)),
                                "zj-5870");
        BOOST_TEST_INFO(p.text);
        BOOST_TEST(p.lines.contains(QString::fromUtf8("Aktivkafé Grünerløkka")));
        BOOST_TEST(p.lines.contains(QString::fromUtf8(label)));
        BOOST_TEST(p.lines.contains(QStringLiteral("42")));
        BOOST_TEST(p.lines.contains(QStringLiteral("09:41")));  // Oslo time, not UTC
        BOOST_TEST(p.flat.contains(QString::fromUtf8(showIt)));
        BOOST_TEST(!p.text.contains(QStringLiteral("AK1")));
        noUtf8(p.bytes);
    }
}

BOOST_AUTO_TEST_SUITE_END()
