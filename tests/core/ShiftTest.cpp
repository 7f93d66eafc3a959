// Shifts, floats and the blind count (issue 11, item 2): a day at the till worked through with its
// exact expected cash, the blind rule, sign-off above the alert, hand-over, and bad counts.

#include "core/cash/CashDrawer.h"
#include "core/printqueue/PrintQueue.h"
#include "core/sales/TrainingMode.h"
#include "tests/core/ShiftTestFixture.h"
#include "tests/support/TestSupport.h"

#include <boost/test/unit_test.hpp>

using namespace ak;
using namespace ak::test;

BOOST_AUTO_TEST_SUITE(shifts)

BOOST_AUTO_TEST_CASE(a_shift_from_float_to_count_adds_up_to_the_ore) {
    ShiftCafe c;
    const Shift shift = c.open(c.kari);
    BOOST_TEST(shift.openingFloat.total() == Money(50000, Currency::NOK));
    BOOST_TEST(shift.isOpen());

    // A coffee (25 kr) paid with 100 kr: 25 kr stays in the drawer. A bun by card: none.
    const CompletedSale coffee = c.sellForCash({{"coffee", 1}}, 10000);
    BOOST_TEST(coffee.shiftId == shift.id);
    BOOST_TEST(valueOrFail(c.sales.findById(coffee.id)).shiftId == shift.id);  // stored with the sale
    c.sellByCard(c.draft({{"bun", 1}}));
    // A sandwich (59,90) in cash is rounded to 60 kr in the drawer.
    c.sellForCash({{"sandwich", 1}}, 6000);
    c.move(CashMovementKind::In, 20000, "Vekslepenger fra banken");
    c.move(CashMovementKind::Out, 15000, "Kjøpte melk");
    c.move(CashMovementKind::NoSale, 0, "Vekslet en hundrelapp");
    // The coffee is returned and the money handed back in cash: 25 kr out of the drawer.
    auto back = valueOrFail(c.sales.prepareReturn(coffee.id, {{coffee.lines[0].id, 1}}));
    PaymentPlan refund(back.total);
    requireOk(refund.payRestInCash());
    valueOrFail(c.sales.completeReturn(back, refund, c.kari, c.mona, QStringLiteral("Sølt")));

    // 500 + 25 + 60 + 200 − 150 − 25 = 610 kr.
    BOOST_TEST(valueOrFail(c.shifts.expectedCash(shift.id, c.mona)) == Money(61000, Currency::NOK));
    // Counted: 6 × 10 kr, 3 × 50 kr and 4 × 100 kr = 610 kr exactly.
    const CashCount counted = c.cash({"", "", "6", "", "3", "4", "", "", ""});
    BOOST_TEST(counted.total() == Money(61000, Currency::NOK));
    const CountOutcome outcome = valueOrFail(c.shifts.close(kTill, counted, c.kari, std::nullopt, c.journal));
    BOOST_TEST(outcome.expected == Money(61000, Currency::NOK));
    BOOST_TEST(outcome.difference == Money(0, Currency::NOK));
    BOOST_TEST(!outcome.needsSignOff);

    const Shift closed = valueOrFail(c.shifts.find(shift.id));
    BOOST_TEST(!closed.isOpen());
    BOOST_TEST((closed.closingCount == counted));
    BOOST_TEST(closed.difference() == std::optional<Money>(Money(0, Currency::NOK)));
    BOOST_TEST(!valueOrFail(c.shifts.current(kTill)).has_value());

    // Every step journaled, with the SAF-T codes the law counts.
    BOOST_TEST(c.ofKind("business_day_opened").size() == 1u);
    BOOST_TEST(c.ofKind("shift_opened").size() == 1u);
    BOOST_TEST(c.ofKind("cash_in").size() == 1u);
    BOOST_TEST(c.ofKind("cash_out").size() == 1u);
    BOOST_TEST(c.ofKind("drawer_opened_no_sale").size() == 1u);
    BOOST_TEST(c.ofKind("shift_closed").size() == 1u);
    BOOST_TEST(c.ofKind("cash_out")[0].payload.contains(QStringLiteral("Kjøpte melk")));
    BOOST_TEST(JournalKinds::safTEvent(JournalKind::CashOut) == 13019);
    BOOST_TEST(JournalKinds::safTEvent(JournalKind::DrawerOpenedNoSale) == 13005);
    BOOST_TEST(valueOrFail(c.journal.verify()).ok());
}

