// The text a Norwegian cash register signs (core/compliance/SignatureText.h), byte for byte,
// against cases worked out by hand: the first of a chain, a later one, a return, the café's time
// zone across midnight and summer time, amounts under one krone.
#include "core/compliance/SignatureText.h"

#include <boost/test/unit_test.hpp>

using namespace ak::compliance;

namespace {
const QTimeZone kOslo(QByteArrayLiteral("Europe/Oslo"));
QDateTime utc(const char* iso) { return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs); }
}  // namespace

BOOST_AUTO_TEST_SUITE(signature_text)

BOOST_AUTO_TEST_CASE(the_official_example_s_first_transaction) {
    // ExampleFile_SAF-T_Cash_Register_999999999_20210330104000.xml, receipt 1000 (UTC+1 in January).
    const ChainLink link{QString(), utc("2020-01-01T08:00:00.000Z"), kOslo, 1000, 8640, 7512};
    BOOST_TEST(signedText(link) == QByteArrayLiteral("0;2020-01-01;09:00:00;1000;86.40;75.12"));
}

BOOST_AUTO_TEST_CASE(a_later_link_carries_the_previous_signature) {
    const ChainLink link{QStringLiteral("IMVOfRnF0zS4+/=="), utc("2020-01-01T08:15:00.000Z"), kOslo, 1001, 29540, 23632};
    BOOST_TEST(signedText(link) == QByteArrayLiteral("IMVOfRnF0zS4+/==;2020-01-01;09:15:00;1001;295.40;236.32"));
}

BOOST_AUTO_TEST_CASE(a_return_is_negative_and_small_amounts_keep_two_decimals) {
    const ChainLink link{QStringLiteral("abc="), utc("2026-12-07T13:05:09.999Z"), kOslo, 7, -1250, -1000};
    BOOST_TEST(signedText(link) == QByteArrayLiteral("abc=;2026-12-07;14:05:09;7;-12.50;-10.00"));
    BOOST_TEST(amountText(5) == QStringLiteral("0.05"));
    BOOST_TEST(amountText(-5) == QStringLiteral("-0.05"));
    BOOST_TEST(amountText(0) == QStringLiteral("0.00"));
    BOOST_TEST(amountText(123456789) == QStringLiteral("1234567.89"));
}

BOOST_AUTO_TEST_CASE(local_date_and_time_in_the_caf_s_zone) {
    // 23:30 UTC on 30 June is 01:30 the next day in Oslo (summer time, UTC+2).
    const ChainLink link{QString(), utc("2026-06-30T23:30:00.000Z"), kOslo, 12, 4000, 3200};
    BOOST_TEST(signedText(link) == QByteArrayLiteral("0;2026-07-01;01:30:00;12;40.00;32.00"));
}

BOOST_AUTO_TEST_CASE(the_same_text_from_a_saft_file_s_fields) {
    // As `aktivkafe saft verify` rebuilds it from an export: the file's own text, "0" first.
    const SignedFields first{QString(), QStringLiteral("2020-01-01"), QStringLiteral("09:00:00"), QStringLiteral("1000"),
                             QStringLiteral("86.40"), QStringLiteral("75.12")};
    BOOST_TEST(signedText(first) == QByteArrayLiteral("0;2020-01-01;09:00:00;1000;86.40;75.12"));
    const ChainLink ret{QStringLiteral("abc="), utc("2026-12-07T13:05:09.999Z"), kOslo, 7, -1250, -1000};
    const SignedFields written{QStringLiteral("abc="), QStringLiteral("2026-12-07"), QStringLiteral("14:05:09"),
                               QStringLiteral("7"), QStringLiteral("-12.50"), QStringLiteral("-10.00")};
    BOOST_TEST(signedText(written) == signedText(ret));
}

BOOST_AUTO_TEST_SUITE_END()
