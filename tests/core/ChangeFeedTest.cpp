// The change feed (core/storage/ChangeFeed): a write committed on another connection to the same
// café (another process or machine) is heard on this one; a write rolled back and this
// connection's own writes are not. In core_change_feed on an SQLite file (data_version), in
// core_change_feed_pg on a PostgreSQL server (LISTEN/NOTIFY with the topic).
#include <boost/test/unit_test.hpp>

#include "core/serving/ServingQueue.h"
#include "core/storage/ChangeFeed.h"
#include "tests/core/SaleTestFixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

using namespace ak;
using namespace ak::test;

namespace {

// The topics heard within `ms` (the event loop runs meanwhile).
QStringList heard(ChangeFeed& feed, int ms) {
    QStringList topics;
    QEventLoop loop;
    const auto c = QObject::connect(&feed, &ChangeFeed::changed, &loop, [&](const QString& t) { topics << t; });
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(c);
    return topics;
}

// Waits for the first topic about `wanted`, up to five seconds; how long it took, or -1.
qint64 firstAbout(ChangeFeed& feed, const char* wanted) {
    QElapsedTimer t;
    t.start();
    QEventLoop loop;
    qint64 after = -1;
    QObject::connect(&feed, &ChangeFeed::changed, &loop, [&](const QString& topic) {
        if (ChangeFeed::about(topic, wanted) && after < 0) {
            after = t.elapsed();
            loop.quit();
        }
    });
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    loop.exec();
    return after;
}

struct TwoConnections {
    TempDir dir;
    QString path = dir.file(QStringLiteral("cafe.sqlite"));
    SaleWorld till{Country::Norway, true, QLocale::NorwegianBokmal, path, false};
    std::unique_ptr<Database> kiosk = openOrFail(path);  // the same café, on a connection of its own
    Journal kioskJournal{*kiosk, till.clock, QStringLiteral("kiosk-1")};
    ServingQueue kioskQueue{*kiosk, till.clock};

    Result<void> redeemAtKiosk(bool rollBack = false) {
        return kiosk->write([&]() -> Result<void> {
            auto item = kioskQueue.add(QStringLiteral("inngang"), QStringLiteral("coffee_card"), QStringLiteral("Kaffe"),
                                       kioskJournal);
            if (!item) return item.error();
            if (rollBack) return Error{ErrorCode::InvalidInput, QStringLiteral("changed my mind")};
            return {};
        });
    }
};

}  // namespace

BOOST_TEST_GLOBAL_FIXTURE(CoreApp);

BOOST_AUTO_TEST_SUITE(change_feed)

BOOST_AUTO_TEST_CASE(a_write_on_another_connection_is_heard_at_once) {
    TwoConnections c;
    ChangeFeed feed(*c.till.db);
    BOOST_TEST(heard(feed, 300).isEmpty());  // nothing happened yet
    QTimer::singleShot(50, [&] { requireOk(c.redeemAtKiosk()); });
    const qint64 after = firstAbout(feed, ChangeFeed::kServing);
    BOOST_TEST_REQUIRE(after >= 0, "the kiosk's redemption was not heard");
    BOOST_TEST_MESSAGE("heard after " << after << " ms (the write began at 50 ms)");
    // The till then reads the new item.
    BOOST_TEST(valueOrFail(ServingQueue(*c.till.db, c.till.clock).waiting()).size() == 1u);
    if (c.till.db->isPostgres()) {
        // The server says what changed: a sign-up is not the serving queue.
        BOOST_TEST(!ChangeFeed::about(QString::fromLatin1(ChangeFeed::kSignups), ChangeFeed::kServing));
    }
}

BOOST_AUTO_TEST_CASE(a_rolled_back_write_and_its_own_writes_are_not_heard) {
    TwoConnections c;
    ChangeFeed feed(*c.till.db);
    BOOST_TEST(!c.redeemAtKiosk(true).ok());
    BOOST_TEST(heard(feed, 400).isEmpty());
    // The till's own write: it knows already (on PostgreSQL it hears it too, and re-reads once).
    ServingQueue own(*c.till.db, c.till.clock);
    requireOk(c.till.db->write([&]() -> Result<void> {
        auto item = own.add(QStringLiteral("inngang"), QStringLiteral("coffee_card"), QStringLiteral("Kaffe"), c.till.journal);
        if (!item) return item.error();
        return {};
    }));
    const QStringList topics = heard(feed, 400);
    if (c.till.db->isPostgres()) BOOST_TEST(topics == QStringList{QStringLiteral("serving")});
    else BOOST_TEST(topics.isEmpty());
}

BOOST_AUTO_TEST_SUITE_END()
