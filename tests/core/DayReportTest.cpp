// X and Z reports (issue 11, item 3): whole days worked through at the till, each with its exact
// figures asserted field by field; the lock after Z, the Z number sequence across a restart, and
// the refusals (uncounted drawer, parked sale, Z twice, permissions).

#include "tests/core/ShiftTestFixture.h"
#include "tests/support/TestSupport.h"

#include <boost/test/unit_test.hpp>

using namespace ak;
using namespace ak::test;

namespace {

Money kr(double kroner) { return Money(qint64(kroner * 100 + (kroner < 0 ? -0.5 : 0.5)), Currency::NOK); }
CountAmount ca(qint64 count, double kroner) { return {count, kr(kroner)}; }

const PaymentTotal* payment(const DayFigures& f, const char* method) {
    for (const PaymentTotal& p : f.payments)
        if (p.method == QLatin1String(method)) return &p;
    return nullptr;
}

// Day 1, one shift (Kari): float 500; coffee 25 cash (100 given), bun 35 by card, sandwich 59,90
// cash (rounded to 60), a squash rung up and cancelled, a copy of the coffee's receipt, 150 out
// for milk, one no-sale opening, a training coffee; counted exactly 435.
void dayOne(ShiftCafe& c) {
    c.clock.set(QDateTime(QDate(2025, 3, 6), QTime(9, 0), Qt::UTC));
    c.open(c.kari);
    const CompletedSale coffee = c.sellForCash({{"coffee", 1}}, 10000);
    c.sellByCard(c.draft({{"bun", 1}}));
    c.sellForCash({{"sandwich", 1}}, 6000);
    requireOk(c.sales.abandon(c.draft({{"squash", 1}}), c.kari));
    valueOrFail(c.sales.registerCopy(coffee.id, c.kari));
    c.move(CashMovementKind::Out, 15000, "Melk");
    c.move(CashMovementKind::NoSale, 0, "Veksling");
    c.sales.setTraining(true);
    c.sellForCash({{"coffee", 1}}, 2500);  // never in the drawer, never in the totals
    c.sales.setTraining(false);
    const CountOutcome counted = c.closeWith(c.cash({"", "1", "1", "1", "", "4", "", "", ""}));  // 5 + 10 + 20 + 400
    BOOST_TEST_REQUIRE(counted.difference == kr(0));
}

}  // namespace

BOOST_AUTO_TEST_SUITE(day_reports)

