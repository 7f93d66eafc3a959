#include "core/staff/StaffRules.h"

#include "core/staff/PinHasher.h"

#include <QSet>

namespace ak {

namespace {

// The digits step by one the whole way (1234, 4321, 012345, 987654), or the whole PIN repeats a
// shorter block (1111, 1212, 123123, 121212).
bool patterned(const QString& pin) {
    bool up = true, down = true;
    for (qsizetype i = 1; i < pin.size(); ++i) {
        up = up && pin[i].unicode() == pin[i - 1].unicode() + 1;
        down = down && pin[i].unicode() + 1 == pin[i - 1].unicode();
    }
    if (up || down) return true;
    for (qsizetype block = 1; block <= pin.size() / 2; ++block) {
        if (pin.size() % block != 0) continue;
        if (pin == pin.left(block).repeated(pin.size() / block)) return true;
    }
    return false;
}

// The four-digit PINs people choose most often, beyond the patterns above (published analyses of
// leaked PIN sets agree on these): years, keypad lines and repeated pairs in another order.
const QSet<QString>& commonPins() {
    static const QSet<QString> pins = {
        QStringLiteral("1004"), QStringLiteral("2000"), QStringLiteral("6969"), QStringLiteral("1122"),
        QStringLiteral("1313"), QStringLiteral("2001"), QStringLiteral("1010"), QStringLiteral("2580"),
        QStringLiteral("0852"), QStringLiteral("1998"), QStringLiteral("1999"), QStringLiteral("1357"),
        QStringLiteral("2468"), QStringLiteral("1100"), QStringLiteral("0101"), QStringLiteral("2020"),
        QStringLiteral("112233"), QStringLiteral("159753"), QStringLiteral("147258"), QStringLiteral("1470")};
    return pins;
}

}  // namespace

Result<QString> StaffRules::name(const QString& typed) {
    const QString name = typed.trimmed();
    if (name.isEmpty()) return Error{ErrorCode::InvalidInput, tr("A staff member needs a name.")};
    for (const QChar c : name)
        if (!c.isPrint())
            return Error{ErrorCode::InvalidInput, tr("A name can only have letters, digits, spaces and punctuation: no "
                                                     "line breaks, tabs or invisible characters.")};
    if (name.size() > kMaxNameLength)
        return Error{ErrorCode::InvalidInput,
                     tr("A name can be at most %1 characters; this one has %2. A first name and an initial are enough.")
                         .arg(kMaxNameLength)
                         .arg(name.size())};
    return name;
}

Result<void> StaffRules::newPin(const QString& pin) {
    if (auto r = PinHasher::checkRules(pin); !r) return r;
    if (patterned(pin) || commonPins().contains(pin))
        return Error{ErrorCode::InvalidInput, tr("This PIN is among the first anyone would try (like 1234, 0000 or "
                                                 "1212). Choose digits that do not follow a pattern.")};
    return {};
}

}  // namespace ak
