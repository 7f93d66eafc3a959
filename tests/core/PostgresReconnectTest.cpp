// When the PostgreSQL server goes away and comes back (restarted, a cable pulled and put back): the
// write that met the dead connection is not saved — whole, even when the server went in the middle
// of it — and says so in words; the next write reconnects by itself; the change feed listens again
// and says that anything may have changed. Exits 77 (skipped) without PostgreSQL.
#include <boost/test/unit_test.hpp>

#include "core/serving/ServingQueue.h"
#include "core/storage/ChangeFeed.h"
#include "tests/core/SaleTestFixture.h"
#include "tests/support/PrivatePostgres.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <cstdlib>
#include <iostream>

using namespace ak;
using namespace ak::test;

namespace {

struct ServerCafe {
    ServerCafe() {
        if (const QString missing = aktest::postgresMissing(); !missing.isEmpty()) {
            std::cout << "skipped: " << missing.toStdString() << " is not installed\n";
            std::exit(77);
        }
        pg.exec(QStringLiteral("CREATE DATABASE cafe"));
    }
    std::unique_ptr<Database> open() {
        auto where = DatabaseLocation::parse(pg.url(QStringLiteral("cafe"), QString::fromLatin1(aktest::PrivatePostgres::kSuperuser)));
        BOOST_TEST_REQUIRE(where.ok());
        auto db = Database::open(where.value());
        BOOST_TEST_REQUIRE(db.ok(), (db.ok() ? QString() : db.error().message).toStdString());
        return std::move(db).value();
    }
    aktest::PrivatePostgres pg;
};

Result<void> redeemed(Database& db, ServingQueue& queue, Journal& journal, const std::function<void()>& midway = {}) {
    return db.write([&]() -> Result<void> {
        auto item = queue.add(QStringLiteral("inngang"), QStringLiteral("coffee_card"), QStringLiteral("Kaffe"), journal);
        if (!item) return item.error();
        if (midway) midway();
        auto again = queue.add(QStringLiteral("inngang"), QStringLiteral("coffee_card"), QStringLiteral("Kaffe"), journal);
        if (!again) return again.error();
        return {};
    });
}

}  // namespace

BOOST_TEST_GLOBAL_FIXTURE(CoreApp);

BOOST_AUTO_TEST_CASE(a_write_while_the_server_is_away_is_refused_whole_and_the_next_one_reconnects) {
    ServerCafe server;
    auto till = server.open();
    auto kiosk = server.open();
    ManualClock clock{QDateTime(QDate(2025, 3, 6), QTime(10, 0), Qt::UTC)};
    Journal tillJournal(*till, clock, QStringLiteral("till-1")), kioskJournal(*kiosk, clock, QStringLiteral("kiosk-1"));
    ServingQueue tillQueue(*till, clock), kioskQueue(*kiosk, clock);
    ChangeFeed feed(*till);
    QStringList topics;  // everything the feed says, from here on
    QObject::connect(&feed, &ChangeFeed::changed, [&](const QString& t) { topics << t; });

    // The server goes in the middle of a write: nothing of it is kept.
    const auto cut = redeemed(*kiosk, kioskQueue, kioskJournal, [&] { server.pg.stop(); });
    BOOST_TEST_REQUIRE(!cut.ok());
    BOOST_TEST(cut.error().message.contains(QStringLiteral("lost its connection to the database server")),
               cut.error().message.toStdString());
    // While it is away: said the same way, nothing hangs.
    const auto away = redeemed(*till, tillQueue, tillJournal);
    BOOST_TEST_REQUIRE(!away.ok());
    BOOST_TEST(away.error().message.contains(QStringLiteral("lost its connection")), away.error().message.toStdString());

    server.pg.start();
    requireOk(redeemed(*till, tillQueue, tillJournal));  // reconnects by itself
    BOOST_TEST(valueOrFail(tillQueue.waiting()).size() == 2u);  // the till's two, none of the cut write
    BOOST_TEST(topics.contains(QStringLiteral("*")), topics.join(u',').toStdString());  // re-read everything
    requireOk(redeemed(*kiosk, kioskQueue, kioskJournal));
    runEventLoop(1000);
    BOOST_TEST(topics.contains(QStringLiteral("serving")), topics.join(u',').toStdString());
    BOOST_TEST(valueOrFail(tillQueue.waiting()).size() == 4u);
    BOOST_TEST(valueOrFail(tillJournal.verify()).ok());
}
