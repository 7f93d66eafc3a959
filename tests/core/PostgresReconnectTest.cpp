// When the PostgreSQL server goes away and comes back (restarted, a cable pulled and put back): the
// write that met the dead connection is not saved — whole, even when the server went in the middle
// of it — and says so in words; the next write reconnects by itself; the change feed listens again
// and says that anything may have changed. When only the answer to COMMIT is lost on the way (a
// proxy cuts it), the server's word counts: the write was saved, and is reported saved, once.
// Exits 77 (skipped) without PostgreSQL.
#include <boost/test/unit_test.hpp>

#include "core/serving/ServingQueue.h"
#include "core/storage/ChangeFeed.h"
#include "tests/core/SaleTestFixture.h"
#include "tests/support/PrivatePostgres.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLocalSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <atomic>

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

// A TCP proxy in front of the server's Unix socket, on a thread of its own (the till's calls block),
// that can cut the connection right after the server has answered COMMIT, before the till reads the
// answer: the one moment where the till cannot know by itself whether its write was saved.
class CommitCutter : public QObject {
public:
    explicit CommitCutter(QString socket) : socket_(std::move(socket)) {
        moveToThread(&thread_);
        thread_.start();
        QMetaObject::invokeMethod(this, [this] { listen(); }, Qt::BlockingQueuedConnection);
    }
    ~CommitCutter() override {
        QMetaObject::invokeMethod(this, [this] { delete server_; }, Qt::BlockingQueuedConnection);
        thread_.quit();
        thread_.wait();
    }
    quint16 port() const { return port_; }
    void arm() { armed_ = true; }
    bool cut() const { return cut_; }

private:
    void listen() {
        server_ = new QTcpServer;
        server_->listen(QHostAddress::LocalHost);
        port_ = server_->serverPort();
        connect(server_, &QTcpServer::newConnection, server_, [this] {
            QTcpSocket* client = server_->nextPendingConnection();
            auto* upstream = new QLocalSocket(client);
            upstream->connectToServer(socket_);
            upstream->waitForConnected(5000);
            connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] { upstream->write(client->readAll()); });
            connect(upstream, &QLocalSocket::readyRead, client, [this, client, upstream] {
                const QByteArray data = upstream->readAll();
                // CommandComplete 'C', length 11, "COMMIT\0"
                if (armed_ && data.contains(QByteArray("C\0\0\0\x0b" "COMMIT\0", 12))) {
                    armed_ = false;
                    cut_ = true;
                    client->abort();
                    return;
                }
                client->write(data);
            });
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        });
    }
    QString socket_;
    QThread thread_;
    QTcpServer* server_ = nullptr;
    quint16 port_ = 0;
    std::atomic<bool> armed_{false};
    std::atomic<bool> cut_{false};
};

}  // namespace

BOOST_TEST_GLOBAL_FIXTURE(CoreApp);

// The answer to COMMIT lost on the way: the server says (txid_status) that the write was saved,
// and the till reports it saved, once — never "not saved" for a sale that was kept.
BOOST_AUTO_TEST_CASE(a_commit_whose_answer_is_lost_is_reported_as_what_the_server_did) {
    ServerCafe server;
    server.open();  // the café, made over the socket
    CommitCutter cutter(server.pg.socketDir() + QStringLiteral("/.s.PGSQL.5432"));
    auto where = DatabaseLocation::parse(QStringLiteral("postgresql://%1@127.0.0.1:%2/cafe?sslmode=disable")
                                             .arg(QLatin1String(aktest::PrivatePostgres::kSuperuser))
                                             .arg(cutter.port()));
    BOOST_TEST_REQUIRE(where.ok(), (where.ok() ? QString() : where.error().message).toStdString());
    auto opened = Database::open(where.value());
    BOOST_TEST_REQUIRE(opened.ok(), (opened.ok() ? QString() : opened.error().message).toStdString());
    Database& till = *opened.value();
    ManualClock clock{QDateTime(QDate(2025, 3, 6), QTime(10, 0), Qt::UTC)};
    Journal journal(till, clock, QStringLiteral("till-1"));
    ServingQueue queue(till, clock);
    cutter.arm();
    requireOk(redeemed(till, queue, journal));
    BOOST_TEST(cutter.cut());  // the answer did not come through
    BOOST_TEST(valueOrFail(queue.waiting()).size() == 2u);  // saved, and once
    BOOST_TEST(valueOrFail(journal.verify()).ok());
}

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
