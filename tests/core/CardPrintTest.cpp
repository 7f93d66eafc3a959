// The printed coffee card: issued through the real repository, encoded for a printer with native QR
// (generic-80) and one without (pos-5890, raster fallback), rendered by the simulator and its QR code
// read back by someone else's decoder (zbarimg, Debian zbar-tools).

#include "core/print/CardPrint.h"
#include "drivers/print/EscPosEncoder.h"
#include "drivers/sim/EscPosRenderer.h"
#include "tests/core/CardTestFixture.h"
#include "tests/drivers/GuiAppFixture.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <boost/test/unit_test.hpp>

using namespace ak;
using namespace ak::test;
namespace utf = boost::unit_test;

BOOST_TEST_GLOBAL_FIXTURE(GuiAppFixture);  // text glyphs in the rendered picture need fonts

namespace {

boost::test_tools::assertion_result zbarimgInstalled(utf::test_unit_id) {
    boost::test_tools::assertion_result result(!QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty());
    result.message() << "zbarimg is not installed (Debian package zbar-tools): QR decoding not checked";
    return result;
}

dev::PrinterProfile profile(const char* id) {
    auto p = dev::PrinterProfile::byId(QString::fromLatin1(id));
    BOOST_TEST_REQUIRE(p.has_value(), id);
    return *p;
}

dev::RenderedReceipt render(const dev::PrintDocument& doc, const dev::PrinterProfile& p, bool withImage) {
    return dev::EscPosRenderer::render(dev::EscPosEncoder::encode(doc, p), p, withImage);
}

// What zbarimg reads from the picture: one line per symbol found.
QString decode(const QImage& image, const TempDir& dir, const QString& name) {
    const QString path = dir.file(name);
    BOOST_TEST_REQUIRE(image.save(path, "PNG"));
    QProcess zbar;
    zbar.start(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), path});
    BOOST_TEST_REQUIRE(zbar.waitForFinished(20000));
    return QString::fromLatin1(zbar.readAllStandardOutput()).trimmed();
}

CardPrintInfo info(QLocale locale) {
    return {QStringLiteral("Aktivkafé Grünerløkka"), locale, osloZone()};
}

const QLocale kNb(QLocale::NorwegianBokmal, QLocale::Norway);
const QLocale kDa(QLocale::Danish, QLocale::Denmark);
const QLocale kEn(QLocale::English, QLocale::UnitedKingdom);

// A café that issued one card of each kind on Thursday 6 March 2025, 09:00 in Oslo; the free card
// runs 30 local days (across the change to summer time on 30 March), so its last day is 4 April.
struct PrintCafe : CardCafe {
    CardType free = addType(CardKind::Free, "Kaffe i forløpet", 20, 30, "Likeperson");
    CardType punch = addType(CardKind::Punch, "Klippekort 10", 10);
    CardType dayPass = addType(CardKind::DayPass, "Dagskort", std::nullopt);
    IssuedCard freeCard = issue(free, IssueOptions{.programme = QStringLiteral("Likeperson vår 2025")});
    IssuedCard punchCard = issue(punch);
    IssuedCard dayCard = issue(dayPass);
};

}  // namespace

BOOST_AUTO_TEST_SUITE(card_print)