BOOST_AUTO_TEST_CASE(day_one_field_by_field) {
    ShiftCafe c;
    dayOne(c);
    const ZReport z = valueOrFail(c.days.z(kTill, c.mona, c.journal));
    const DayFigures& f = z.figures;
    BOOST_TEST(z.number == 1);
    BOOST_TEST(f.registerId == kTill);
    BOOST_TEST(f.receipts == ca(3, 120.00));  // 25 + 35 + 60 (59,90 and 10 øre cash rounding)
    BOOST_TEST(f.returns == ca(0, 0));
    BOOST_TEST(f.copies == ca(1, 25.00));
    BOOST_TEST(f.voids == ca(1, 22.50));
    BOOST_TEST(f.discounts == ca(0, 0));
    BOOST_TEST(f.training == ca(1, 25.00));
    BOOST_TEST(f.payOuts == ca(1, 150.00));
    BOOST_TEST(f.payIns == ca(0, 0));
    BOOST_TEST(f.drawerOpenings == 1);
    BOOST_TEST(f.openingFloat == kr(500));
    BOOST_TEST(f.totalCashSales == kr(85.00));
    BOOST_TEST(f.expectedCash == kr(435.00));  // 500 + 25 + 60 − 150
    BOOST_TEST(f.countedCash == kr(435.00));
    BOOST_TEST(f.countDifference == kr(0));
    BOOST_TEST(f.shifts == 1);
    BOOST_TEST_REQUIRE(f.payments.size() == 2u);
    BOOST_TEST(*payment(f, "cash") == (PaymentTotal{QStringLiteral("cash"), 2, kr(85.00)}));
    BOOST_TEST(*payment(f, "card") == (PaymentTotal{QStringLiteral("card"), 1, kr(35.00)}));
    BOOST_TEST_REQUIRE(f.artGroups.size() == 2u);
    BOOST_TEST(f.artGroups[0] == (ArtGroupTotal{QStringLiteral("04003"), 1, kr(25.00)}));  // goods: the coffee
    BOOST_TEST(f.artGroups[1] == (ArtGroupTotal{QStringLiteral("04006"), 2, kr(94.90)}));  // food: bun, sandwich
    BOOST_TEST_REQUIRE(f.operators.size() == 1u);
    BOOST_TEST(f.operators[0] == (OperatorTotal{c.kari.id, QStringLiteral("Kari"), 3, kr(120.00)}));
    // Eaten in, everything is 25 % in Norway: VAT is a fifth of the price, per sale, to the øre.
    BOOST_TEST_REQUIRE(f.vat.size() == 1u);
    BOOST_TEST(f.vat[0].basisPoints == 2500);
    BOOST_TEST(f.vat[0].gross == kr(119.90));
    BOOST_TEST(f.vat[0].vat == kr(5.00 + 7.00 + 11.98));
    BOOST_TEST(f.vat[0].net == kr(119.90 - 23.98));
    BOOST_TEST(f.grandTotalSales == kr(120.00));
    BOOST_TEST(f.grandTotalReturn == kr(0));
    BOOST_TEST(f.grandTotalNet == kr(120.00));
    // Stored whole in the journal, with the SAF-T code of a Z.
    const auto entries = c.ofKind("z_report");
    BOOST_TEST_REQUIRE(entries.size() == 1u);
    BOOST_TEST(entries[0].payload.contains(QStringLiteral("\"z_number\":1")));
    BOOST_TEST(entries[0].payload.contains(QStringLiteral("\"grand_total_net\":12000")));
    BOOST_TEST(JournalKinds::safTEvent(JournalKind::ZReport) == 13009);
    BOOST_TEST(valueOrFail(c.journal.verify()).ok());
    // Read back later, the stored Z says the same — as it was, even after Kari's name is changed.
    BOOST_TEST(valueOrFail(c.days.storedZ(kTill, 1)).figures.toJson() == f.toJson());
    requireOk(c.db->write([&]() -> Result<void> {
        auto q = c.db->query(QStringLiteral("UPDATE staff SET name = 'Kari N.' WHERE id = ?"), {c.kari.id});
        if (!q) return q.error();
        return {};
    }));
    BOOST_TEST(valueOrFail(c.days.storedZ(kTill, 1)).figures.operators.at(0).name == QStringLiteral("Kari"));
    BOOST_TEST(valueOrFail(c.days.storedZ(kTill, 1)).journalHead.seq > 0);
}

