// Coffee cards at the till: products that issue a card, coffee-card payments, the one transaction
// that holds a sale with its cups and cards, and schema 11 on a file that had version 10.
#include <boost/test/unit_test.hpp>

#include <QJsonDocument>
#include <QSqlQuery>

#include "core/cash/ShiftRepository.h"
#include "core/cards/CardCheckout.h"
#include "core/cash/DayReport.h"
#include "core/cash/ShiftRepository.h"
#include "core/catalogue/CatalogueRepository.h"
#include "core/sales/SaleRepository.h"
#include "core/storage/Migrations.h"
#include "tests/core/CardTestFixture.h"

using namespace ak;
using test::CardCafe;
using test::whyNot;

namespace {

struct CheckoutCafe : CardCafe {
    explicit CheckoutCafe(const QString& path = QStringLiteral(":memory:")) : CardCafe(path) {
        auto drinks = catalogue.addCategory({0, QStringLiteral("drinks"),
                                             {QStringLiteral("Drikke"), QStringLiteral("Drikke"), QStringLiteral("Drinks")}, 1});
        BOOST_TEST_REQUIRE(drinks.ok(), whyNot(drinks));
        coffee = product(drinks->id, "coffee", "Kaffe", 2500, true);
        bun = product(drinks->id, "bun", "Bolle", 3500, false);
        punchProduct = product(drinks->id, "punch-card", "Klippekort 10 kopper", 4000, false);
        punch = addType(CardKind::Punch, "Klippekort 10 kopper", 10);
        auto linked = types.linkProduct(punchProduct.id, punch.id, kari, journal);
        BOOST_TEST_REQUIRE(linked.ok(), whyNot(linked));
        ShiftRepository shifts(*db, clock, Currency::NOK, 5000);  // every sale belongs to a shift
        auto shift = shifts.open(QStringLiteral("till-1"), CashCount(Currency::NOK), kari, journal);
        BOOST_TEST_REQUIRE(shift.ok(), whyNot(shift));
    }

    Product product(qint64 category, const char* code, const char* name, qint64 price, bool payable) {
        Product p;
        p.categoryId = category;
        p.code = QString::fromLatin1(code);
        p.name = {QString::fromUtf8(name), QString::fromUtf8(name), QString::fromUtf8(name)};
        p.price = Money(price, Currency::NOK);
        p.vatClass = VatClass::Food;
        p.saftBasicId = QStringLiteral("04012");
        p.coffeeCardPayable = payable;
        auto r = catalogue.addProduct(p);
        BOOST_TEST_REQUIRE(r.ok(), whyNot(r));
        return r.value();
    }
    SaleDraft draft(std::initializer_list<std::pair<const Product*, int>> items) {
        SaleDraft d(Currency::NOK);
        for (const auto& [p, quantity] : items) {
            BOOST_TEST_REQUIRE(sales.addProduct(d, p->id).ok());
            if (quantity != 1) BOOST_TEST_REQUIRE(d.setQuantity(p->id, quantity).ok());
        }
        return d;
    }
    Money total(const SaleDraft& d) const { return d.totals(sales.vatTable()).total; }
    // Pays each scanned card for one unit (coffeeCardUnits order) and the rest by card terminal.
    PaymentPlan plan(const SaleDraft& d, const QStringList& scannedCards) {
        PaymentPlan p(total(d));
        const std::vector<Money> units = coffeeCardUnits(d);
        for (int i = 0; i < scannedCards.size(); ++i) {
            auto r = p.addCoffeeCard(scannedCards[i], units.at(size_t(i)));
            BOOST_TEST_REQUIRE(r.ok(), whyNot(r));
        }
        if (!p.isPaidInFull()) BOOST_TEST_REQUIRE(p.add(PaymentMethod::Card, p.remaining()).ok());
        return p;
    }
    Result<CompletedSale> checkout(const SaleDraft& d, const PaymentPlan& p) {
        return completeSaleWithCards(*db, sales, cards, d, p, ola, journal, [&](const IssuedCard& card) -> Result<void> {
            printed.push_back(card);
            return {};
        });
    }
    qint64 count(const QString& table) {
        auto q = db->query(QStringLiteral("SELECT COUNT(*) FROM ") + table);
        BOOST_TEST_REQUIRE(q.ok());
        BOOST_TEST_REQUIRE(q->next());
        return q->value(0).toLongLong();
    }
    size_t journalLength() { return entries().size(); }

