#include "core/money/Money.h"

#include <QLoggingCategory>

#include <stdexcept>

namespace ak {

Q_LOGGING_CATEGORY(lcMoney, "aktivkafe.core.money")

namespace {

// A programming error must never turn into a wrong amount on a receipt: stop loudly.
[[noreturn]] void refuse(const char* what) {
    qCCritical(lcMoney) << what;
    Q_ASSERT_X(false, "Money", what);
    throw std::domain_error(what);
}

void requireSameCurrency(const Money& a, const Money& b) {
    if (a.currency() != b.currency()) refuse("Money: mixing currencies");
}

}  // namespace

Money Money::kroner(qint64 units, Currency c) {
    qint64 minor = 0;
    if (__builtin_mul_overflow(units, qint64(100), &minor)) refuse("Money: overflow");
    return Money(minor, c);
}

Money Money::operator+(const Money& o) const {
    requireSameCurrency(*this, o);
    qint64 r = 0;
    if (__builtin_add_overflow(minor_, o.minor_, &r)) refuse("Money: overflow");
    return Money(r, currency_);
}

Money Money::operator-(const Money& o) const {
    requireSameCurrency(*this, o);
    qint64 r = 0;
    if (__builtin_sub_overflow(minor_, o.minor_, &r)) refuse("Money: overflow");
    return Money(r, currency_);
}

Money Money::operator-() const {
    qint64 r = 0;
    if (__builtin_sub_overflow(qint64(0), minor_, &r)) refuse("Money: overflow");
    return Money(r, currency_);
}

Money Money::operator*(qint64 quantity) const {
    qint64 r = 0;
    if (__builtin_mul_overflow(minor_, quantity, &r)) refuse("Money: overflow");
    return Money(r, currency_);
}

std::strong_ordering Money::operator<=>(const Money& o) const {
    requireSameCurrency(*this, o);
    return minor_ <=> o.minor_;
}

Result<Money> Money::parse(const QString& text, Currency currency) {
    const QString s = text.trimmed();
    auto bad = [&](const QString& why) {
        return Result<Money>::fail(ErrorCode::InvalidInput,
                                   QStringLiteral("\"%1\" is not an amount: %2").arg(text, why));
    };
    if (s.isEmpty()) return bad(QStringLiteral("nothing was typed"));

    qsizetype i = 0;
    const bool negative = s.at(0) == u'-';
    if (negative) ++i;

    qint64 whole = 0;
    int wholeDigits = 0;
    // Nine digits are already far above the limit; stopping there keeps the arithmetic in range.
    while (i < s.size() && s.at(i).isDigit() && s.at(i).unicode() < 128) {
        if (++wholeDigits > 9) return bad(QStringLiteral("the amount is too large"));
        whole = whole * 10 + (s.at(i).unicode() - u'0');
        ++i;
    }
    if (wholeDigits == 0) return bad(QStringLiteral("it must start with a digit"));

    qint64 fraction = 0;
    if (i < s.size() && (s.at(i) == u',' || s.at(i) == u'.')) {
        ++i;
        int decimals = 0;
        while (i < s.size() && s.at(i).isDigit() && s.at(i).unicode() < 128) {
            if (++decimals > 2) return bad(QStringLiteral("at most two decimals (øre) are allowed"));
            fraction = fraction * 10 + (s.at(i).unicode() - u'0');
            ++i;
        }
        if (decimals == 0) return bad(QStringLiteral("digits are missing after the decimal separator"));
        if (decimals == 1) fraction *= 10;
    }
    if (i != s.size()) return bad(QStringLiteral("unexpected character '%1'").arg(s.at(i)));

    const qint64 minor = whole * 100 + fraction;
    if (minor > kMaxParsedMinor) return bad(QStringLiteral("the amount is too large"));
    return Money(negative ? -minor : minor, currency);
}

QString Money::toDebugString() const {
    const qint64 abs = minor_ < 0 ? -minor_ : minor_;
    return QStringLiteral("%1%2.%3 %4")
        .arg(minor_ < 0 ? QStringLiteral("-") : QString())
        .arg(abs / 100)
        .arg(abs % 100, 2, 10, QLatin1Char('0'))
        .arg(currencyCode(currency_));
}

}  // namespace ak
