#pragma once
// An amount of money in integer minor units (øre) with its currency. Never floating point: every
// price, total, VAT amount and cash count in Aktivkafe is a Money.
//
// Mixing currencies (NOK + DKK) is a programming error: it asserts in debug builds and throws
// std::domain_error in release builds rather than producing a wrong amount. Overflow of qint64 is
// treated the same way (amounts that large are never real in a café).

#include "core/money/Currency.h"
#include "core/util/Result.h"

#include <QString>
#include <QtGlobal>

#include <compare>

namespace ak {

class Money {
public:
    // The largest amount a person may type: 1 000 000,00 kr. Anything above is a typing error.
    static constexpr qint64 kMaxParsedMinor = 100'000'000;

    constexpr Money() = default;  // 0 NOK
    constexpr Money(qint64 minor, Currency currency) : minor_(minor), currency_(currency) {}
    static constexpr Money zero(Currency c) { return Money(0, c); }
    // Whole kroner: Money::kroner(12, NOK) == 12,00 kr.
    static Money kroner(qint64 units, Currency c);

    constexpr qint64 minor() const { return minor_; }
    constexpr Currency currency() const { return currency_; }
    constexpr bool isZero() const { return minor_ == 0; }
    constexpr bool isNegative() const { return minor_ < 0; }

    Money operator+(const Money& o) const;
    Money operator-(const Money& o) const;
    Money operator-() const;
    Money operator*(qint64 quantity) const;
    Money& operator+=(const Money& o) { return *this = *this + o; }
    Money& operator-=(const Money& o) { return *this = *this - o; }

    // Equal only if the currency and the amount are equal.
    friend constexpr bool operator==(const Money& a, const Money& b) = default;
    // Ordering across currencies has no meaning: asserts/throws like arithmetic does.
    std::strong_ordering operator<=>(const Money& o) const;

    // Parses what a person typed: "12", "12,5", "12.50", "-3,00", surrounding spaces allowed.
    // Refuses more than two decimals, grouping separators, signs other than a leading '-',
    // empty input and anything above kMaxParsedMinor, with an InvalidInput error saying why.
    static Result<Money> parse(const QString& text, Currency currency);

    // Machine form for logs and the journal: "-12.50 NOK". Not for display (see MoneyFormat).
    QString toDebugString() const;

private:
    qint64 minor_ = 0;
    Currency currency_ = Currency::NOK;
};

inline Money operator*(qint64 quantity, const Money& m) { return m * quantity; }

}  // namespace ak