    CatalogueRepository catalogue{*db};
    SaleRepository sales{*db, journal, clock, VatTable::forCountry(Country::Norway, true), QLocale::NorwegianBokmal};
    Product coffee, bun, punchProduct;
    CardType punch;
    std::vector<IssuedCard> printed;
};

}  // namespace

BOOST_AUTO_TEST_SUITE(card_checkout)

BOOST_AUTO_TEST_CASE(selling_two_punch_cards_issues_two_cards_of_the_sale) {
    CheckoutCafe cafe;
    const SaleDraft d = cafe.draft({{&cafe.punchProduct, 2}, {&cafe.bun, 1}});
    auto sale = cafe.checkout(d, cafe.plan(d, {}));
    BOOST_TEST_REQUIRE(sale.ok(), whyNot(sale));
    BOOST_TEST(sale->total == Money(11500, Currency::NOK));
    BOOST_TEST_REQUIRE(cafe.printed.size() == 2u);
    BOOST_TEST(!(cafe.printed[0].code == cafe.printed[1].code));
    for (const IssuedCard& card : cafe.printed) {
        const CoffeeCard stored = cafe.reload(card);
        BOOST_TEST((stored.saleId == std::optional<qint64>(sale->id)));
        BOOST_TEST(stored.typeId == cafe.punch.id);
        BOOST_TEST((stored.balance == std::optional<int>(10)));
    }
    BOOST_TEST(cafe.count(QStringLiteral("coffee_cards")) == 2);
    const auto issued = cafe.entriesOfKind(QStringLiteral("card_issued"));
    BOOST_TEST_REQUIRE(issued.size() == 2u);
    BOOST_TEST(QJsonDocument::fromJson(issued[0].payload.toUtf8())[QStringLiteral("sale_id")].toInteger() == sale->id);
    BOOST_TEST(cafe.journalVerifies());

    // An ordinary sale issues nothing and calls nothing.
    const SaleDraft plain = cafe.draft({{&cafe.bun, 3}});
    BOOST_TEST(cafe.checkout(plain, cafe.plan(plain, {})).ok());
    BOOST_TEST(cafe.printed.size() == 2u);
}

BOOST_AUTO_TEST_CASE(a_failing_print_out_leaves_no_sale_no_card_and_no_receipt_number_used) {
    CheckoutCafe cafe;
    const SaleDraft d = cafe.draft({{&cafe.punchProduct, 2}});
    const size_t journalBefore = cafe.journalLength();
    int calls = 0;
    auto sale = completeSaleWithCards(*cafe.db, cafe.sales, cafe.cards, d, cafe.plan(d, {}), cafe.ola, cafe.journal,
                                      [&](const IssuedCard&) -> Result<void> {
                                          if (++calls == 2)
                                              return Result<void>::fail(ErrorCode::Storage, QStringLiteral("queue full"));
                                          return {};
                                      });
    BOOST_TEST_REQUIRE(!sale.ok());
    BOOST_TEST(sale.error().message == QStringLiteral("queue full"));
    BOOST_TEST(calls == 2);
    BOOST_TEST(cafe.count(QStringLiteral("sales")) == 0);
    BOOST_TEST(cafe.count(QStringLiteral("coffee_cards")) == 0);
    BOOST_TEST(cafe.count(QStringLiteral("card_events")) == 0);
    BOOST_TEST(cafe.journalLength() == journalBefore);

    auto next = cafe.checkout(d, cafe.plan(d, {}));
    BOOST_TEST_REQUIRE(next.ok(), whyNot(next));
    BOOST_TEST(next->receiptNumber == 1);
    BOOST_TEST(cafe.printed.size() == 2u);
    BOOST_TEST(cafe.journalVerifies());
}

