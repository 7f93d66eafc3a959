#pragma once
// What each key types on a keyboard layout, for decoding a keyboard-wedge scanner (WedgeDecoder).
//
// A wedge scanner does not send characters: it presses keys, as if someone typed its code on a
// keyboard set to the layout the scanner was configured for. The same key therefore means "; " on
// a US keyboard and "ø" on a Norwegian one. The tables follow the X keyboard layouts "us", "no"
// and "dk" (/usr/share/X11/xkb/symbols) for the keys a scanner uses: letters, digits, punctuation,
// the keypad and the AltGr level of the Nordic layouts.
//
// Key codes are Linux evdev codes (<linux/input-event-codes.h>). A dead key (the Nordic ¨ ^ ~ ´ `)
// is stored as its combining mark (U+0300..U+036F): it types nothing by itself but changes the next
// character; see WedgeDecoder.

#include <QString>
#include <QStringList>

#include <array>

namespace ak::dev {

struct KeySymbols {
    char16_t plain = 0;  // 0: the key types nothing at this level
    char16_t shift = 0;
    char16_t altGr = 0;
    char16_t shiftAltGr = 0;
    bool capsLock = false;  // Caps Lock shifts this key (letters, æ ø å), not digits or punctuation

    bool isTyping() const { return plain || shift || altGr || shiftAltGr; }
};

class KeyboardLayout {
public:
    // Codes at or above this are function, media and other keys no layout here types with.
    static constexpr int kKeyCount = 128;

    // "us", "no" (Norwegian) or "dk" (Danish); nullptr for any other name. The layouts live as
    // long as the program.
    static const KeyboardLayout* byName(QStringView name);
    static QStringList names();

    QString name() const { return name_; }
    // All zero for a key that types nothing (modifiers, Enter, F-keys, codes out of range).
    KeySymbols symbols(int code) const;

    // A dead key's symbol is a combining mark; spacingForm() is what it types on its own ("^" for
    // U+0302), 0 for anything that is not one of the layouts' dead keys.
    static bool isDeadKey(char16_t c) { return c >= 0x0300 && c <= 0x036F; }
    static char16_t spacingForm(char16_t combiningMark);

private:
    KeyboardLayout(QString name, std::array<KeySymbols, kKeyCount> keys) : name_(std::move(name)), keys_(keys) {}

    QString name_;
    std::array<KeySymbols, kKeyCount> keys_;
};

}  // namespace ak::dev
