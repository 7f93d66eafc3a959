#pragma once
// The code of a coffee card (a bearer card: whoever holds it may redeem it). 128 random bits from
// libsodium's CSPRNG, never derived from a person or a counter, written for people as
//
//     AK1-XXXXX-XXXXX-XXXXX-XXXX-XXXX-XXXC
//
// 26 Crockford base32 symbols carry the 128 bits (the last symbol's two low bits are zero) and C is a
// check symbol from the same alphabet. The check is a Damm check over GF(32) (see CardCode.cpp): it
// catches every single-symbol substitution and every swap of two symbols, neighbours or not.
//
// The token (the 16 raw bytes) is what storage keeps and compares; the text is only its printed form.

#include <array>
#include <cstdint>
#include <optional>

#include <QByteArray>
#include <QByteArrayView>
#include <QHashFunctions>
#include <QString>
#include <QStringView>

#include "core/util/Result.h"

namespace ak {

class CardCode {
public:
    static constexpr int kTokenBytes = 16;
    static constexpr int kMaxInputLength = 200;  // longer input is refused before any work
    using Token = std::array<std::uint8_t, kTokenBytes>;

    // A new random code. Fails (ErrorCode::Device) only if libsodium cannot be initialised: a till
    // without a CSPRNG must refuse to issue cards rather than issue guessable ones.
    static Result<CardCode> generate();

    // Reads what a scanner or a person produced: any case, missing or extra hyphens and spaces,
    // Crockford's lenient letters (O→0, I/L→1), the "AK1" prefix optional, surrounding whitespace and a
    // keyboard-wedge CR/LF. Anything else, including a wrong check symbol, is refused with
    // ErrorCode::InvalidInput and one generic message (genericRefusal()) that says nothing about
    // whether a card exists.
    static Result<CardCode> parse(QStringView input);

    // The same sentence for every refused code, so that no refusal tells a "wrong" code from an unknown
    // one. Callers that look the card up use it for "unknown card" too.
    static QString genericRefusal();

    // For storage: exactly kTokenBytes bytes, otherwise nothing.
    static std::optional<CardCode> fromToken(QByteArrayView bytes);

    QString toString() const;  // canonical form, upper case, with the prefix and hyphens
    const Token& token() const { return token_; }
    QByteArray tokenBytes() const;  // the token as a QByteArray (for binding as an SQL blob)

    friend bool operator==(const CardCode&, const CardCode&) = default;

private:
    explicit CardCode(const Token& token) : token_(token) {}
    Token token_;
};

// The token is uniformly random, so its first bytes are already a good hash.
namespace detail {
// The check symbol for `count` symbol values (0–31); exposed so the tests can prove the check's
// properties on raw symbols, apart from parsing.
std::uint8_t cardCheckSymbol(const std::uint8_t* values, int count);
}  // namespace detail

inline size_t qHash(const CardCode& code, size_t seed = 0) noexcept {
    return qHashBits(code.token().data(), code.token().size(), seed);
}

}  // namespace ak
