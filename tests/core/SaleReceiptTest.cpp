// Receipts in the café's language (nb, da, en), encoded for a generic 80 mm ESC/POS printer and
// read back with the simulator's renderer, compared line by line with text written out here.

#include "core/print/ReceiptBuilder.h"
#include "tests/core/PaperLines.h"
#include "tests/core/SaleTestFixture.h"

#include <boost/test/unit_test.hpp>

using namespace ak;
using namespace ak::test;
using namespace ak::test::paper;

namespace {

void compare(const QStringList& got, const QStringList& expected) {
    BOOST_TEST_INFO("rendered:\n" << got.join(u'\n'));
    BOOST_TEST_REQUIRE(got.size() == expected.size());
    for (qsizetype i = 0; i < got.size(); ++i) BOOST_TEST(got[i] == expected[i], "line " << i + 1);
}

ReceiptInfo info(Country country, QLocale locale) {
    ReceiptInfo i;
    i.cafeName = QStringLiteral("Aktivkafé Grünerløkka");
    i.orgNumber = country == Country::Norway ? QStringLiteral("923609016") : QStringLiteral("12345678");
    i.country = country;
    i.vatRegistered = true;
    i.operatorName = QStringLiteral("Kari");
    i.locale = locale;
    i.timeZone = QTimeZone(3600);  // CET: 10:00 UTC is 11:00 at the café
    return i;
}

// 2 coffees and a bun to take away, 10 % staff discount, 50 by card and 40 in cash.
CompletedSale sampleSale(SaleWorld& w, const char* reason) {
    SaleDraft d = w.draft({{"coffee", 2}, {"bun", 1}}, Consumption::Takeaway);
    requireOk(d.setPercentDiscount(10, QStringLiteral("volunteer_coffee"), QString::fromUtf8(reason)));
    PaymentPlan plan(d.totals(w.sales.vatTable()).total);
    requireOk(plan.add(PaymentMethod::Card, QStringLiteral("50")));
    requireOk(plan.addCash(QStringLiteral("40")));
    return valueOrFail(w.sales.complete(d, plan, w.kari));
}

// CP858 has no minus sign (U+2212): the encoder prints '-' for it.
// The cut feeds the paper past the blade: four empty lines, then the marker.
const QStringList kCut = {QString(), QString(), QString(), QString(), centred("--- partial cut ---")};

}  // namespace

BOOST_AUTO_TEST_SUITE(sale_receipt)

BOOST_AUTO_TEST_CASE(norwegian_sale_receipt) {
    SaleWorld w(Country::Norway, true, QLocale::NorwegianBokmal);
    const CompletedSale s = sampleSale(w, "Frivilligkaffe");
    const QLocale loc(QLocale::NorwegianBokmal, QLocale::Norway);
    compare(rendered(ReceiptBuilder::build(s, info(Country::Norway, loc))), QStringList{
        centred("Salgskvittering", true),
        centred("Aktivkafé Grünerløkka"),
        centred("Org.nr. 923 609 016 MVA"),
        kRule,
        row("Kasse", "till-1"),
        row("Kvitteringsnr.", "1"),
        row("Dato", "06.03.2025 11:00"),
        row("Betjent av", "Kari"),
        kRule,
        row("2 × Kaffe", "kr~50,00"),
        row("1 × Bolle", "kr~35,00"),
        kRule,
        row("Sum før rabatt", "kr~85,00"),
        row("Rabatt (Frivilligkaffe)", "-kr~8,50"),
        row("Totalt", "kr~76,50"),
        row("Øreavrunding", "kr~0,50"),
        kRule,
        nb("MVA 25 %"),
        row("Grunnlag", "kr~36,00"),
        row("MVA", "kr~9,00"),
        row("Sum inkl. MVA", "kr~45,00"),
        nb("MVA 15 %"),
        row("Grunnlag", "kr~27,39"),
        row("MVA", "kr~4,11"),
        row("Sum inkl. MVA", "kr~31,50"),
        kRule,
        row("Kort", "kr~50,00"),
        row("Kontant", "kr~40,00"),
        row("Vekslepenger", "kr~13,00"),
    } + kCut);
}

BOOST_AUTO_TEST_CASE(danish_receipt_and_its_one_copy) {
    SaleWorld w(Country::Denmark, true, QLocale::Danish);
    const CompletedSale s = sampleSale(w, "Frivilligkaffe");
    valueOrFail(w.sales.registerCopy(s.id, w.kari));
    const QLocale loc(QLocale::Danish, QLocale::Denmark);
    compare(rendered(ReceiptBuilder::build(s, info(Country::Denmark, loc), ReceiptCopy::Copy)), QStringList{
        centred("Kvittering", true),
        centred("KOPI", true),
        centred("Aktivkafé Grünerløkka"),
        centred("CVR 12345678"),
        kRule,
        row("Kasse", "till-1"),
        row("Bon nr.", "1"),
        row("Dato", "06.03.2025 11:00"),
        row("Ekspedient", "Kari"),
        kRule,
        row("2 × Kaffe", "50,00~kr."),
        row("1 × Bolle", "35,00~kr."),
        kRule,
        row("Sum før rabat", "85,00~kr."),
        row("Rabat (Frivilligkaffe)", "-8,50~kr."),
        row("I alt", "76,50~kr."),
        kRule,
        nb("Moms 25 %"),
        row("Grundlag", "61,20~kr."),
        row("Moms", "15,30~kr."),
        row("I alt inkl. moms", "76,50~kr."),
        kRule,
        row("Kort", "50,00~kr."),
        row("Kontant", "40,00~kr."),
        row("Byttepenge", "13,50~kr."),
    } + kCut);
    BOOST_TEST(!w.sales.registerCopy(s.id, w.kari).ok());  // the second copy is refused
}

