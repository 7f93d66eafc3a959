// Nicknames for sign-ups: what is accepted as typed, and friendly ones to pick (SignupRepository.h).

#include "core/activity/SignupRepository.h"

#include <QCoreApplication>
#include <QTextBoundaryFinder>

#include <sodium.h>

#include <array>
#include <numeric>
#include <vector>

namespace ak {

namespace {

// Direction overrides and isolates reorder the text around them: on the till's list
// "Ola<RLO>reknits" would show as another name. Marks that only hint a direction (LRM, RLM) stay.
bool isBidiControl(char32_t c) { return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069); }

// Letters and symbols that draw nothing: the Hangul fillers and the blank braille pattern are the
// usual way to make a name look empty while passing a "has a letter" check.
bool isBlankLookingGlyph(char32_t c) { return c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x2800; }

bool isVisible(char32_t c) {
    if (isBlankLookingGlyph(c)) return false;
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase: case QChar::Letter_Lowercase: case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier: case QChar::Letter_Other:
    case QChar::Number_DecimalDigit: case QChar::Number_Letter: case QChar::Number_Other:
    case QChar::Punctuation_Connector: case QChar::Punctuation_Dash: case QChar::Punctuation_Open:
    case QChar::Punctuation_Close: case QChar::Punctuation_InitialQuote: case QChar::Punctuation_FinalQuote:
    case QChar::Punctuation_Other:
    case QChar::Symbol_Math: case QChar::Symbol_Currency: case QChar::Symbol_Modifier: case QChar::Symbol_Other:
        return true;
    default:
        return false;
    }
}

int graphemeCount(const QString& s) {
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, s);
    int count = 0;
    while (finder.toNextBoundary() != -1) ++count;
    return count;
}

bool hasUnpairedSurrogate(QStringView s) {
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i].isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate()) {
            ++i;
            continue;
        }
        if (s[i].isSurrogate()) return true;
    }
    return false;
}

// Colours in the common-gender form and animals that take it (no neuter nouns, so "Grønn rev",
// "Grøn ræv" never need another ending), all printable on the receipt printers' code pages.
struct NameParts {
    std::array<const char*, 12> colours;
    std::array<const char*, 13> animals;
};

const NameParts& partsFor(QLocale::Language language) {
    static const NameParts nb{{"Blå", "Grønn", "Gul", "Rød", "Lilla", "Oransje", "Turkis", "Brun", "Grå", "Rosa",
                               "Hvit", "Svart"},
                              {"rev", "elg", "bjørn", "ugle", "hare", "oter", "gaupe", "måke", "ravn", "sel", "hval",
                               "ulv", "grevling"}};
    static const NameParts da{{"Blå", "Grøn", "Gul", "Rød", "Lilla", "Orange", "Turkis", "Brun", "Grå", "Lyserød",
                               "Hvid", "Sort"},
                              {"ræv", "elg", "bjørn", "ugle", "hare", "odder", "los", "måge", "ravn", "sæl", "hval",
                               "ulv", "grævling"}};
    static const NameParts en{{"Blue", "Green", "Yellow", "Red", "Purple", "Orange", "Teal", "Brown", "Grey", "Pink",
                               "White", "Black"},
                              {"fox", "moose", "bear", "owl", "hare", "otter", "lynx", "gull", "raven", "seal", "whale",
                               "wolf", "badger"}};
    if (language == QLocale::Danish) return da;
    if (language == QLocale::English) return en;
    return nb;
}

}  // namespace

Result<QString> SignupRepository::normaliseNickname(QStringView text) {
    const auto bad = [](const char* why) {
        return Result<QString>::fail(ErrorCode::InvalidInput, QCoreApplication::translate("ak::SignupRepository", why));
    };
    const char* tooLong = QT_TRANSLATE_NOOP("ak::SignupRepository",
                                            "A nickname can be at most 40 characters. Please make it a bit shorter.");
    // Longer than any nickname could be even with every character built from several code points:
    // refused before any work is spent on it.
    if (text.size() > 16 * kMaxNicknameLength) return bad(tooLong);
    if (hasUnpairedSurrogate(text))
        return bad(QT_TRANSLATE_NOOP("ak::SignupRepository",
                                     "Some of these characters cannot be used in a nickname. Please try other letters."));
    const QString s = text.toString().normalized(QString::NormalizationForm_C).trimmed();
    bool visible = false;
    const QList<uint> points = s.toUcs4();
    for (char32_t c : points) {
        if (QChar::category(c) == QChar::Other_Control || isBidiControl(c))
            return bad(QT_TRANSLATE_NOOP("ak::SignupRepository",
                                         "Some of these characters cannot be used in a nickname. Please try other "
                                         "letters."));
        visible = visible || isVisible(c);
    }
    if (!visible)
        return bad(QT_TRANSLATE_NOOP("ak::SignupRepository", "Please write a nickname — or pick one of ours."));
    // People count what they see (an emoji family is one); the code-point bound stops a single
    // "character" made of hundreds of combining marks.
    if (graphemeCount(s) > kMaxNicknameLength || points.size() > 4 * kMaxNicknameLength) return bad(tooLong);
    return s;
}

Result<QStringList> SignupRepository::friendlyNicknames(int n, QLocale::Language language) {
    const NameParts& parts = partsFor(language);
    const int all = int(parts.colours.size() * parts.animals.size());
    if (n < 1 || n > all)
        return Error{ErrorCode::InvalidInput,
                     QCoreApplication::translate("ak::SignupRepository", "Between 1 and %1 names can be suggested.")
                         .arg(all)};
    if (sodium_init() < 0)
        return Error{ErrorCode::Device, QCoreApplication::translate("ak::SignupRepository",
                                                                    "No names can be suggested (no secure random numbers).")};
    // A partial Fisher–Yates shuffle over every colour × animal pair: n different names, each pair
    // equally likely, from the CSPRNG (a guessable sequence would let one visitor predict another's).
    std::vector<int> pairs(static_cast<size_t>(all));
    std::iota(pairs.begin(), pairs.end(), 0);
    QStringList out;
    for (int i = 0; i < n; ++i) {
        const int j = i + int(randombytes_uniform(uint32_t(all - i)));
        std::swap(pairs[size_t(i)], pairs[size_t(j)]);
        const int pair = pairs[size_t(i)];
        out.append(QStringLiteral("%1 %2").arg(QString::fromUtf8(parts.colours[size_t(pair) / parts.animals.size()]),
                                               QString::fromUtf8(parts.animals[size_t(pair) % parts.animals.size()])));
    }
    return out;
}

}  // namespace ak
