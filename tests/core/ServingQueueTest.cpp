// The counter's list of what the kiosk handed over: numbers, waiting, served once, journaled.
#include <boost/test/unit_test.hpp>

#include "core/serving/ServingQueue.h"
#include "tests/core/Printers.h"
#include "tests/core/StaffTestFixture.h"

using namespace ak;

BOOST_AUTO_TEST_SUITE(serving_queue)

BOOST_AUTO_TEST_CASE(items_wait_until_served_once) {
    test::StaffCafe cafe;
    const StaffMember ola = cafe.add("Ola", StaffRole::Volunteer, "2580");
    ServingQueue queue(*cafe.db, cafe.clock);
    auto first = queue.add(QStringLiteral("inngang"), QStringLiteral("coffee_card"), QStringLiteral("Kaffe (kaffekort)"),
                           cafe.journal);
    BOOST_TEST_REQUIRE(first.ok());
    BOOST_TEST(first->servingNumber == 1);
    auto second = queue.add(QStringLiteral("inngang"), QStringLiteral("coffee_card"), QStringLiteral("Kaffe"), cafe.journal);
    BOOST_TEST_REQUIRE(second.ok());
    BOOST_TEST(second->servingNumber == 2);

    auto waiting = queue.waiting();
    BOOST_TEST_REQUIRE(waiting.ok());
    BOOST_TEST(waiting->size() == 2u);
    BOOST_TEST(waiting->front().description == QStringLiteral("Kaffe (kaffekort)"));

    BOOST_TEST(queue.markServed(first->id, ola, cafe.journal).ok());
    waiting = queue.waiting();
    BOOST_TEST(waiting->size() == 1u);
    BOOST_TEST(waiting->front().id == second->id);

    const auto again = queue.markServed(first->id, ola, cafe.journal);  // another till was quicker
    BOOST_TEST(!again.ok());
    BOOST_TEST(int(again.error().code) == int(ErrorCode::Conflict));
    BOOST_TEST(int(queue.markServed(999, ola, cafe.journal).error().code) == int(ErrorCode::NotFound));

    BOOST_TEST(cafe.entriesOfKind(QStringLiteral("serving_added")).size() == 2u);
    BOOST_TEST(cafe.entriesOfKind(QStringLiteral("served")).size() == 1u);
    auto check = cafe.journal.verify();
    BOOST_TEST_REQUIRE(check.ok());
    BOOST_TEST(check->ok());
}

BOOST_AUTO_TEST_CASE(serving_numbers_run_1_to_99_and_start_again) {
    test::StaffCafe cafe;
    ServingQueue queue(*cafe.db, cafe.clock);
    int last = 0;
    for (int i = 0; i < 100; ++i) {
        auto item = queue.add(QStringLiteral("k"), QStringLiteral("coffee_card"), QStringLiteral("Kaffe"), cafe.journal);
        BOOST_TEST_REQUIRE(item.ok());
        last = item->servingNumber;
    }
    BOOST_TEST(last == 1);  // the 100th gets number 1 again
}

BOOST_AUTO_TEST_CASE(an_item_without_description_is_refused) {
    test::StaffCafe cafe;
    ServingQueue queue(*cafe.db, cafe.clock);
    BOOST_TEST(!queue.add(QStringLiteral("k"), QStringLiteral("coffee_card"), QStringLiteral("  "), cafe.journal).ok());
    BOOST_TEST(queue.waiting()->empty());
}

BOOST_AUTO_TEST_SUITE_END()