BOOST_AUTO_TEST_CASE(qr_code_is_exactly_the_card_code_on_native_and_raster_printers,
                     *utf::precondition(zbarimgInstalled)) {
    PrintCafe cafe;
    TempDir dir;
    for (const char* id : {"generic-80", "pos-5890"}) {
        const dev::PrinterProfile p = profile(id);
        for (const IssuedCard* card : {&cafe.freeCard, &cafe.punchCard, &cafe.dayCard}) {
            BOOST_TEST_CONTEXT(id << ", " << card->card.typeName) {
                const dev::PrintDocument doc = CardPrint::build(*card, info(kNb));
                const QByteArray bytes = dev::EscPosEncoder::encode(doc, p);
                // The raster printer really got a picture, not a command it cannot read.
                BOOST_TEST(bytes.contains(QByteArray("\x1d(k")) == p.nativeQr);
                const dev::RenderedReceipt r = dev::EscPosRenderer::render(bytes, p);
                const QString scanned =
                    decode(r.image, dir, QStringLiteral("%1-%2.png").arg(QString::fromLatin1(id)).arg(card->card.id));
                BOOST_TEST(scanned == card->code.toString());
                auto parsed = CardCode::parse(scanned);
                BOOST_TEST_REQUIRE(parsed.ok());
                BOOST_TEST((parsed->token() == card->code.token()));
                // And the card that the scan finds is this one.
                auto found = cafe.cards.find(scanned);
                BOOST_TEST_REQUIRE(found.ok());
                BOOST_TEST(found->id == card->card.id);
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(code_under_the_qr_reads_back_as_the_same_token) {
    PrintCafe cafe;
    const QStringList lines = CardPrint::codeLines(cafe.punchCard.code);
    BOOST_TEST_REQUIRE(lines.size() == 2);
    BOOST_TEST(lines.join(u'-') == cafe.punchCard.code.toString());
    // Typed by a volunteer from the paper, with or without the hyphen at the line break.
    for (const QString& typed : {lines.join(u'-'), lines.join(QString()), lines.join(u' ').toLower()}) {
        auto parsed = CardCode::parse(typed);
        BOOST_TEST_REQUIRE(parsed.ok(), typed.toStdString());
        BOOST_TEST((parsed.value() == cafe.punchCard.code));
    }
}

BOOST_AUTO_TEST_CASE(card_text_in_the_cafes_language) {
    PrintCafe cafe;
    struct Expect {
        QLocale locale;
        const char* title;
        const char* freeHolds;
        const char* freeValid;
        const char* programme;
        const char* punchHolds;
        const char* punchValid;
        const char* dayHolds;
        const char* dayValid;
        const char* howTo;
        const char* noName;
    };
    const Expect expectations[] = {
        {kNb, "Kaffekort", "20 kopper", "Gyldig til og med 04.04.2025", "Program: Likeperson vår 2025", "10 kopper",
         "Ingen utløpsdato", "Ubegrenset", "Gjelder i dag, 06.03.2025",
         "Skann koden på kiosken ved døra for å få kaffe.", "Kortet har ikke navn"},
        {kDa, "Kaffekort", "20 kopper", "Gælder til og med 04.04.2025", "Forløb: Likeperson vår 2025", "10 kopper",
         "Ingen udløbsdato", "Ubegrænset", "Gælder i dag, 06.03.2025",
         "Scan koden på kiosken ved døren for at få kaffe.", "Kortet har intet navn"},
        {kEn, "Coffee card", "20 cups", "Last valid day: 4 Apr 2025", "Programme: Likeperson vår 2025",
         "10 cups", "No expiry date", "Unlimited", "Valid today, 6 Mar 2025",
         "Scan the code at the kiosk by the door to get a coffee.", "The card has no name on it"},
    };
    const dev::PrinterProfile p = profile("generic-80");
    for (const Expect& e : expectations) {
        BOOST_TEST_CONTEXT(e.locale.name()) {
            struct Case {
                const IssuedCard& card;
                const char* holds;
                const char* valid;
            };
            for (const Case& c : {Case{cafe.freeCard, e.freeHolds, e.freeValid}, Case{cafe.punchCard, e.punchHolds, e.punchValid},
                                  Case{cafe.dayCard, e.dayHolds, e.dayValid}}) {
                const dev::RenderedReceipt r = render(CardPrint::build(c.card, info(e.locale)), p, false);
                BOOST_TEST_INFO("rendered:\n" << r.text());
                // Text lines are compared trimmed: centring is the encoder's business. Sentences
                // longer than a line are compared with the line breaks read as spaces.
                QStringList lines;
                for (const QString& l : r.lines) lines.append(l.trimmed());
                const QString text = lines.join(u' ');
                BOOST_TEST(lines.contains(QStringLiteral("Aktivkafé Grünerløkka")));
                BOOST_TEST(lines.contains(QString::fromUtf8(e.title)));
                BOOST_TEST(lines.contains(c.card.card.typeName));
                BOOST_TEST(lines.contains(QString::fromUtf8(c.holds)));
                BOOST_TEST(lines.contains(QString::fromUtf8(c.valid)));
                for (const QString& codeLine : CardPrint::codeLines(c.card.code)) BOOST_TEST(lines.contains(codeLine));
                BOOST_TEST(text.contains(QString::fromUtf8(e.howTo)));
                BOOST_TEST(text.contains(QString::fromUtf8(e.noName)));
                // The programme is printed on the free card only.
                BOOST_TEST(text.contains(QString::fromUtf8(e.programme)) == (&c.card == &cafe.freeCard));
                // Native QR: exactly one symbol, holding the code.
                BOOST_TEST(r.qrCodes == QList<QByteArray>{c.card.code.toString().toLatin1()});
                // No person: not the volunteer who issued it, not the manager.
                BOOST_TEST(!text.contains(cafe.ola.name));
                BOOST_TEST(!text.contains(cafe.kari.name));
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(fits_58_mm_paper_without_breaking_a_word) {
    PrintCafe cafe;
    for (const char* id : {"pos-5890", "generic-58", "generic-80"}) {
        const dev::PrinterProfile p = profile(id);
        for (const QLocale& locale : {kNb, kDa, kEn}) {
            for (const IssuedCard* card : {&cafe.freeCard, &cafe.punchCard, &cafe.dayCard}) {
                BOOST_TEST_CONTEXT(id << ", " << locale.name() << ", " << card->card.typeName) {
                    const dev::PrintDocument doc = CardPrint::build(*card, info(locale));
                    // Every word of every text fits its line as printed (double width takes two
                    // cells), so the encoder never has to break one in the middle.
                    for (const dev::PrintElement& element : doc.elements()) {
                        const auto* t = std::get_if<dev::element::Text>(&element);
                        if (!t) continue;
                        const int cells = t->style.doubleWidth ? 2 : 1;
                        for (const QString& word : t->text.split(QRegularExpression(QStringLiteral("\\s+")),
                                                                 Qt::SkipEmptyParts))
                            BOOST_TEST(word.size() * cells <= p.columns, word.toStdString());
                    }
                    const dev::RenderedReceipt r = render(doc, p, false);
                    BOOST_TEST_INFO("rendered:\n" << r.text());
                    // The renderer's "[QR: ...]" marker stands for a picture, not for a line of text.
                    for (const QString& line : r.lines)
                        if (!line.trimmed().startsWith(QStringLiteral("[QR: ")))
                            BOOST_TEST(line.size() <= p.columns, line.toStdString());
                    QStringList lines;
                    for (const QString& l : r.lines) lines.append(l.trimmed());
                    for (const QString& codeLine : CardPrint::codeLines(card->code)) BOOST_TEST(lines.contains(codeLine));
                }
            }
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()
