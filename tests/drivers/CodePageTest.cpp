// Code page tables checked byte by byte, and against glibc iconv(3) as an independent reference.
#include "drivers/print/CodePage.h"
#include "tests/support/TestSupport.h"

#include <boost/test/unit_test.hpp>

#include <iconv.h>

#include <cerrno>
#include <string>

using namespace ak::dev;

namespace {

// Converts with iconv; nullopt if iconv refuses (unknown code page, unmappable character).
std::optional<QByteArray> viaIconv(const char* to, const char* from, const QByteArray& in) {
    iconv_t cd = iconv_open(to, from);
    if (cd == reinterpret_cast<iconv_t>(-1)) return std::nullopt;
    std::string inBuf(in.constData(), static_cast<size_t>(in.size()));
    std::string outBuf(inBuf.size() * 4 + 16, '\0');
    char* inPtr = inBuf.data();
    char* outPtr = outBuf.data();
    size_t inLeft = inBuf.size();
    size_t outLeft = outBuf.size();
    const size_t rc = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft);
    iconv_close(cd);
    if (rc == static_cast<size_t>(-1)) return std::nullopt;
    return QByteArray(outBuf.data(), static_cast<qsizetype>(outBuf.size() - outLeft));
}

const char* iconvName(CodePage page) { return page == CodePage::Cp858 ? "CP858" : "CP865"; }

}  // namespace

BOOST_AUTO_TEST_SUITE(code_page)

BOOST_AUTO_TEST_CASE(nordic_letters_in_both_pages) {
    const QString nordic = QStringLiteral("æøåÆØÅ");
    const QByteArray expected("\x91\x9b\x86\x92\x9d\x8f", 6);
    BOOST_TEST(ak::test::hex(CodePageCodec::encode(nordic, CodePage::Cp858)) == ak::test::hex(expected));
    BOOST_TEST(ak::test::hex(CodePageCodec::encode(nordic, CodePage::Cp865)) == ak::test::hex(expected));
}

BOOST_AUTO_TEST_CASE(nordic_letters_match_iconv) {
    const QString text = QStringLiteral("Blåbærsyltetøy og ÆØÅ, smørrebrød, Ærø");
    for (CodePage page : {CodePage::Cp858, CodePage::Cp865}) {
        const auto reference = viaIconv(iconvName(page), "UTF-8", text.toUtf8());
        BOOST_REQUIRE_MESSAGE(reference, "glibc iconv lacks " << iconvName(page));
        BOOST_TEST(ak::test::hex(CodePageCodec::encode(text, page)) == ak::test::hex(*reference));
    }
}

BOOST_AUTO_TEST_CASE(whole_upper_half_matches_iconv) {
    for (CodePage page : {CodePage::Cp858, CodePage::Cp865}) {
        for (int b = 0x80; b <= 0xFF; ++b) {
            const QByteArray byte(1, static_cast<char>(b));
            auto utf8 = viaIconv("UTF-8", iconvName(page), byte);
            if (!utf8 && page == CodePage::Cp858) {
                // Older glibc without CP858: IBM850 differs only at 0xD5 (ı there, € here).
                utf8 = b == 0xD5 ? std::optional(QStringLiteral("€").toUtf8()) : viaIconv("UTF-8", "IBM850", byte);
            }
            BOOST_REQUIRE(utf8);
            BOOST_TEST(CodePageCodec::decode(byte, page) == QString::fromUtf8(*utf8), "byte 0x" << std::hex << b);
            BOOST_TEST(ak::test::hex(CodePageCodec::encode(QString::fromUtf8(*utf8), page)) == ak::test::hex(byte));
        }
    }
}

BOOST_AUTO_TEST_CASE(euro_sign) {
    BOOST_TEST(ak::test::hex(CodePageCodec::encode(u"5 €", CodePage::Cp858)) == QStringLiteral("35 20 d5"));
    BOOST_TEST(CodePageCodec::encode(u"5 €", CodePage::Cp865) == QByteArray("5 EUR"));
}

BOOST_AUTO_TEST_CASE(transliteration_and_fallback) {
    const QString typographic = QStringLiteral("“Kaffe” – ‘te’… • Œuvre");
    BOOST_TEST(CodePageCodec::encode(typographic, CodePage::Cp865) == QByteArray("\"Kaffe\" - 'te'... * OEuvre"));
    // Letters the page lacks lose their accent rather than becoming '?'
    // (á and ó are in CP858 and stay; ř, Ł and ź are not)
    BOOST_TEST(CodePageCodec::encode(u"Dvořák Łódź", CodePage::Cp858) == QByteArray("Dvor\xa0k L\xa2" "dz"));
    BOOST_TEST(CodePageCodec::encode(u"ß", CodePage::Cp858) == QByteArray("\xe1"));  // CP858 has ß
    // No base letter at all: '?' once per character, also for characters outside the BMP
    BOOST_TEST(CodePageCodec::encode(u"茶☕🙂", CodePage::Cp858) == QByteArray("???"));
}

BOOST_AUTO_TEST_CASE(control_characters_cannot_become_commands) {
    const QString evil = QString(QChar(0x1B)) + QStringLiteral("@") + QChar(0x1D) + QStringLiteral("V\t");
    BOOST_TEST(CodePageCodec::encode(evil, CodePage::Cp858) == QByteArray("?@?V "));
}

BOOST_AUTO_TEST_CASE(decode_round_trip) {
    const QString text = QStringLiteral("Smørbrød 35,00 kr — ½ pris");
    const QByteArray bytes = CodePageCodec::encode(text, CodePage::Cp858);
    BOOST_TEST(CodePageCodec::decode(bytes, CodePage::Cp858) == QStringLiteral("Smørbrød 35,00 kr - ½ pris"));
}

BOOST_AUTO_TEST_SUITE_END()
