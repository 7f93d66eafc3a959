#include "core/money/CashRounding.h"
#include "core/money/Vat.h"
#include "core/money/VatSummary.h"
#include "core/money/VatTable.h"
#include "tests/core/Printers.h"
#include "tests/support/TestSupport.h"

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

using namespace ak;

namespace {
Money nok(qint64 minor) { return Money(minor, Currency::NOK); }
Money dkk(qint64 minor) { return Money(minor, Currency::DKK); }
}  // namespace

BOOST_AUTO_TEST_SUITE(vat)

struct VatCase {
    qint64 gross;
    int bp;
    qint64 vat;
};
std::ostream& operator<<(std::ostream& os, const VatCase& c) { return os << c.gross << "@" << c.bp; }

// Expected values worked out by hand: vat = gross * r / (1 + r), halves away from zero.
const VatCase kVat[] = {
    {12500, 2500, 2500},  // 125,00 at 25 % -> 25,00 exactly
    {500, 2500, 100},     // coffee 5 kr -> 1,00
    {1000, 2500, 200},
    {1, 2500, 0},         // 0,2 øre -> 0
    {2, 2500, 0},         // 0,4 øre -> 0
    {3, 2500, 1},         // 0,6 øre -> 1
    {999, 2500, 200},     // 199,8 -> 200
    {10, 2500, 2},        // exactly 2
    {11500, 1500, 1500},  // 115,00 at 15 % -> 15,00
    {1000, 1500, 130},    // 130,43.. -> 130
    {2300, 1500, 300},    // exactly 300
    {23, 1500, 3},        // 3,0 -> 3
    {1150, 1500, 150},    // exactly 150
    {1035, 1500, 135},    // 135,0 -> 135
    {5, 1500, 1},         // 0,652 -> 1
    {4, 1500, 1},         // 0,5217 -> 1
    {3, 1500, 0},         // 0,391 -> 0
    {-999, 2500, -200},   // negative: symmetric
    {-1000, 1500, -130},
    {-4, 1500, -1},
    {1000, 0, 0},
    {0, 2500, 0},
};

BOOST_DATA_TEST_CASE(vat_from_gross, boost::unit_test::data::make(kVat), c) {
    BOOST_TEST(vatFromGross(nok(c.gross), c.bp).minor() == c.vat);
    BOOST_TEST((vatFromGross(nok(c.gross), c.bp).currency() == Currency::NOK));
}

BOOST_AUTO_TEST_CASE(half_ore_rounds_away_from_zero) {
    // 0,5 øre exactly: gross * 2500 / 12500 = gross / 5 -> gross 2,5 is impossible; use 1500 with 1150 / 2.
    // gross = 575 at 15 %: 575 * 1500 / 11500 = 75,0 exactly; gross 2,5 øre impossible, so construct
    // the tie with a 100 % rate: gross 1 -> 0,5 -> 1; gross -1 -> -1.
    BOOST_TEST(vatFromGross(nok(1), 10000).minor() == 1);
    BOOST_TEST(vatFromGross(nok(-1), 10000).minor() == -1);
    BOOST_TEST(divideRoundHalfAway(5, 10) == 1);
    BOOST_TEST(divideRoundHalfAway(-5, 10) == -1);
    BOOST_TEST(divideRoundHalfAway(4, 10) == 0);
    BOOST_TEST(divideRoundHalfAway(-4, 10) == 0);
}

struct TableCase {
    Country country;
    bool registered;
    VatClass vatClass;
    Consumption consumption;
    int bp;
};
std::ostream& operator<<(std::ostream& os, const TableCase& c) {
    return os << int(c.country) << c.registered << int(c.vatClass) << int(c.consumption);
}

const TableCase kTable[] = {
    {Country::Norway, true, VatClass::Standard, Consumption::EatIn, 2500},
    {Country::Norway, true, VatClass::Standard, Consumption::Takeaway, 2500},
    {Country::Norway, true, VatClass::Food, Consumption::EatIn, 2500},
    {Country::Norway, true, VatClass::Food, Consumption::Takeaway, 1500},
    {Country::Norway, true, VatClass::Exempt, Consumption::EatIn, 0},
    {Country::Denmark, true, VatClass::Food, Consumption::Takeaway, 2500},
    {Country::Denmark, true, VatClass::Food, Consumption::EatIn, 2500},
    {Country::Denmark, true, VatClass::Standard, Consumption::EatIn, 2500},
    {Country::Denmark, true, VatClass::Exempt, Consumption::EatIn, 0},
    {Country::Norway, false, VatClass::Standard, Consumption::EatIn, 0},
    {Country::Norway, false, VatClass::Food, Consumption::Takeaway, 0},
    {Country::Denmark, false, VatClass::Food, Consumption::EatIn, 0},
};

