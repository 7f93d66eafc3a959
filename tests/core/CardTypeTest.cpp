// Coffee-card types (kept by a manager) and the monthly give-away budget with its 80 % warning.
#include <boost/test/unit_test.hpp>

#include "tests/core/CardTestFixture.h"

using namespace ak;

BOOST_AUTO_TEST_SUITE(card_types)

BOOST_AUTO_TEST_CASE(a_manager_keeps_the_types_and_each_kind_is_checked) {
    test::CardCafe cafe;
    const CardType free5 = cafe.addType(CardKind::Free, "Mentor 5", 5, 30, "Mentor");
    const CardType punch = cafe.addType(CardKind::Punch, "Klippekort 10", 10);
    const CardType day = cafe.addType(CardKind::DayPass, "Dagskort", std::nullopt);
    BOOST_TEST(free5.programme == QStringLiteral("Mentor"));
    BOOST_TEST(day.unlimited());
    BOOST_TEST(cafe.entriesOfKind(QStringLiteral("card_type_added")).size() == 3u);

    auto listed = cafe.types.list();
    BOOST_TEST_REQUIRE(listed.ok());
    BOOST_TEST(listed->size() == 3u);
    BOOST_TEST((cafe.types.find(punch.id)->cups == std::optional<int>(10)));

    CardType t;
    t.kind = CardKind::Punch;
    t.name = QStringLiteral("By a volunteer");
    t.cups = 10;
    BOOST_TEST(int(cafe.types.add(t, cafe.ola, cafe.journal).error().code) == int(ErrorCode::Permission));

    auto invalid = [&](CardKind kind, std::optional<int> cups, std::optional<int> days, const char* programme) {
        CardType bad;
        bad.kind = kind;
        bad.name = QStringLiteral("X");
        bad.cups = cups;
        bad.validityDays = days;
        bad.programme = QString::fromLatin1(programme);
        auto r = cafe.types.add(bad, cafe.kari, cafe.journal);
        return !r.ok() && r.error().code == ErrorCode::InvalidInput && !r.error().message.isEmpty();
    };
    BOOST_TEST(invalid(CardKind::Free, 5, 30, ""));          // a free card needs a programme
    BOOST_TEST(invalid(CardKind::Free, 5, std::nullopt, "M"));  // ... and a validity
    BOOST_TEST(invalid(CardKind::Free, 0, 30, "M"));
    BOOST_TEST(invalid(CardKind::Punch, std::nullopt, std::nullopt, ""));  // a punch card has cups
    BOOST_TEST(invalid(CardKind::DayPass, 3, std::nullopt, ""));           // a day pass is unlimited
    BOOST_TEST(invalid(CardKind::Punch, 10, 30, ""));                      // only free cards expire by days

    BOOST_TEST(cafe.types.setActive(punch.id, false, cafe.kari, cafe.journal).ok());
    auto refused = cafe.cards.issue(punch.id, {}, cafe.ola, cafe.journal);
    BOOST_TEST(int(refused.error().code) == int(ErrorCode::InvalidInput));
    BOOST_TEST(int(cafe.types.setActive(punch.id, true, cafe.ola, cafe.journal).error().code) ==
               int(ErrorCode::Permission));
    BOOST_TEST(cafe.journalVerifies());
}

BOOST_AUTO_TEST_CASE(the_budget_counts_cups_given_away_per_programme_and_month) {
    test::CardCafe cafe;
    cafe.clock.set(QDateTime(QDate(2025, 3, 31), QTime(12, 0), Qt::UTC));
    const CardType mentor = cafe.addType(CardKind::Free, "Mentor", std::nullopt, 60, "Mentor");
    const CardType other = cafe.addType(CardKind::Free, "Other", std::nullopt, 60, "Other");
    const CardType punch = cafe.addType(CardKind::Punch, "Klippekort", 50);
    BOOST_TEST(int(cafe.types.setBudget(QStringLiteral("Mentor"), 10, cafe.ola, cafe.journal).error().code) ==
               int(ErrorCode::Permission));
    BOOST_TEST(!cafe.types.setBudget(QStringLiteral("Mentor"), 0, cafe.kari, cafe.journal).ok());
    BOOST_TEST_REQUIRE(cafe.types.setBudget(QStringLiteral("Mentor"), 10, cafe.kari, cafe.journal).ok());

    const IssuedCard a = cafe.issue(mentor);
    const IssuedCard b = cafe.issue(mentor);
    const IssuedCard c = cafe.issue(other);
    const IssuedCard d = cafe.issue(punch);
    auto use = [&] {
        auto u = cafe.types.budgetUseNow(QStringLiteral("Mentor"));
        BOOST_TEST_REQUIRE(u.ok());
        return u.value();
    };
    BOOST_TEST(use().budget == 10);
    BOOST_TEST(use().used == 0);
    for (int i = 0; i < 7; ++i) {
        BOOST_TEST(cafe.redeemAt(i % 2 ? a : b, test::CardCafe::kiosk()).ok());
        BOOST_TEST(cafe.redeemAt(c, test::CardCafe::kiosk()).ok());  // another programme
        BOOST_TEST(cafe.redeemAt(d, test::CardCafe::kiosk()).ok());  // not a free card
        cafe.clock.advanceSeconds(60);
    }
    BOOST_TEST(use().used == 7);
    BOOST_TEST(!use().warning);  // 70 %
    BOOST_TEST(cafe.redeemAt(a, RedeemPlace::till(cafe.ola)).ok());
    BOOST_TEST(use().used == 8);
    BOOST_TEST(use().warning);   // 80 %
    BOOST_TEST(!use().over);
    cafe.clock.advanceSeconds(60);
    BOOST_TEST(cafe.redeemAt(a, test::CardCafe::kiosk()).ok());
    cafe.clock.advanceSeconds(60);
    BOOST_TEST(cafe.redeemAt(b, test::CardCafe::kiosk()).ok());
    BOOST_TEST(use().used == 10);
    BOOST_TEST(use().over);
    cafe.clock.advanceSeconds(60);
    BOOST_TEST(cafe.redeemAt(a, test::CardCafe::kiosk()).ok());  // the budget never refuses a visitor

    // The month is the local one: 23:30 UTC on 31 March is already 1 April in Oslo.
    cafe.clock.set(QDateTime(QDate(2025, 3, 31), QTime(22, 30), Qt::UTC));
    BOOST_TEST(cafe.redeemAt(a, test::CardCafe::kiosk()).ok());
    BOOST_TEST(use().used == 1);
    auto march = cafe.types.budgetUse(QStringLiteral("Mentor"), QDate(2025, 3, 15));
    BOOST_TEST(march->used == 11);
    auto none = cafe.types.budgetUse(QStringLiteral("Other"), QDate(2025, 3, 15));
    BOOST_TEST(none->budget == 0);
    BOOST_TEST(none->used == 7);
    BOOST_TEST(!none->warning);
    BOOST_TEST(cafe.journalVerifies());
}

BOOST_AUTO_TEST_SUITE_END()
