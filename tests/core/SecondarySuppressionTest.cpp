// Secondary suppression on its own: which count goes ":" next to a "<5", zeros and small totals,
// sums that pin "<5" counts without a lone one, chains through a withheld total, an unpublished rest;
// every result read back by the independent reader of DisclosureCheck.h.

#include "core/reports/SecondarySuppression.h"
#include "tests/core/DisclosureCheck.h"
#include "tests/support/TestSupport.h"

#include <boost/test/unit_test.hpp>

using namespace ak;
using namespace ak::test;

namespace {

std::vector<QString> texts(const std::vector<int>& counts, const std::vector<Shown>& shown) {
    std::vector<QString> t;
    for (std::size_t i = 0; i < counts.size(); ++i) t.push_back(shownText(counts[i], shown[i]));
    return t;
}

std::vector<Sum> sums(const std::vector<SumGroup>& groups) {
    std::vector<Sum> s;
    for (const SumGroup& g : groups) s.push_back({g.total, g.parts, g.openRemainder});
    return s;
}

// Suppresses and checks with the independent reader that no "<5" can be worked back.
std::vector<QString> suppressed(const std::vector<int>& counts, const std::vector<SumGroup>& groups) {
    const std::vector<QString> t = texts(counts, suppressCounts(counts, groups));
    for (const std::string& d : disclosures(t, sums(groups))) BOOST_ERROR(d);
    for (std::size_t i = 0; i < counts.size(); ++i)
        if (counts[i] >= 1 && counts[i] <= 4) BOOST_TEST(t[i] == QStringLiteral("<5"), "count " << i);
    return t;
}

const QString kSmall = QStringLiteral("<5");
const QString kWithheld = QStringLiteral(":");

}  // namespace

BOOST_AUTO_TEST_SUITE(secondary_suppression)

BOOST_AUTO_TEST_CASE(a_lone_small_count_takes_the_smallest_other_non_zero_count_with_it) {
    // A week of 15: days 6, 2, 7, 0, 0. The 2 alone would be 15 - 6 - 7.
    const std::vector<QString> t = suppressed({15, 6, 2, 7, 0, 0}, {{0, {1, 2, 3, 4, 5}}});
    BOOST_TEST(t == (std::vector<QString>{QStringLiteral("15"), kWithheld, kSmall, QStringLiteral("7"),
                                          QStringLiteral("0"), QStringLiteral("0")}));
    // Without the second suppression the reader finds it.
    BOOST_TEST(disclosures({QStringLiteral("15"), QStringLiteral("6"), kSmall, QStringLiteral("7"),
                            QStringLiteral("0"), QStringLiteral("0")},
                           {{0, {1, 2, 3, 4, 5}}})
                   .size() == 1u);
}

