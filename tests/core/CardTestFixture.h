#pragma once
// The fixture of the coffee-card suites: an in-memory café (StaffCafe: hand-moved clock, journal)
// with a manager, a volunteer and the card repositories in Oslo time.

#include <boost/test/unit_test.hpp>

#include "core/cards/CoffeeCard.h"
#include "core/serving/ServingQueue.h"
#include "tests/core/StaffTestFixture.h"

namespace ak::test {

inline QTimeZone osloZone() { return QTimeZone(QByteArrayLiteral("Europe/Oslo")); }

template <class R>
std::string whyNot(const R& r) {
    return (r.ok() ? QString() : r.error().message).toStdString();
}

struct CardCafe : StaffCafe {
    explicit CardCafe(const QString& path = QStringLiteral(":memory:")) : StaffCafe(path) {}

    StaffMember kari = add("Kari", StaffRole::Manager, "1357");
    StaffMember ola = add("Ola", StaffRole::Volunteer, "2580");
    CardTypeRepository types{*db, clock, osloZone()};
    CardRepository cards{*db, clock, osloZone()};

    CardType addType(CardKind kind, const char* name, std::optional<int> cups, std::optional<int> days = std::nullopt,
                     const char* programme = "") {
        CardType t;
        t.kind = kind;
        t.name = QString::fromUtf8(name);
        t.cups = cups;
        t.validityDays = days;
        t.programme = QString::fromUtf8(programme);
        auto r = types.add(t, kari, journal);
        BOOST_TEST_REQUIRE(r.ok(), whyNot(r));
        return r.value();
    }
    IssuedCard issue(const CardType& type, const IssueOptions& options = {}) {
        auto r = cards.issue(type.id, options, ola, journal);
        BOOST_TEST_REQUIRE(r.ok(), whyNot(r));
        return r.value();
    }
    RedeemOutcome redeemAt(const IssuedCard& card, const RedeemPlace& place) {
        return redeemText(card.code.toString(), place);
    }
    RedeemOutcome redeemText(const QString& text, const RedeemPlace& place) {
        auto r = cards.redeem(text, place, QStringLiteral("Kaffe (kaffekort)"), journal);
        BOOST_TEST_REQUIRE(r.ok(), whyNot(r));
        return r.value();
    }
    CoffeeCard reload(const IssuedCard& card) {
        auto r = cards.find(card.code.toString());
        BOOST_TEST_REQUIRE(r.ok(), whyNot(r));
        return r.value();
    }
    static RedeemPlace kiosk() { return RedeemPlace::kiosk(QStringLiteral("inngang")); }
};

}  // namespace ak::test
