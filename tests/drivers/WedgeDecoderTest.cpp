// The keyboard-wedge decoder: evdev key events as a scanner sends them, on US, Norwegian and
// Danish layouts, back to the codes it scanned; what it cannot read is counted or dropped.
#include "drivers/input/WedgeDecoder.h"
#include "tests/support/TestSupport.h"

#include <linux/input-event-codes.h>

#include <boost/test/unit_test.hpp>

#include <cstring>
#include <vector>

using namespace ak::dev;
using Status = WedgeToken::Status;

namespace {

const KeyboardLayout& layout(const char* name) {
    const KeyboardLayout* l = KeyboardLayout::byName(QString::fromLatin1(name));
    BOOST_TEST_REQUIRE(l != nullptr, name);
    return *l;
}

// Feeds events and keeps every token that came out.
struct Keyboard {
    explicit Keyboard(const char* name, WedgeDecoder::Options options = {}) : decoder(layout(name), options) {}

    void event(int code, int value, qint64 timeUs = -1) {
        if (auto t = decoder.key(code, value, timeUs)) tokens.push_back(*t);
    }
    void tap(int code, qint64 timeUs = -1) {
        event(code, 1, timeUs);
        event(code, 0, timeUs);
    }
    void with(int modifier, int code) {
        event(modifier, 1);
        tap(code);
        event(modifier, 0);
    }
    void shifted(int code) { with(KEY_LEFTSHIFT, code); }
    void altGr(int code) { with(KEY_RIGHTALT, code); }
    void enter() { tap(KEY_ENTER); }
    // Lower-case letters, digits and '-' (the US position) as a scanner types them.
    void typeAscii(const char* text) {
        static const char* rows[] = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};
        static const int first[] = {KEY_Q, KEY_A, KEY_Z};
        for (const char* p = text; *p; ++p) {
            if (*p >= '1' && *p <= '9') tap(KEY_1 + (*p - '1'));
            else if (*p == '0') tap(KEY_0);
            else if (*p == '-') tap(KEY_MINUS);
            else
                for (int r = 0; r < 3; ++r)
                    if (const char* at = strchr(rows[r], *p)) tap(first[r] + int(at - rows[r]));
        }
    }
    QString onlyToken() {
        BOOST_TEST_REQUIRE(tokens.size() == 1u);
        BOOST_TEST((tokens[0].status == Status::Complete));
        return tokens[0].text;
    }

    WedgeDecoder decoder;
    std::vector<WedgeToken> tokens;
};

}  // namespace

BOOST_AUTO_TEST_SUITE(wedge_decoder)

BOOST_AUTO_TEST_CASE(us_scan_with_shift_ends_on_enter) {
    Keyboard kb("us");
    kb.shifted(KEY_A);
    kb.shifted(KEY_K);
    kb.tap(KEY_MINUS);
    kb.typeAscii("7q");
    kb.shifted(KEY_X);
    kb.tap(KEY_3);
    BOOST_TEST(kb.tokens.empty(), "nothing before Enter");
    kb.enter();
    BOOST_TEST(kb.onlyToken() == QStringLiteral("AK-7qX3"));
}

BOOST_AUTO_TEST_CASE(us_punctuation_and_keypad) {
    Keyboard kb("us");
    for (int code : {KEY_SEMICOLON, KEY_APOSTROPHE, KEY_LEFTBRACE, KEY_SLASH, KEY_KP7, KEY_KPDOT, KEY_KPMINUS}) kb.tap(code);
    kb.shifted(KEY_2);
    kb.shifted(KEY_SEMICOLON);
    kb.tap(KEY_KPENTER);
    BOOST_TEST(kb.onlyToken() == QStringLiteral(";'[/7.-@:"));
}

BOOST_AUTO_TEST_CASE(norwegian_letters_sit_where_norwegian_keyboards_have_them) {
    Keyboard kb("no");
    kb.tap(KEY_SEMICOLON);    // ø right of L
    kb.tap(KEY_APOSTROPHE);   // æ right of ø
    kb.tap(KEY_LEFTBRACE);    // å right of P
    kb.shifted(KEY_SEMICOLON);
    kb.shifted(KEY_APOSTROPHE);
    kb.shifted(KEY_LEFTBRACE);
    kb.tap(KEY_SLASH);        // '-' where US has '/'
    kb.shifted(KEY_7);        // '/'
    kb.altGr(KEY_2);          // '@'
    kb.tap(KEY_MINUS);        // '+'
    kb.tap(KEY_GRAVE);        // '|'
    kb.tap(KEY_EQUAL);        // '\'
    kb.enter();
    BOOST_TEST(kb.onlyToken() == QStringLiteral("øæåØÆÅ-/@+|\\"));
}