BOOST_DATA_TEST_CASE(rate_per_country_and_registration, boost::unit_test::data::make(kTable), c) {
    BOOST_TEST(VatTable::forCountry(c.country, c.registered).basisPoints(c.vatClass, c.consumption) == c.bp);
}

BOOST_AUTO_TEST_CASE(vat_class_keys_round_trip) {
    for (VatClass c : {VatClass::Standard, VatClass::Food, VatClass::Exempt})
        BOOST_TEST((vatClassFromKey(vatClassKey(c)) == c));
    BOOST_TEST(!vatClassFromKey(QStringLiteral("reduced")).has_value());
}

BOOST_AUTO_TEST_CASE(summary_computes_vat_on_each_rates_total) {
    // Three coffees of 0,03 at 25 %: per line 0,006 -> 1 øre each = 3 øre; on the total 0,09 -> 2 øre.
    const std::vector<VatLine> lines = {{nok(3), 2500}, {nok(3), 2500}, {nok(3), 2500}, {nok(1000), 1500},
                                        {nok(4), 1500}, {nok(0), 0}};
    const auto s = summarizeVat(lines, Currency::NOK);
    BOOST_TEST_REQUIRE(s.size() == 3u);
    BOOST_TEST(s[0].basisPoints == 2500);
    BOOST_TEST(s[0].gross == nok(9));
    BOOST_TEST(s[0].vat == nok(2));
    BOOST_TEST(s[0].net == nok(7));
    BOOST_TEST(s[1].basisPoints == 1500);
    BOOST_TEST(s[1].gross == nok(1004));
    BOOST_TEST(s[1].vat == nok(131));  // 130,96 -> 131
    BOOST_TEST(s[1].net == nok(873));
    BOOST_TEST(s[2].basisPoints == 0);
    BOOST_TEST(s[2].vat == nok(0));
    BOOST_TEST(summarizeVat({}, Currency::NOK).empty());
}

BOOST_AUTO_TEST_CASE(summary_of_a_return_is_the_negative_of_the_sale) {
    const auto sale = summarizeVat({{nok(1035), 1500}, {nok(999), 2500}}, Currency::NOK);
    const auto ret = summarizeVat({{nok(-1035), 1500}, {nok(-999), 2500}}, Currency::NOK);
    BOOST_TEST_REQUIRE(sale.size() == ret.size());
    for (size_t i = 0; i < sale.size(); ++i) {
        BOOST_TEST(ret[i].vat == -sale[i].vat);
        BOOST_TEST(ret[i].net == -sale[i].net);
    }
}

struct CashCase {
    Currency currency;
    qint64 amount;
    qint64 rounded;
};
std::ostream& operator<<(std::ostream& os, const CashCase& c) {
    return os << currencyCode(c.currency).toStdString() << " " << c.amount;
}

const CashCase kCash[] = {
    // Norway: whole kroner, 50 øre up.
    {Currency::NOK, 1200, 1200}, {Currency::NOK, 1201, 1200}, {Currency::NOK, 1249, 1200},
    {Currency::NOK, 1250, 1300}, {Currency::NOK, 1299, 1300}, {Currency::NOK, 49, 0},
    {Currency::NOK, 50, 100},    {Currency::NOK, 0, 0},       {Currency::NOK, -1249, -1200},
    {Currency::NOK, -1250, -1300}, {Currency::NOK, -50, -100}, {Currency::NOK, -49, 0},
    // Denmark: 0–24 down, 25–74 to 50, 75–99 up.
    {Currency::DKK, 1200, 1200}, {Currency::DKK, 1224, 1200}, {Currency::DKK, 1225, 1250},
    {Currency::DKK, 1250, 1250}, {Currency::DKK, 1274, 1250}, {Currency::DKK, 1275, 1300},
    {Currency::DKK, 1299, 1300}, {Currency::DKK, 24, 0},      {Currency::DKK, 25, 50},
    {Currency::DKK, -1224, -1200}, {Currency::DKK, -1225, -1250}, {Currency::DKK, -1274, -1250},
    {Currency::DKK, -1275, -1300}, {Currency::DKK, -25, -50},
};

BOOST_DATA_TEST_CASE(cash_rounding, boost::unit_test::data::make(kCash), c) {
    const Money a(c.amount, c.currency);
    BOOST_TEST(roundCash(a) == Money(c.rounded, c.currency));
    BOOST_TEST(cashRoundingDifference(a) == Money(c.rounded - c.amount, c.currency));
}

BOOST_AUTO_TEST_CASE(dkk_rounding_keeps_currency) {
    BOOST_TEST((roundCash(dkk(1237)).currency() == Currency::DKK));
}

BOOST_AUTO_TEST_SUITE_END()