BOOST_AUTO_TEST_CASE(a_coffee_card_pays_a_coffee_and_the_code_is_stored_nowhere) {
    CheckoutCafe cafe;
    const IssuedCard card = cafe.issue(cafe.punch);
    const SaleDraft d = cafe.draft({{&cafe.coffee, 1}, {&cafe.bun, 1}});
    const PaymentPlan plan = cafe.plan(d, {card.code.toString()});
    BOOST_TEST(plan.entries().front().reference == card.code.toString());  // in memory, for the checkout
    auto sale = cafe.checkout(d, plan);
    BOOST_TEST_REQUIRE(sale.ok(), whyNot(sale));
    BOOST_TEST((cafe.reload(card).balance == std::optional<int>(9)));
    BOOST_TEST_REQUIRE(sale->payments.size() == 2u);
    BOOST_TEST((sale->payments[0].method == PaymentMethod::CoffeeCard));
    BOOST_TEST(sale->payments[0].amount == Money(2500, Currency::NOK));
    BOOST_TEST(sale->payments[0].reference == QStringLiteral("card %1").arg(card.card.id));

    auto q = cafe.db->query(QStringLiteral("SELECT method, reference FROM sale_payments ORDER BY id"));
    BOOST_TEST_REQUIRE(q->next());
    BOOST_TEST(q->value(0).toString() == QStringLiteral("coffee_card"));
    BOOST_TEST(q->value(1).toString() == QStringLiteral("card %1").arg(card.card.id));
    for (const JournalEntry& e : cafe.entries()) BOOST_TEST(!e.payload.contains(card.code.toString()));
    const auto redeemed = cafe.entriesOfKind(QStringLiteral("card_redeemed"));
    BOOST_TEST_REQUIRE(redeemed.size() == 1u);
    BOOST_TEST(redeemed[0].actor == Journal::staffActor(cafe.ola.id));
    BOOST_TEST(cafe.journalVerifies());

    // The plain completion refuses a plan holding a scanned code: it would store it and take no cup.
    const SaleDraft again = cafe.draft({{&cafe.coffee, 1}});
    auto plain = cafe.sales.complete(again, cafe.plan(again, {card.code.toString()}), cafe.ola);
    BOOST_TEST_REQUIRE(!plain.ok());
    BOOST_TEST((plain.error().code == ErrorCode::InvalidInput));
    BOOST_TEST((cafe.reload(card).balance == std::optional<int>(9)));
}

BOOST_AUTO_TEST_CASE(the_same_card_twice_in_one_sale_is_two_cups) {
    CheckoutCafe cafe;
    const IssuedCard card = cafe.issue(cafe.punch);
    const SaleDraft d = cafe.draft({{&cafe.coffee, 2}});
    auto sale = cafe.checkout(d, cafe.plan(d, {card.code.toString(), card.code.toString()}));
    BOOST_TEST_REQUIRE(sale.ok(), whyNot(sale));
    BOOST_TEST((cafe.reload(card).balance == std::optional<int>(8)));
    BOOST_TEST(cafe.entriesOfKind(QStringLiteral("card_redeemed")).size() == 2u);
    BOOST_TEST(sale->payments.size() == 2u);  // paid in full by the two cups
    BOOST_TEST(sale->total == Money(5000, Currency::NOK));
}

