#pragma once
// The café of core_pg_roles on a private PostgreSQL server (tests/support/PrivatePostgres.h), set
// up as a café's admin would: the owner "kafe" (CREATEROLE, owns the database "cafe") makes the café
// and its first rows, applies the roles (core/storage/PostgresRoles.h) with the login roles kiosk1
// and till1 as members; the tests then open the café as those logins, with their passwords.

#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <iostream>
#include <memory>

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include "core/activity/ActivityRepository.h"
#include "core/cards/CardType.h"
#include "core/cards/CoffeeCard.h"
#include "core/cash/ShiftRepository.h"
#include "core/catalogue/CatalogueRepository.h"
#include "core/journal/Journal.h"
#include "core/staff/StaffRepository.h"
#include "core/storage/Database.h"
#include "core/storage/PostgresRoles.h"
#include "core/util/Clock.h"
#include "tests/core/CardTestFixture.h"  // whyNot, osloZone
#include "tests/support/PrivatePostgres.h"
#include "tests/support/TestSupport.h"

namespace ak::test {

template <class T>
T must(Result<T> r) {
    BOOST_TEST_REQUIRE(r.ok(), whyNot(r));
    return std::move(r).value();
}

// The SQLSTATE a statement fails with on `db`'s connection ("" when it runs).
inline QString sqlstateOf(const Database& db, const QString& statement) {
    QSqlQuery q(db.connection());
    if (q.exec(statement)) return QString();
    return q.lastError().nativeErrorCode();
}

struct SkipWithoutPostgres {
    SkipWithoutPostgres() {
        if (const QString missing = aktest::postgresMissing(); !missing.isEmpty()) {
            std::cout << "skipped: " << missing.toStdString() << " is not installed\n";
            std::exit(77);
        }
    }
};

struct RolesServer {
    static constexpr const char* kOwner = "kafe";

    RolesServer() {
        pg.addRole(QString::fromLatin1(kOwner), QStringLiteral("eier-passord"), QStringLiteral("cafe"));
        pg.exec(QStringLiteral("ALTER ROLE kafe CREATEROLE"));
        pg.addRole(QStringLiteral("kiosk1"), QStringLiteral("kiosk-passord"));
        pg.addRole(QStringLiteral("till1"), QStringLiteral("kasse-passord"));
        // libpq's passfile: one line per login, for any socket and database
        QFile f(passFile);
        BOOST_TEST_REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("*:*:*:kafe:eier-passord\n*:*:*:kiosk1:kiosk-passord\n*:*:*:till1:kasse-passord\n");
        f.close();
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    DatabaseLocation at(const QString& database, const QString& user) const {
        DatabaseLocation l = must(DatabaseLocation::parse(pg.url(database, user)));
        l.passwordFile = passFile;
        return l;
    }
    std::unique_ptr<Database> open(const QString& database, const QString& user, bool create = false) const {
        DatabaseOptions options;
        options.createIfMissing = create;
        return must(Database::open(at(database, user), options));
    }

    aktest::PrivatePostgres pg;
    TempDir dir;
    QString passFile = dir.file(QStringLiteral("pgpass"));
};

// The café "cafe": made by its owner with a manager, a volunteer, a product, an open shift on till-1,
// a ten-cup card type and one card, an activity with two places and a waiting list; roles applied.
struct RolesCafe {
    RolesCafe() {
        Journal journal(*owner, clock, QStringLiteral("till-1"));
        StaffRepository staff(*owner, clock, PinHashCost::Minimum);
        kari = must(staff.addDemo(QStringLiteral("Kari"), StaffRole::Manager, QStringLiteral("1357")));
        ola = must(staff.addDemo(QStringLiteral("Ola"), StaffRole::Volunteer, QStringLiteral("2580")));

        CatalogueRepository catalogue(*owner);
        const Category drinks =
            must(catalogue.addCategory({0,
                                        QStringLiteral("drinks"),
                                        {QStringLiteral("Drikke"), QStringLiteral("Drikke"), QStringLiteral("Drinks")},
                                        1}));
        Product coffee;
        coffee.categoryId = drinks.id;
        coffee.code = QStringLiteral("coffee");
        coffee.name = {QStringLiteral("Kaffe"), QStringLiteral("Kaffe"), QStringLiteral("Coffee")};
        coffee.price = Money(2500, Currency::NOK);
        coffee.vatClass = VatClass::Standard;
        coffee.saftBasicId = QStringLiteral("04003");
        coffeeId = must(catalogue.addProduct(coffee)).id;
        must(ShiftRepository(*owner, clock, Currency::NOK, 5000)
                 .open(QStringLiteral("till-1"), CashCount(Currency::NOK), kari, journal));

        CardType type;
        type.kind = CardKind::Punch;
        type.name = QStringLiteral("Klippekort");
        type.cups = 10;
        type = must(CardTypeRepository(*owner, clock, osloZone()).add(type, kari, journal));
        card = must(CardRepository(*owner, clock, osloZone()).issue(type.id, {}, ola, journal)).code.toString();

        Activity a;
        a.title = QStringLiteral("Strikkekafé");
        a.place = QStringLiteral("Kjøkkenet");
        a.startsAt = clock.now().addDays(1);
        a.endsAt = a.startsAt.addSecs(7200);
        a.capacity = 2;
        a.waitlist = true;
        a.price = Money(0, Currency::NOK);
        activityId = must(ActivityRepository(*owner, clock, osloZone()).create(a, 1, ola, journal)).front().id;

        PostgresRoles roles;
        roles.kioskLogins = {QStringLiteral("kiosk1")};
        roles.tillLogins = {QStringLiteral("till1")};
        auto applied = applyPostgresRoles(*owner, roles);
        BOOST_TEST_REQUIRE(applied.ok(), whyNot(applied));
    }

    ManualClock clock{QDateTime(QDate(2025, 3, 6), QTime(9, 0), Qt::UTC)};
    RolesServer server;
    std::unique_ptr<Database> owner =
        server.open(QStringLiteral("cafe"), QString::fromLatin1(RolesServer::kOwner), true);
    StaffMember kari, ola;
    qint64 coffeeId = 0;
    QString card;  // the printed code of the one card
    qint64 activityId = 0;
};

// One café for the whole suite: a server takes half a second, and the tests build on one another
// no more than a café's day does (each reads what it needs).
inline RolesCafe& cafe() {
    static RolesCafe c;
    return c;
}

}  // namespace ak::test
