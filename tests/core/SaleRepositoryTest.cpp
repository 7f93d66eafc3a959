// Completing, numbering, parking, voids, returns with approval and receipt copies, against a real
// (in-memory or file) database; the journal must verify after everything.

#include "core/sales/DiscountReasonRepository.h"
#include "tests/core/SaleTestFixture.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <boost/test/unit_test.hpp>

using namespace ak;
using namespace ak::test;

namespace {
QJsonObject payload(const JournalEntry& e) { return QJsonDocument::fromJson(e.payload.toUtf8()).object(); }
void journalVerifies(SaleWorld& w) {
    const JournalCheck c = valueOrFail(w.journal.verify());
    BOOST_TEST(c.ok(), c.reason.toStdString());
}
}  // namespace

BOOST_AUTO_TEST_SUITE(sale_repository)

BOOST_AUTO_TEST_CASE(a_completed_sale_is_stored_and_journaled_with_its_totals) {
    SaleWorld w;
    SaleDraft d = w.draft({{"coffee", 2}, {"bun", 1}}, Consumption::Takeaway);
    PaymentPlan plan(d.totals(w.sales.vatTable()).total);
    requireOk(plan.add(PaymentMethod::Card, QStringLiteral("50")));
    requireOk(plan.addCash(QStringLiteral("40")));
    const CompletedSale s = valueOrFail(w.sales.complete(d, plan, w.kari));
    BOOST_TEST(s.receiptNumber == 1);
    BOOST_TEST(s.total == Money(8500, Currency::NOK));
    BOOST_TEST(s.change == Money(500, Currency::NOK));
    BOOST_TEST(s.createdAt == w.clock.now());

    const CompletedSale found = valueOrFail(w.sales.find(1));
    BOOST_TEST(found.id == s.id);
    BOOST_TEST_REQUIRE(found.lines.size() == 2u);
    BOOST_TEST(found.lines[1].basisPoints == 1500);
    BOOST_TEST_REQUIRE(found.vat.size() == 2u);
    BOOST_TEST(found.vat[1].vat == Money(457, Currency::NOK));
    BOOST_TEST_REQUIRE(found.payments.size() == 2u);
    BOOST_TEST(found.payments[1].tendered == Money(4000, Currency::NOK));
    BOOST_TEST(found.payments[1].amount == Money(3500, Currency::NOK));
    BOOST_TEST(found.createdAt == s.createdAt);

    const auto sales = w.ofKind("sale");
    BOOST_TEST_REQUIRE(sales.size() == 1u);
    const QJsonObject p = payload(sales[0]);
    BOOST_TEST(p.value(QStringLiteral("total")).toInteger() == 8500);
    BOOST_TEST(p.value(QStringLiteral("receipt_number")).toInteger() == 1);
    BOOST_TEST(p.value(QStringLiteral("lines")).toArray().size() == 2);
    BOOST_TEST(p.value(QStringLiteral("payments")).toArray().size() == 2);
    BOOST_TEST(sales[0].actor == Journal::staffActor(w.kari.id));
    journalVerifies(w);
}

BOOST_AUTO_TEST_CASE(receipt_numbers_are_consecutive_and_training_counts_apart) {
    SaleWorld w;
    for (int i = 1; i <= 5; ++i) BOOST_TEST(w.sellByCard(w.draft({{"coffee", i}})).receiptNumber == i);
    w.sales.setTraining(true);
    BOOST_TEST(w.sellByCard(w.draft({{"coffee", 1}})).receiptNumber == 1);
    w.sales.setTraining(false);
    BOOST_TEST(w.sellByCard(w.draft({{"coffee", 1}})).receiptNumber == 6);
}