BOOST_AUTO_TEST_CASE(the_count_is_blind_until_it_is_stored) {
    ShiftCafe c;
    const Shift shift = c.open(c.kari);
    c.sellForCash({{"coffee", 2}}, 5000);
    // The volunteer cannot ask what the till expects: core refuses, whatever a screen would do.
    const auto peek = c.shifts.expectedCash(shift.id, c.kari);
    BOOST_TEST_REQUIRE(!peek.ok());
    BOOST_TEST((peek.error().code == ErrorCode::Permission));
    // Nothing read back about the open shift carries it either.
    BOOST_TEST(!valueOrFail(c.shifts.current(kTill))->expected.has_value());
    BOOST_TEST(!valueOrFail(c.shifts.find(shift.id)).expected.has_value());

    // 540 kr counted against 550 expected: shown only now, and stored.
    const CountOutcome outcome =
        valueOrFail(c.shifts.close(kTill, c.cash({"", "", "4", "", "2", "4", "", "", ""}), c.kari, std::nullopt, c.journal));
    BOOST_TEST(outcome.counted == Money(54000, Currency::NOK));
    BOOST_TEST(outcome.expected == Money(55000, Currency::NOK));
    BOOST_TEST(outcome.difference == Money(-1000, Currency::NOK));
    BOOST_TEST(!outcome.needsSignOff);  // 10 kr is under the 50 kr alert
    BOOST_TEST(valueOrFail(c.shifts.find(shift.id)).expected == std::optional<Money>(Money(55000, Currency::NOK)));

    // Counting again is not a way to find the expected amount.
    const auto again = c.shifts.close(kTill, c.float500(), c.kari, std::nullopt, c.journal);
    BOOST_TEST_REQUIRE(!again.ok());
    BOOST_TEST((again.error().code == ErrorCode::Conflict));
}

BOOST_AUTO_TEST_CASE(a_difference_above_the_alert_needs_a_managers_sign_off) {
    ShiftCafe c;
    const Shift shift = c.open(c.kari);
    c.sellForCash({{"sandwich", 1}}, 6000);  // 560 kr expected
    // 60 kr short, counted by two people.
    const StaffMember ola = valueOrFail(c.staff.addDemo(QStringLiteral("Ola"), StaffRole::Volunteer, QStringLiteral("2580")));
    const CountOutcome outcome = valueOrFail(c.shifts.close(kTill, c.float500(), c.kari, ola, c.journal));
    BOOST_TEST(outcome.difference == Money(-6000, Currency::NOK));
    BOOST_TEST(outcome.needsSignOff);
    BOOST_TEST(valueOrFail(c.shifts.find(shift.id)).secondCounter == ola.id);

    // The Z waits for the sign-off (the till's rule; DayReport asks ShiftRepository).
    c.days.setSignOffRule(&c.shifts);
    BOOST_TEST(valueOrFail(c.shifts.awaitingSignOff(kTill)).size() == 1u);
    const auto early = c.days.readyToClose(kTill);
    BOOST_TEST_REQUIRE(!early.ok());
    BOOST_TEST((early.error().code == ErrorCode::Conflict));
    BOOST_TEST(early.error().message.contains(QStringLiteral("Kari")), early.error().message.toStdString());
    BOOST_TEST(!c.days.z(kTill, c.mona, c.journal).ok());

    // The counter says what happened; a volunteer cannot sign off; the manager can, once.
    requireOk(c.shifts.explain(shift.id, QStringLiteral("  Ga feil veksel\n på en 500-lapp "), c.kari, c.journal));
    BOOST_TEST(valueOrFail(c.shifts.find(shift.id)).note == QStringLiteral("Ga feil veksel på en 500-lapp"));
    const auto refused = c.shifts.signOff(shift.id, ola, c.journal);
    BOOST_TEST_REQUIRE(!refused.ok());
    BOOST_TEST((refused.error().code == ErrorCode::Permission));
    requireOk(c.shifts.signOff(shift.id, c.mona, c.journal));
    requireOk(c.shifts.signOff(shift.id, c.mona, c.journal));
    BOOST_TEST(valueOrFail(c.shifts.find(shift.id)).signedOffBy == c.mona.id);
    BOOST_TEST(c.ofKind("count_signed_off").size() == 1u);
    BOOST_TEST(valueOrFail(c.shifts.awaitingSignOff(kTill)).empty());
    BOOST_TEST(c.days.readyToClose(kTill).ok());
    BOOST_TEST(c.ofKind("count_explained").size() == 1u);
    BOOST_TEST(c.ofKind("shift_closed")[0].payload.contains(QStringLiteral("\"difference\":-6000")));

    // The second counter must be someone else.
    c.open(c.kari);
    const auto self = c.shifts.close(kTill, c.float500(), c.kari, c.kari, c.journal);
    BOOST_TEST_REQUIRE(!self.ok());
    BOOST_TEST((self.error().code == ErrorCode::InvalidInput));
}