BOOST_AUTO_TEST_CASE(zeros_and_small_totals_are_left_alone) {
    BOOST_TEST(suppressed({0, 0, 0}, {{0, {1, 2}}}) ==
               (std::vector<QString>{QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0")}));
    // A "<5" total with one "<5" part: nothing is exact, nothing more to hide.
    BOOST_TEST(suppressed({3, 0, 3, 0}, {{0, {1, 2, 3}}}) ==
               (std::vector<QString>{kSmall, QStringLiteral("0"), kSmall, QStringLiteral("0")}));
    // Nothing small: nothing hidden.
    BOOST_TEST(suppressed({17, 9, 8}, {{0, {1, 2}}}) ==
               (std::vector<QString>{QStringLiteral("17"), QStringLiteral("9"), QStringLiteral("8")}));
}

BOOST_AUTO_TEST_CASE(two_small_counts_that_can_only_be_one_each_are_protected) {
    // 12 = 10 + <5 + <5: the two make 2, so both are 1 although neither is alone.
    const std::vector<QString> t = suppressed({12, 10, 1, 1}, {{0, {1, 2, 3}}});
    BOOST_TEST(t[1] == kWithheld);
    // Two small counts making 3 leave 1+2 or 2+1: nothing more is hidden.
    BOOST_TEST(suppressed({13, 10, 1, 2}, {{0, {1, 2, 3}}})[1] == QStringLiteral("10"));
}

BOOST_AUTO_TEST_CASE(a_small_count_next_to_a_withheld_five_needs_more) {
    // 6 = <5 + : where ":" is at least 5: the small one is 1. Nothing else in the group: the total goes.
    const std::vector<QString> t = suppressed({6, 5, 1}, {{0, {1, 2}}});
    BOOST_TEST(t == (std::vector<QString>{kWithheld, kWithheld, kSmall}));
}

BOOST_AUTO_TEST_CASE(a_withheld_total_given_back_by_its_neighbours_is_protected_too) {
    // All 30 = weeks 15 + 6 + 9; week 10 = days 6, 2, 7; week 11 = days 5, 1; week 12 = day 9.
    // Hiding week 11's total is not enough: 30 - 15 - 9 gives it back, and with it the 1.
    enum { All, W10, W11, W12, D3, D4, D5, D10, D11, D17 };
    const std::vector<int> counts{30, 15, 6, 9, 6, 2, 7, 5, 1, 9};
    const std::vector<SumGroup> groups{{All, {W10, W11, W12}},     {All, {D3, D4, D5, D10, D11, D17}},
                                       {W10, {D3, D4, D5}},        {W11, {D10, D11}},
                                       {W12, {D17}}};
    const std::vector<QString> t = suppressed(counts, groups);
    BOOST_TEST(t[All] == QStringLiteral("30"));  // the headline figure survives
    BOOST_TEST(t[D11] == kSmall);
    BOOST_TEST(t[D10] == kWithheld);
    BOOST_TEST(t[W11] == kWithheld);  // 6 = ":" + "<5" would make them 5 and 1
    BOOST_TEST(t[W12] == kWithheld);  // so that weeks 11 and 12 are not 30 - 15 - the other
    BOOST_TEST(t[D17] == kWithheld);  // so that week 12 is not its only day
}

BOOST_AUTO_TEST_CASE(an_unpublished_rest_still_gives_a_small_count_away_when_there_is_no_room) {
    // Sign-ups 12 = withdrawn 1 + attended 6 + no-shows 5 + still waiting (not published, 0 or more):
    // 12 - 6 - 5 leaves 1 for withdrawn + waiting, and withdrawn is at least 1.
    enum { Signups, Withdrawn, Attended, NoShows };
    const std::vector<int> counts{12, 1, 6, 5};
    const std::vector<SumGroup> groups{{Signups, {Withdrawn, Attended, NoShows}, true}};
    BOOST_TEST(pinsHiddenCount(counts, {Shown::Count, Shown::Small, Shown::Count, Shown::Count}, groups[0]));
    const std::vector<QString> t = suppressed(counts, groups);
    BOOST_TEST(t[Withdrawn] == kSmall);
    BOOST_TEST(t[Signups] == QStringLiteral("12"));
    // With room in the rest, one small count is no give-away.
    BOOST_TEST(suppressed({20, 1, 6, 5}, groups)[NoShows] == QStringLiteral("5"));
}

BOOST_AUTO_TEST_CASE(what_a_group_gives_back) {
    const SumGroup group{0, {1, 2}};
    using enum Shown;
    BOOST_TEST(pinsHiddenCount({10, 3, 7}, {Count, Small, Count}, group));       // 10 - 7
    BOOST_TEST(!pinsHiddenCount({20, 3, 17}, {Count, Small, Withheld}, group));  // 1+19 … 4+16
    BOOST_TEST(pinsHiddenCount({6, 1, 5}, {Count, Small, Withheld}, group));     // ":" ≥ 5 leaves 1
    BOOST_TEST(!pinsHiddenCount({9, 4, 5}, {Count, Small, Withheld}, group));    // 1 … 4 all fit
    BOOST_TEST(pinsHiddenCount({16, 9, 7}, {Withheld, Count, Count}, group));    // a total of shown parts
    BOOST_TEST(!pinsHiddenCount({16, 9, 7}, {Withheld, Withheld, Count}, group));
    BOOST_TEST(!pinsHiddenCount({4, 4, 0}, {Small, Small, Count}, group));  // "<5" = "<5" + 0: 1 … 4
    BOOST_TEST(pinsHiddenCount({4, 1, 1, 1, 1}, {Small, Small, Small, Small, Small}, SumGroup{0, {1, 2, 3, 4}}));
    BOOST_TEST(!pinsHiddenCount({9, 3, 6}, {Count, Small, Count}, SumGroup{0, {1, 2}, true}));  // rest ≥ 0
    BOOST_TEST(shownText(0, Count) == QStringLiteral("0"));
    BOOST_TEST(shownText(3, Small) == kSmall);
    BOOST_TEST(shownText(40, Withheld) == kWithheld);
}

BOOST_AUTO_TEST_CASE(four_ones_under_a_small_total_withhold_nothing_around_them) {
    // A week of 4 = 1+1+1+1 (so the days are 1 each), in a period of 30 with a day of 24 and one of 2.
    // Hiding the 24 could not help the week, so it stays; the period itself gives nothing away.
    enum { All, Week, D1, D2, D3, D4, D5, D6 };
    const std::vector<int> counts{30, 4, 1, 1, 1, 1, 24, 2};
    const std::vector<SumGroup> groups{{All, {D1, D2, D3, D4, D5, D6}}, {Week, {D1, D2, D3, D4}}};
    const std::vector<Shown> shown = suppressCounts(counts, groups);
    BOOST_TEST(shownText(counts[D5], shown[D5]) == QStringLiteral("24"));
    BOOST_TEST(shownText(counts[Week], shown[Week]) == kSmall);
    BOOST_TEST(shownText(counts[All], shown[All]) == QStringLiteral("30"));
}

BOOST_AUTO_TEST_SUITE_END()