BOOST_AUTO_TEST_CASE(a_card_that_cannot_pay_refuses_the_whole_sale_and_changes_nothing) {
    CheckoutCafe cafe;
    const IssuedCard good = cafe.issue(cafe.punch);
    const IssuedCard empty = cafe.issue(cafe.addType(CardKind::Punch, "Ett klipp", 1));
    BOOST_TEST_REQUIRE(cafe.redeemAt(empty, RedeemPlace::till(cafe.ola)).ok());
    const IssuedCard expired = cafe.issue(cafe.addType(CardKind::Free, "Mentor", 5, 1, "Mentor"));
    const IssuedCard blocked = cafe.issue(cafe.punch);
    BOOST_TEST_REQUIRE(cafe.cards.block(blocked.card.id, cafe.kari, cafe.journal).ok());
    cafe.clock.advanceSeconds(2 * 86400);  // the free card's day is over
    auto stranger = CardCode::generate();
    BOOST_TEST_REQUIRE(stranger.ok());

    struct Case {
        const char* what;
        QString scanned;
        QString message;
    };
    const Case cases[] = {
        {"empty", empty.code.toString(), CardRepository::refusalMessage(CardRefusal::Empty)},
        {"expired", expired.code.toString(), CardRepository::refusalMessage(CardRefusal::Expired)},
        {"blocked", blocked.code.toString(), CardRepository::refusalMessage(CardRefusal::Blocked)},
        {"unknown", stranger->toString(), CardCode::genericRefusal()},
        {"unknown tag", QStringLiteral("04:11:22:33"), CardCode::genericRefusal()},
        {"not a card", QStringLiteral("hello"), CardCode::genericRefusal()},
    };
    for (const Case& c : cases) {
        BOOST_TEST_CONTEXT(c.what) {
            const size_t journalBefore = cafe.journalLength();
            const qint64 eventsBefore = cafe.count(QStringLiteral("card_events"));
            // The good card pays the first coffee: its cup must come back when the second card refuses.
            const SaleDraft d = cafe.draft({{&cafe.coffee, 2}, {&cafe.punchProduct, 1}});
            auto sale = cafe.checkout(d, cafe.plan(d, {good.code.toString(), c.scanned}));
            BOOST_TEST_REQUIRE(!sale.ok());
            BOOST_TEST((sale.error().code == ErrorCode::InvalidInput));
            BOOST_TEST(sale.error().message == c.message);
            BOOST_TEST((cafe.reload(good).balance == std::optional<int>(10)));
            BOOST_TEST(cafe.count(QStringLiteral("sales")) == 0);
            BOOST_TEST(cafe.count(QStringLiteral("coffee_cards")) == 4);
            BOOST_TEST(cafe.count(QStringLiteral("card_events")) == eventsBefore);
            BOOST_TEST(cafe.journalLength() == journalBefore);
            BOOST_TEST(cafe.printed.empty());
        }
    }
    BOOST_TEST((cafe.reload(empty).balance == std::optional<int>(0)));
    BOOST_TEST(cafe.journalVerifies());
}

BOOST_AUTO_TEST_CASE(a_card_pays_one_payable_unit_after_the_discount_and_nothing_else) {
    CheckoutCafe cafe;
    const IssuedCard card = cafe.issue(cafe.punch);
    SaleDraft d = cafe.draft({{&cafe.coffee, 2}, {&cafe.bun, 1}});
    // 1,01 off 85,00: the coffee line's share is 0,59 (the bun takes the larger remainder), so the
    // coffee line nets 49,41: one cup 24,71, the other 24,70.
    BOOST_TEST_REQUIRE(d.setAmountDiscount(Money(101, Currency::NOK), QStringLiteral("staff"), QStringLiteral("Ansatt")).ok());
    const std::vector<Money> units = coffeeCardUnits(d);
    BOOST_TEST_REQUIRE(units.size() == 2u);
    BOOST_TEST(units[0] == Money(2471, Currency::NOK));
    BOOST_TEST(units[1] == Money(2470, Currency::NOK));
    BOOST_TEST(coffeeCardUnits(d, [](const SaleLine&) { return false; }).empty());
    BOOST_TEST(coffeeCardUnits(cafe.draft({{&cafe.bun, 2}})).empty());

    // The bun's price, or a coffee's price before the discount, is not a cup.
    for (const Money& amount : {Money(3500, Currency::NOK), Money(2500, Currency::NOK)}) {
        PaymentPlan plan(cafe.total(d));
        BOOST_TEST_REQUIRE(plan.addCoffeeCard(card.code.toString(), amount).ok());
        BOOST_TEST_REQUIRE(plan.add(PaymentMethod::Card, plan.remaining()).ok());
        auto sale = cafe.checkout(d, plan);
        BOOST_TEST_REQUIRE(!sale.ok());
        BOOST_TEST((sale.error().code == ErrorCode::InvalidInput));
        BOOST_TEST((cafe.reload(card).balance == std::optional<int>(10)));
    }
    // Three cups on two coffees: the third has no unit left.
    PaymentPlan three(cafe.total(d));
    for (const Money& amount : {units[0], units[1], units[1]})
        BOOST_TEST_REQUIRE(three.addCoffeeCard(card.code.toString(), amount).ok());
    BOOST_TEST_REQUIRE(three.add(PaymentMethod::Card, three.remaining()).ok());
    BOOST_TEST(!cafe.checkout(d, three).ok());
    BOOST_TEST((cafe.reload(card).balance == std::optional<int>(10)));

    auto sale = cafe.checkout(d, cafe.plan(d, {card.code.toString()}));
    BOOST_TEST_REQUIRE(sale.ok(), whyNot(sale));
    BOOST_TEST(sale->payments[0].amount == Money(2471, Currency::NOK));
    BOOST_TEST((cafe.reload(card).balance == std::optional<int>(9)));

    // The catalogue decides at checkout: a draft made while coffee was payable no longer pays once
    // the manager has changed it.
    const SaleDraft later = cafe.draft({{&cafe.coffee, 1}});
    BOOST_TEST_REQUIRE(cafe.catalogue.setCoffeeCardPayable(cafe.coffee.id, false, cafe.kari, cafe.journal).ok());
    BOOST_TEST(!cafe.checkout(later, cafe.plan(later, {card.code.toString()})).ok());
    BOOST_TEST((cafe.reload(card).balance == std::optional<int>(9)));
}

