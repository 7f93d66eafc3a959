// One running till per register id, one kiosk per kiosk id (issue 10, item 7), with a clock the test
// moves: a second claim is refused and names the machine; a holder without heartbeat, or a process
// on this machine that is gone, is taken over; a till that lost its station hears so at its next
// heartbeat. The apps as two real processes: tests/apps/check-station-lease.sh.

#include "core/stations/StationLease.h"
#include "tests/core/CoreFixtures.h"

#include <boost/test/unit_test.hpp>

#include <unistd.h>

using namespace ak;
using namespace ak::test;

namespace {

struct TwoTills {
    TempDir dir;
    std::unique_ptr<Database> db = openOrFail(dir.file(QStringLiteral("cafe.sqlite")));
    ManualClock clock{QDateTime(QDate(2026, 12, 6), QTime(9, 0), Qt::UTC)};
    const QString station = StationLease::tillStation(QStringLiteral("KASSE-1"));
    // A process that surely runs (this one) on another machine, and one on this machine.
    StationLease front{*db, clock, station, {QStringLiteral("kasse-front"), qint64(::getpid())}};
    StationLease back{*db, clock, station, {QStringLiteral("kasse-bak"), 4242}};
};

void requireOk(const Result<void>& r) { BOOST_TEST_REQUIRE(r.ok(), (r.ok() ? QString() : r.error().message)); }

}  // namespace

BOOST_AUTO_TEST_SUITE(station_lease)

BOOST_AUTO_TEST_CASE(a_second_till_with_the_same_register_id_is_refused_and_told_where_the_first_runs) {
    TwoTills t;
    requireOk(t.front.claim());
    t.clock.advanceSeconds(20);
    auto second = t.back.claim();
    BOOST_TEST_REQUIRE(!second.ok());
    BOOST_TEST((second.error().code == ErrorCode::Conflict));
    BOOST_TEST(second.error().message.contains(QStringLiteral("KASSE-1")), second.error().message);
    BOOST_TEST(second.error().message.contains(QStringLiteral("\"kasse-front\"")), second.error().message);
    BOOST_TEST(second.error().message.contains(QStringLiteral("2026-12-06 09:00")), second.error().message);
    // Another register is free, and so is a kiosk of the same name.
    StationLease other(*t.db, t.clock, StationLease::tillStation(QStringLiteral("KASSE-2")), {QStringLiteral("kasse-bak"), 4242});
    requireOk(other.claim());
    StationLease kiosk(*t.db, t.clock, StationLease::kioskStation(QStringLiteral("KASSE-1")), {QStringLiteral("kasse-bak"), 4242});
    requireOk(kiosk.claim());
}

BOOST_AUTO_TEST_CASE(a_beating_holder_keeps_its_station_and_a_silent_one_loses_it) {
    TwoTills t;
    requireOk(t.front.claim());
    for (int i = 0; i < 10; ++i) {  // a day's heartbeats in short
        t.clock.advanceSeconds(StationLease::kHeartbeatSeconds);
        requireOk(t.front.heartbeat());
        BOOST_TEST(!t.back.claim().ok());
    }
    t.clock.advanceSeconds(StationLease::kStaleSeconds + 1);  // the front till's machine froze
    requireOk(t.back.claim());
    auto lost = t.front.heartbeat();
    BOOST_TEST_REQUIRE(!lost.ok());
    BOOST_TEST((lost.error().code == ErrorCode::Conflict));
    BOOST_TEST(lost.error().message.contains(QStringLiteral("taken over")));
    requireOk(t.front.release());  // its release does not free the station it no longer holds
    BOOST_TEST(!t.front.claim().ok());
}

BOOST_AUTO_TEST_CASE(a_holder_on_this_machine_that_is_gone_is_taken_over_at_once) {
    TwoTills t;
    // A till on this machine that was killed: its process id is free (pid_max is far below this).
    StationLease crashed(*t.db, t.clock, t.station, {StationLease::thisProcess().host, 999'999'999});
    requireOk(crashed.claim());
    StationLease restarted(*t.db, t.clock, t.station, StationLease::thisProcess());
    requireOk(restarted.claim());
    // ... but one that still runs on this machine (this very process, under another name) is not.
    StationLease running(*t.db, t.clock, StationLease::kioskStation(QStringLiteral("inngang")), StationLease::thisProcess());
    requireOk(running.claim());
    StationLease twin(*t.db, t.clock, StationLease::kioskStation(QStringLiteral("inngang")),
                      {StationLease::thisProcess().host, qint64(::getppid())});
    BOOST_TEST(!twin.claim().ok());
}

BOOST_AUTO_TEST_CASE(a_released_station_is_free_at_once) {
    TwoTills t;
    requireOk(t.front.claim());
    requireOk(t.front.release());
    requireOk(t.back.claim());
}

BOOST_AUTO_TEST_SUITE_END()
