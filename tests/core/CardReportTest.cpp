// Coffee-card figures: a café in Oslo time with a card type of every kind, cards issued, sold and
// redeemed at the kiosk and the till in February and March 2025 (one redemption at 00:30 on 1 March
// local time, still 28 February in UTC), some blocked, expired or empty by "now" (10 March).

#include "core/cards/CardReport.h"
#include "tests/core/CardTestFixture.h"

#include <boost/test/unit_test.hpp>

using namespace ak;
using namespace ak::test;

namespace {

QDateTime utc(int month, int day, int hour, int minute = 0) {
    return QDateTime(QDate(2025, month, day), QTime(hour, minute), Qt::UTC);
}

struct ReportCafe : CardCafe {
    CardType free = addType(CardKind::Free, "Kaffe i forløpet", 20, 60, "Likeperson");
    CardType mentor = addType(CardKind::Free, "Fri kaffe", std::nullopt, 30, "Mentor");
    CardType punch = addType(CardKind::Punch, "Klippekort 10", 10);
    CardType dayPass = addType(CardKind::DayPass, "Dagskort", std::nullopt);
    CardType unused = addType(CardKind::Punch, "Klippekort 5", 5);

    // IssuedCard has no empty state (a CardCode is always a code): filled in by the constructor.
    std::optional<IssuedCard> a, b, c, e, m, p1, p2, p3, p4, d1, d2;

    // Each redemption a minute after the last, so no two are one double scan.
    void redeem(const IssuedCard& card, const RedeemPlace& place, int times = 1) {
        for (int i = 0; i < times; ++i) {
            clock.advanceSeconds(60);
            BOOST_TEST_REQUIRE(redeemAt(card, place).ok());
        }
    }

    ReportCafe() {
        BOOST_TEST_REQUIRE(types.setBudget(QStringLiteral("Likeperson"), 100, kari, journal).ok());
        const RedeemPlace till = RedeemPlace::till(ola);

        clock.set(utc(2, 20, 10));
        a = issue(free);
        b = issue(free, {.programme = QStringLiteral("Likeperson høst")});
        p1 = issue(punch, {.saleId = 4711});
        p2 = issue(punch);
        d1 = issue(dayPass, {.saleId = 4712});
        redeem(*a, kiosk(), 2);
        redeem(*b, till);
        redeem(*p1, till);
        redeem(*d1, kiosk());

        clock.set(utc(2, 28, 23, 30));  // 00:30 on 1 March in Oslo
        redeem(*a, kiosk());
        redeem(*p1, kiosk());

        clock.set(utc(3, 3, 9));
        c = issue(free);
        e = issue(free, {.validityDays = 1});  // valid 3 March only
        m = issue(mentor);
        p3 = issue(punch, {.saleId = 4713});
        p4 = issue(punch);
        redeem(*c, till);
        redeem(*e, kiosk());
        redeem(*m, kiosk(), 3);
        redeem(*p3, kiosk(), 5);
        redeem(*p3, till, 5);  // now empty
        BOOST_TEST_REQUIRE(cards.block(p2->card.id, kari, journal).ok());

        clock.set(utc(3, 10, 11));
        d2 = issue(dayPass, {.saleId = 4714});
        redeem(*d2, till, 2);
        clock.set(utc(3, 10, 12));
    }