BOOST_AUTO_TEST_CASE(training_mode_neither_sells_nor_uses_cards) {
    CheckoutCafe cafe;
    const IssuedCard card = cafe.issue(cafe.punch);
    cafe.sales.setTraining(true);
    const SaleDraft paid = cafe.draft({{&cafe.coffee, 1}});
    BOOST_TEST(!cafe.checkout(paid, cafe.plan(paid, {card.code.toString()})).ok());
    const SaleDraft sold = cafe.draft({{&cafe.punchProduct, 1}});
    BOOST_TEST(!cafe.checkout(sold, cafe.plan(sold, {})).ok());
    BOOST_TEST((cafe.reload(card).balance == std::optional<int>(10)));
    BOOST_TEST(cafe.count(QStringLiteral("coffee_cards")) == 1);
    BOOST_TEST(cafe.count(QStringLiteral("sales")) == 0);
    const SaleDraft plain = cafe.draft({{&cafe.bun, 1}});  // a training sale without cards still works
    BOOST_TEST(cafe.checkout(plain, cafe.plan(plain, {})).ok());
}

BOOST_AUTO_TEST_CASE(a_day_pass_lasts_until_closing_time_and_ends_with_the_days_z) {
    const auto utc = [](int y, int m, int d, int h, int min) { return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC); };
    CheckoutCafe cafe;
    const CardType day = cafe.addType(CardKind::DayPass, "Påfyll hele dagen", std::nullopt);
    BOOST_TEST_REQUIRE(cafe.types.linkProduct(cafe.bun.id, day.id, cafe.kari, cafe.journal).ok());
    // Thursday 6 March 2025: open 10:00–16:00 (Oslo, UTC+1).
    OpeningHours hours;
    hours.days[3] = {DayHours::State::Open, QTime(10, 0), QTime(16, 0)};
    cafe.cards.setOpeningHours(hours);
    ShiftRepository shifts(*cafe.db, cafe.clock, Currency::NOK, 5000);
    DayReport days(*cafe.db, cafe.clock, Currency::NOK);
    cafe.clock.set(utc(2025, 3, 6, 9, 0));  // 10:00, in the shift the café opened with
    const SaleDraft d = cafe.draft({{&cafe.bun, 1}});
    BOOST_TEST_REQUIRE(cafe.checkout(d, cafe.plan(d, {})).ok());
    BOOST_TEST_REQUIRE(cafe.printed.size() == 1u);
    BOOST_TEST((cafe.printed[0].card.validUntil == utc(2025, 3, 6, 15, 0)));  // 16:00, closing time

    // The manager closes the day early, at 14:30: the pass ends with the Z.
    cafe.clock.set(utc(2025, 3, 6, 13, 30));
    BOOST_TEST_REQUIRE(shifts.close(cafe.journal.registerId(), CashCount(Currency::NOK), cafe.ola, std::nullopt,
                                    cafe.journal).ok());
    BOOST_TEST_REQUIRE(days.z(cafe.journal.registerId(), cafe.kari, cafe.journal).ok());
    BOOST_TEST((cafe.reload(cafe.printed[0]).validUntil == utc(2025, 3, 6, 13, 30)));
    cafe.clock.set(utc(2025, 3, 6, 13, 31));
    BOOST_TEST(int(cafe.redeemAt(cafe.printed[0], CardCafe::kiosk()).refusal) == int(CardRefusal::Expired));

    // Sold after closing time (a late evening), it lasts until midnight.
    cafe.clock.set(utc(2025, 3, 6, 17, 0));  // 18:00, in a new shift (and business day)
    BOOST_TEST_REQUIRE(shifts.open(cafe.journal.registerId(), CashCount(Currency::NOK), cafe.ola, cafe.journal).ok());
    BOOST_TEST_REQUIRE(cafe.checkout(d, cafe.plan(d, {})).ok());
    BOOST_TEST((cafe.printed.back().card.validUntil == utc(2025, 3, 6, 23, 0)));
}

