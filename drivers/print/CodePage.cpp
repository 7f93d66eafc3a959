#include "drivers/print/CodePage.h"

#include <QHash>

#include <array>

namespace ak::dev {

namespace {

// Upper halves (0x80..0xFF) as Unicode code points. Written out once from IBM's published tables
// (generated with Python's cp858/cp865 codecs, not at run time) and cross-checked against glibc
// iconv(3) in tests/drivers/CodePageTest.cpp.
constexpr std::array<char16_t, 128> kCp858 = {
    0x00C7, 0x00FC, 0x00E9, 0x00E2, 0x00E4, 0x00E0, 0x00E5, 0x00E7,  // 0x80
    0x00EA, 0x00EB, 0x00E8, 0x00EF, 0x00EE, 0x00EC, 0x00C4, 0x00C5,  // 0x88
    0x00C9, 0x00E6, 0x00C6, 0x00F4, 0x00F6, 0x00F2, 0x00FB, 0x00F9,  // 0x90
    0x00FF, 0x00D6, 0x00DC, 0x00F8, 0x00A3, 0x00D8, 0x00D7, 0x0192,  // 0x98
    0x00E1, 0x00ED, 0x00F3, 0x00FA, 0x00F1, 0x00D1, 0x00AA, 0x00BA,  // 0xA0
    0x00BF, 0x00AE, 0x00AC, 0x00BD, 0x00BC, 0x00A1, 0x00AB, 0x00BB,  // 0xA8
    0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x00C1, 0x00C2, 0x00C0,  // 0xB0
    0x00A9, 0x2563, 0x2551, 0x2557, 0x255D, 0x00A2, 0x00A5, 0x2510,  // 0xB8
    0x2514, 0x2534, 0x252C, 0x251C, 0x2500, 0x253C, 0x00E3, 0x00C3,  // 0xC0
    0x255A, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256C, 0x00A4,  // 0xC8
    0x00F0, 0x00D0, 0x00CA, 0x00CB, 0x00C8, 0x20AC, 0x00CD, 0x00CE,  // 0xD0 (0xD5: € where CP850 has ı)
    0x00CF, 0x2518, 0x250C, 0x2588, 0x2584, 0x00A6, 0x00CC, 0x2580,  // 0xD8
    0x00D3, 0x00DF, 0x00D4, 0x00D2, 0x00F5, 0x00D5, 0x00B5, 0x00FE,  // 0xE0
    0x00DE, 0x00DA, 0x00DB, 0x00D9, 0x00FD, 0x00DD, 0x00AF, 0x00B4,  // 0xE8
    0x00AD, 0x00B1, 0x2017, 0x00BE, 0x00B6, 0x00A7, 0x00F7, 0x00B8,  // 0xF0
    0x00B0, 0x00A8, 0x00B7, 0x00B9, 0x00B3, 0x00B2, 0x25A0, 0x00A0,  // 0xF8
};

constexpr std::array<char16_t, 128> kCp865 = {
    0x00C7, 0x00FC, 0x00E9, 0x00E2, 0x00E4, 0x00E0, 0x00E5, 0x00E7,  // 0x80
    0x00EA, 0x00EB, 0x00E8, 0x00EF, 0x00EE, 0x00EC, 0x00C4, 0x00C5,  // 0x88
    0x00C9, 0x00E6, 0x00C6, 0x00F4, 0x00F6, 0x00F2, 0x00FB, 0x00F9,  // 0x90
    0x00FF, 0x00D6, 0x00DC, 0x00F8, 0x00A3, 0x00D8, 0x20A7, 0x0192,  // 0x98
    0x00E1, 0x00ED, 0x00F3, 0x00FA, 0x00F1, 0x00D1, 0x00AA, 0x00BA,  // 0xA0
    0x00BF, 0x2310, 0x00AC, 0x00BD, 0x00BC, 0x00A1, 0x00AB, 0x00A4,  // 0xA8
    0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x2561, 0x2562, 0x2556,  // 0xB0
    0x2555, 0x2563, 0x2551, 0x2557, 0x255D, 0x255C, 0x255B, 0x2510,  // 0xB8
    0x2514, 0x2534, 0x252C, 0x251C, 0x2500, 0x253C, 0x255E, 0x255F,  // 0xC0
    0x255A, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256C, 0x2567,  // 0xC8
    0x2568, 0x2564, 0x2565, 0x2559, 0x2558, 0x2552, 0x2553, 0x256B,  // 0xD0
    0x256A, 0x2518, 0x250C, 0x2588, 0x2584, 0x258C, 0x2590, 0x2580,  // 0xD8
    0x03B1, 0x00DF, 0x0393, 0x03C0, 0x03A3, 0x03C3, 0x00B5, 0x03C4,  // 0xE0
    0x03A6, 0x0398, 0x03A9, 0x03B4, 0x221E, 0x03C6, 0x03B5, 0x2229,  // 0xE8
    0x2261, 0x00B1, 0x2265, 0x2264, 0x2320, 0x2321, 0x00F7, 0x2248,  // 0xF0
    0x00B0, 0x2219, 0x00B7, 0x221A, 0x207F, 0x00B2, 0x25A0, 0x00A0,  // 0xF8
};

const std::array<char16_t, 128>& tableFor(CodePage page) { return page == CodePage::Cp858 ? kCp858 : kCp865; }

// Reverse lookup built once per code page.
const QHash<char32_t, char>& reverseFor(CodePage page) {
    static const auto build = [](const std::array<char16_t, 128>& table) {
        QHash<char32_t, char> map;
        for (int i = 0; i < 128; ++i) map.insert(table[i], static_cast<char>(0x80 + i));
        return map;
    };
    static const QHash<char32_t, char> cp858 = build(kCp858);
    static const QHash<char32_t, char> cp865 = build(kCp865);
    return page == CodePage::Cp858 ? cp858 : cp865;
}

// Typography that receipts pick up from menus typed in word processors, and currency signs.
// Tried after the table, before stripping accents.
QLatin1StringView transliteration(char32_t ch) {
    switch (ch) {
    case U'\u201C': case U'\u201D': case U'\u201E': case U'\u00AB': case U'\u00BB': case U'\u2033':
        return QLatin1StringView("\"");
    case U'\u2018': case U'\u2019': case U'\u201A': case U'\u2032': case U'\u00B4': case U'`':
        return QLatin1StringView("'");
    case U'\u2010': case U'\u2011': case U'\u2012': case U'\u2013': case U'\u2014': case U'\u2015': case U'\u2212':
        return QLatin1StringView("-");
    case U'\u2026': return QLatin1StringView("...");
    case U'\u20AC': return QLatin1StringView("EUR");
    case U'\u2022': case U'\u00B7': case U'\u2219': return QLatin1StringView("*");
    case U'\u00A0': case U'\u2007': case U'\u202F': case U'\u2009': case U'\u2002': case U'\u2003':
        return QLatin1StringView(" ");
    case U'\u00D7': return QLatin1StringView("x");
    case U'\u2122': return QLatin1StringView("TM");
    case U'\u00A9': return QLatin1StringView("(C)");
    case U'\u00AE': return QLatin1StringView("(R)");
    case U'\u00BD': return QLatin1StringView("1/2");
    case U'\u00BC': return QLatin1StringView("1/4");
    case U'\u00BE': return QLatin1StringView("3/4");
    case U'\u0152': return QLatin1StringView("OE");
    case U'\u0153': return QLatin1StringView("oe");
    case U'\u00DF': return QLatin1StringView("ss");
    case U'\u00D0': return QLatin1StringView("D");
    case U'\u00F0': return QLatin1StringView("d");
    case U'\u00DE': return QLatin1StringView("Th");
    case U'\u00FE': return QLatin1StringView("th");
    case U'\u0141': return QLatin1StringView("L");
    case U'\u0142': return QLatin1StringView("l");
    default: return {};
    }
}

void appendChar(QByteArray& out, char32_t ch, CodePage page) {
    if (ch == U'\t') {
        out.append(' ');
        return;
    }
    if (ch < 0x20 || ch == 0x7F) {
        out.append('?');  // never pass control bytes through: they would be printer commands
        return;
    }
    if (ch < 0x80) {
        out.append(static_cast<char>(ch));
        return;
    }
    if (auto b = CodePageCodec::byteFor(ch, page)) {
        out.append(*b);
        return;
    }
    if (QLatin1StringView t = transliteration(ch); !t.isEmpty()) {
        for (QChar c : QString(t)) {
            if (auto b = CodePageCodec::byteFor(c.unicode(), page)) out.append(*b); else out.append(c.toLatin1());
        }
        return;
    }
    // Accented letters the page lacks (ő, č, ł...): the base letter is better than '?'.
    const QString decomposed = QString::fromUcs4(&ch, 1).normalized(QString::NormalizationForm_KD);
    if (!decomposed.isEmpty() && decomposed != QString::fromUcs4(&ch, 1)) {
        QByteArray base;
        for (QChar c : decomposed) {
            if (c.category() == QChar::Mark_NonSpacing) continue;
            if (c.unicode() < 0x80 && c.unicode() >= 0x20) base.append(c.toLatin1());
            else if (auto b = CodePageCodec::byteFor(c.unicode(), page)) base.append(*b);
            else { base.clear(); break; }
        }
        if (!base.isEmpty()) {
            out.append(base);
            return;
        }
    }
    out.append('?');
}

}  // namespace

std::optional<char> CodePageCodec::byteFor(char32_t ch, CodePage page) {
    if (ch < 0x80) return static_cast<char>(ch);
    const auto& reverse = reverseFor(page);
    auto it = reverse.constFind(ch);
    if (it == reverse.constEnd()) return std::nullopt;
    return *it;
}

QByteArray CodePageCodec::encode(QStringView text, CodePage page) {
    QByteArray out;
    out.reserve(text.size());
    for (char32_t ch : text.toUcs4()) appendChar(out, ch, page);
    return out;
}

QString CodePageCodec::decode(QByteArrayView bytes, CodePage page) {
    const auto& table = tableFor(page);
    QString out;
    out.reserve(bytes.size());
    for (char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        out.append(b < 0x80 ? QChar(char16_t(b)) : QChar(table[b - 0x80]));
    }
    return out;
}

QString CodePageCodec::name(CodePage page) {
    return page == CodePage::Cp858 ? QStringLiteral("CP858") : QStringLiteral("CP865");
}

}  // namespace ak::dev
