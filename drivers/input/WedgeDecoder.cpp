#include "drivers/input/WedgeDecoder.h"

#include <linux/input-event-codes.h>

namespace ak::dev {

unsigned WedgeDecoder::modifierBit(int code) {
    switch (code) {
    case KEY_LEFTSHIFT: return LeftShift;
    case KEY_RIGHTSHIFT: return RightShift;
    case KEY_RIGHTALT: return AltGr;
    case KEY_LEFTCTRL:
    case KEY_RIGHTCTRL: return Ctrl;
    case KEY_LEFTALT: return LeftAlt;
    case KEY_LEFTMETA:
    case KEY_RIGHTMETA: return Meta;
    default: return 0;
    }
}

std::optional<WedgeToken> WedgeDecoder::key(int code, int value, qint64 timeUs) {
    if (value < 0 || value > 2) return std::nullopt;
    std::optional<WedgeToken> dropped;
    if (timeUs >= 0) {
        // A clock that went backwards is no gap; only a long silence in the middle of a token is.
        const bool pending = !text_.isEmpty() || deadKey_ != 0 || tooLong_;
        if (pending && options_.maxGapUs > 0 && lastTimeUs_ >= 0 && timeUs - lastTimeUs_ > options_.maxGapUs)
            dropped = finish(WedgeToken::Status::Interrupted);
        lastTimeUs_ = timeUs;
    }

    if (const unsigned bit = modifierBit(code)) {
        if (value == 1) modifiers_ |= bit;
        if (value == 0) modifiers_ &= ~bit;
        return dropped;
    }
    if (value == 0) return dropped;  // releases type nothing
    if (code == KEY_CAPSLOCK) {
        if (value == 1) capsLock_ = !capsLock_;  // holding it down does not toggle it again
        return dropped;
    }
    if (code == KEY_NUMLOCK) return dropped;  // the keypad is read as digits either way
    if (code == KEY_ENTER || code == KEY_KPENTER || code == KEY_TAB) {
        // After a drop the token is empty, so this Enter ends nothing more.
        std::optional<WedgeToken> ended = finish(tooLong_ ? WedgeToken::Status::TooLong : WedgeToken::Status::Complete);
        return dropped ? dropped : ended;
    }
    type(code);
    return dropped;
}

void WedgeDecoder::type(int code) {
    // Ctrl, left Alt and Meta combinations are commands on a keyboard, not characters.
    if (modifiers_ & (Ctrl | LeftAlt | Meta)) return skipKey();
    const KeySymbols s = layout_.symbols(code);
    const bool shift = (modifiers_ & (LeftShift | RightShift)) != 0;
    char16_t c = 0;
    if (modifiers_ & AltGr) {
        c = shift ? s.shiftAltGr : s.altGr;  // Caps Lock does not reach the AltGr level
    } else {
        const bool upper = shift != (capsLock_ && s.capsLock);  // Shift with Caps Lock gives lower case
        c = upper ? s.shift : s.plain;
    }
    if (c == 0) return skipKey();

    if (KeyboardLayout::isDeadKey(c)) {
        if (deadKey_ != 0) append(KeyboardLayout::spacingForm(deadKey_));  // two dead keys: the first types itself
        deadKey_ = c;
        return;
    }
    if (deadKey_ != 0) {
        const char16_t mark = deadKey_;
        deadKey_ = 0;
        if (c == u' ') return append(KeyboardLayout::spacingForm(mark));
        // Letter + combining mark in composed form is one character exactly when such a letter exists.
        const QChar pair[] = {QChar(c), QChar(mark)};
        const QString composed = QString(pair, 2).normalized(QString::NormalizationForm_C);
        if (composed.size() == 1) return append(composed.at(0).unicode());
        append(KeyboardLayout::spacingForm(mark));  // no such letter: both as typed, nothing lost
    }
    append(c);
}

void WedgeDecoder::append(char16_t c) {
    if (c == 0 || tooLong_) return;
    if (text_.size() >= qMax(options_.maxLength, 1)) {
        tooLong_ = true;
        return;
    }
    text_.append(QChar(c));
}

void WedgeDecoder::skipKey() {
    ++unmapped_;
    ++unmappedTotal_;
}

std::optional<WedgeToken> WedgeDecoder::finish(WedgeToken::Status status) {
    if (deadKey_ != 0) append(KeyboardLayout::spacingForm(deadKey_));  // a dead key at the end types itself
    WedgeToken token{status, text_, unmapped_};
    const bool any = !text_.isEmpty() || tooLong_;
    text_.clear();
    deadKey_ = 0;
    tooLong_ = false;
    unmapped_ = 0;
    if (!any) return std::nullopt;
    return token;
}

void WedgeDecoder::reset() {
    modifiers_ = 0;
    capsLock_ = false;
    text_.clear();
    deadKey_ = 0;
    tooLong_ = false;
    unmapped_ = 0;
    lastTimeUs_ = -1;
}

}  // namespace ak::dev
