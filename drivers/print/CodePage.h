#pragma once
// Unicode <-> the single-byte code pages Nordic receipt printers understand.
//
// The 128..255 halves are hand-written tables in CodePage.cpp: Qt 6 dropped QTextCodec's DOS code
// pages (QStringConverter knows only UTF and Latin-1), and calling iconv at run time would add a
// locale-dependent dependency to every till for two fixed 128-entry tables. The tests cross-check
// the tables against glibc iconv(3).

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

namespace ak::dev {

enum class CodePage {
    Cp858,  // CP850 (Western Europe, æøå) with € at 0xD5; the first choice
    Cp865,  // "Nordic" DOS page: æøå, no €
};

class CodePageCodec {
public:
    // Characters the code page lacks are transliterated (“ ” -> ", – -> -, € -> EUR in CP865,
    // é -> e where missing); what cannot be transliterated becomes '?'. Control characters below
    // 0x20 become '?' too, so text can never smuggle in printer commands.
    static QByteArray encode(QStringView text, CodePage page);
    // Bytes below 0x80 are ASCII; 0x80..0xFF through the table.
    static QString decode(QByteArrayView bytes, CodePage page);
    // The byte for one character, if the code page has it.
    static std::optional<char> byteFor(char32_t ch, CodePage page);
    static QString name(CodePage page);
};

}  // namespace ak::dev
