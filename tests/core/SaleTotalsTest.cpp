// Sale totals, VAT per rate and payments, to the øre, over tables of cases; and bad input refused
// with a message and no change.

#include "core/sales/PaymentPlan.h"
#include "tests/core/SaleTestFixture.h"

#include <boost/test/unit_test.hpp>

using namespace ak;
using namespace ak::test;

namespace {

struct Item { const char* product; int quantity; };
struct Rate { int bp; qint64 gross, vat, net; };
struct TotalsCase {
    const char* name;
    Country country;
    bool registered;
    Consumption consumption;
    std::vector<Item> items;
    int percent;             // 0: none
    qint64 amountDiscount;   // 0: none
    qint64 gross, discount, total;
    std::vector<Rate> vat;
};

const std::vector<TotalsCase> kTotals = {
    {"norway eat-in, one rate", Country::Norway, true, Consumption::EatIn, {{"coffee", 2}, {"bun", 1}}, 0, 0,
     8500, 0, 8500, {{2500, 8500, 1700, 6800}}},
    {"norway takeaway, food at 15 %", Country::Norway, true, Consumption::Takeaway, {{"coffee", 2}, {"bun", 1}}, 0, 0,
     8500, 0, 8500, {{2500, 5000, 1000, 4000}, {1500, 3500, 457, 3043}}},
    {"denmark 25 % flat, takeaway too", Country::Denmark, true, Consumption::Takeaway, {{"coffee", 2}, {"bun", 1}}, 0,
     0, 8500, 0, 8500, {{2500, 8500, 1700, 6800}}},
    {"not VAT-registered", Country::Norway, false, Consumption::EatIn, {{"coffee", 2}, {"bun", 1}}, 0, 0, 8500, 0,
     8500, {{0, 8500, 0, 8500}}},
    {"10 % spread over two rates", Country::Norway, true, Consumption::Takeaway, {{"coffee", 2}, {"bun", 1}}, 10, 0,
     8500, 850, 7650, {{2500, 4500, 900, 3600}, {1500, 3150, 411, 2739}}},
    {"10 kr off, the odd øre to the largest remainder", Country::Norway, true, Consumption::Takeaway,
     {{"sandwich", 1}, {"squash", 1}}, 0, 1000, 8240, 1000, 7240, {{2500, 1977, 395, 1582}, {1500, 5263, 686, 4577}}},
    {"100 % discount", Country::Norway, true, Consumption::EatIn, {{"coffee", 1}}, 100, 0, 2500, 2500, 0,
     {{2500, 0, 0, 0}}},
    {"denmark 15 % of 67,50 rounds half away", Country::Denmark, true, Consumption::EatIn, {{"squash", 3}}, 15, 0, 6750,
     1013, 5737, {{2500, 5737, 1147, 4590}}},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(sale_totals)

BOOST_AUTO_TEST_CASE(totals_and_vat_per_rate_to_the_ore) {
    for (const TotalsCase& c : kTotals) {
        BOOST_TEST_CONTEXT(c.name) {
            SaleWorld w(c.country, c.registered);
            SaleDraft d(w.currency, c.consumption);
            for (const Item& i : c.items) {
                requireOk(w.sales.addProduct(d, w.id(i.product)));
                if (i.quantity != 1) requireOk(d.setQuantity(w.id(i.product), i.quantity));
            }
            if (c.percent) requireOk(d.setPercentDiscount(c.percent, QStringLiteral("event"), QStringLiteral("Arr.")));
            if (c.amountDiscount)
                requireOk(d.setAmountDiscount(Money(c.amountDiscount, w.currency), QStringLiteral("event"),
                                              QStringLiteral("Arr.")));
            const SaleTotals t = d.totals(w.sales.vatTable());
            BOOST_TEST(t.gross == Money(c.gross, w.currency));
            BOOST_TEST(t.discount == Money(c.discount, w.currency));
            BOOST_TEST(t.total == Money(c.total, w.currency));
            Money lineSum = Money::zero(w.currency);
            for (const PricedLine& l : t.lines) lineSum += l.net;
            BOOST_TEST(lineSum == t.total);
            BOOST_TEST_REQUIRE(t.vat.size() == c.vat.size());
            for (size_t i = 0; i < c.vat.size(); ++i) {
                BOOST_TEST(t.vat[i].basisPoints == c.vat[i].bp);
                BOOST_TEST(t.vat[i].gross == Money(c.vat[i].gross, w.currency));
                BOOST_TEST(t.vat[i].vat == Money(c.vat[i].vat, w.currency));
                BOOST_TEST(t.vat[i].net == Money(c.vat[i].net, w.currency));
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(the_same_product_again_adds_one) {
    SaleWorld w;
    SaleDraft d = w.draft({{"coffee", 1}});
    requireOk(w.sales.addProduct(d, w.id("coffee")));
    BOOST_TEST_REQUIRE(d.lines().size() == 1u);
    BOOST_TEST(d.lines()[0].quantity == 2);
    BOOST_TEST(d.lines()[0].name == QStringLiteral("Kaffe"));
    BOOST_TEST(d.lines()[0].saftBasicId == QStringLiteral("04003"));
}

BOOST_AUTO_TEST_CASE(bad_quantities_are_refused_and_change_nothing) {
    SaleWorld w;
    const SaleDraft before = w.draft({{"coffee", 3}, {"bun", 1}});
    for (int q : {0, -1, -5, 100, 1000}) {
        BOOST_TEST_CONTEXT("quantity " << q) {
            SaleDraft d = before;
            auto r = d.setQuantity(w.id("coffee"), q);
            BOOST_TEST_REQUIRE(!r.ok());
            BOOST_TEST((r.error().code == ErrorCode::InvalidInput));
            BOOST_TEST(r.error().message.contains(QStringLiteral("between 1 and 99")));
            BOOST_TEST((d == before));
        }
    }
}

BOOST_AUTO_TEST_CASE(an_unknown_product_is_refused) {
    SaleWorld w;
    SaleDraft d = w.draft({{"coffee", 1}});
    const SaleDraft before = d;
    auto r = w.sales.addProduct(d, 9999);
    BOOST_TEST_REQUIRE(!r.ok());
    BOOST_TEST((r.error().code == ErrorCode::NotFound));
    BOOST_TEST((d == before));
    auto q = d.setQuantity(9999, 2);
    BOOST_TEST((!q.ok() && q.error().code == ErrorCode::NotFound));
    BOOST_TEST((d == before));
}

BOOST_AUTO_TEST_CASE(bad_discounts_are_refused) {
    SaleWorld w;
    SaleDraft d = w.draft({{"coffee", 1}});
    const SaleDraft before = d;
    BOOST_TEST(!d.setPercentDiscount(0, QStringLiteral("event"), {}).ok());
    BOOST_TEST(!d.setPercentDiscount(101, QStringLiteral("event"), {}).ok());
    BOOST_TEST(!d.setPercentDiscount(10, QString(), {}).ok());  // a reason is required
    BOOST_TEST(!d.setAmountDiscount(Money(2501, Currency::NOK), QStringLiteral("event"), {}).ok());
    BOOST_TEST(!d.setAmountDiscount(Money(-100, Currency::NOK), QStringLiteral("event"), {}).ok());
    BOOST_TEST((d == before));
}

BOOST_AUTO_TEST_CASE(removing_and_lowering_are_remembered_as_voids) {
    SaleWorld w;
    SaleDraft d = w.draft({{"coffee", 3}, {"bun", 1}});
    requireOk(d.setQuantity(w.id("coffee"), 1));
    requireOk(d.removeLine(w.id("bun")));
    BOOST_TEST_REQUIRE(d.voids().size() == 2u);
    BOOST_TEST(d.voids()[0].quantity == 2);
    BOOST_TEST(d.voids()[0].amount == Money(5000, Currency::NOK));
    BOOST_TEST(d.voids()[1].name == QStringLiteral("Bolle"));
    BOOST_TEST(d.voids()[1].amount == Money(3500, Currency::NOK));
}

// ---- payments ---------------------------------------------------------------------------------

namespace {
struct Step { PaymentMethod method; const char* typed; };  // typed == nullptr: pay the rest in cash
struct PaymentCase {
    const char* name;
    Currency currency;
    qint64 total;
    std::vector<Step> steps;
    qint64 change, rounding;
    std::vector<std::pair<PaymentMethod, qint64>> settled;  // method, amount kept
};
const std::vector<PaymentCase> kPayments = {
    {"NOK cash rounds up to whole kroner", Currency::NOK, 7650, {{PaymentMethod::Cash, "100"}}, 2300, 50,
     {{PaymentMethod::Cash, 7700}}},
    {"NOK cash rounds down", Currency::NOK, 7640, {{PaymentMethod::Cash, "100"}}, 2400, -40,
     {{PaymentMethod::Cash, 7600}}},
    {"DKK cash to 50 øre, up", Currency::DKK, 5737, {{PaymentMethod::Cash, "100"}}, 4250, 13,
     {{PaymentMethod::Cash, 5750}}},
    {"DKK cash to 50 øre, down", Currency::DKK, 5720, {{PaymentMethod::Cash, "60"}}, 300, -20,
     {{PaymentMethod::Cash, 5700}}},
    {"card is never rounded", Currency::NOK, 8530, {{PaymentMethod::Card, "85,30"}}, 0, 0,
     {{PaymentMethod::Card, 8530}}},
    {"split card then cash: only the cash part rounds", Currency::NOK, 8530,
     {{PaymentMethod::Card, "50"}, {PaymentMethod::Cash, "40"}}, 500, -30,
     {{PaymentMethod::Card, 5000}, {PaymentMethod::Cash, 3500}}},
    {"cash first, the card takes the exact rest", Currency::NOK, 8530,
     {{PaymentMethod::Cash, "50"}, {PaymentMethod::Mobile, "35,30"}}, 0, 0,
     {{PaymentMethod::Mobile, 3530}, {PaymentMethod::Cash, 5000}}},
    {"exact cash", Currency::DKK, 5737, {{PaymentMethod::Cash, nullptr}}, 0, 13, {{PaymentMethod::Cash, 5750}}},
    {"cash refund rounds like a sale", Currency::NOK, -1250, {{PaymentMethod::Cash, nullptr}}, 0, -50,
     {{PaymentMethod::Cash, -1300}}},
    {"split refund", Currency::NOK, -8530, {{PaymentMethod::Card, "50"}, {PaymentMethod::Cash, nullptr}}, 0, 30,
     {{PaymentMethod::Card, -5000}, {PaymentMethod::Cash, -3500}}},
};
}  // namespace

BOOST_AUTO_TEST_CASE(payments_change_and_rounding) {
    for (const PaymentCase& c : kPayments) {
        BOOST_TEST_CONTEXT(c.name) {
            PaymentPlan plan(Money(c.total, c.currency));
            BOOST_TEST(!plan.isPaidInFull());
            for (const Step& s : c.steps) {
                if (!s.typed) requireOk(plan.payRestInCash());
                else if (s.method == PaymentMethod::Cash) requireOk(plan.addCash(QString::fromLatin1(s.typed)));
                else requireOk(plan.add(s.method, QString::fromLatin1(s.typed)));
            }
            BOOST_TEST(plan.isPaidInFull());
            BOOST_TEST(plan.remaining().isZero());
            BOOST_TEST(plan.change() == Money(c.change, c.currency));
            BOOST_TEST(plan.rounding() == Money(c.rounding, c.currency));
            const std::vector<Payment> settled = plan.settled();
            BOOST_TEST_REQUIRE(settled.size() == c.settled.size());
            Money kept = Money::zero(c.currency);
            for (size_t i = 0; i < settled.size(); ++i) {
                BOOST_TEST((settled[i].method == c.settled[i].first));
                BOOST_TEST(settled[i].amount == Money(c.settled[i].second, c.currency));
                kept += settled[i].amount;
            }
            BOOST_TEST(kept == Money(c.total, c.currency) + plan.rounding());
        }
    }
}

BOOST_AUTO_TEST_CASE(the_screen_shows_what_remains_in_cash) {
    PaymentPlan plan(Money(8530, Currency::NOK));
    requireOk(plan.add(PaymentMethod::Card, Money(5000, Currency::NOK)));
    BOOST_TEST(plan.remaining() == Money(3530, Currency::NOK));
    BOOST_TEST(plan.remainingInCash() == Money(3500, Currency::NOK));
    BOOST_TEST(!plan.isPaidInFull());
}

BOOST_AUTO_TEST_CASE(bad_payments_are_refused_and_change_nothing) {
    PaymentPlan plan(Money(8530, Currency::NOK));
    requireOk(plan.add(PaymentMethod::Card, QStringLiteral("50")));
    const std::vector<Payment> before = plan.entries();
    auto refused = [&](const Result<void>& r, const char* why) {
        BOOST_TEST_CONTEXT(why) {
            BOOST_TEST_REQUIRE(!r.ok());
            BOOST_TEST((r.error().code == ErrorCode::InvalidInput));
            BOOST_TEST(!r.error().message.isEmpty());
            BOOST_TEST((plan.entries() == before));
        }
    };
    refused(plan.addCash(QStringLiteral("12,505")), "three decimals");
    refused(plan.addCash(QStringLiteral("12,50")), "øre in Norwegian cash");
    refused(plan.addCash(QStringLiteral("-20")), "negative cash");
    refused(plan.add(PaymentMethod::Card, QStringLiteral("35,31")), "card more than remains");
    refused(plan.add(PaymentMethod::Voucher, QStringLiteral("0")), "zero");
    refused(plan.add(PaymentMethod::Mobile, QStringLiteral("abc")), "not a number");
    BOOST_TEST(plan.remaining() == Money(3530, Currency::NOK));
}

BOOST_AUTO_TEST_CASE(a_refund_never_pays_out_more_than_owed) {
    PaymentPlan plan(Money(-1250, Currency::NOK));
    auto r = plan.addCash(QStringLiteral("20"));
    BOOST_TEST_REQUIRE(!r.ok());
    BOOST_TEST(plan.entries().empty());
}

BOOST_AUTO_TEST_SUITE_END()