BOOST_AUTO_TEST_CASE(day_two_two_shifts_a_return_a_count_error_across_midnight) {
    ShiftCafe c;
    dayOne(c);
    valueOrFail(c.days.z(kTill, c.mona, c.journal));

    // An evening café: 22:00 to 01:30 Oslo time is one business day.
    c.clock.set(QDateTime(QDate(2025, 3, 7), QTime(21, 0), Qt::UTC));
    c.open(c.kari);
    const CompletedSale coffees = c.sellForCash({{"coffee", 2}}, 5000);
    c.closeWith(c.cash({"", "", "5", "", "2", "4", "", "", ""}));  // 550: right
    // Mona takes over at 23:30 with Kari's count as her float.
    c.clock.set(QDateTime(QDate(2025, 3, 7), QTime(22, 30), Qt::UTC));
    valueOrFail(c.shifts.open(kTill, *valueOrFail(c.shifts.lastClosingCount(kTill)), c.mona, c.journal));
    c.clock.set(QDateTime(QDate(2025, 3, 7), QTime(23, 30), Qt::UTC));  // 00:30 in Oslo: after midnight
    c.sellForCash({{"squash", 1}}, 3000);  // 22,50 rounded to 23 in cash
    auto back = valueOrFail(c.sales.prepareReturn(coffees.id, {{coffees.lines[0].id, 1}}));
    PaymentPlan refund(back.total);
    requireOk(refund.payRestInCash());
    valueOrFail(c.sales.completeReturn(back, refund, c.kari, c.mona, QStringLiteral("Kald")));
    c.move(CashMovementKind::In, 20000, "Veksel");
    // 550 + 23 − 25 + 200 = 748 expected; 738 counted: 10 kr short.
    const CountOutcome short10 = c.closeWith(c.cash({"3", "1", "3", "", "", "7", "", "", ""}));  // 3 + 5 + 30 + 700
    BOOST_TEST(short10.difference == kr(-10));

    // The X report at the end of the day (the manager may look) says what the Z will say.
    const DayFigures x = valueOrFail(c.days.x(kTill, c.mona, c.journal));
    c.clock.set(QDateTime(QDate(2025, 3, 8), QTime(0, 30), Qt::UTC));
    const ZReport z = valueOrFail(c.days.z(kTill, c.mona, c.journal));
    const DayFigures& f = z.figures;
    BOOST_TEST(z.number == 2);
    BOOST_TEST(f.receipts == ca(2, 73.00));  // 50 + 23
    BOOST_TEST(f.returns == ca(1, -25.00));
    BOOST_TEST(f.netSales() == kr(48.00));
    BOOST_TEST(f.training == ca(0, 0));
    BOOST_TEST(f.copies == ca(0, 0));  // day one's copy stays on day one
    BOOST_TEST(f.voids == ca(0, 0));
    BOOST_TEST(f.payIns == ca(1, 200.00));
    BOOST_TEST(f.openingFloat == kr(500));  // the day's first float; the hand-over is not new money
    BOOST_TEST(f.shifts == 2);
    BOOST_TEST(f.expectedCash == kr(748.00));
    BOOST_TEST(f.countedCash == kr(738.00));
    BOOST_TEST(f.countDifference == kr(-10.00));
    BOOST_TEST(*payment(f, "cash") == (PaymentTotal{QStringLiteral("cash"), 3, kr(48.00)}));
    BOOST_TEST(payment(f, "card") == nullptr);
    BOOST_TEST(f.grandTotalSales == kr(120.00 + 73.00));  // never reset
    BOOST_TEST(f.grandTotalReturn == kr(-25.00));
    BOOST_TEST(f.grandTotalNet == kr(168.00));
    BOOST_TEST((x.toJson().value(QStringLiteral("receipts")) == f.toJson().value(QStringLiteral("receipts"))));
    BOOST_TEST(x.grandTotalNet == f.grandTotalNet);
    BOOST_TEST(c.ofKind("x_report").size() == 1u);
}

