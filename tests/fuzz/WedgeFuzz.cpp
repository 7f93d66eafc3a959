// libFuzzer target for the keyboard-wedge decoder (WedgeDecoder): what a scanner, or anything else
// that shows up as that input device, sends as evdev key events.
//
// The first byte picks the layout and a small maximum length (so that over-long tokens happen);
// then every 3 bytes are one event: key code, value (0 release, 1 press, 2 repeat, 3 a value evdev
// does not send) and the time since the previous event in 4 ms steps (255: no time given).
// Checks the decoder's promises: a complete token is not empty, fits the maximum and holds no
// control characters or lone combining marks; a dropped over-long token is cut at the maximum.

#include <cstddef>
#include <cstdint>

#include "drivers/input/WedgeDecoder.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace ak::dev;
    if (size < 1) return 0;
    static const QStringList names = KeyboardLayout::names();
    const KeyboardLayout& layout = *KeyboardLayout::byName(names.at(data[0] % names.size()));
    const int maxLength = 1 + (data[0] >> 2);  // 1..64
    WedgeDecoder decoder(layout, WedgeDecoder::Options{maxLength, 500'000});
    qint64 now = 0;
    qint64 unmapped = 0;
    for (std::size_t i = 1; i + 3 <= size; i += 3) {
        const int code = data[i];
        const int value = data[i + 1] & 3;
        qint64 time = -1;
        if (data[i + 2] != 255) {
            now += qint64(data[i + 2]) * 4000;
            time = now;
        }
        const auto token = decoder.key(code, value, time);
        if (!token) continue;
        unmapped += token->unmappedKeys;
        const QString& t = token->text;
        if (t.size() > maxLength) __builtin_trap();
        if (token->status == WedgeToken::Status::TooLong && t.size() != maxLength) __builtin_trap();
        if (token->status == WedgeToken::Status::Complete && t.isEmpty()) __builtin_trap();
        for (QChar c : t)
            if (c.unicode() < 0x20 || KeyboardLayout::isDeadKey(c.unicode())) __builtin_trap();
    }
    if (unmapped > decoder.unmappedTotal()) __builtin_trap();
    return 0;
}