BOOST_AUTO_TEST_CASE(hand_over_offers_the_last_count_on_the_same_business_day) {
    ShiftCafe c;
    BOOST_TEST(!valueOrFail(c.shifts.lastClosingCount(kTill)).has_value());
    const Shift morning = c.open(c.kari);
    c.sellForCash({{"bun", 1}}, 5000);
    const CashCount noon = c.cash({"5", "", "3", "10", "2", "2", "", "", ""});  // 535 kr
    valueOrFail(c.shifts.close(kTill, noon, c.kari, std::nullopt, c.journal));
    // Sara takes over with Ola's count as her float.
    const std::optional<CashCount> offered = valueOrFail(c.shifts.lastClosingCount(kTill));
    BOOST_TEST_REQUIRE(offered.has_value());
    BOOST_TEST((*offered == noon));
    const Shift afternoon = valueOrFail(c.shifts.open(kTill, *offered, c.mona, c.journal));
    BOOST_TEST(afternoon.businessDayId == morning.businessDayId);
    BOOST_TEST(afternoon.openingFloat.total() == Money(53500, Currency::NOK));
    BOOST_TEST(c.ofKind("business_day_opened").size() == 1u);  // one day, two shifts
    BOOST_TEST(c.ofKind("shift_opened").size() == 2u);
}

BOOST_AUTO_TEST_CASE(one_open_shift_per_register_and_movements_need_one) {
    ShiftCafe c;
    const auto early = c.shifts.move(kTill, CashMovementKind::NoSale, Money(0, Currency::NOK), QStringLiteral("Test"),
                                     c.kari, c.journal);
    BOOST_TEST_REQUIRE(!early.ok());
    BOOST_TEST((early.error().code == ErrorCode::Conflict));
    c.open(c.kari);
    const auto twice = c.shifts.open(kTill, c.float500(), c.mona, c.journal);
    BOOST_TEST_REQUIRE(!twice.ok());
    BOOST_TEST((twice.error().code == ErrorCode::Conflict));
    BOOST_TEST(twice.error().message.contains(QStringLiteral("Kari")), twice.error().message.toStdString());
    // Another register has its own shift.
    BOOST_TEST(c.shifts.open(QStringLiteral("till-2"), c.float500(), c.mona, c.journal).ok());

    const auto bad = [&](CashMovementKind kind, qint64 minor, const QString& reason) {
        const auto r = c.shifts.move(kTill, kind, Money(minor, Currency::NOK), reason, c.kari, c.journal);
        BOOST_TEST(!r.ok());
        return r.ok() ? ErrorCode::Storage : r.error().code;
    };
    BOOST_TEST((bad(CashMovementKind::Out, 0, QStringLiteral("Melk")) == ErrorCode::InvalidInput));
    BOOST_TEST((bad(CashMovementKind::Out, -500, QStringLiteral("Melk")) == ErrorCode::InvalidInput));
    BOOST_TEST((bad(CashMovementKind::In, 10'000'001, QStringLiteral("Melk")) == ErrorCode::InvalidInput));
    BOOST_TEST((bad(CashMovementKind::In, 500, QStringLiteral("   ")) == ErrorCode::InvalidInput));
    BOOST_TEST((bad(CashMovementKind::In, 500, QString(201, u'x')) == ErrorCode::InvalidInput));
    BOOST_TEST((bad(CashMovementKind::NoSale, 500, QStringLiteral("Veksel")) == ErrorCode::InvalidInput));
    BOOST_TEST(c.count("cash_movements") == 0);
}

