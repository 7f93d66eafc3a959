#include "core/money/Money.h"
#include "core/money/MoneyFormat.h"
#include "tests/core/Printers.h"
#include "tests/support/TestSupport.h"

#include <QLocale>

#include <limits>
#include <stdexcept>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

using namespace ak;

namespace {
Money nok(qint64 minor) { return Money(minor, Currency::NOK); }
Money dkk(qint64 minor) { return Money(minor, Currency::DKK); }
QString nbsp() { return QString(QChar::Nbsp); }
}  // namespace

BOOST_AUTO_TEST_SUITE(money)

BOOST_AUTO_TEST_CASE(arithmetic_is_exact_in_ore) {
    BOOST_TEST(nok(1250) + nok(375) == nok(1625));
    BOOST_TEST(nok(1250) - nok(1375) == nok(-125));
    BOOST_TEST(-nok(500) == nok(-500));
    BOOST_TEST(nok(500) * 3 == nok(1500));
    BOOST_TEST(3 * nok(500) == nok(1500));
    BOOST_TEST(nok(500) * -2 == nok(-1000));
    BOOST_TEST(Money::kroner(12, Currency::DKK) == dkk(1200));
    Money m = nok(100);
    m += nok(50);
    m -= nok(20);
    BOOST_TEST(m == nok(130));
}

BOOST_AUTO_TEST_CASE(comparisons) {
    BOOST_TEST((nok(100) < nok(101)));
    BOOST_TEST((nok(-1) < nok(0)));
    BOOST_TEST((nok(200) >= nok(200)));
    BOOST_TEST(!(nok(100) == dkk(100)));  // equality is never true across currencies
    BOOST_TEST(nok(100) != dkk(100));
}

struct ParseCase {
    const char* text;
    qint64 minor;
};
std::ostream& operator<<(std::ostream& os, const ParseCase& c) { return os << c.text; }

const ParseCase kGoodInputs[] = {
    {"12,50", 1250}, {"12.5", 1250}, {"12", 1200},     {" 7,05 ", 705}, {"0,01", 1},
    {"0", 0},        {"-3,5", -350}, {"1000000", 100'000'000},         {"999999,99", 99'999'999},
};

BOOST_DATA_TEST_CASE(parse_accepts_what_people_type, boost::unit_test::data::make(kGoodInputs), c) {
    const auto r = Money::parse(QString::fromUtf8(c.text), Currency::NOK);
    BOOST_TEST_REQUIRE(r.ok(), (r.ok() ? QString() : r.error().message));
    BOOST_TEST(r.value().minor() == c.minor);
    BOOST_TEST((r.value().currency() == Currency::NOK));
}

const char* const kBadInputs[] = {
    "",        "   ",    "12,505",  "12.001", "abc",    "12kr",    "12,",    ",50",   "1 000",
    "1.000,00", "--5",   "+5",      "1000000,01", "99999999999999999999", "12,5x", "٣",   "1e3", "NaN",
};

BOOST_DATA_TEST_CASE(parse_refuses_garbage_and_absurd_amounts, boost::unit_test::data::make(kBadInputs), text) {
    const auto r = Money::parse(QString::fromUtf8(text), Currency::NOK);
    BOOST_TEST(!r.ok());
    if (!r.ok()) {
        BOOST_TEST((r.error().code == ErrorCode::InvalidInput));
        BOOST_TEST(!r.error().message.isEmpty());
    }
}

BOOST_AUTO_TEST_CASE(parse_says_why_for_three_decimals) {
    const auto r = Money::parse(QStringLiteral("1,234"), Currency::DKK);
    BOOST_TEST_REQUIRE(!r.ok());
    BOOST_TEST(r.error().message.contains(QStringLiteral("two decimals")));
}

struct FormatCase {
    QLocale::Language language;
    QLocale::Territory territory;
    Currency currency;
    qint64 minor;
    const char* expected;  // "_" stands for a no-break space, "~" for the locale's minus sign
};
std::ostream& operator<<(std::ostream& os, const FormatCase& c) { return os << c.expected; }

const FormatCase kFormats[] = {
    {QLocale::NorwegianBokmal, QLocale::Norway, Currency::NOK, 1250, "kr_12,50"},
    {QLocale::NorwegianBokmal, QLocale::Norway, Currency::NOK, 500, "kr_5,00"},
    {QLocale::NorwegianBokmal, QLocale::Norway, Currency::NOK, 123456, "kr_1_234,56"},
    {QLocale::NorwegianBokmal, QLocale::Norway, Currency::NOK, -1250, "~kr_12,50"},
    {QLocale::NorwegianBokmal, QLocale::Norway, Currency::DKK, 5, "DKK_0,05"},
    {QLocale::Danish, QLocale::Denmark, Currency::DKK, 1250, "12,50_kr."},
    {QLocale::Danish, QLocale::Denmark, Currency::DKK, 123456, "1.234,56_kr."},
    {QLocale::Danish, QLocale::Denmark, Currency::DKK, -50, "~0,50_kr."},
    {QLocale::Danish, QLocale::Denmark, Currency::NOK, 1000, "10,00_NOK"},
    {QLocale::English, QLocale::UnitedKingdom, Currency::NOK, 1250, "NOK_12.50"},
    {QLocale::English, QLocale::UnitedKingdom, Currency::DKK, 123456, "DKK_1,234.56"},
    {QLocale::English, QLocale::UnitedKingdom, Currency::NOK, -7, "~NOK_0.07"},
};

BOOST_DATA_TEST_CASE(formats_per_language, boost::unit_test::data::make(kFormats), c) {
    const QLocale locale(c.language, c.territory);
    QString expected = QString::fromUtf8(c.expected);
    expected.replace(u'_', QChar::Nbsp);
    expected.replace(u'~', locale.negativeSign());
    BOOST_TEST(formatMoney(Money(c.minor, c.currency), locale) == expected);
}

BOOST_AUTO_TEST_CASE(format_amount_without_currency) {
    const QLocale nb(QLocale::NorwegianBokmal, QLocale::Norway);
    BOOST_TEST(formatAmount(nok(123456), nb) == QStringLiteral("1") + nbsp() + QStringLiteral("234,56"));
    BOOST_TEST(formatAmount(nok(-5), nb) == nb.negativeSign() + QStringLiteral("0,05"));
    BOOST_TEST(nok(-1250).toDebugString() == QStringLiteral("-12.50 NOK"));
}

BOOST_AUTO_TEST_CASE(format_survives_the_extremes) {
    const QLocale en(QLocale::English, QLocale::UnitedKingdom);
    const Money min(std::numeric_limits<qint64>::min(), Currency::NOK);
    BOOST_TEST(formatMoney(min, en).endsWith(QStringLiteral("92,233,720,368,547,758.08")));
}

#ifdef QT_NO_DEBUG
// With assertions off (release), mixing currencies must still be refused, never silently summed.
BOOST_AUTO_TEST_CASE(mixing_currencies_is_refused) {
    BOOST_CHECK_THROW((void)(nok(100) + dkk(100)), std::domain_error);
    BOOST_CHECK_THROW((void)(nok(100) < dkk(100)), std::domain_error);
    BOOST_CHECK_THROW((void)(nok(std::numeric_limits<qint64>::max()) + nok(1)), std::domain_error);
}
#endif

BOOST_AUTO_TEST_SUITE_END()