    CardFigures report(QDate from, QDate to) {
        auto r = CardReport::figures(*db, from, to, osloZone(), clock);
        BOOST_TEST_REQUIRE(r.ok(), whyNot(r));
        return r.value();
    }
};

const CardTypeFigures& row(const CardFigures& f, const char* type, const char* programme = "") {
    for (const CardTypeFigures& r : f.rows)
        if (r.typeName == QString::fromUtf8(type) && r.programme == QString::fromUtf8(programme)) return r;
    BOOST_FAIL("no row for " << type << " / " << programme);
    return f.rows.front();
}

const BudgetUse& budget(const CardFigures& f, const char* programme) {
    for (const BudgetUse& b : f.budgets)
        if (b.programme == QString::fromUtf8(programme)) return b;
    BOOST_FAIL("no budget line for " << programme);
    return f.budgets.front();
}

// The outstanding figures do not depend on the period: they are "now".
void checkOutstanding(const CardFigures& f) {
    // a (17 left) and c (19); e expired on 4 March.
    BOOST_TEST(row(f, "Kaffe i forløpet", "Likeperson").activeCards == 2);
    BOOST_TEST(row(f, "Kaffe i forløpet", "Likeperson").cupsLeft == 36);
    BOOST_TEST(row(f, "Kaffe i forløpet", "Likeperson").activeUnlimited == 0);
    BOOST_TEST(row(f, "Kaffe i forløpet", "Likeperson høst").activeCards == 1);
    BOOST_TEST(row(f, "Kaffe i forløpet", "Likeperson høst").cupsLeft == 19);
    BOOST_TEST(row(f, "Fri kaffe", "Mentor").activeCards == 1);
    BOOST_TEST(row(f, "Fri kaffe", "Mentor").activeUnlimited == 1);
    BOOST_TEST(row(f, "Fri kaffe", "Mentor").cupsLeft == 0);
    // p1 (8 left) and p4 (10); p2 blocked, p3 empty.
    BOOST_TEST(row(f, "Klippekort 10").activeCards == 2);
    BOOST_TEST(row(f, "Klippekort 10").cupsLeft == 18);
    // d2 today; d1 expired at the end of 20 February.
    BOOST_TEST(row(f, "Dagskort").activeCards == 1);
    BOOST_TEST(row(f, "Dagskort").activeUnlimited == 1);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(card_report)

BOOST_AUTO_TEST_CASE(march_counts_local_days_and_splits_kiosk_and_till) {
    ReportCafe cafe;
    const CardFigures f = cafe.report(QDate(2025, 3, 1), QDate(2025, 3, 31));
    BOOST_TEST(f.asOf == utc(3, 10, 12));
    BOOST_TEST((f.budgetMonth == QDate(2025, 3, 1)));

    const CardTypeFigures& likeperson = row(f, "Kaffe i forløpet", "Likeperson");
    BOOST_TEST((likeperson.kind == CardKind::Free));
    BOOST_TEST(likeperson.handedOut == 2);  // c and e; a was February
    BOOST_TEST(likeperson.sold + likeperson.issuedWithoutSale == 0);
    BOOST_TEST(likeperson.redeemedKiosk == 2);  // a at 00:30 on 1 March, e
    BOOST_TEST(likeperson.redeemedTill == 1);   // c

    const CardTypeFigures& autumn = row(f, "Kaffe i forløpet", "Likeperson høst");
    BOOST_TEST(autumn.handedOut == 0);
    BOOST_TEST(autumn.redeemed() == 0);

    const CardTypeFigures& mentor = row(f, "Fri kaffe", "Mentor");
    BOOST_TEST(mentor.handedOut == 1);
    BOOST_TEST(mentor.redeemedKiosk == 3);

    const CardTypeFigures& punch = row(f, "Klippekort 10");
    BOOST_TEST((punch.kind == CardKind::Punch));
    BOOST_TEST(punch.handedOut == 0);
    BOOST_TEST(punch.sold == 1);               // p3
    BOOST_TEST(punch.issuedWithoutSale == 1);  // p4
    BOOST_TEST(punch.redeemedKiosk == 6);      // p1 at 00:30 on 1 March, p3 × 5
    BOOST_TEST(punch.redeemedTill == 5);

    const CardTypeFigures& day = row(f, "Dagskort");
    BOOST_TEST(day.sold == 1);
    BOOST_TEST(day.redeemedTill == 2);
    BOOST_TEST(day.redeemedKiosk == 0);

    // A type nobody has used yet still has its row of zeros.
    const CardTypeFigures& unused = row(f, "Klippekort 5");
    BOOST_TEST(unused.sold + unused.issuedWithoutSale + unused.redeemed() + unused.activeCards == 0);
    BOOST_TEST(f.rows.size() == 6u);

    checkOutstanding(f);

    // Budgets for March: Likeperson has one; the others show their use without one.
    BOOST_TEST(f.budgets.size() == 3u);
    BOOST_TEST(budget(f, "Likeperson").budget == 100);
    BOOST_TEST(budget(f, "Likeperson").used == 3);
    BOOST_TEST(!budget(f, "Likeperson").warning);
    BOOST_TEST(budget(f, "Mentor").budget == 0);
    BOOST_TEST(budget(f, "Mentor").used == 3);
    BOOST_TEST(budget(f, "Likeperson høst").used == 0);
}

BOOST_AUTO_TEST_CASE(february_ends_at_local_midnight) {
    ReportCafe cafe;
    const CardFigures f = cafe.report(QDate(2025, 2, 1), QDate(2025, 2, 28));
    const CardTypeFigures& likeperson = row(f, "Kaffe i forløpet", "Likeperson");
    BOOST_TEST(likeperson.handedOut == 1);
    BOOST_TEST(likeperson.redeemedKiosk == 2);  // not the one at 23:30 UTC on the 28th
    BOOST_TEST(row(f, "Kaffe i forløpet", "Likeperson høst").handedOut == 1);
    BOOST_TEST(row(f, "Kaffe i forløpet", "Likeperson høst").redeemedTill == 1);
    const CardTypeFigures& punch = row(f, "Klippekort 10");
    BOOST_TEST(punch.sold == 1);
    BOOST_TEST(punch.issuedWithoutSale == 1);
    BOOST_TEST(punch.redeemedTill == 1);
    BOOST_TEST(punch.redeemedKiosk == 0);
    BOOST_TEST(row(f, "Dagskort").sold == 1);
    BOOST_TEST(row(f, "Dagskort").redeemedKiosk == 1);
    BOOST_TEST(row(f, "Fri kaffe", "Mentor").handedOut == 0);

    checkOutstanding(f);
    BOOST_TEST((f.budgetMonth == QDate(2025, 2, 1)));
    BOOST_TEST(budget(f, "Likeperson").used == 2);
    BOOST_TEST(budget(f, "Likeperson høst").used == 1);
}

BOOST_AUTO_TEST_CASE(a_single_day_and_the_whole_span_add_up) {
    ReportCafe cafe;
    const CardFigures first = cafe.report(QDate(2025, 3, 1), QDate(2025, 3, 1));
    BOOST_TEST(row(first, "Kaffe i forløpet", "Likeperson").redeemedKiosk == 1);
    BOOST_TEST(row(first, "Klippekort 10").redeemedKiosk == 1);
    BOOST_TEST(row(first, "Klippekort 10").sold == 0);

    int redeemed = 0, issued = 0;
    for (const CardTypeFigures& r : cafe.report(QDate(2025, 1, 1), QDate(2025, 12, 31)).rows) {
        redeemed += r.redeemed();
        issued += r.handedOut + r.sold + r.issuedWithoutSale;
    }
    BOOST_TEST(issued == 11);
    BOOST_TEST(redeemed == 2 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 3 + 10 + 2);
}

BOOST_AUTO_TEST_CASE(a_card_stops_being_outstanding_the_moment_it_expires) {
    CardCafe cafe;
    const CardType t = cafe.addType(CardKind::Free, "Prøve", 5, 1, "Likeperson");
    const IssuedCard card = cafe.issue(t);
    const QDateTime end = card.card.validUntil;  // midnight in Oslo, exclusive
    const QDate day = cafe.clock.now().toTimeZone(osloZone()).date();
    auto at = [&](const QDateTime& now) {
        cafe.clock.set(now);
        auto r = CardReport::figures(*cafe.db, day, day, osloZone(), cafe.clock);
        BOOST_TEST_REQUIRE(r.ok());
        return row(r.value(), "Prøve", "Likeperson").activeCards;
    };
    BOOST_TEST(at(end.addSecs(-1)) == 1);
    BOOST_TEST(at(end) == 0);
}

BOOST_AUTO_TEST_CASE(a_period_must_run_forwards) {
    ReportCafe cafe;
    auto backwards = CardReport::figures(*cafe.db, QDate(2025, 3, 2), QDate(2025, 3, 1), osloZone(), cafe.clock);
    BOOST_TEST_REQUIRE(!backwards.ok());
    BOOST_TEST((backwards.error().code == ErrorCode::InvalidInput));
    auto invalid = CardReport::figures(*cafe.db, QDate(), QDate(2025, 3, 1), osloZone(), cafe.clock);
    BOOST_TEST_REQUIRE(!invalid.ok());
    BOOST_TEST((invalid.error().code == ErrorCode::InvalidInput));
}

BOOST_AUTO_TEST_CASE(small_counts_are_suppressed_for_export) {
    BOOST_TEST(CardReport::exportCount(0) == QStringLiteral("0"));
    BOOST_TEST(CardReport::exportCount(1) == QStringLiteral("<5"));
    BOOST_TEST(CardReport::exportCount(4) == QStringLiteral("<5"));
    BOOST_TEST(CardReport::exportCount(5) == QStringLiteral("5"));
    BOOST_TEST(CardReport::exportCount(120) == QStringLiteral("120"));
}

BOOST_AUTO_TEST_SUITE_END()