BOOST_AUTO_TEST_CASE(nothing_is_sold_or_returned_without_an_open_shift) {
    ShiftCafe c;
    const SaleDraft d = c.draft({{"coffee", 1}});
    PaymentPlan plan(d.totals(c.sales.vatTable()).total);
    requireOk(plan.add(PaymentMethod::Card, plan.remaining()));
    const auto early = c.sales.complete(d, plan, c.kari);
    BOOST_TEST_REQUIRE(!early.ok());
    BOOST_TEST((early.error().code == ErrorCode::Conflict));
    BOOST_TEST(early.error().message.contains(QStringLiteral("open a shift")), early.error().message.toStdString());
    BOOST_TEST(c.count("sales") == 0);
    BOOST_TEST(c.ofKind("sale").empty());

    c.open(c.kari);
    const CompletedSale sold = valueOrFail(c.sales.complete(d, plan, c.kari));
    c.closeWith(c.cash({"", "", "", "10", "2", "2", "", "", ""}));
    // After the count the shift is over: a return (cash from the drawer) needs a new one too.
    auto draft = valueOrFail(c.sales.prepareReturn(sold.id, {{sold.lines.front().id, 1}}));
    PaymentPlan refund(draft.total);
    requireOk(refund.add(PaymentMethod::Card, refund.remaining()));
    const auto late = c.sales.completeReturn(draft, refund, c.kari, c.mona, QStringLiteral("Kald"));
    BOOST_TEST_REQUIRE(!late.ok());
    BOOST_TEST((late.error().code == ErrorCode::Conflict));
    BOOST_TEST(c.count("sales") == 1);
}

BOOST_AUTO_TEST_CASE(training_mode_is_a_managers_switch_kept_across_a_restart) {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("cafe.db"));
    {
        ShiftCafe c(path);
        TrainingMode training(*c.db, kTill);
        BOOST_TEST(!valueOrFail(training.isOn()));
        const auto volunteer = training.set(true, c.kari, c.journal);
        BOOST_TEST_REQUIRE(!volunteer.ok());
        BOOST_TEST((volunteer.error().code == ErrorCode::Permission));
        requireOk(training.set(true, c.mona, c.journal));
        requireOk(training.set(true, c.mona, c.journal));  // already on: nothing new
        BOOST_TEST(c.ofKind("training_on").size() == 1u);
        BOOST_TEST(JournalKinds::safTEvent(JournalKind::TrainingOn) == 13023);
        BOOST_TEST(!valueOrFail(TrainingMode(*c.db, QStringLiteral("till-2")).isOn()));  // per register
    }
    auto db = openOrFail(path);  // the till started again
    ManualClock clock(QDateTime(QDate(2025, 3, 7), QTime(9, 0), Qt::UTC));
    Journal journal(*db, clock, kTill);
    TrainingMode training(*db, kTill);
    BOOST_TEST(valueOrFail(training.isOn()));
    const StaffMember mona = valueOrFail(StaffRepository(*db, PinHashCost::Minimum).list(false)).back();
    requireOk(training.set(false, mona, journal));
    BOOST_TEST(!valueOrFail(training.isOn()));
    BOOST_TEST(JournalKinds::safTEvent(JournalKind::TrainingOff) == 13024);
}

BOOST_AUTO_TEST_CASE(core_decides_the_drawer_opens_for_cash_and_never_in_training) {
    ShiftCafe c;
    c.open(c.kari);
    BOOST_TEST(c.sellForCash({{"coffee", 1}}, 5000).opensDrawer);
    BOOST_TEST(!c.sellByCard(c.draft({{"bun", 1}})).opensDrawer);
    BOOST_TEST(c.ofKind("drawer_opened").size() == 1u);
    BOOST_TEST(JournalKinds::safTEvent(JournalKind::DrawerOpened) == 13005);
    c.sales.setTraining(true);  // a new volunteer practises with real coins: the drawer stays shut
    BOOST_TEST(!c.sellForCash({{"coffee", 1}}, 5000).opensDrawer);
    BOOST_TEST(c.ofKind("drawer_opened").size() == 1u);
}

// The drawer's pulses queued by the till, oldest first: what each opening was queued for.
static QStringList drawerPulses(Database& db) {
    QStringList refs;
    auto q = valueOrFail(db.query(QStringLiteral("SELECT ref FROM print_jobs WHERE kind = 'drawer' ORDER BY id")));
    while (q.next()) refs << q.value(0).toString();
    return refs;
}