BOOST_AUTO_TEST_CASE(danish_swaps_ae_and_oslash) {
    Keyboard kb("dk");
    kb.tap(KEY_SEMICOLON);
    kb.tap(KEY_APOSTROPHE);
    kb.tap(KEY_LEFTBRACE);
    kb.altGr(KEY_EQUAL);  // '|'
    kb.altGr(KEY_102ND);  // '\'
    kb.enter();
    BOOST_TEST(kb.onlyToken() == QStringLiteral("æøå|\\"));
}

BOOST_AUTO_TEST_CASE(caps_lock_shifts_letters_but_not_digits_and_shift_undoes_it) {
    Keyboard kb("no");
    kb.tap(KEY_CAPSLOCK);
    kb.event(KEY_CAPSLOCK, 2);  // held: no second toggle
    kb.typeAscii("ak1");
    kb.tap(KEY_SEMICOLON);
    kb.shifted(KEY_B);
    kb.shifted(KEY_APOSTROPHE);
    kb.enter();
    BOOST_TEST(kb.onlyToken() == QStringLiteral("AK1Øbæ"));
    BOOST_TEST(kb.decoder.capsLock());
    kb.tap(KEY_CAPSLOCK);
    kb.typeAscii("a");
    kb.enter();
    BOOST_TEST_REQUIRE(kb.tokens.size() == 2u);
    BOOST_TEST(kb.tokens[1].text == QStringLiteral("a"));
}

BOOST_AUTO_TEST_CASE(tab_ends_a_token_and_empty_tokens_are_none) {
    Keyboard kb("us");
    kb.enter();
    kb.tap(KEY_TAB);
    BOOST_TEST(kb.tokens.empty());
    kb.typeAscii("12");
    kb.tap(KEY_TAB);
    kb.typeAscii("34");
    kb.enter();
    BOOST_TEST_REQUIRE(kb.tokens.size() == 2u);
    BOOST_TEST(kb.tokens[0].text == QStringLiteral("12"));
    BOOST_TEST(kb.tokens[1].text == QStringLiteral("34"));
}

BOOST_AUTO_TEST_CASE(auto_repeat_types_again_and_releases_type_nothing) {
    Keyboard kb("us");
    kb.event(KEY_7, 1);
    kb.event(KEY_7, 2);
    kb.event(KEY_7, 2);
    kb.event(KEY_7, 0);
    kb.event(KEY_8, 0);       // a release without its press
    kb.event(KEY_9, 7);       // not a key value evdev sends
    kb.enter();
    BOOST_TEST(kb.onlyToken() == QStringLiteral("777"));
}

BOOST_AUTO_TEST_CASE(keys_the_layout_cannot_type_are_skipped_and_counted) {
    Keyboard kb("us");
    kb.typeAscii("1");
    kb.tap(KEY_F1);
    kb.tap(KEY_UP);
    kb.with(KEY_LEFTCTRL, KEY_J);  // a control code, not a character
    kb.altGr(KEY_2);               // US has no AltGr level
    kb.tap(KEY_PLAYPAUSE);         // beyond the typing keys
    kb.typeAscii("2");
    kb.enter();
    BOOST_TEST(kb.onlyToken() == QStringLiteral("12"));
    BOOST_TEST(kb.tokens[0].unmappedKeys == 5);
    kb.tap(KEY_F2);
    kb.typeAscii("3");
    kb.enter();
    BOOST_TEST(kb.tokens.back().unmappedKeys == 1, "the count is per token");
    BOOST_TEST(kb.decoder.unmappedTotal() == 6);
}

