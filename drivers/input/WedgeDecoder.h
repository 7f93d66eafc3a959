#pragma once
// Turns a keyboard-wedge scanner's key events into the codes it scanned. Pure (no device, no
// clock): the evdev reader feeds it the EV_KEY events it reads from the scanner's own
// /dev/input/eventN; tests and the fuzz target feed it directly.
//
// A wedge scanner "types" each code as key presses on the layout it was set up for and ends it
// with Enter (or Tab, a common scanner setting). The decoder follows Shift, AltGr (right Alt) and
// Caps Lock, maps each key through the layout (KeyboardLayout), joins a dead key with the next
// character (´ then e is é; ^ then space is ^), and returns the token when Enter, keypad Enter or
// Tab comes. Nothing is guessed; what it cannot read is counted and said:
//  - a key the layout does not type (F-keys, arrows, Ctrl or left-Alt combinations) is skipped and
//    counted in the token's unmappedKeys (and in unmappedTotal());
//  - a token longer than maxLength is dropped whole when it ends (TooLong): the scanner read
//    something that is not one of our codes, or two reads ran together;
//  - when event times are given, a token left unfinished for longer than maxGapUs (its Enter was
//    lost, or a person pressed keys on the scanner's keyboard interface) is dropped (Interrupted)
//    when the next key comes, so it cannot glue itself to the front of the next scan.
// An empty token (Enter alone) is no token. Auto-repeat (value 2) types the key again, as on a
// screen; releases only matter for the modifiers.

#include "drivers/input/KeyboardLayout.h"

#include <QString>

#include <optional>

namespace ak::dev {

struct WedgeToken {
    enum class Status { Complete, TooLong, Interrupted };
    Status status = Status::Complete;
    // Complete: the token. Otherwise what had been typed, at most maxLength characters, for the log.
    QString text;
    int unmappedKeys = 0;  // keys skipped while this token was typed
};

class WedgeDecoder {
public:
    struct Options {
        int maxLength = 256;         // card codes are at most 200 characters (CardCode::kMaxInputLength)
        qint64 maxGapUs = 500'000;   // scanners type a code in a few ms; <= 0: no gap rule
    };

    // The layout is not owned; KeyboardLayout::byName's layouts live as long as the program.
    explicit WedgeDecoder(const KeyboardLayout& layout) : WedgeDecoder(layout, Options{}) {}
    WedgeDecoder(const KeyboardLayout& layout, Options options) : layout_(layout), options_(options) {}

    // One EV_KEY event: code from <linux/input-event-codes.h>, value 1 press, 0 release, 2 repeat
    // (other values are ignored). timeUs: the event's time in microseconds, negative if unknown.
    // Returns the token this event ended or dropped, if any; at most one per event.
    std::optional<WedgeToken> key(int code, int value, qint64 timeUs = -1);

    // Drops the half-typed token, if any, as Interrupted, keeping the modifiers. The evdev reader
    // calls it when the scanner has been silent for maxGapUs, so that a lost Enter is logged when
    // it happens rather than at the next scan (which may never come).
    std::optional<WedgeToken> interrupt() { return finish(WedgeToken::Status::Interrupted); }

    // Forgets the half-typed token and the modifiers (e.g. the device was reopened).
    void reset();

    qint64 unmappedTotal() const { return unmappedTotal_; }
    bool capsLock() const { return capsLock_; }

private:
    enum Modifier : unsigned { LeftShift = 1, RightShift = 2, AltGr = 4, Ctrl = 8, LeftAlt = 16, Meta = 32 };
    static unsigned modifierBit(int code);

    std::optional<WedgeToken> finish(WedgeToken::Status status);
    void type(int code);
    void append(char16_t c);
    void skipKey();

    const KeyboardLayout& layout_;
    Options options_;
    unsigned modifiers_ = 0;
    bool capsLock_ = false;
    QString text_;
    char16_t deadKey_ = 0;  // a dead key waiting for its character (a combining mark)
    bool tooLong_ = false;
    int unmapped_ = 0;
    qint64 unmappedTotal_ = 0;
    qint64 lastTimeUs_ = -1;
};

}  // namespace ak::dev
