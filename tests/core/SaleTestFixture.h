#pragma once
// A café with a till for the sales suites: an in-memory database (or a file), a clock the test
// moves, staff with fast PIN hashing, four products and a SaleRepository for register "till-1",
// with a shift open (every sale belongs to one) unless `withShift` is false.

#include "core/cash/ShiftRepository.h"
#include "core/catalogue/CatalogueRepository.h"
#include "core/journal/Journal.h"
#include "core/sales/SaleRepository.h"
#include "core/staff/StaffRepository.h"
#include "tests/core/CoreFixtures.h"
#include "tests/core/Printers.h"

#include <boost/test/unit_test.hpp>

#include <map>

namespace ak::test {

template <class T>
T valueOrFail(Result<T> r) {
    BOOST_TEST_REQUIRE(r.ok(), (r.ok() ? QString() : r.error().message).toStdString());
    return std::move(r).value();
}

inline void requireOk(const Result<void>& r) {
    BOOST_TEST_REQUIRE(r.ok(), (r.ok() ? QString() : r.error().message).toStdString());
}

struct SaleWorld {
    explicit SaleWorld(Country country = Country::Norway, bool vatRegistered = true,
                       QLocale::Language language = QLocale::NorwegianBokmal,
                       const QString& path = QStringLiteral(":memory:"), bool withShift = true)
        : currency(country == Country::Norway ? Currency::NOK : Currency::DKK),
          db(openOrFail(path)),
          sales(*db, journal, clock, VatTable::forCountry(country, vatRegistered), language) {
        const Category drinks = valueOrFail(catalogue.addCategory({0, QStringLiteral("drinks"),
                                                                   {QStringLiteral("Drikke"), QStringLiteral("Drikke"),
                                                                    QStringLiteral("Drinks")}, 1}));
        auto add = [&](const char* code, const char* nb, const char* da, const char* en, qint64 price, VatClass c,
                       const char* saft) {
            Product p;
            p.categoryId = drinks.id;
            p.code = QString::fromLatin1(code);
            p.name = {QString::fromUtf8(nb), QString::fromUtf8(da), QString::fromUtf8(en)};
            p.price = Money(price, currency);
            p.vatClass = c;
            p.saftBasicId = QString::fromLatin1(saft);
            products[code] = valueOrFail(catalogue.addProduct(p));
        };
        add("coffee", "Kaffe", "Kaffe", "Coffee", 2500, VatClass::Standard, "04003");
        add("bun", "Bolle", "Bolle", "Bun", 3500, VatClass::Food, "04006");
        add("sandwich", "Smørbrød", "Smørrebrød", "Sandwich", 5990, VatClass::Food, "04006");
        add("squash", "Saft", "Saftevand", "Squash", 2250, VatClass::Standard, "04003");
        kari = valueOrFail(staff.addDemo(QStringLiteral("Kari"), StaffRole::Volunteer, QStringLiteral("1234")));
        mona = valueOrFail(staff.addDemo(QStringLiteral("Mona"), StaffRole::Manager, QStringLiteral("4321")));
        if (withShift) openShift();
    }

    // Kari opens a shift on till-1 with an empty drawer (what the cash suites test is in ShiftTest).
    void openShift() {
        ShiftRepository shifts(*db, clock, currency, 5000);
        valueOrFail(shifts.open(QStringLiteral("till-1"), CashCount(currency), kari, journal));
    }

    qint64 id(const char* code) { return products.at(code).id; }
    SaleDraft draft(std::initializer_list<std::pair<const char*, int>> items,
                    Consumption consumption = Consumption::EatIn) {
        SaleDraft d(currency, consumption);
        for (const auto& [code, quantity] : items) {
            requireOk(sales.addProduct(d, id(code)));
            if (quantity != 1) requireOk(d.setQuantity(id(code), quantity));
        }
        return d;
    }
    // Completes `d` paid exactly by card.
    CompletedSale sellByCard(const SaleDraft& d) {
        PaymentPlan plan(d.totals(sales.vatTable()).total);
        if (!plan.isPaidInFull()) requireOk(plan.add(PaymentMethod::Card, plan.remaining()));
        return valueOrFail(sales.complete(d, plan, kari));
    }
    std::vector<JournalEntry> entries() { return valueOrFail(journal.entries()); }
    qint64 count(const char* table) {
        QSqlQuery q = valueOrFail(db->query(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QString::fromLatin1(table))));
        BOOST_TEST_REQUIRE(q.next());
        return q.value(0).toLongLong();
    }
    std::vector<JournalEntry> ofKind(const char* kind) {
        std::vector<JournalEntry> out;
        for (const JournalEntry& e : entries())
            if (e.kind == QLatin1String(kind)) out.push_back(e);
        return out;
    }

    Currency currency;
    ManualClock clock{QDateTime(QDate(2025, 3, 6), QTime(10, 0), Qt::UTC)};
    std::unique_ptr<Database> db;  // in memory unless a path is given
    Journal journal{*db, clock, QStringLiteral("till-1")};
    CatalogueRepository catalogue{*db};
    StaffRepository staff{*db, PinHashCost::Minimum};
    SaleRepository sales;
    std::map<std::string, Product> products;
    StaffMember kari, mona;
};

}  // namespace ak::test