BOOST_AUTO_TEST_CASE(the_drawer_opens_only_through_core_with_the_write_that_opens_it) {
    ShiftCafe c;
    PrintQueue queue(*c.db, c.clock);
    CashDrawer drawer(&queue);
    c.sales.setDrawer(&drawer);
    c.open(c.kari);

    // A cash sale queues one pulse with its drawer_opened entry; a card sale none.
    const CompletedSale coffee = c.sellForCash({{"coffee", 1}}, 5000);
    c.sellByCard(c.draft({{"bun", 1}}));
    BOOST_TEST(drawerPulses(*c.db).size() == 1);
    BOOST_TEST(drawerPulses(*c.db).constFirst() == QString::number(c.ofKind("drawer_opened").back().seq));

    // The sensor says open: the next sale cannot begin (core refuses the first line, not a screen)…
    drawer.setOpen(true);
    SaleDraft next(Currency::NOK);
    const auto refused = c.sales.addProduct(next, c.id("coffee"));
    BOOST_TEST_REQUIRE(!refused.ok());
    BOOST_TEST((refused.error().code == ErrorCode::Conflict));
    BOOST_TEST(refused.error().message.contains(QStringLiteral("drawer")), refused.error().message.toStdString());
    BOOST_TEST(next.isEmpty());
    // …and when it is not known (no sensor, printer unplugged) nothing is blocked.
    drawer.setOpen(std::nullopt);
    requireOk(c.sales.addProduct(next, c.id("coffee")));
    drawer.setOpen(true);  // a sale already begun goes on while the drawer is open
    requireOk(c.sales.addProduct(next, c.id("bun")));
    drawer.setOpen(false);

    // A refund in cash opens the drawer too; a no-sale opening through the shift as well.
    auto back = valueOrFail(c.sales.prepareReturn(coffee.id, {{coffee.lines[0].id, 1}}));
    PaymentPlan refund(back.total);
    requireOk(refund.payRestInCash());
    BOOST_TEST(valueOrFail(c.sales.completeReturn(back, refund, c.kari, c.mona, QStringLiteral("Sølt"))).opensDrawer);
    requireOk(c.shifts.move(kTill, CashMovementKind::NoSale, Money(0, Currency::NOK), QStringLiteral("Vekslet"), c.kari,
                            c.journal, &drawer));
    BOOST_TEST(drawerPulses(*c.db).size() == 3);

    // Training: real coins, but the drawer stays shut and nothing is queued.
    c.sales.setTraining(true);
    c.sellForCash({{"coffee", 1}}, 5000);
    BOOST_TEST(drawerPulses(*c.db).size() == 3);
    BOOST_TEST(c.ofKind("drawer_opened").size() == 2u);
}

BOOST_AUTO_TEST_CASE(a_count_with_letters_or_signs_is_refused_naming_the_coin) {
    const std::vector<qint64> coins = Denominations::standard(Currency::NOK);
    const auto typedAt = [&](int index, const char* text) {
        QStringList t(int(coins.size()));
        t[index] = QString::fromUtf8(text);
        return CashCount::fromTyped(Currency::NOK, coins, t);
    };
    for (const char* wrong : {"abc", "-3", "1,5", "2.0", "+4", "1e3", "٣"}) {
        const auto r = typedAt(3, wrong);
        BOOST_TEST_REQUIRE(!r.ok(), wrong);
        BOOST_TEST((r.error().code == ErrorCode::InvalidInput));
        BOOST_TEST(r.error().message.contains(QStringLiteral("20 kr")), r.error().message.toStdString());
    }
    const auto tooMany = typedAt(8, "100000");
    BOOST_TEST_REQUIRE(!tooMany.ok());
    BOOST_TEST(tooMany.error().message.contains(QStringLiteral("1000 kr")), tooMany.error().message.toStdString());
    BOOST_TEST(!typedAt(0, "99999999999999999999").ok());
    BOOST_TEST(valueOrFail(typedAt(0, " 7 ")).total() == Money(700, Currency::NOK));  // spaces around are fine
    BOOST_TEST(valueOrFail(typedAt(0, "")).isEmpty());
    BOOST_TEST(!CashCount::fromTyped(Currency::NOK, coins, {QStringLiteral("1")}).ok());  // not one per coin

    // Denmark counts 50 øre too.
    const std::vector<qint64> dk = Denominations::standard(Currency::DKK);
    BOOST_TEST(dk.front() == 50);
    BOOST_TEST(Denominations::name(50, Currency::DKK) == QStringLiteral("50 øre"));
    BOOST_TEST(Denominations::of(Currency::NOK, {2000, 100, 2000}) == (std::vector<qint64>{100, 2000}));
}

BOOST_AUTO_TEST_SUITE_END()
