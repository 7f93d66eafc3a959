// Exactly once across processes: a kiosk and two tills (three child processes, CardRedeemerChild.cpp)
// redeem the same punch card 1,000 times in all against a balance of 100 on one database (an SQLite
// file, or in core_card_concurrency_pg a PostgreSQL server).
// Exactly 100 succeed, the balance ends at 0 and the journal verifies.
#include <boost/test/unit_test.hpp>

#include <QProcess>

#include "tests/core/CardTestFixture.h"

using namespace ak;

BOOST_AUTO_TEST_SUITE(card_concurrency)

BOOST_AUTO_TEST_CASE(three_processes_never_redeem_more_than_the_balance) {
    const QString child = qEnvironmentVariable("AK_CARD_REDEEMER");
    BOOST_TEST_REQUIRE(!child.isEmpty(), "AK_CARD_REDEEMER is not set");
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("cafe.sqlite"));
    QString code;
    {
        test::CardCafe cafe(path);
        code = cafe.issue(cafe.addType(CardKind::Punch, "Klippekort 100", 100)).code.toString();
    }

    // A kiosk and two tills, 1,000 attempts in all.
    struct Redeemer {
        QString role;
        int attempts;
        QProcess process{};
        int ok = 0;
    };
    Redeemer redeemers[] = {{QStringLiteral("kiosk"), 334}, {QStringLiteral("till-1"), 333}, {QStringLiteral("till-2"), 333}};
    for (Redeemer& r : redeemers)
        r.process.start(child, {test::databaseArgument(path), code, r.role, QString::number(r.attempts)});
    for (Redeemer& r : redeemers) BOOST_TEST_REQUIRE(r.process.waitForStarted(10000));
    for (Redeemer& r : redeemers) BOOST_TEST_REQUIRE(r.process.waitForFinished(300000));

    int ok = 0;
    int refused = 0;
    for (Redeemer& r : redeemers) {
        const QByteArray err = r.process.readAllStandardError();
        BOOST_TEST(err.isEmpty(), err.toStdString());
        BOOST_TEST(r.process.exitCode() == 0);
        const QList<QByteArray> lines = r.process.readAllStandardOutput().split('\n');
        for (const QByteArray& line : lines) {
            if (line == "ok") {
                ++r.ok;
            } else if (line == "refused " + QByteArray::number(int(CardRefusal::Empty))) {
                ++refused;
            } else {
                BOOST_TEST(line.isEmpty(), "unexpected line: " << line.toStdString());
            }
        }
        ok += r.ok;
    }
    const int okAtKiosk = redeemers[0].ok;
    BOOST_TEST_MESSAGE("redeemed at the kiosk: " << okAtKiosk << ", at the tills: " << redeemers[1].ok << " and "
                                                << redeemers[2].ok);
    BOOST_TEST(ok == 100);
    BOOST_TEST(refused == 1000 - 100);

    auto db = test::openOrFail(path);
    SystemClock clock;
    Journal journal(*db, clock, QStringLiteral("till-1"));
    CardRepository cards(*db, clock, test::osloZone());
    auto card = cards.find(code);
    BOOST_TEST_REQUIRE(card.ok());
    BOOST_TEST((card->balance == std::optional<int>(0)));
    BOOST_TEST(int(card->status) == int(CardStatus::Empty));
    size_t redeemed = 0;
    size_t served = 0;
    auto entries = journal.entries(0, 100000);
    BOOST_TEST_REQUIRE(entries.ok());
    for (const JournalEntry& e : entries.value()) {
        if (e.kind == QLatin1String("card_redeemed")) ++redeemed;
        if (e.kind == QLatin1String("serving_added")) ++served;
    }
    BOOST_TEST(redeemed == 100u);
    BOOST_TEST(served == size_t(okAtKiosk));
    auto check = journal.verify();
    BOOST_TEST_REQUIRE(check.ok());
    BOOST_TEST(check->ok(), check->reason.toStdString());
    auto history = cards.history(card->id);
    BOOST_TEST(history->size() == 101u);
}

BOOST_AUTO_TEST_SUITE_END()
