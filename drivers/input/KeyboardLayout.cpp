#include "drivers/input/KeyboardLayout.h"

#include <linux/input-event-codes.h>

namespace ak::dev {

namespace {

// Dead keys as combining marks (see the header).
constexpr char16_t kDeadGrave = 0x0300;
constexpr char16_t kDeadAcute = 0x0301;
constexpr char16_t kDeadCircumflex = 0x0302;
constexpr char16_t kDeadTilde = 0x0303;
constexpr char16_t kDeadDiaeresis = 0x0308;

using Keys = std::array<KeySymbols, KeyboardLayout::kKeyCount>;

void set(Keys& keys, int code, char16_t plain, char16_t shift, char16_t altGr = 0, bool caps = false) {
    keys[size_t(code)] = KeySymbols{plain, shift, altGr, 0, caps};
}

// What every layout here shares: QWERTY letters, the digits' first level, space and the keypad
// (keypad keys type the same with or without AltGr; Num Lock is taken as on, as scanners that use
// the keypad expect).
Keys latinBase() {
    Keys keys{};
    const char* rows[] = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};
    const int firstCode[] = {KEY_Q, KEY_A, KEY_Z};
    for (int r = 0; r < 3; ++r) {
        for (int i = 0; rows[r][i]; ++i) {
            const char16_t c = char16_t(rows[r][i]);
            set(keys, firstCode[r] + i, c, char16_t(c - u'a' + u'A'), 0, true);
        }
    }
    const char16_t digits[] = u"1234567890";
    for (int i = 0; i < 10; ++i) set(keys, KEY_1 + i, digits[i], 0);
    set(keys, KEY_SPACE, u' ', u' ', u' ');
    const int keypad[] = {KEY_KP0, KEY_KP1, KEY_KP2, KEY_KP3, KEY_KP4, KEY_KP5, KEY_KP6, KEY_KP7, KEY_KP8, KEY_KP9};
    for (int i = 0; i < 10; ++i) set(keys, keypad[i], char16_t(u'0' + i), char16_t(u'0' + i), char16_t(u'0' + i));
    set(keys, KEY_KPASTERISK, u'*', u'*', u'*');
    set(keys, KEY_KPMINUS, u'-', u'-', u'-');
    set(keys, KEY_KPPLUS, u'+', u'+', u'+');
    set(keys, KEY_KPSLASH, u'/', u'/', u'/');
    set(keys, KEY_KPDOT, u'.', u'.', u'.');
    return keys;
}

Keys us() {
    Keys k = latinBase();
    const char16_t shifted[] = u"!@#$%^&*()";
    for (int i = 0; i < 10; ++i) k[size_t(KEY_1 + i)].shift = shifted[i];
    set(k, KEY_GRAVE, u'`', u'~');
    set(k, KEY_MINUS, u'-', u'_');
    set(k, KEY_EQUAL, u'=', u'+');
    set(k, KEY_LEFTBRACE, u'[', u'{');
    set(k, KEY_RIGHTBRACE, u']', u'}');
    set(k, KEY_SEMICOLON, u';', u':');
    set(k, KEY_APOSTROPHE, u'\'', u'"');
    set(k, KEY_BACKSLASH, u'\\', u'|');
    set(k, KEY_102ND, u'<', u'>');
    set(k, KEY_COMMA, u',', u'<');
    set(k, KEY_DOT, u'.', u'>');
    set(k, KEY_SLASH, u'/', u'?');
    return k;
}

// xkb latin(type2), which "no" and "dk" start from: the Nordic digit row with AltGr.
Keys nordicBase() {
    Keys k = latinBase();
    const char16_t shifted[] = u"!\"#¤%&/()=";
    const char16_t altGr[] = {u'¡', u'@', u'£', u'$', u'½', u'¥', u'{', u'[', u']', u'}'};
    for (int i = 0; i < 10; ++i) {
        k[size_t(KEY_1 + i)].shift = shifted[i];
        k[size_t(KEY_1 + i)].altGr = altGr[i];
    }
    k[size_t(KEY_E)].altGr = u'€';
    set(k, KEY_MINUS, u'+', u'?', u'±');
    set(k, KEY_LEFTBRACE, u'å', u'Å', 0, true);
    set(k, KEY_RIGHTBRACE, kDeadDiaeresis, kDeadCircumflex, kDeadTilde);
    set(k, KEY_BACKSLASH, u'\'', u'*');
    set(k, KEY_102ND, u'<', u'>');
    set(k, KEY_COMMA, u',', u';');
    set(k, KEY_DOT, u'.', u':');
    set(k, KEY_SLASH, u'-', u'_');
    set(k, KEY_KPDOT, u',', u',', u',');  // xkb kpdl(comma)
    return k;
}

// Norwegian: ø right of L, æ next to it.
Keys norwegian() {
    Keys k = nordicBase();
    set(k, KEY_GRAVE, u'|', u'§');
    set(k, KEY_EQUAL, u'\\', kDeadGrave, kDeadAcute);
    set(k, KEY_SEMICOLON, u'ø', u'Ø', kDeadAcute, true);
    set(k, KEY_APOSTROPHE, u'æ', u'Æ', kDeadCircumflex, true);
    return k;
}

// Danish: æ and ø swapped against Norwegian; | and \ on AltGr.
Keys danish() {
    Keys k = nordicBase();
    set(k, KEY_GRAVE, u'½', u'§');
    set(k, KEY_EQUAL, kDeadAcute, kDeadGrave, u'|');
    set(k, KEY_SEMICOLON, u'æ', u'Æ', kDeadAcute, true);
    set(k, KEY_APOSTROPHE, u'ø', u'Ø', kDeadCircumflex, true);
    set(k, KEY_102ND, u'<', u'>', u'\\');
    return k;
}

}  // namespace

const KeyboardLayout* KeyboardLayout::byName(QStringView name) {
    static const KeyboardLayout layouts[] = {
        KeyboardLayout(QStringLiteral("us"), us()),
        KeyboardLayout(QStringLiteral("no"), norwegian()),
        KeyboardLayout(QStringLiteral("dk"), danish()),
    };
    for (const KeyboardLayout& l : layouts)
        if (l.name_ == name) return &l;
    return nullptr;
}

QStringList KeyboardLayout::names() { return {QStringLiteral("us"), QStringLiteral("no"), QStringLiteral("dk")}; }

KeySymbols KeyboardLayout::symbols(int code) const {
    if (code < 0 || code >= kKeyCount) return {};
    return keys_[size_t(code)];
}

char16_t KeyboardLayout::spacingForm(char16_t combiningMark) {
    switch (combiningMark) {
    case kDeadGrave: return u'`';
    case kDeadAcute: return u'´';
    case kDeadCircumflex: return u'^';
    case kDeadTilde: return u'~';
    case kDeadDiaeresis: return u'¨';
    default: return 0;
    }
}

}  // namespace ak::dev
