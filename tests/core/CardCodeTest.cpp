#include <boost/test/unit_test.hpp>
#include <cstring>
#include <unordered_set>
#include <vector>

#include <QRegularExpression>

#include "core/cards/CardCode.h"
#include "tests/support/TestSupport.h"

using namespace ak;

namespace {

const QString kAlphabet = QStringLiteral("0123456789ABCDEFGHJKMNPQRSTVWXYZ");

CardCode newCode() {
    auto r = CardCode::generate();
    BOOST_REQUIRE(r.ok());
    return std::move(r).value();
}

// Indexes of the 27 symbol characters in a canonical code (skips the prefix and the hyphens).
std::vector<qsizetype> symbolPositions(const QString& text) {
    std::vector<qsizetype> out;
    for (qsizetype i = 4; i < text.size(); ++i)
        if (text[i] != u'-') out.push_back(i);
    return out;
}

void requireRefused(const QString& input) {
    const auto r = CardCode::parse(input);
    BOOST_TEST_REQUIRE(!r.ok(), "accepted: " << input);
    BOOST_TEST(int(r.error().code) == int(ErrorCode::InvalidInput));
    BOOST_TEST(r.error().message == CardCode::genericRefusal());
}

void requireSame(const QString& input, const CardCode& expected) {
    const auto r = CardCode::parse(input);
    BOOST_TEST_REQUIRE(r.ok(), "refused: " << input);
    BOOST_TEST((r.value() == expected), input << " read as " << r.value().toString());
}

// The check's syndrome of 27 symbol values: zero exactly for a valid code, and linear over GF(32).
std::uint8_t syndrome(const std::uint8_t (&s)[27]) { return detail::cardCheckSymbol(s, 26) ^ s[26]; }

struct TokenHash {
    size_t operator()(const CardCode::Token& t) const {
        size_t h;
        std::memcpy(&h, t.data(), sizeof h);  // the token is uniformly random already
        return h;
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(card_code)

BOOST_AUTO_TEST_CASE(no_collision_in_a_million_codes) {
    constexpr int kCount = 1'000'000;
    std::unordered_set<CardCode::Token, TokenHash> seen;
    seen.reserve(kCount);
    for (int i = 0; i < kCount; ++i) {
        auto r = CardCode::generate();
        BOOST_REQUIRE(r.ok());
        if (!seen.insert(r.value().token()).second) BOOST_FAIL("collision after " << i << " codes");
    }
    BOOST_TEST(seen.size() == size_t(kCount));
}

BOOST_AUTO_TEST_CASE(round_trip_and_canonical_form) {
    static const QRegularExpression form(
        QStringLiteral("^AK1-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}"
                       "-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$"));
    for (int i = 0; i < 20'000; ++i) {
        const CardCode code = newCode();
        const QString text = code.toString();
        BOOST_TEST_REQUIRE(form.match(text).hasMatch(), text);
        requireSame(text, code);
        BOOST_TEST(CardCode::parse(text)->toString() == text);
    }
}

BOOST_AUTO_TEST_CASE(token_bytes_round_trip) {
    const CardCode code = newCode();
    const QByteArray bytes = code.tokenBytes();
    BOOST_TEST(bytes.size() == CardCode::kTokenBytes);
    const auto back = CardCode::fromToken(bytes);
    BOOST_TEST_REQUIRE(back.has_value());
    BOOST_TEST((*back == code));
    BOOST_TEST(qHash(*back) == qHash(code));
    BOOST_TEST(!CardCode::fromToken(bytes.left(15)).has_value());
    BOOST_TEST(!CardCode::fromToken(QByteArray(bytes).append('\0')).has_value());
    BOOST_TEST(!(newCode() == code));

    // Fixed vectors pin the bit order, so a printed card stays readable by every later version.
    const auto zero = CardCode::fromToken(QByteArray(16, '\0'));
    BOOST_TEST(zero->toString() == QStringLiteral("AK1-00000-00000-00000-0000-0000-0000"));
    const auto ones = CardCode::fromToken(QByteArray(16, '\xff'));
    BOOST_TEST(ones->toString().left(27) == QStringLiteral("AK1-ZZZZZ-ZZZZZ-ZZZZZ-ZZZZ-"));
    requireSame(ones->toString(), *ones);
}

// By linearity, a substitution or a swap is caught in every code if and only if it changes the
// syndrome against an all-zero background. This covers every possible code, not a sample.
BOOST_AUTO_TEST_CASE(check_catches_every_substitution_and_swap_in_every_code) {
    for (int i = 0; i < 27; ++i)
        for (int p = 0; p < 32; ++p)
            for (int q = 0; q < 32; ++q) {
                if (p == q) continue;
                std::uint8_t a[27] = {}, b[27] = {};
                a[i] = std::uint8_t(p);
                b[i] = std::uint8_t(q);
                BOOST_TEST_REQUIRE(syndrome(a) != syndrome(b), "substitution at " << i << ": " << p << "->" << q);
                for (int j = i + 1; j < 27; ++j) {  // any second position: neighbours and beyond
                    std::uint8_t s[27] = {}, t[27] = {};
                    s[i] = t[j] = std::uint8_t(p);
                    s[j] = t[i] = std::uint8_t(q);
                    BOOST_TEST_REQUIRE(syndrome(s) != syndrome(t), "swap " << i << "<->" << j);
                }
            }
}

// The same, through the parser, exhaustively over the positions of 200 random codes: every position ×
// every other symbol, and every pair of neighbours (across the hyphens too).
BOOST_AUTO_TEST_CASE(parse_refuses_every_mistyped_symbol_of_200_codes) {
    int substitutions = 0, swaps = 0;
    for (int n = 0; n < 200; ++n) {
        const QString text = newCode().toString();
        const auto pos = symbolPositions(text);
        BOOST_TEST_REQUIRE(pos.size() == 27u);
        for (qsizetype i : pos)
            for (QChar c : kAlphabet) {
                if (c == text[i]) continue;
                QString typo = text;
                typo[i] = c;
                requireRefused(typo);
                ++substitutions;
            }
        for (size_t k = 0; k + 1 < pos.size(); ++k) {
            if (text[pos[k]] == text[pos[k + 1]]) continue;  // swapping equal symbols is no error
            QString typo = text;
            std::swap(typo[pos[k]], typo[pos[k + 1]]);
            requireRefused(typo);
            ++swaps;
        }
    }
    BOOST_TEST(substitutions == 200 * 27 * 31);
    BOOST_TEST(swaps > 200 * 24);
}

BOOST_AUTO_TEST_CASE(lenient_forms_read_as_the_same_code) {
    for (int n = 0; n < 200; ++n) {
        const CardCode code = newCode();
        const QString text = code.toString();
        const QString body = text.mid(4);
        QString compact = text;
        compact.remove(u'-');
        QString misread = text;  // Crockford: O for 0, I or L for 1, in either case
        misread.replace(u'0', u'O').replace(u'1', n % 2 ? u'l' : u'I');

        requireSame(text.toLower(), code);
        requireSame(compact, code);
        requireSame(compact.toLower(), code);
        requireSame(body, code);  // the prefix left out
        requireSame(QString(body).remove(u'-'), code);
        requireSame(QString(text).replace(u'-', u' '), code);
        requireSame(QString(text).replace(u'-', QStringLiteral(" - ")), code);
        requireSame(QString(text).replace(u'-', QStringLiteral("--")), code);
        requireSame(QString(text).replace(u'-', QChar(0x2013)), code);  // en dash from a PDF
        requireSame(QString(text).replace(u'-', QChar(0x00A0)), code);  // no-break space
        requireSame(misread, code);
        requireSame(misread.toLower(), code);
        requireSame(text + u'\r', code);  // keyboard-wedge scanner endings
        requireSame(text + QStringLiteral("\r\n"), code);
        requireSame(text + u'\n', code);
        requireSame(QStringLiteral("  \t") + text + QStringLiteral(" \t "), code);
        requireSame(QStringLiteral("AK1") + compact.mid(3), code);
    }
    // The hard length limit counts the raw input, whitespace included; 200 characters still pass.
    const CardCode code = newCode();
    const QString text = code.toString();
    requireSame(text + QString(CardCode::kMaxInputLength - text.size(), u' '), code);
}

BOOST_AUTO_TEST_CASE(everything_else_is_refused_with_the_same_plain_message) {
    const QString text = newCode().toString();
    const QString body = text.mid(4);
    QString compact = text;
    compact.remove(u'-');

    BOOST_TEST(CardCode::genericRefusal().contains(QStringLiteral("Ask at the counter")));
    requireRefused(QString());
    requireRefused(QStringLiteral("   "));
    requireRefused(QStringLiteral("\r\n"));
    requireRefused(QStringLiteral("AK1-"));
    requireRefused(QStringLiteral("hello"));
    requireRefused(QStringLiteral("https://example.org/") + text);
    requireRefused(text + QString(CardCode::kMaxInputLength - text.size() + 1, u' '));  // too long
    requireRefused(QString(100'000, u'A'));
    requireRefused(QStringLiteral("AK2-") + body);  // wrong prefix
    requireRefused(QStringLiteral("XK1-") + body);
    requireRefused(QStringLiteral("AK-") + body);
    requireRefused(QStringLiteral("AK1-AK1-") + body);
    requireRefused(text.chopped(1));  // a symbol missing
    requireRefused(text + u'0');      // one too many
    requireRefused(QStringLiteral("0") + compact.mid(3));
    requireRefused(QString(text).replace(4, 1, u'U'));  // U is not in the alphabet
    requireRefused(QString(text).insert(10, u'\t'));    // control characters inside
    requireRefused(QString(text).insert(10, QChar(0)));
    requireRefused(QString(text).insert(10, QChar(0x1B)));
    requireRefused(QString(text).insert(10, u'\n'));
    requireRefused(QString(text).insert(10, u'_'));
    requireRefused(QString(text).insert(10, u'.'));
    requireRefused(text + QString::fromUtf8("\xE2\x98\x95"));      // hot beverage emoji
    requireRefused(QString::fromUtf8("\xF0\x9F\x98\x80") + text);  // emoji (a surrogate pair)
    // look-alikes put at a fixed place: a random code need not hold a '0' or an 'A' to replace
    requireRefused(QString(text).replace(5, 1, QChar(0xFF11)));    // a full-width digit one
    requireRefused(QString(text).replace(5, 1, QChar(0x0391)));    // Greek capital alpha
    requireRefused(QString(text).replace(4, 1, QChar(0xFF10)));    // one full-width digit

    // Non-zero padding bits in the last data symbol, even with a matching check symbol: each card has
    // exactly one written form.
    std::uint8_t values[27] = {};
    values[25] = 1;  // the two lowest bits of symbol 26 are padding
    values[26] = detail::cardCheckSymbol(values, 26);
    QString padded = QStringLiteral("AK1");
    for (auto v : values) padded += kAlphabet[v];
    requireRefused(padded);
    values[25] = 4;  // the same with the padding clear reads
    values[26] = detail::cardCheckSymbol(values, 26);
    QString clean = QStringLiteral("AK1");
    for (auto v : values) clean += kAlphabet[v];
    BOOST_TEST(CardCode::parse(clean).ok());
}

BOOST_AUTO_TEST_SUITE_END()
