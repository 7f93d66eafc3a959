// The last place, raced for by two processes (a kiosk and a till, SignupChild.cpp) on one database
// file, 120 times: each activity has 3 places, 2 already taken. Exactly one child gets the place; the
// other is waitlisted (half the activities have a waitlist) or told it is full. Never over capacity,
// and the journal both wrote verifies.
#include <boost/test/unit_test.hpp>

#include <QFile>
#include <QProcess>
#include <QThread>

#include <map>

#include "tests/core/SignupTestFixture.h"

using namespace ak;
using namespace ak::test;

BOOST_AUTO_TEST_SUITE(signup_concurrency)

BOOST_AUTO_TEST_CASE(two_processes_never_take_more_than_the_last_place) {
    const QString child = qEnvironmentVariable("AK_SIGNUP_CHILD");
    BOOST_TEST_REQUIRE(!child.isEmpty(), "AK_SIGNUP_CHILD is not set");
    TempDir dir;
    const QString path = dir.file(QStringLiteral("cafe.sqlite"));
    constexpr int kRounds = 120;
    std::map<qint64, bool> waitlistOf;
    QStringList ids;
    {
        SignupCafe cafe(path);
        for (int i = 0; i < kRounds; ++i) {
            Activity a;
            a.title = QStringLiteral("Matklubb %1").arg(i);
            a.startsAt = osloTime(2025, 4, 1, 16).addDays(i);
            a.endsAt = a.startsAt.addSecs(9000);
            a.capacity = 3;
            a.waitlist = i % 2 == 0;
            a.price = Money(0, Currency::NOK);
            auto made = cafe.activities.create(a, 1, cafe.ola, cafe.journal);
            BOOST_TEST_REQUIRE(made.ok(), why(made));
            const Activity& stored = made->front();
            cafe.joined(stored, "Først");
            cafe.joined(stored, "Nummer to");
            waitlistOf[stored.id] = stored.waitlist;
            ids.append(QString::number(stored.id));
        }
    }

    QProcess kiosk;
    QProcess till;
    const QString go = dir.file(QStringLiteral("go"));
    kiosk.start(child, QStringList{test::databaseArgument(path), QStringLiteral("Kiosk"), go} + ids);
    till.start(child, QStringList{test::databaseArgument(path), QStringLiteral("Till"), go} + ids);
    BOOST_TEST_REQUIRE(kiosk.waitForStarted(10000));
    BOOST_TEST_REQUIRE(till.waitForStarted(10000));
    QThread::msleep(300);  // both have opened the database and are waiting
    {
        QFile start(go);
        BOOST_TEST_REQUIRE(start.open(QIODevice::WriteOnly));
    }
    BOOST_TEST_REQUIRE(kiosk.waitForFinished(300000));
    BOOST_TEST_REQUIRE(till.waitForFinished(300000));

    std::map<qint64, std::map<QString, int>> outcomes;
    int kioskWon = 0;
    for (QProcess* p : {&kiosk, &till}) {
        const QByteArray err = p->readAllStandardError();
        BOOST_TEST(err.isEmpty(), err.toStdString());
        BOOST_TEST(p->exitCode() == 0);
        for (const QByteArray& line : p->readAllStandardOutput().split('\n')) {
            if (line.isEmpty()) continue;
            const QList<QByteArray> parts = line.split(' ');
            BOOST_TEST_REQUIRE(parts.size() == 2, "unexpected line: " << line.toStdString());
            ++outcomes[parts[0].toLongLong()][QString::fromLatin1(parts[1])];
            if (p == &kiosk && parts[1] == "confirmed") ++kioskWon;
        }
    }
    BOOST_TEST_MESSAGE("the kiosk got the last place " << kioskWon << " times of " << kRounds);
    BOOST_TEST_REQUIRE(outcomes.size() == size_t(kRounds));

    SignupCafe cafe(path);
    for (const auto& [id, seen] : outcomes) {
        const QString loser = waitlistOf.at(id) ? QStringLiteral("waitlisted") : QStringLiteral("full");
        BOOST_TEST(seen.at(QStringLiteral("confirmed")) == 1, "activity " << id);
        BOOST_TEST(seen.count(loser) == 1u, "activity " << id);
        if (seen.count(loser)) BOOST_TEST(seen.at(loser) == 1, "activity " << id);
        auto counts = cafe.signups.counts(id);
        BOOST_TEST_REQUIRE(counts.ok());
        BOOST_TEST(counts->confirmed == 3, "activity " << id);  // never over capacity
        BOOST_TEST(counts->waitlisted == (waitlistOf.at(id) ? 1 : 0), "activity " << id);
    }
    BOOST_TEST(cafe.journalVerifies());
    BOOST_TEST(cafe.entriesOfKind(QStringLiteral("signup_created")).size() ==
               size_t(kRounds * 2 + kRounds + kRounds / 2));
}

BOOST_AUTO_TEST_SUITE_END()