BOOST_AUTO_TEST_CASE(two_processes_on_one_file_never_share_a_number) {
    TempDir dir;
    const QString file = dir.file(QStringLiteral("cafe.sqlite"));
    SaleWorld seed;  // only for the product and staff definitions
    auto a = openOrFail(file);
    auto b = openOrFail(file);
    ManualClock clock{QDateTime(QDate(2025, 3, 6), QTime(10, 0), Qt::UTC)};
    StaffRepository staff(*a, PinHashCost::Minimum);
    const StaffMember kari = valueOrFail(staff.addDemo(QStringLiteral("Kari"), StaffRole::Volunteer, QStringLiteral("1234")));
    Journal ja(*a, clock, QStringLiteral("till-1")), jb(*b, clock, QStringLiteral("till-1"));
    const VatTable vat = VatTable::forCountry(Country::Norway, true);
    SaleRepository ra(*a, ja, clock, vat, QLocale::NorwegianBokmal), rb(*b, jb, clock, vat, QLocale::NorwegianBokmal);
    Product coffee = seed.products.at("coffee");  // added to the file so both can find it
    CatalogueRepository cat(*a);
    coffee.categoryId = valueOrFail(cat.addCategory({0, QStringLiteral("d"), {QStringLiteral("D"), {}, {}}, 0})).id;
    coffee = valueOrFail(cat.addProduct(coffee));
    valueOrFail(ShiftRepository(*a, clock, Currency::NOK, 5000).open(QStringLiteral("till-1"), CashCount(Currency::NOK), kari, ja));
    std::vector<qint64> numbers;
    for (int i = 0; i < 10; ++i) {
        SaleRepository& r = i % 2 ? rb : ra;
        SaleDraft d(Currency::NOK);
        requireOk(r.addProduct(d, coffee.id));
        PaymentPlan plan(d.totals(vat).total);
        requireOk(plan.payRestInCash());
        numbers.push_back(valueOrFail(r.complete(d, plan, kari)).receiptNumber);
    }
    for (int i = 0; i < 10; ++i) BOOST_TEST(numbers[i] == i + 1);
    BOOST_TEST(valueOrFail(ja.verify()).ok());
}

BOOST_AUTO_TEST_CASE(nothing_is_stored_for_an_empty_or_unpaid_sale) {
    SaleWorld w;
    const size_t before = w.entries().size();
    SaleDraft empty(Currency::NOK);
    PaymentPlan nothing(Money::zero(Currency::NOK));
    auto r = w.sales.complete(empty, nothing, w.kari);
    BOOST_TEST_REQUIRE(!r.ok());
    BOOST_TEST((r.error().code == ErrorCode::InvalidInput));

    SaleDraft d = w.draft({{"coffee", 2}});
    PaymentPlan plan(d.totals(w.sales.vatTable()).total);
    requireOk(plan.add(PaymentMethod::Card, QStringLiteral("20")));
    auto unpaid = w.sales.complete(d, plan, w.kari);
    BOOST_TEST_REQUIRE(!unpaid.ok());
    BOOST_TEST((unpaid.error().code == ErrorCode::InvalidInput));
    BOOST_TEST(unpaid.error().message.contains(QStringLiteral("not paid in full")));

    requireOk(d.setQuantity(w.id("coffee"), 3));  // the plan was started for 2 coffees
    PaymentPlan stale(Money(5000, Currency::NOK));
    requireOk(stale.add(PaymentMethod::Card, QStringLiteral("50")));
    BOOST_TEST(!w.sales.complete(d, stale, w.kari).ok());

    BOOST_TEST(w.count("sales") == 0);
    BOOST_TEST(w.count("sale_lines") == 0);
    BOOST_TEST(w.entries().size() == before);
}

BOOST_AUTO_TEST_CASE(voids_are_journaled_with_the_sale_and_an_abandoned_sale_is_a_void) {
    SaleWorld w;
    SaleDraft d = w.draft({{"coffee", 3}, {"bun", 1}});
    requireOk(d.setQuantity(w.id("coffee"), 1));
    requireOk(d.removeLine(w.id("bun")));
    const CompletedSale s = w.sellByCard(d);
    const auto voids = w.ofKind("void_line");
    BOOST_TEST_REQUIRE(voids.size() == 2u);
    BOOST_TEST(payload(voids[0]).value(QStringLiteral("quantity")).toInt() == 2);
    BOOST_TEST(payload(voids[0]).value(QStringLiteral("amount")).toInteger() == 5000);
    BOOST_TEST(payload(voids[1]).value(QStringLiteral("name")).toString() == QStringLiteral("Bolle"));
    BOOST_TEST(payload(voids[1]).value(QStringLiteral("receipt_number")).toInteger() == s.receiptNumber);

    requireOk(w.sales.abandon(w.draft({{"squash", 2}}), w.kari));
    const auto abandoned = w.ofKind("void_sale");
    BOOST_TEST_REQUIRE(abandoned.size() == 1u);
    BOOST_TEST(payload(abandoned[0]).value(QStringLiteral("total")).toInteger() == 4500);
    BOOST_TEST(w.count("sales") == 1);
    journalVerifies(w);
}

