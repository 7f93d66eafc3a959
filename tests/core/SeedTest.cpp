#include "core/activity/ActivityRepository.h"
#include "core/cards/CardType.h"
#include "core/catalogue/CatalogueRepository.h"
#include "core/seed/DemoSeeder.h"
#include "core/seed/SeedParser.h"
#include "core/staff/StaffRepository.h"
#include "tests/core/CoreFixtures.h"
#include "tests/core/Printers.h"

#include <QFile>
#include <QTimeZone>

#include <boost/test/unit_test.hpp>

using namespace ak;
using namespace ak::test;

namespace {

QString demoSeed() { return sourceDir() + QStringLiteral("/config/demo-seed.toml"); }

// Wednesday 5 March 2025, 11:00 in Oslo.
const QDateTime kSeedDay(QDate(2025, 3, 5), QTime(10, 0), Qt::UTC);

struct Seeded {
    ManualClock clock{kSeedDay};
    std::unique_ptr<Database> db = openOrFail(QStringLiteral(":memory:"));
    Journal journal{*db, clock, QStringLiteral("cli")};

    Result<DemoSeedResult> seed(const QString& file = demoSeed()) {
        return DemoSeeder::seed(*db, journal, clock, file, PinHashCost::Minimum);
    }
};

QDateTime oslo(int day, int hour) {
    return QDateTime(QDate(2025, 3, day), QTime(hour, 0), QTimeZone("Europe/Oslo")).toUTC();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(demo_seed)

BOOST_AUTO_TEST_CASE(seeds_catalogue_activities_and_staff) {
    Seeded s;
    auto r = s.seed();
    BOOST_TEST_REQUIRE(r.ok(), (r.ok() ? QString() : r.error().message).toStdString());
    BOOST_TEST(r->categories == 2);
    BOOST_TEST(r->products == 7);
    BOOST_TEST(r->cardTypes == 3);
    BOOST_TEST(r->activities == 5);
    BOOST_TEST_REQUIRE(r->staff.size() == 3u);

    CatalogueRepository catalogue(*s.db);
    auto products = catalogue.allProducts();
    BOOST_TEST_REQUIRE(products.ok());
    std::map<QString, Product> byCode;
    for (const Product& p : products.value()) byCode[p.code] = p;
    BOOST_TEST(byCode.at(QStringLiteral("coffee")).price == Money(500, Currency::NOK));
    BOOST_TEST(byCode.at(QStringLiteral("coffee")).saftBasicId == QStringLiteral("04012"));
    BOOST_TEST(byCode.at(QStringLiteral("day-pass")).price == Money(1000, Currency::NOK));
    BOOST_TEST(byCode.at(QStringLiteral("day-pass")).name.nb == QStringLiteral("Påfyll hele dagen"));
    BOOST_TEST(byCode.at(QStringLiteral("waffle")).price == Money(1250, Currency::NOK));
    BOOST_TEST(byCode.at(QStringLiteral("soup")).saftBasicId == QStringLiteral("04006"));
    const Product& punchCard = byCode.at(QStringLiteral("punch-card"));
    BOOST_TEST(punchCard.price == Money(4000, Currency::NOK));
    BOOST_TEST(punchCard.name.en == QStringLiteral("Punch card, 10 cups"));
    BOOST_TEST(punchCard.id == 7);  // appended: the products before it keep their ids
    for (const auto& [code, p] : byCode)
        BOOST_TEST(p.coffeeCardPayable == (code == QStringLiteral("coffee") || code == QStringLiteral("tea")),
                   code.toStdString());

    // Card types: the punch card and the day pass are sold as products; the free card is not.
    CardTypeRepository cardTypes(*s.db, s.clock, QTimeZone("Europe/Oslo"));
    auto types = cardTypes.list();
    BOOST_TEST_REQUIRE(types.ok());
    BOOST_TEST_REQUIRE(types->size() == 3u);
    std::map<QString, CardType> typeByName;
    for (const CardType& t : types.value()) typeByName[t.name] = t;
    const CardType& punch = typeByName.at(QStringLiteral("Klippekort 10 kopper"));
    const CardType& day = typeByName.at(QStringLiteral("Påfyll hele dagen"));
    const CardType& welcome = typeByName.at(QStringLiteral("Velkommen – 5 kopper"));
    BOOST_TEST((punch.kind == CardKind::Punch && punch.cups == std::optional<int>(10)));
    BOOST_TEST((day.kind == CardKind::DayPass && day.unlimited()));
    BOOST_TEST((welcome.kind == CardKind::Free && welcome.cups == std::optional<int>(5)));
    BOOST_TEST((welcome.validityDays == std::optional<int>(30)));
    BOOST_TEST(welcome.programme == QStringLiteral("Velkommen"));
    BOOST_TEST((punchCard.cardTypeId == std::optional<qint64>(punch.id)));
    BOOST_TEST((byCode.at(QStringLiteral("day-pass")).cardTypeId == std::optional<qint64>(day.id)));
    int sellingCards = 0;
    for (const auto& [code, p] : byCode) sellingCards += p.cardTypeId.has_value();
    BOOST_TEST(sellingCards == 2);
    auto budget = cardTypes.budgetUse(QStringLiteral("Velkommen"), QDate(2025, 3, 5));
    BOOST_TEST_REQUIRE(budget.ok());
    BOOST_TEST(budget->budget == 100);
    for (const auto& [code, p] : byCode) {
        BOOST_TEST((p.vatClass == VatClass::Food), code.toStdString());
        BOOST_TEST(!p.name.nb.isEmpty());
        BOOST_TEST(!p.name.da.isEmpty());
        BOOST_TEST(!p.name.en.isEmpty());
        BOOST_TEST((p.saftBasicId == QStringLiteral("04012") || p.saftBasicId == QStringLiteral("04006")));
    }

    // The coming week, as seen from Wednesday 11:00 in Oslo.
    ActivityRepository activities(*s.db, s.clock, QTimeZone(QByteArrayLiteral("Europe/Oslo")));
    auto week = activities.between(kSeedDay, kSeedDay.addDays(7));
    BOOST_TEST_REQUIRE(week.ok());
    BOOST_TEST_REQUIRE(week->size() == 5u);
    BOOST_TEST(week->at(0).title == QStringLiteral("Recoverykurs: Min hverdag"));  // today 12:00, still ahead
    BOOST_TEST(week->at(0).startsAt == oslo(5, 12));
    BOOST_TEST(week->at(1).title == QStringLiteral("Tur langs elva"));  // Thursday
    BOOST_TEST(week->at(1).startsAt == oslo(6, 11));
    BOOST_TEST(week->at(1).endsAt == oslo(6, 11).addSecs(90 * 60));
    BOOST_TEST(week->at(4).title == QStringLiteral("Matklubb"));  // next Tuesday
    BOOST_TEST(week->at(4).startsAt == oslo(11, 16));
    BOOST_TEST(week->at(4).price == Money(2000, Currency::NOK));
    // Matklubb: 8 places, a waitlist, and sign-up closes at noon when the shopping is done.
    BOOST_TEST((week->at(4).capacity == std::optional<int>(8)));
    BOOST_TEST(week->at(4).waitlist);
    BOOST_TEST(week->at(4).signupDeadline == oslo(11, 12));
    BOOST_TEST(!week->at(1).waitlist);  // the walk has no limit, so no waitlist
    BOOST_TEST(!week->at(1).signupDeadline.isValid());

    StaffRepository staff(*s.db, PinHashCost::Minimum);
    int managers = 0;
    for (const SeededStaff& m : r->staff) {
        BOOST_TEST(staff.verifyPin(m.member.id, m.pin).value(), m.member.name.toStdString());
        BOOST_TEST(!m.member.name.isEmpty());
        managers += m.member.role == StaffRole::Manager;
    }
    BOOST_TEST(managers == 1);

    auto check = s.journal.verify();
    BOOST_TEST(check->ok());
    BOOST_TEST(check->entries == 1);
    BOOST_TEST(s.journal.entries()->front().kind == QStringLiteral("demo_seeded"));
}

BOOST_AUTO_TEST_CASE(refuses_to_seed_twice) {
    Seeded s;
    BOOST_TEST_REQUIRE(s.seed().ok());
    auto again = s.seed();
    BOOST_TEST_REQUIRE(!again.ok());
    BOOST_TEST((again.error().code == ErrorCode::Conflict));
    BOOST_TEST(CatalogueRepository(*s.db).allProducts()->size() == 7u);
    BOOST_TEST(CardTypeRepository(*s.db, s.clock, QTimeZone::utc()).list()->size() == 3u);
    BOOST_TEST(s.journal.verify()->entries == 1);
}

BOOST_AUTO_TEST_CASE(refuses_a_cafe_that_already_has_staff) {
    Seeded s;
    BOOST_TEST_REQUIRE(StaffRepository(*s.db, PinHashCost::Minimum).addDemo(QStringLiteral("Eva"), StaffRole::Manager,
                                                                         QStringLiteral("9999")).ok());
    auto r = s.seed();
    BOOST_TEST_REQUIRE(!r.ok());
    BOOST_TEST((r.error().code == ErrorCode::Conflict));
    BOOST_TEST(CatalogueRepository(*s.db).categories()->empty());
}

BOOST_AUTO_TEST_CASE(bad_files_are_refused_with_a_location_and_nothing_written) {
    TempDir dir;
    auto write = [&](const char* name, const char* text) {
        QFile f(dir.file(QString::fromLatin1(name)));
        BOOST_TEST_REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(text);
        return f.fileName();
    };
    Seeded s;
    const QString syntax = write("syntax.toml", "[cafe]\ncurrency = \"NOK\"\n[[products]\n");
    auto r = s.seed(syntax);
    BOOST_TEST_REQUIRE(!r.ok());
    BOOST_TEST((r.error().code == ErrorCode::Config));
    BOOST_TEST(r.error().message.contains(syntax + QStringLiteral(":3:")), r.error().message.toStdString());

    const QString pin = write("pin.toml", "[cafe]\ncurrency = \"NOK\"\n[[staff]]\nname = \"A\"\nrole = \"manager\"\npin = \"12\"\n");
    r = s.seed(pin);
    BOOST_TEST_REQUIRE(!r.ok());
    BOOST_TEST((r.error().code == ErrorCode::Config));
    BOOST_TEST(r.error().message.contains(QStringLiteral("[[staff]] entry 1")));

    const QString price = write("price.toml", "[cafe]\ncurrency = \"NOK\"\n[[categories]]\ncode = \"d\"\nname = { nb = \"D\" }\n"
                                              "[[products]]\ncode = \"c\"\ncategory = \"d\"\nname = { nb = \"K\" }\n"
                                              "price = \"5,005\"\nvat = \"food\"\nsaft = \"04012\"\n");
    r = s.seed(price);
    BOOST_TEST_REQUIRE(!r.ok());
    BOOST_TEST(r.error().message.contains(QStringLiteral("two decimals")));

    const QString category = write("cat.toml", "[cafe]\ncurrency = \"NOK\"\n[[products]]\ncode = \"c\"\ncategory = \"x\"\n"
                                               "name = { nb = \"K\" }\nprice = \"5\"\nvat = \"food\"\nsaft = \"04012\"\n");
    r = s.seed(category);
    BOOST_TEST_REQUIRE(!r.ok());
    BOOST_TEST((r.error().code == ErrorCode::Config));

    // A free card is never sold: linking it to a product refuses the whole file.
    const QString freeSold = write("free.toml", "[cafe]\ncurrency = \"NOK\"\n[[categories]]\ncode = \"d\"\nname = { nb = \"D\" }\n"
                                                "[[products]]\ncode = \"c\"\ncategory = \"d\"\nname = { nb = \"K\" }\n"
                                                "price = \"5\"\nvat = \"food\"\nsaft = \"04012\"\n"
                                                "[[card_types]]\nkind = \"punch\"\nname = \"P\"\ncups = 2\n"
                                                "[[card_types]]\nkind = \"free\"\nname = \"F\"\ncups = 5\n"
                                                "validity_days = 3\nprogramme = \"X\"\nproduct = \"c\"\n");
    r = s.seed(freeSold);
    BOOST_TEST_REQUIRE(!r.ok());
    BOOST_TEST((r.error().code == ErrorCode::Config));
    BOOST_TEST(r.error().message.contains(QStringLiteral("[[card_types]] entry 2")), r.error().message.toStdString());
    BOOST_TEST(CardTypeRepository(*s.db, s.clock, QTimeZone::utc()).list()->empty());
    const QString kind = write("kind.toml", "[cafe]\ncurrency = \"NOK\"\n[[card_types]]\nkind = \"gift\"\nname = \"G\"\n");
    r = s.seed(kind);
    BOOST_TEST_REQUIRE(!r.ok());
    BOOST_TEST(r.error().message.contains(QStringLiteral("[[card_types]] entry 1")), r.error().message.toStdString());

    r = s.seed(dir.file(QStringLiteral("missing.toml")));
    BOOST_TEST_REQUIRE(!r.ok());
    BOOST_TEST((r.error().code == ErrorCode::Io));

    BOOST_TEST(s.journal.verify()->entries == 0);
    BOOST_TEST(CatalogueRepository(*s.db).allProducts()->empty());
    BOOST_TEST(s.seed().ok());  // and the good file still works afterwards
}

// Issue 10, item 8: the configuration given as a seed by mistake, or a seed with nothing in it, is
// refused with a sentence, leaves no mark, and the right seed loads afterwards.
BOOST_AUTO_TEST_CASE(the_configuration_or_an_empty_seed_is_refused_and_leaves_no_mark) {
    Seeded s;
    TempDir dir;
    const QString empty = dir.file(QStringLiteral("empty.toml"));
    {
        QFile f(empty);
        BOOST_TEST_REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("[cafe]\ncurrency = \"NOK\"\n");
    }
    auto config = s.seed(sourceDir() + QStringLiteral("/config/aktivkafe.toml"));
    BOOST_TEST_REQUIRE(!config.ok());
    BOOST_TEST((config.error().code == ErrorCode::Config));
    BOOST_TEST(config.error().message.contains(QStringLiteral("is not a seed file")), config.error().message);
    BOOST_TEST(config.error().message.contains(QStringLiteral("the café's configuration")), config.error().message);
    auto nothing = s.seed(empty);
    BOOST_TEST_REQUIRE(!nothing.ok());
    BOOST_TEST(nothing.error().message.contains(QStringLiteral("loads nothing")), nothing.error().message);
    auto entries = s.journal.entries();
    BOOST_TEST_REQUIRE(entries.ok());
    BOOST_TEST(entries->empty());  // no demo_seeded entry, no mark
    auto right = s.seed();
    BOOST_TEST(right.ok(), (right.ok() ? QString() : right.error().message));
}

// Found by the seed fuzz target: toml++ 3.3 turned `minutes = 1e32` into an integer unchecked
// (undefined behaviour; scripts/sanitize's UBSan stops here without the fix). Numbers are read
// as before otherwise: whole floats and true/false count, what is no whole number in range is as
// if not there.
BOOST_AUTO_TEST_CASE(numbers_are_read_without_undefined_behaviour) {
    const auto activity = [](const char* minutes, const char* closes) {
        const QByteArray text = QByteArray("[cafe]\ncurrency = \"NOK\"\n[[activities]]\ntitle = \"Tur\"\n"
                                           "weekday = \"monday\"\nstart = \"18:00\"\nminutes = ") + minutes +
                                "\nsignup_closes_hours_before = " + closes + "\n";
        auto r = parseSeed(text, QStringLiteral("seed.toml"));
        BOOST_TEST_REQUIRE(r.ok(), (r.ok() ? QString() : r.error().message).toStdString());
        BOOST_TEST_REQUIRE(r->activities.size() == 1u);
        return std::pair(r->activities.front().minutes, r->activities.front().closesHoursBefore);
    };
    BOOST_TEST((activity("90", "2") == std::pair(90, 2)));
    BOOST_TEST((activity("90.0", "true") == std::pair(90, 1)));
    BOOST_TEST((activity("1e32", "-1e300") == std::pair(60, 0)));  // the defaults, as for "90" in quotes
    BOOST_TEST((activity("90.5", "inf") == std::pair(60, 0)));
    BOOST_TEST((activity("9.3e18", "nan") == std::pair(60, 0)));
}

BOOST_AUTO_TEST_SUITE_END()