BOOST_AUTO_TEST_CASE(only_a_manager_links_products_and_free_cards_are_never_sold) {
    CheckoutCafe cafe;
    const CardType free = cafe.addType(CardKind::Free, "Velkommen", 5, 30, "Velkommen");
    const CardType day = cafe.addType(CardKind::DayPass, "Påfyll hele dagen", std::nullopt);
    const qint64 bunId = cafe.bun.id;

    auto volunteer = cafe.types.linkProduct(bunId, day.id, cafe.ola, cafe.journal);
    BOOST_TEST((!volunteer.ok() && volunteer.error().code == ErrorCode::Permission));
    auto freeCard = cafe.types.linkProduct(bunId, free.id, cafe.kari, cafe.journal);
    BOOST_TEST((!freeCard.ok() && freeCard.error().code == ErrorCode::InvalidInput));
    auto payable = cafe.types.linkProduct(cafe.coffee.id, day.id, cafe.kari, cafe.journal);
    BOOST_TEST((!payable.ok() && payable.error().code == ErrorCode::InvalidInput));
    BOOST_TEST(int(cafe.types.linkProduct(4711, day.id, cafe.kari, cafe.journal).error().code) == int(ErrorCode::NotFound));
    BOOST_TEST(int(cafe.types.linkProduct(bunId, 4711, cafe.kari, cafe.journal).error().code) == int(ErrorCode::NotFound));
    BOOST_TEST(!cafe.catalogue.product(bunId)->cardTypeId.has_value());

    const size_t linkedBefore = cafe.entriesOfKind(QStringLiteral("card_type_product")).size();
    BOOST_TEST_REQUIRE(cafe.types.linkProduct(bunId, day.id, cafe.kari, cafe.journal).ok());
    BOOST_TEST((cafe.catalogue.product(bunId)->cardTypeId == std::optional<qint64>(day.id)));
    BOOST_TEST(cafe.entriesOfKind(QStringLiteral("card_type_product")).size() == linkedBefore + 1);
    // A product that sells a card cannot be paid with one.
    auto cardForCard = cafe.catalogue.setCoffeeCardPayable(bunId, true, cafe.kari, cafe.journal);
    BOOST_TEST((!cardForCard.ok() && cardForCard.error().code == ErrorCode::InvalidInput));
    BOOST_TEST((cafe.catalogue.setCoffeeCardPayable(cafe.coffee.id, false, cafe.ola, cafe.journal).error().code ==
                ErrorCode::Permission));
    BOOST_TEST_REQUIRE(cafe.types.linkProduct(bunId, std::nullopt, cafe.kari, cafe.journal).ok());
    BOOST_TEST(!cafe.catalogue.product(bunId)->cardTypeId.has_value());
    BOOST_TEST_REQUIRE(cafe.catalogue.setCoffeeCardPayable(bunId, true, cafe.kari, cafe.journal).ok());
    BOOST_TEST(cafe.catalogue.product(bunId)->coffeeCardPayable);
    BOOST_TEST(cafe.entriesOfKind(QStringLiteral("product_coffee_card")).size() == 1u);

    // An ordinary edit of the product keeps both.
    BOOST_TEST_REQUIRE(cafe.types.linkProduct(cafe.punchProduct.id, day.id, cafe.kari, cafe.journal).ok());
    Product edited = cafe.catalogue.product(cafe.punchProduct.id).value();
    edited.cardTypeId.reset();
    edited.price = Money(4500, Currency::NOK);
    BOOST_TEST_REQUIRE(cafe.catalogue.updateProduct(edited, cafe.kari, cafe.journal).ok());
    BOOST_TEST((cafe.catalogue.product(cafe.punchProduct.id)->cardTypeId == std::optional<qint64>(day.id)));
    BOOST_TEST(cafe.catalogue.product(bunId)->coffeeCardPayable);
    BOOST_TEST(cafe.journalVerifies());
}