BOOST_AUTO_TEST_CASE(a_token_over_the_maximum_is_dropped_whole_and_the_next_is_read) {
    Keyboard kb("us", WedgeDecoder::Options{5, 0});
    kb.typeAscii("12345");
    kb.enter();
    kb.typeAscii("1234567");
    kb.enter();
    kb.typeAscii("9");
    kb.enter();
    BOOST_TEST_REQUIRE(kb.tokens.size() == 3u);
    BOOST_TEST((kb.tokens[0].status == Status::Complete));
    BOOST_TEST(kb.tokens[0].text == QStringLiteral("12345"), "exactly the maximum is fine");
    BOOST_TEST((kb.tokens[1].status == Status::TooLong));
    BOOST_TEST(kb.tokens[1].text == QStringLiteral("12345"), "what was read, cut, for the log");
    BOOST_TEST((kb.tokens[2].status == Status::Complete));
    BOOST_TEST(kb.tokens[2].text == QStringLiteral("9"));
}

BOOST_AUTO_TEST_CASE(a_long_gap_drops_the_half_token_when_times_are_given) {
    Keyboard kb("us", WedgeDecoder::Options{256, 500'000});
    kb.tap(KEY_1, 1'000'000);
    kb.tap(KEY_2, 1'004'000);
    kb.tap(KEY_3, 1'800'000);  // 0.8 s later: its Enter was lost
    BOOST_TEST_REQUIRE(kb.tokens.size() == 1u);
    BOOST_TEST((kb.tokens[0].status == Status::Interrupted));
    BOOST_TEST(kb.tokens[0].text == QStringLiteral("12"));
    kb.tap(KEY_4, 1'805'000);
    kb.tap(KEY_ENTER, 1'806'000);
    BOOST_TEST_REQUIRE(kb.tokens.size() == 2u);
    BOOST_TEST((kb.tokens[1].status == Status::Complete));
    BOOST_TEST(kb.tokens[1].text == QStringLiteral("34"));
    kb.tap(KEY_ENTER, 9'000'000);  // a gap before an Enter with nothing pending drops nothing
    kb.tap(KEY_5, 1'000);          // the clock went backwards: no gap
    kb.tap(KEY_ENTER, 2'000);
    BOOST_TEST_REQUIRE(kb.tokens.size() == 3u);
    BOOST_TEST(kb.tokens[2].text == QStringLiteral("5"));
}

BOOST_AUTO_TEST_CASE(without_times_there_is_no_gap_rule) {
    Keyboard kb("us");
    kb.typeAscii("12");
    kb.typeAscii("3");
    kb.enter();
    BOOST_TEST(kb.onlyToken() == QStringLiteral("123"));
}

BOOST_AUTO_TEST_CASE(nordic_dead_keys_join_the_next_character) {
    Keyboard kb("no");
    kb.shifted(KEY_RIGHTBRACE);  // dead ^
    kb.tap(KEY_SPACE);           // ^ on its own
    kb.altGr(KEY_EQUAL);         // dead ´
    kb.typeAscii("e");           // é
    kb.tap(KEY_RIGHTBRACE);      // dead ¨
    kb.shifted(KEY_U);           // Ü
    kb.altGr(KEY_RIGHTBRACE);    // dead ~
    kb.typeAscii("1");           // no such letter: ~ and 1
    kb.shifted(KEY_EQUAL);       // dead `
    kb.shifted(KEY_EQUAL);       // a second dead key: the first types itself
    kb.enter();                  // and the last one too
    BOOST_TEST(kb.onlyToken() == QStringLiteral("^éÜ~1``"));
}

BOOST_AUTO_TEST_CASE(reset_forgets_the_half_token_and_the_modifiers) {
    Keyboard kb("us");
    kb.event(KEY_LEFTSHIFT, 1);
    kb.typeAscii("ab");
    kb.decoder.reset();
    kb.typeAscii("c");
    kb.enter();
    BOOST_TEST(kb.onlyToken() == QStringLiteral("c"));
}

BOOST_AUTO_TEST_CASE(layouts_by_name) {
    BOOST_TEST(KeyboardLayout::names() == (QStringList{QStringLiteral("us"), QStringLiteral("no"), QStringLiteral("dk")}));
    for (const QString& name : KeyboardLayout::names()) BOOST_TEST(KeyboardLayout::byName(name)->name() == name);
    BOOST_TEST(KeyboardLayout::byName(QStringLiteral("de")) == nullptr);
    BOOST_TEST(!layout("no").symbols(-1).isTyping());
    BOOST_TEST(!layout("no").symbols(KeyboardLayout::kKeyCount).isTyping());
}

BOOST_AUTO_TEST_SUITE_END()
