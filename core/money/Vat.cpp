#include "core/money/Vat.h"

#include <stdexcept>

namespace ak {

QString vatClassKey(VatClass c) {
    switch (c) {
        case VatClass::Standard: return QStringLiteral("standard");
        case VatClass::Food: return QStringLiteral("food");
        case VatClass::Exempt: return QStringLiteral("exempt");
    }
    return {};
}

std::optional<VatClass> vatClassFromKey(const QString& key) {
    for (VatClass c : {VatClass::Standard, VatClass::Food, VatClass::Exempt})
        if (vatClassKey(c) == key) return c;
    return std::nullopt;
}

qint64 divideRoundHalfAway(qint64 num, qint64 den) {
    Q_ASSERT(den > 0);
    const bool negative = num < 0;
    const qint64 absNum = negative ? -num : num;
    const qint64 q = absNum / den;
    const qint64 r = absNum % den;
    // r * 2 >= den without overflowing: r >= den - r.
    const qint64 rounded = (r >= den - r) ? q + 1 : q;
    return negative ? -rounded : rounded;
}

Money vatFromGross(const Money& gross, int basisPoints) {
    Q_ASSERT(basisPoints >= 0 && basisPoints <= 10000);
    qint64 num = 0;
    if (__builtin_mul_overflow(gross.minor(), qint64(basisPoints), &num))
        throw std::domain_error("vatFromGross: overflow");
    return Money(divideRoundHalfAway(num, 10000 + basisPoints), gross.currency());
}

}  // namespace ak
