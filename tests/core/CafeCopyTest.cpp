// A whole café from one database into another (core/audit/CafeCopy): there and back row for row,
// the copy's journal and ids going on from where the source's were, and a target already in use
// refused untouched. In core_cafe_copy the café is copied SQLite -> SQLite file -> SQLite; in
// core_cafe_copy_pg it goes from a PostgreSQL server into an SQLite file and back onto the server.
#include <boost/test/unit_test.hpp>

#include "core/audit/CafeCopy.h"
#include "tests/core/SaleTestFixture.h"

#include <QSqlRecord>

using namespace ak;
using namespace ak::test;

namespace {

// Every row of every table, as text (NULL as "∅"), in the order of the first column.
QStringList dump(const Database& db) {
    QStringList out;
    for (const QString& table : CafeCopy::tables()) {
        QSqlQuery q = valueOrFail(db.query(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table)));
        while (q.next()) {
            QStringList row{table};
            for (int i = 0; i < q.record().count(); ++i)
                row << (q.value(i).isNull() ? QStringLiteral("∅") : q.value(i).toString());
            out << row.join(u'|');
        }
    }
    return out;
}

struct SellingCafe : SaleWorld {
    SellingCafe() {
        sellByCard(draft({{"coffee", 2}, {"bun", 1}}));
        clock.advanceSeconds(60);
        sellByCard(draft({{"sandwich", 1}}));
        clock.advanceSeconds(60);
        sellByCard(draft({{"squash", 3}}));
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(cafe_copy)

BOOST_AUTO_TEST_CASE(a_cafe_goes_there_and_back_row_for_row) {
    SellingCafe cafe;
    TempDir dir;
    auto file = Database::open(dir.file(QStringLiteral("copy.sqlite")));
    BOOST_TEST_REQUIRE(file.ok());
    const CopiedCafe there = valueOrFail(CafeCopy::copy(*cafe.db, *file.value()));
    BOOST_TEST(there.rows.at(QStringLiteral("sales")) == 3);
    BOOST_TEST(there.journalEntries == cafe.count("journal"));
    BOOST_TEST(there.salesTotalMinor == 5000 + 3500 + 5990 + 3 * 2250);
    auto back = openOrFail(dir.file(QStringLiteral("back.sqlite")));
    const CopiedCafe again = valueOrFail(CafeCopy::copy(*file.value(), *back));
    BOOST_TEST(again.totalRows() == there.totalRows());
    if (back->isPostgres()) {
        // Analysed as soon as copied (-1 would be "never"): the server plans the first report on the
        // copy for the café's real size, not for an empty table.
        QSqlQuery q = valueOrFail(back->query(QStringLiteral("SELECT reltuples FROM pg_class WHERE relname = 'sales'")));
        BOOST_TEST_REQUIRE(q.next());
        BOOST_TEST(q.value(0).toDouble() == 3.0);
    }

    const QStringList original = dump(*cafe.db);
    BOOST_TEST(original.size() > 30);
    BOOST_TEST(dump(*file.value()) == original);
    BOOST_TEST(dump(*back) == original);

    // The copy goes on where the source stopped: the next id after the largest, the journal chain
    // unbroken, the protections back on.
    CatalogueRepository catalogue(*back);
    const Category food = valueOrFail(catalogue.addCategory({0, QStringLiteral("food"),
                                                             {QStringLiteral("Mat"), QStringLiteral("Mad"), QStringLiteral("Food")}, 2}));
    BOOST_TEST(food.id == cafe.products.begin()->second.categoryId + 1);
    Journal journal(*back, cafe.clock, QStringLiteral("till-1"));
    requireOk(back->write([&]() -> Result<void> {
        auto e = journal.append(Journal::systemActor(), JournalKind::TriggersRestored, QJsonObject{});
        if (!e) return e.error();
        return {};
    }));
    const JournalCheck check = valueOrFail(journal.verify());
    BOOST_TEST(check.ok(), check.reason.toStdString());
    BOOST_TEST(!back->query(QStringLiteral("DELETE FROM journal")).ok());
    BOOST_TEST(!back->query(QStringLiteral("UPDATE sales SET total_minor = 0")).ok());
}

BOOST_AUTO_TEST_CASE(a_target_in_use_is_refused_untouched) {
    SellingCafe cafe;
    SaleWorld other(Country::Norway, true, QLocale::NorwegianBokmal, QStringLiteral(":memory:"), false);
    const QStringList before = dump(*other.db);
    auto r = CafeCopy::copy(*cafe.db, *other.db);
    BOOST_TEST_REQUIRE(!r.ok());
    BOOST_TEST((r.error().code == ErrorCode::Conflict));
    BOOST_TEST(r.error().message.contains(QStringLiteral("already holds a café")), r.error().message.toStdString());
    BOOST_TEST(dump(*other.db) == before);
}

BOOST_AUTO_TEST_SUITE_END()
