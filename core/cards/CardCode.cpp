#include "core/cards/CardCode.h"

#include <algorithm>
#include <mutex>
#include <sodium.h>

#include <QCoreApplication>
#include <QLoggingCategory>

// Why hand-written: no Debian package offers Crockford base32 with a check symbol over the same
// 32-symbol alphabet (Crockford's own check symbols *~$=U are awkward to type and print), and the
// whole thing is about 100 lines that the tests and the fuzz target cover completely.

namespace ak {

namespace {

Q_LOGGING_CATEGORY(lcCards, "aktivkafe.core.cards")

constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";            // Crockford: no I, L, O, U
constexpr int kDataSymbols = 26;                                            // ceil(128 / 5)
constexpr int kSymbols = kDataSymbols + 1;                                  // plus the check symbol
constexpr int kPaddingBits = kDataSymbols * 5 - CardCode::kTokenBytes * 8;  // 2, always zero
constexpr char kPrefix[] = "AK1";
constexpr int kPrefixLength = 3;
constexpr int kGroups[] = {5, 5, 5, 4, 4, 4};  // 27 symbols in groups a person can read aloud

// The Damm check over GF(32). The field is GF(2)[x] / (x^5 + x^2 + 1); the quasigroup is
// r ∘ d = x·r + d. Damm's construction: for a ≠ 0, 1 in a field, r ∘ d = a·r + d is totally
// anti-symmetric ((r∘p)∘q = (r∘q)∘p only if p = q), which is what makes every swap of neighbours
// visible; and d ↦ r ∘ d is a permutation, which makes every single substitution visible.
// Unrolled, the check is Σ xⁱ·dᵢ = 0 with weights x⁰…x²⁶; x has order 31 in this field, so all 27
// weights differ and a swap of any two different symbols, neighbours or not, changes the sum.
std::uint8_t mulX(std::uint8_t v) {
    v = std::uint8_t(v << 1);
    if (v & 0x20) v ^= 0x25;  // reduce by x^5 + x^2 + 1
    return v;
}

// The symbol value (0–31) of a character after Crockford's lenient reading, or -1.
int symbolValue(char16_t c) {
    if (c >= u'a' && c <= u'z') c = char16_t(c - u'a' + u'A');
    if (c == u'O') return 0;
    if (c == u'I' || c == u'L') return 1;
    for (int i = 0; i < 32; ++i)
        if (c == char16_t(kAlphabet[i])) return i;
    return -1;
}

// Separators a person, a printout or a PDF copy may put between groups; all are ignored.
bool isSeparator(char16_t c) {
    return c == u' ' || c == u'-' || c == u'\u00A0' || (c >= u'\u2010' && c <= u'\u2015') || c == u'\u2212';
}

bool ensureSodium() {
    static std::once_flag once;
    static bool ok = false;
    std::call_once(once, [] { ok = sodium_init() >= 0; });
    return ok;
}

Result<CardCode> refused() { return Result<CardCode>::fail(ErrorCode::InvalidInput, CardCode::genericRefusal()); }

}  // namespace

namespace detail {
std::uint8_t cardCheckSymbol(const std::uint8_t* values, int count) {
    std::uint8_t r = 0;
    for (int i = 0; i < count; ++i) r = mulX(r) ^ values[i];
    return mulX(r);  // the d with r ∘ d = 0 (in characteristic 2, −x·r = x·r)
}
}  // namespace detail

QString CardCode::genericRefusal() {
    return QCoreApplication::translate("ak::CardCode",
                                       "This code is not a coffee card code. Ask at the counter — they can help.");
}

Result<CardCode> CardCode::generate() {
    if (!ensureSodium()) {
        qCCritical(lcCards) << "libsodium could not be initialised; no card code issued";
        return Result<CardCode>::fail(
            ErrorCode::Device,
            QCoreApplication::translate("ak::CardCode", "A new card could not be made (no secure random numbers)."));
    }
    Token token;
    randombytes_buf(token.data(), token.size());
    return CardCode(token);
}

std::optional<CardCode> CardCode::fromToken(QByteArrayView bytes) {
    if (bytes.size() != kTokenBytes) return std::nullopt;
    Token token;
    std::copy(bytes.begin(), bytes.end(), token.begin());
    return CardCode(token);
}

QByteArray CardCode::tokenBytes() const {
    return QByteArray(reinterpret_cast<const char*>(token_.data()), kTokenBytes);
}

QString CardCode::toString() const {
    std::uint8_t values[kSymbols];
    for (int i = 0; i < kDataSymbols; ++i) {
        int v = 0;
        for (int b = 0; b < 5; ++b) {  // most significant bit first; bits past the token are padding (0)
            const int bit = i * 5 + b;
            const int set = bit < kTokenBytes * 8 ? (token_[bit / 8] >> (7 - bit % 8)) & 1 : 0;
            v = (v << 1) | set;
        }
        values[i] = std::uint8_t(v);
    }
    values[kDataSymbols] = detail::cardCheckSymbol(values, kDataSymbols);

    QString out = QString::fromLatin1(kPrefix);
    int i = 0;
    for (int group : kGroups) {
        out += u'-';
        for (int k = 0; k < group; ++k) out += QLatin1Char(kAlphabet[values[i++]]);
    }
    return out;
}

Result<CardCode> CardCode::parse(QStringView input) {
    if (input.size() > kMaxInputLength) return refused();
    const QStringView text = input.trimmed();  // also a keyboard-wedge scanner's trailing CR/LF

    constexpr int kMaxSymbols = kPrefixLength + kSymbols;
    char16_t normalized[kMaxSymbols];  // upper case, lenient letters read as digits
    std::uint8_t values[kMaxSymbols];
    int n = 0;
    for (QChar qc : text) {
        const char16_t c = qc.unicode();
        if (isSeparator(c)) continue;
        const int v = symbolValue(c);
        if (v < 0 || n == kMaxSymbols) return refused();
        normalized[n] = char16_t(kAlphabet[v]);
        values[n] = std::uint8_t(v);
        ++n;
    }

    // The prefix is optional: a person typing from the card may leave it out. The lengths differ, so
    // "with prefix" and "without" cannot be confused; a different prefix ("AK2") is refused.
    int start = 0;
    if (n == kMaxSymbols) {
        for (int i = 0; i < kPrefixLength; ++i)
            if (normalized[i] != char16_t(kPrefix[i])) return refused();
        start = kPrefixLength;
    } else if (n != kSymbols) {
        return refused();
    }
    const std::uint8_t* symbols = values + start;
    if (detail::cardCheckSymbol(symbols, kDataSymbols) != symbols[kDataSymbols]) return refused();
    // The last data symbol's padding bits must be zero, so that each token has exactly one text form.
    if (symbols[kDataSymbols - 1] & ((1 << kPaddingBits) - 1)) return refused();

    Token token{};
    for (int i = 0; i < kDataSymbols; ++i)
        for (int b = 0; b < 5; ++b) {
            const int bit = i * 5 + b;
            if (bit >= kTokenBytes * 8) break;
            if ((symbols[i] >> (4 - b)) & 1) token[bit / 8] |= std::uint8_t(1 << (7 - bit % 8));
        }
    return CardCode(token);
}

}  // namespace ak
