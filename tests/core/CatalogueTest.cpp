#include "core/activity/ActivityRepository.h"
#include "core/catalogue/CatalogueRepository.h"
#include "core/settings/SettingsRepository.h"
#include "tests/core/CoreFixtures.h"
#include "tests/core/Printers.h"
#include "tests/core/StaffTestFixture.h"

#include <boost/test/unit_test.hpp>

using namespace ak;
using namespace ak::test;

namespace {

struct Catalogue : StaffCafe {
    CatalogueRepository repo{*db};
    StaffMember kari = add("Kari", StaffRole::Manager, "1357");
    StaffMember ola = add("Ola", StaffRole::Volunteer, "2580");

    Category category(const char* code, int sort) {
        auto c = repo.addCategory({0, QString::fromLatin1(code), {QString::fromLatin1(code), {}, {}}, sort});
        BOOST_TEST_REQUIRE(c.ok(), (c.ok() ? QString() : c.error().message).toStdString());
        return c.value();
    }
    Product product(qint64 categoryId, const char* code, qint64 price, int sort = 0) {
        Product p;
        p.categoryId = categoryId;
        p.code = QString::fromLatin1(code);
        p.name = {QStringLiteral("nb ") + p.code, QStringLiteral("da ") + p.code, QStringLiteral("en ") + p.code};
        p.price = Money(price, Currency::NOK);
        p.vatClass = VatClass::Food;
        p.saftBasicId = QStringLiteral("04012");
        p.sortOrder = sort;
        auto r = repo.addProduct(p);
        BOOST_TEST_REQUIRE(r.ok(), (r.ok() ? QString() : r.error().message).toStdString());
        return r.value();
    }
};

QStringList codes(const std::vector<Product>& ps) {
    QStringList out;
    for (const Product& p : ps) out << p.code;
    return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(catalogue)

BOOST_AUTO_TEST_CASE(lists_categories_and_active_products_in_order) {
    Catalogue c;
    const Category food = c.category("food", 2);
    const Category drinks = c.category("drinks", 1);
    c.product(drinks.id, "tea", 500, 2);
    const Product coffee = c.product(drinks.id, "coffee", 500, 1);
    c.product(food.id, "soup", 4000);

    auto cats = c.repo.categories();
    BOOST_TEST_REQUIRE(cats.ok());
    BOOST_TEST_REQUIRE(cats->size() == 2u);
    BOOST_TEST(cats->at(0).code == QStringLiteral("drinks"));
    BOOST_TEST(cats->at(1).code == QStringLiteral("food"));

    auto drinksList = c.repo.activeProducts(drinks.id);
    BOOST_TEST_REQUIRE(drinksList.ok());
    BOOST_TEST(codes(drinksList.value()) == (QStringList{QStringLiteral("coffee"), QStringLiteral("tea")}));

    auto stored = c.repo.product(coffee.id);
    BOOST_TEST_REQUIRE(stored.ok());
    BOOST_TEST(stored->price == Money(500, Currency::NOK));
    BOOST_TEST((stored->vatClass == VatClass::Food));
    BOOST_TEST(stored->saftBasicId == QStringLiteral("04012"));
    BOOST_TEST(stored->name.text(QLocale::Danish) == QStringLiteral("da coffee"));
    BOOST_TEST(stored->name.text(QLocale::English) == QStringLiteral("en coffee"));
    BOOST_TEST(stored->name.text(QLocale::NorwegianNynorsk) == QStringLiteral("nb coffee"));
}

BOOST_AUTO_TEST_CASE(update_and_deactivate) {
    Catalogue c;
    const Category drinks = c.category("drinks", 1);
    Product coffee = c.product(drinks.id, "coffee", 500);
    coffee.price = Money(600, Currency::NOK);
    coffee.name.en = QStringLiteral("Filter coffee");
    BOOST_TEST_REQUIRE(c.repo.updateProduct(coffee, c.kari, c.journal).ok());
    BOOST_TEST(c.repo.product(coffee.id)->price == Money(600, Currency::NOK));
    BOOST_TEST(c.repo.product(coffee.id)->name.en == QStringLiteral("Filter coffee"));

    BOOST_TEST_REQUIRE(c.repo.deactivateProduct(coffee.id).ok());
    BOOST_TEST(c.repo.activeProducts(drinks.id)->empty());
    BOOST_TEST(c.repo.allProducts()->size() == 1u);
    BOOST_TEST(!c.repo.product(coffee.id)->active);

    BOOST_TEST((c.repo.deactivateProduct(999).error().code == ErrorCode::NotFound));
    coffee.id = 999;
    BOOST_TEST((c.repo.updateProduct(coffee, c.kari, c.journal).error().code == ErrorCode::NotFound));
    BOOST_TEST((c.repo.product(999).error().code == ErrorCode::NotFound));
}

BOOST_AUTO_TEST_CASE(price_changes_need_a_manager_and_are_journaled) {
    Catalogue c;
    const Category drinks = c.category("drinks", 1);
    Product coffee = c.product(drinks.id, "coffee", 500);
    coffee.price = Money(700, Currency::NOK);

    // A volunteer may sell coffee, not change what it costs; nothing is stored or journaled.
    auto refused = c.repo.updateProduct(coffee, c.ola, c.journal);
    BOOST_TEST_REQUIRE(!refused.ok());
    BOOST_TEST((refused.error().code == ErrorCode::Permission));
    BOOST_TEST(c.repo.product(coffee.id)->price == Money(500, Currency::NOK));
    BOOST_TEST(c.entriesOfKind(QStringLiteral("price_changed")).empty());

    // The manager's change: one price_changed entry with the old and the new price.
    BOOST_TEST_REQUIRE(c.repo.updateProduct(coffee, c.kari, c.journal).ok());
    const auto changes = c.entriesOfKind(QStringLiteral("price_changed"));
    BOOST_TEST_REQUIRE(changes.size() == 1u);
    BOOST_TEST(changes[0].actor == Journal::staffActor(c.kari.id));
    BOOST_TEST(changes[0].payload.contains(QStringLiteral("\"old_price\":500")), changes[0].payload.toStdString());
    BOOST_TEST(changes[0].payload.contains(QStringLiteral("\"new_price\":700")), changes[0].payload.toStdString());
    BOOST_TEST(JournalKinds::safTEvent(JournalKind::PriceChanged) == 13021);

    // A new name at the same price is a product change, not a price change.
    coffee.name.en = QStringLiteral("Filter coffee");
    BOOST_TEST_REQUIRE(c.repo.updateProduct(coffee, c.kari, c.journal).ok());
    BOOST_TEST(c.entriesOfKind(QStringLiteral("price_changed")).size() == 1u);
    BOOST_TEST(c.entriesOfKind(QStringLiteral("product_changed")).size() == 1u);
    BOOST_TEST(c.journal.verify()->ok());
}

BOOST_AUTO_TEST_CASE(refuses_bad_products) {
    Catalogue c;
    const Category drinks = c.category("drinks", 1);
    Product good;
    good.categoryId = drinks.id;
    good.code = QStringLiteral("coffee");
    good.name.nb = QStringLiteral("Kaffe");
    good.price = Money(500, Currency::NOK);
    good.saftBasicId = QStringLiteral("04012");
    BOOST_TEST_REQUIRE(c.repo.addProduct(good).ok());

    Product dup = good;
    BOOST_TEST((c.repo.addProduct(dup).error().code == ErrorCode::Conflict));
    Product negative = good;
    negative.code = QStringLiteral("n");
    negative.price = Money(-1, Currency::NOK);
    BOOST_TEST((c.repo.addProduct(negative).error().code == ErrorCode::InvalidInput));
    Product saft = good;
    saft.code = QStringLiteral("s");
    saft.saftBasicId = QStringLiteral("4012");
    BOOST_TEST((c.repo.addProduct(saft).error().code == ErrorCode::InvalidInput));
    Product orphan = good;
    orphan.code = QStringLiteral("o");
    orphan.categoryId = 4242;
    BOOST_TEST((c.repo.addProduct(orphan).error().code == ErrorCode::InvalidInput));
    Product nameless = good;
    nameless.code = QStringLiteral("x");
    nameless.name = {};
    BOOST_TEST((c.repo.addProduct(nameless).error().code == ErrorCode::InvalidInput));
    BOOST_TEST(c.repo.allProducts()->size() == 1u);
}

BOOST_AUTO_TEST_CASE(activities_between_two_times) {
    auto db = openOrFail(QStringLiteral(":memory:"));
    ManualClock clock(QDateTime(QDate(2025, 3, 1), QTime(9, 0), Qt::UTC));
    ActivityRepository repo(*db, clock, QTimeZone(QByteArrayLiteral("Europe/Oslo")));
    const QDateTime monday(QDate(2025, 3, 3), QTime(0, 0), Qt::UTC);
    auto add = [&](const char* title, int dayOffset, std::optional<int> capacity = std::nullopt) {
        Activity a;
        a.title = QString::fromUtf8(title);
        a.place = QStringLiteral("Kafeen");
        a.startsAt = monday.addDays(dayOffset).addSecs(10 * 3600);
        a.endsAt = a.startsAt.addSecs(5400);
        a.capacity = capacity;
        a.price = Money(0, Currency::NOK);
        auto r = repo.add(a);
        BOOST_TEST_REQUIRE(r.ok());
        BOOST_TEST(r->id > 0);
    };
    add("Tur", 3);
    add("Kino", 4, 12);
    add("Matklubb", 1);
    add("Neste uke", 8);
    auto week = repo.between(monday, monday.addDays(7));
    BOOST_TEST_REQUIRE(week.ok());
    BOOST_TEST_REQUIRE(week->size() == 3u);
    BOOST_TEST(week->at(0).title == QStringLiteral("Matklubb"));
    BOOST_TEST(week->at(2).title == QStringLiteral("Kino"));
    BOOST_TEST((week->at(2).capacity == std::optional<int>(12)));
    BOOST_TEST(!week->at(0).capacity.has_value());
    BOOST_TEST(week->at(0).startsAt == monday.addDays(1).addSecs(36000));
    BOOST_TEST(week->at(0).endsAt == monday.addDays(1).addSecs(36000 + 5400));

    Activity backwards;
    backwards.title = QStringLiteral("x");
    backwards.startsAt = monday;
    backwards.endsAt = monday.addSecs(-1);
    BOOST_TEST((repo.add(backwards).error().code == ErrorCode::InvalidInput));
    Activity untitled;
    untitled.startsAt = untitled.endsAt = monday;
    BOOST_TEST((repo.add(untitled).error().code == ErrorCode::InvalidInput));
}

BOOST_AUTO_TEST_CASE(settings_round_trip) {
    auto db = openOrFail(QStringLiteral(":memory:"));
    SettingsRepository s(*db);
    BOOST_TEST(!s.value(QStringLiteral("k"))->has_value());
    BOOST_TEST(s.set(QStringLiteral("k"), QStringLiteral("1")).ok());
    BOOST_TEST(s.set(QStringLiteral("k"), QStringLiteral("2")).ok());
    BOOST_TEST(s.value(QStringLiteral("k"))->value_or(QString()) == QStringLiteral("2"));
}

BOOST_AUTO_TEST_SUITE_END()
