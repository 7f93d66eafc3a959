// Activity figures for a period of local days: held, sign-ups, attended, no-shows, waitlist use and
// promotions per title and in total, exact; and shown with counts under 5 suppressed for export.

#include "core/activity/ActivityStats.h"
#include "tests/core/SignupTestFixture.h"

#include <boost/test/unit_test.hpp>

using namespace ak;
using namespace ak::test;

namespace {

// March 2025, seen on the 20th:
// - Matklubb on the 11th (2 places, waitlist): Anna and Bjørn get places, Cecilie and Dag wait;
//   Anna cancels and Cecilie is promoted; Bjørn and Cecilie come.
// - Matklubb on the 18th (8 places): five sign up, three come.
// - Tur on the 13th: one sign-up, then cancelled.
// - Kino on the 25th: not held yet. Brettspill on 1 April: outside the period.
struct March : SignupCafe {
    March() {
        const Activity first = make("Matklubb", 11, 2, true);
        const Signup anna = joined(first, "Anna");
        const Signup bjorn = joined(first, "Bjørn");
        const Signup cecilie = joined(first, "Cecilie");
        joined(first, "Dag");
        BOOST_TEST_REQUIRE((signups.cancel(first.id, anna.cancelCode, journal)->promotedId == std::optional<qint64>(cecilie.id)));
        const Activity second = make("Matklubb", 18, 8);
        std::vector<Signup> five;
        for (const char* n : {"E", "F", "G", "H", "I"}) five.push_back(joined(second, n));
        const Activity walk = make("Tur", 13, 5);
        joined(walk, "J");
        BOOST_TEST_REQUIRE(activities.cancel(walk.id, ola, journal).ok());
        joined(make("Kino", 25, 20), "K");
        Activity april = make("Brettspill", 28, std::nullopt);
        april.startsAt = osloTime(2025, 4, 1, 12);
        april.endsAt = osloTime(2025, 4, 1, 14);
        BOOST_TEST_REQUIRE(activities.edit(april, ola, journal).ok());
        joined(april, "L");

        clock.set(osloTime(2025, 3, 20, 12));
        for (const Signup& s : {bjorn, cecilie, five[0], five[1], five[2]})
            BOOST_TEST_REQUIRE(signups.markAttended(s.id, true, ola, journal).ok());
    }
    ActivityStatsReport figures(QDate from = QDate(2025, 3, 1), QDate to = QDate(2025, 3, 31)) {
        auto r = ActivityStats::figures(*db, from, to, cafeZone(), clock);
        BOOST_TEST_REQUIRE(r.ok(), why(r));
        return r.value();
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(activity_stats)

BOOST_AUTO_TEST_CASE(figures_per_title_and_in_total) {
    March m;
    const ActivityStatsReport r = m.figures();
    BOOST_TEST_REQUIRE(r.rows.size() == 3u);  // Kino, Matklubb, Tur
    const ActivityFigures& kino = r.rows[0];
    const ActivityFigures& mat = r.rows[1];
    const ActivityFigures& tur = r.rows[2];
    BOOST_TEST(kino.title == QStringLiteral("Kino"));
    BOOST_TEST(kino.held == 0);
    BOOST_TEST(kino.signups == 0);  // not held yet: its sign-ups are not counted
    BOOST_TEST(mat.title == QStringLiteral("Matklubb"));
    BOOST_TEST(mat.held == 2);
    BOOST_TEST(mat.cancelled == 0);
    BOOST_TEST(mat.signups == 9);
    BOOST_TEST(mat.cancelledSignups == 1);
    BOOST_TEST(mat.attended == 5);
    BOOST_TEST(mat.noShows == 2);
    BOOST_TEST(mat.waitlisted == 2);
    BOOST_TEST(mat.promoted == 1);
    BOOST_TEST(tur.held == 0);
    BOOST_TEST(tur.cancelled == 1);
    BOOST_TEST(tur.signups == 0);
    BOOST_TEST(r.total.held == 2);
    BOOST_TEST(r.total.cancelled == 1);
    BOOST_TEST(r.total.signups == 9);
    BOOST_TEST(r.total.attended == 5);

    // The period is local days: the 18th alone.
    const ActivityStatsReport day = m.figures(QDate(2025, 3, 18), QDate(2025, 3, 18));
    BOOST_TEST_REQUIRE(day.rows.size() == 1u);
    BOOST_TEST(day.rows[0].signups == 5);
    BOOST_TEST((day.rows[0].noShows == 2));
    BOOST_TEST(m.figures(QDate(2025, 4, 1), QDate(2025, 4, 30)).total.held == 0);  // 1 April is still ahead
    BOOST_TEST((ActivityStats::figures(*m.db, QDate(2025, 3, 2), QDate(2025, 3, 1), cafeZone(), m.clock).error().code ==
                ErrorCode::InvalidInput));
}

BOOST_AUTO_TEST_CASE(erasure_keeps_the_figures) {
    March m;
    m.clock.set(osloTime(2025, 4, 30, 12));  // every March activity is over and past its 14 days
    const ActivityStatsReport before = m.figures();
    BOOST_TEST(m.signups.eraseNicknames().value() > 0);
    const ActivityStatsReport after = m.figures();
    BOOST_TEST(after.total.signups == before.total.signups);
    BOOST_TEST(after.total.attended == before.total.attended);
    BOOST_TEST(after.total.promoted == before.total.promoted);
    BOOST_TEST(after.total.held == before.total.held);
    BOOST_TEST(after.total.held == 3);  // Kino on the 25th was held by now
}

BOOST_AUTO_TEST_CASE(exported_counts_under_five_are_suppressed) {
    BOOST_TEST(ActivityStats::exportCount(0) == QStringLiteral("0"));
    BOOST_TEST(ActivityStats::exportCount(1) == QStringLiteral("<5"));
    BOOST_TEST(ActivityStats::exportCount(4) == QStringLiteral("<5"));
    BOOST_TEST(ActivityStats::exportCount(5) == QStringLiteral("5"));
    BOOST_TEST(ActivityStats::exportCount(9) == QStringLiteral("9"));
}

BOOST_AUTO_TEST_SUITE_END()