BOOST_AUTO_TEST_CASE(a_z_locks_the_day_and_is_refused_until_the_drawer_is_counted) {
    ShiftCafe c;
    c.open(c.kari);
    c.sellForCash({{"coffee", 1}}, 2500);
    // Volunteers take no Z and see no X.
    BOOST_TEST((c.days.z(kTill, c.kari, c.journal).error().code == ErrorCode::Permission));
    BOOST_TEST((c.days.x(kTill, c.kari, c.journal).error().code == ErrorCode::Permission));
    const auto uncounted = c.days.z(kTill, c.mona, c.journal);
    BOOST_TEST_REQUIRE(!uncounted.ok());
    BOOST_TEST(uncounted.error().message.contains(QStringLiteral("counted")), uncounted.error().message.toStdString());
    // A parked sale must be finished or cancelled first.
    valueOrFail(c.sales.park(c.draft({{"bun", 1}}), c.kari));
    c.closeWith(c.cash({"", "", "", "", "", "5", "", "", ""}));
    const auto parked = c.days.z(kTill, c.mona, c.journal);
    BOOST_TEST_REQUIRE(!parked.ok());
    BOOST_TEST(parked.error().message.contains(QStringLiteral("parked")), parked.error().message.toStdString());
    const qint64 parkedId = valueOrFail(c.sales.parkedSales()).front().id;
    valueOrFail(c.sales.resume(parkedId, c.kari));
    BOOST_TEST(valueOrFail(c.days.z(kTill, c.mona, c.journal)).number == 1);
    // Twice: nothing is open to close.
    const auto twice = c.days.z(kTill, c.mona, c.journal);
    BOOST_TEST_REQUIRE(!twice.ok());
    BOOST_TEST((twice.error().code == ErrorCode::Conflict));
    BOOST_TEST(c.ofKind("z_report").size() == 1u);
    // The day is locked: its shift is closed, so no sale can join it. The next shift opens a new day.
    BOOST_TEST(!valueOrFail(c.shifts.current(kTill)).has_value());
    const Shift next = c.open(c.kari);
    BOOST_TEST(next.businessDayId != valueOrFail(c.days.storedZ(kTill, 1)).figures.businessDayId);
}

BOOST_AUTO_TEST_CASE(z_numbers_run_on_without_gaps_across_a_restart) {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("cafe.db"));
    std::map<std::string, Product> products;
    StaffMember kari, mona;
    {
        ShiftCafe c(path);
        c.open(c.kari);
        c.sellForCash({{"coffee", 1}}, 2500);
        c.closeWith(c.cash({"", "", "", "", "", "5", "", "", ""}));
        BOOST_TEST(valueOrFail(c.days.z(kTill, c.mona, c.journal)).number == 1);
        products = c.products;
        kari = c.kari;
        mona = c.mona;
    }
    // Each run is the till started again on the same file.
    for (int run = 2; run <= 3; ++run) {
        auto db = openOrFail(path);
        ManualClock clock(QDateTime(QDate(2025, 3, 6 + run), QTime(10, 0), Qt::UTC));
        Journal journal(*db, clock, kTill);
        SaleRepository sales(*db, journal, clock, VatTable::forCountry(Country::Norway, true), QLocale::NorwegianBokmal);
        ShiftRepository shifts(*db, clock, Currency::NOK, 5000);
        DayReport days(*db, clock, Currency::NOK);
        const std::vector<qint64> coins = Denominations::standard(Currency::NOK);
        const CashCount fiveHundred =
            valueOrFail(CashCount::fromTyped(Currency::NOK, coins, typed({"", "", "", "", "", "5", "", "", ""})));
        valueOrFail(shifts.open(kTill, fiveHundred, kari, journal));
        SaleDraft d(Currency::NOK, Consumption::EatIn);
        requireOk(sales.addProduct(d, products.at("coffee").id));
        PaymentPlan plan(d.totals(sales.vatTable()).total);
        requireOk(plan.addCash(Money(2500, Currency::NOK)));
        valueOrFail(sales.complete(d, plan, kari));
        const CashCount counted =
            valueOrFail(CashCount::fromTyped(Currency::NOK, coins, typed({"", "1", "", "1", "", "5", "", "", ""})));  // 525: right
        valueOrFail(shifts.close(kTill, counted, kari, std::nullopt, journal));
        const ZReport z = valueOrFail(days.z(kTill, mona, journal));
        BOOST_TEST(z.number == run);
        BOOST_TEST(z.figures.grandTotalSales == kr(25.0 * run));
        BOOST_TEST(valueOrFail(journal.verify()).ok());
    }
}

BOOST_AUTO_TEST_SUITE_END()
