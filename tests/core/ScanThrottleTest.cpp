// The kiosk's slow-down after more than ten unknown codes a minute (core/cards/ScanThrottle).
#include <boost/test/unit_test.hpp>

#include "core/cards/ScanThrottle.h"
#include "core/util/Clock.h"

#include <QTimeZone>

using ak::ManualClock;
using ak::ScanThrottle;

namespace {
ManualClock noon() { return ManualClock(QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC)); }
}  // namespace

BOOST_AUTO_TEST_SUITE(scan_throttle)

BOOST_AUTO_TEST_CASE(ten_failures_a_minute_are_free_the_eleventh_waits) {
    ManualClock clock = noon();
    ScanThrottle throttle(clock);
    for (int i = 0; i < ScanThrottle::kFreeFailures; ++i) {
        throttle.recordFailure();
        BOOST_TEST(throttle.waitSeconds() == 0);
        clock.advanceSeconds(1);
    }
    throttle.recordFailure();  // the 11th within a minute
    BOOST_TEST(throttle.waitSeconds() == ScanThrottle::kStepSeconds);
    throttle.recordFailure();  // and each further one waits longer
    BOOST_TEST(throttle.waitSeconds() == 2 * ScanThrottle::kStepSeconds);
    clock.advanceSeconds(2);
    BOOST_TEST(throttle.waitSeconds() == 2);
}

BOOST_AUTO_TEST_CASE(the_delay_has_a_ceiling) {
    ManualClock clock = noon();
    ScanThrottle throttle(clock);
    for (int i = 0; i < 200; ++i) throttle.recordFailure();
    BOOST_TEST(throttle.waitSeconds() == ScanThrottle::kMaxDelaySeconds);
}

BOOST_AUTO_TEST_CASE(failures_older_than_a_minute_are_forgotten) {
    ManualClock clock = noon();
    ScanThrottle throttle(clock);
    for (int i = 0; i < 15; ++i) throttle.recordFailure();
    BOOST_TEST(throttle.waitSeconds() > 0);
    clock.advanceSeconds(ScanThrottle::kWindowSeconds);
    BOOST_TEST(throttle.waitSeconds() == 0);
    throttle.recordFailure();  // one new mistake after a quiet minute costs nothing
    BOOST_TEST(throttle.waitSeconds() == 0);
}

BOOST_AUTO_TEST_CASE(mistakes_spread_over_the_day_never_slow_down) {
    ManualClock clock = noon();
    ScanThrottle throttle(clock);
    for (int i = 0; i < 100; ++i) {
        throttle.recordFailure();
        BOOST_TEST(throttle.waitSeconds() == 0);
        clock.advanceSeconds(7);  // fewer than ten a minute
    }
}

BOOST_AUTO_TEST_SUITE_END()