BOOST_AUTO_TEST_CASE(park_and_resume) {
    SaleWorld w;
    SaleDraft d = w.draft({{"coffee", 2}, {"bun", 1}}, Consumption::Takeaway);
    requireOk(d.removeLine(w.id("bun")));
    requireOk(d.setPercentDiscount(10, QStringLiteral("event"), QStringLiteral("Arrangement")));
    const qint64 id = valueOrFail(w.sales.park(d, w.kari));
    const auto parked = valueOrFail(w.sales.parkedSales());
    BOOST_TEST_REQUIRE(parked.size() == 1u);
    BOOST_TEST((parked[0].draft == d));
    BOOST_TEST(parked[0].operatorId == w.kari.id);

    const SaleDraft back = valueOrFail(w.sales.resume(id, w.mona));
    BOOST_TEST((back == d));
    BOOST_TEST(valueOrFail(w.sales.parkedSales()).empty());
    auto again = w.sales.resume(id, w.mona);
    BOOST_TEST((!again.ok() && again.error().code == ErrorCode::NotFound));
    BOOST_TEST(w.ofKind("park_sale").size() == 1u);
    BOOST_TEST(w.ofKind("resume_sale").size() == 1u);
    journalVerifies(w);
}

BOOST_AUTO_TEST_CASE(a_return_needs_a_manager_and_a_reason) {
    SaleWorld w;
    SaleDraft d = w.draft({{"coffee", 2}, {"bun", 1}}, Consumption::Takeaway);
    requireOk(d.setPercentDiscount(10, QStringLiteral("event"), QStringLiteral("Arrangement")));
    const CompletedSale sale = w.sellByCard(d);  // 7650: coffee 4500, bun 3150
    const ReturnDraft ret = valueOrFail(w.sales.prepareReturn(sale.id, {{sale.lines[0].id, 1}}));
    BOOST_TEST(ret.total == Money(-2250, Currency::NOK));
    PaymentPlan refund(ret.total);
    requireOk(refund.payRestInCash());

    auto byVolunteer = w.sales.completeReturn(ret, refund, w.kari, w.kari, QStringLiteral("Spilt"));
    BOOST_TEST_REQUIRE(!byVolunteer.ok());
    BOOST_TEST((byVolunteer.error().code == ErrorCode::Permission));
    StaffMember forged = w.kari;
    forged.role = StaffRole::Manager;  // a screen claiming Kari is a manager does not make her one
    auto forgedRole = w.sales.completeReturn(ret, refund, w.kari, forged, QStringLiteral("Spilt"));
    BOOST_TEST((!forgedRole.ok() && forgedRole.error().code == ErrorCode::Permission));
    auto noReason = w.sales.completeReturn(ret, refund, w.kari, w.mona, QStringLiteral("  "));
    BOOST_TEST((!noReason.ok() && noReason.error().code == ErrorCode::InvalidInput));
    BOOST_TEST(w.count("sales") == 1);

    const CompletedSale r = valueOrFail(w.sales.completeReturn(ret, refund, w.kari, w.mona, QStringLiteral("Spilt")));
    BOOST_TEST((r.kind == SaleKind::Return));
    BOOST_TEST(r.receiptNumber == 2);
    BOOST_TEST(r.refersToReceiptNumber == sale.receiptNumber);
    BOOST_TEST(r.approvedBy == w.mona.id);
    BOOST_TEST(r.total == Money(-2250, Currency::NOK));
    BOOST_TEST(r.rounding == Money(-50, Currency::NOK));  // 22,50 refunded in cash as 23 kr
    BOOST_TEST_REQUIRE(r.vat.size() == 1u);
    BOOST_TEST(r.vat[0].vat == Money(-450, Currency::NOK));
    BOOST_TEST(w.ofKind("return").size() == 1u);
    journalVerifies(w);
}