BOOST_AUTO_TEST_CASE(schema_11_on_a_version_10_file_keeps_its_rows, *boost::unit_test::precondition(test::onSqlite)) {
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("cafe.db"));
    auto code = CardCode::generate();
    BOOST_TEST_REQUIRE(code.ok());
    {
        const MigrationList v10(schemaMigrations().begin(), schemaMigrations().begin() + 10);
        DatabaseOptions o;
        o.migrations = &v10;
        auto db = test::openOrFail(path, o);
        BOOST_TEST_REQUIRE(db->schemaVersion() == 10);
        BOOST_TEST_REQUIRE(db->write([&]() -> Result<void> {
            for (const QString& sql :
                 {QStringLiteral("INSERT INTO categories (id, code, name_nb, name_da, name_en) VALUES (1, 'd', 'D', 'D', 'D')"),
                  QStringLiteral("INSERT INTO products (id, category_id, code, name_nb, name_da, name_en, price_minor,"
                                 " currency, vat_class, saft_basic_id) VALUES (7, 1, 'old-coffee', 'Kaffe', 'Kaffe', 'Coffee',"
                                 " 500, 'NOK', 'food', '04012')"),
                  QStringLiteral("INSERT INTO card_types (id, kind, name, cups) VALUES (3, 'punch', 'Klippekort', 10)")})
                if (auto r = db->query(sql); !r) return r.error();
            auto r = db->query(QStringLiteral("INSERT INTO coffee_cards (id, token_hash, type_id, issued_at, balance)"
                                              " VALUES (5, ?, 3, '2025-03-01T10:00:00.000Z', 6)"),
                               {cardTokenHash(code.value())});
            if (!r) return r.error();
            return {};
        }).ok());
    }
    CheckoutCafe cafe(path);  // opens with this build's migrations: 11 and any after it
    BOOST_TEST(cafe.db->schemaVersion() == latestVersion(schemaMigrations()));
    BOOST_TEST(cafe.db->schemaVersion() >= 11);
    auto kept = cafe.catalogue.product(7);
    BOOST_TEST_REQUIRE(kept.ok(), whyNot(kept));
    BOOST_TEST(kept->code == QStringLiteral("old-coffee"));
    BOOST_TEST(kept->price == Money(500, Currency::NOK));
    BOOST_TEST(!kept->cardTypeId.has_value());
    BOOST_TEST(!kept->coffeeCardPayable);
    auto card = cafe.cards.find(code->toString());
    BOOST_TEST_REQUIRE(card.ok(), whyNot(card));
    BOOST_TEST(card->id == 5);
    BOOST_TEST((card->balance == std::optional<int>(6)));
    auto tag = cafe.db->query(QStringLiteral("SELECT nfc_hash IS NULL FROM coffee_cards WHERE id = 5"));
    BOOST_TEST_REQUIRE(tag->next());
    BOOST_TEST(tag->value(0).toBool());
    // And the new columns work on the old rows.
    BOOST_TEST(cafe.types.linkProduct(7, 3, cafe.kari, cafe.journal).ok());
    BOOST_TEST((cafe.catalogue.product(7)->cardTypeId == std::optional<qint64>(3)));
    BOOST_TEST(cafe.cards.bindNfc(5, u"04A22B1C", cafe.ola, cafe.journal).ok());
    BOOST_TEST(cafe.cards.find(u"04a22b1c")->id == 5);
}

BOOST_AUTO_TEST_SUITE_END()