BOOST_AUTO_TEST_CASE(a_training_receipt_says_it_is_not_a_receipt_and_counts_on_its_own) {
    SaleWorld w(Country::Norway, true, QLocale::NorwegianBokmal);
    const CompletedSale real = sampleSale(w, "Frivilligkaffe");
    w.sales.setTraining(true);
    const CompletedSale practice = sampleSale(w, "Frivilligkaffe");
    BOOST_TEST(real.receiptNumber == 1);
    BOOST_TEST(practice.receiptNumber == 1);  // its own numbering
    BOOST_TEST(practice.training);
    const QString paper = rendered(ReceiptBuilder::build(practice, info(Country::Norway, QLocale(QLocale::NorwegianBokmal))))
                              .join(u' ')
                              .simplified();
    // (the printer's code page has no en dash: it prints a hyphen)
    BOOST_TEST(paper.startsWith(QStringLiteral("Treningskvittering - IKKE KVITTERING FOR KJØP")), paper.toStdString());
    BOOST_TEST(!paper.contains(QStringLiteral("Salgskvittering")));
}

BOOST_AUTO_TEST_CASE(a_copy_is_counted_and_queued_together_and_names_the_seller) {
    SaleWorld w(Country::Norway, true, QLocale::NorwegianBokmal);
    const CompletedSale s = sampleSale(w, "Frivilligkaffe");  // sold by Kari
    // The print-out cannot be queued (a full disk, say): the one allowed copy is not used up.
    const auto failed = w.sales.registerCopy(s.id, w.mona, [](const CompletedSale&, const QString&) -> Result<void> {
        return Result<void>::fail(ErrorCode::Storage, QStringLiteral("disk full"));
    });
    BOOST_TEST(!failed.ok());
    BOOST_TEST(valueOrFail(w.sales.copyCount(s.id)) == 0);
    BOOST_TEST(w.ofKind("receipt_copy").empty());
    // Mona prints it: the copy names Kari, who sold it.
    QString named;
    valueOrFail(w.sales.registerCopy(s.id, w.mona, [&](const CompletedSale& sale, const QString& seller) -> Result<void> {
        BOOST_TEST(sale.id == s.id);
        named = seller;
        return {};
    }));
    BOOST_TEST(named == QStringLiteral("Kari"));
    BOOST_TEST(valueOrFail(w.sales.copyCount(s.id)) == 1);
    BOOST_TEST(w.ofKind("receipt_copy").size() == 1u);
}

BOOST_AUTO_TEST_CASE(english_return_receipt) {
    SaleWorld w(Country::Norway, true, QLocale::English);
    const CompletedSale s = sampleSale(w, "Staff coffee");
    const ReturnDraft ret = valueOrFail(w.sales.prepareReturn(s.id, {{s.lines[0].id, 1}}));
    PaymentPlan refund(ret.total);
    requireOk(refund.payRestInCash());
    const CompletedSale r = valueOrFail(w.sales.completeReturn(ret, refund, w.kari, w.mona, QStringLiteral("Spilled")));
    const QLocale loc(QLocale::English, QLocale::Norway);
    compare(rendered(ReceiptBuilder::build(r, info(Country::Norway, loc))), QStringList{
        centred("Return receipt", true),
        centred("Aktivkafé Grünerløkka"),
        centred("Org.nr. 923 609 016 MVA"),
        kRule,
        row("Register", "till-1"),
        row("Receipt no.", "2"),
        row("Date", "06.03.2025 11:00"),
        row("Served by", "Kari"),
        row("Return of receipt no.", "1"),
        nb("Reason: Spilled"),
        kRule,
        row("1 × Coffee", "-NOK~25.00"),
        kRule,
        row("Subtotal", "-NOK~25.00"),
        row("Discount (Staff coffee)", "NOK~2.50"),
        row("Total", "-NOK~22.50"),
        row("Cash rounding", "-NOK~0.50"),
        kRule,
        nb("VAT 25 %"),
        row("Net", "-NOK~18.00"),
        row("VAT", "-NOK~4.50"),
        row("Gross", "-NOK~22.50"),
        kRule,
        nb("Refunded as:"),
        row("Cash", "-NOK~23.00"),
    } + kCut);
}

BOOST_AUTO_TEST_SUITE_END()