BOOST_AUTO_TEST_CASE(never_more_comes_back_than_was_sold) {
    SaleWorld w;
    SaleDraft d = w.draft({{"sandwich", 3}});
    requireOk(d.setAmountDiscount(Money(1000, Currency::NOK), QStringLiteral("goodwill"), QStringLiteral("Beklager")));
    const CompletedSale sale = w.sellByCard(d);  // 17970 - 1000 = 16970
    const qint64 line = sale.lines[0].id;
    auto giveBack = [&](int quantity) {
        const ReturnDraft ret = valueOrFail(w.sales.prepareReturn(sale.id, {{line, quantity}}));
        PaymentPlan refund(ret.total);
        requireOk(refund.add(PaymentMethod::Card, refund.remaining()));
        return valueOrFail(w.sales.completeReturn(ret, refund, w.kari, w.mona, QStringLiteral("Feil vare")));
    };
    const CompletedSale first = giveBack(2);
    BOOST_TEST(first.total == Money(-11313, Currency::NOK));  // 16970 × 2/3, rounded
    auto tooMany = w.sales.prepareReturn(sale.id, {{line, 2}});
    BOOST_TEST_REQUIRE(!tooMany.ok());
    BOOST_TEST((tooMany.error().code == ErrorCode::InvalidInput));
    BOOST_TEST(tooMany.error().message.contains(QStringLiteral("Only 1")));
    for (int q : {0, -1}) BOOST_TEST(!w.sales.prepareReturn(sale.id, {{line, q}}).ok());
    BOOST_TEST(!w.sales.prepareReturn(sale.id, {{line + 999, 1}}).ok());
    BOOST_TEST(!w.sales.prepareReturn(sale.id, {}).ok());
    BOOST_TEST(!w.sales.prepareReturn(first.id, {{first.lines[0].id, 1}}).ok());  // a return of a return

    const CompletedSale last = giveBack(1);  // the last one takes what is left: the sum is exact
    BOOST_TEST(first.total + last.total == -sale.total);
    BOOST_TEST(!w.sales.prepareReturn(sale.id, {{line, 1}}).ok());
    journalVerifies(w);
}

BOOST_AUTO_TEST_CASE(one_copy_per_receipt) {
    SaleWorld w;
    const CompletedSale s = w.sellByCard(w.draft({{"coffee", 1}}));
    BOOST_TEST(valueOrFail(w.sales.copyCount(s.id)) == 0);
    BOOST_TEST(valueOrFail(w.sales.registerCopy(s.id, w.kari)).receiptNumber == s.receiptNumber);
    auto second = w.sales.registerCopy(s.id, w.kari);
    BOOST_TEST_REQUIRE(!second.ok());
    BOOST_TEST((second.error().code == ErrorCode::Conflict));
    BOOST_TEST(valueOrFail(w.sales.copyCount(s.id)) == 1);
    BOOST_TEST(w.ofKind("receipt_copy").size() == 1u);
    journalVerifies(w);
}

BOOST_AUTO_TEST_CASE(completed_sales_cannot_be_changed) {
    SaleWorld w;
    w.sellByCard(w.draft({{"coffee", 1}}));
    BOOST_TEST(!w.db->query(QStringLiteral("UPDATE sales SET total_minor = 0")).ok());
    BOOST_TEST(!w.db->query(QStringLiteral("DELETE FROM sale_lines")).ok());
}

BOOST_AUTO_TEST_CASE(discount_reasons_are_seeded_and_kept_by_managers) {
    SaleWorld w;
    DiscountReasonRepository reasons(*w.db);
    const auto seeded = valueOrFail(reasons.active());
    BOOST_TEST_REQUIRE(seeded.size() >= 3u);
    BOOST_TEST(seeded[0].text.text(QLocale::NorwegianBokmal) == QStringLiteral("Frivilligkaffe"));
    BOOST_TEST(seeded[0].text.text(QLocale::English) == QStringLiteral("Staff coffee"));
    DiscountReason r{0, QStringLiteral("birthday"), {QStringLiteral("Bursdag"), QStringLiteral("Fødselsdag"), QStringLiteral("Birthday")}};
    auto byVolunteer = reasons.add(r, w.kari);
    BOOST_TEST((!byVolunteer.ok() && byVolunteer.error().code == ErrorCode::Permission));
    valueOrFail(reasons.add(r, w.mona));
    requireOk(reasons.retire(QStringLiteral("birthday"), w.mona));
    BOOST_TEST(!reasons.find(QStringLiteral("birthday")).ok());
}

BOOST_AUTO_TEST_SUITE_END()
