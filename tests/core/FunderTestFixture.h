#pragma once
// The fixture of the funder-report suites: a café (in memory or a file) with a March 2025 of visits
// and activities chosen so that both kinds of suppression have work to do. Oslo time; the report is
// made on 20 March at 12:00.
//
// Visits, 30 in March (and one on 1 April at 00:20, outside):
//   week 10: Mon 3: 6 at 10:05 (mood 4, first time: no); Tue 4: 2 at 18:20 with a card (new);
//            Wed 5: 7 at 12:00 ("talk")                                  — 15, day 4 alone "<5"
//   week 11: Mon 10: 5 at 10:05; Tue 11: 1 at 14:00 with the same card (returning, "company")
//                                                                        — 6, day 11 "<5"
//   week 12: Mon 17: 9 at 12:00 (two answer "first time: yes")           — 9
// Activities:
//   Matklubb, 11th (2 places, waitlist): Anna and Bjørn get places, Cecilie and Dag wait; Anna
//     cancels and Cecilie is promoted; Bjørn and Cecilie come.
//   Matklubb, 18th (8 places): five sign up, three come.
//   Yoga, 12th: two sign up, both come.    Tur, "lang", 13th: six sign up, all come (a title with a
//   comma and quotes).    Bingo, 14th: cancelled.    Kino, 25th: one sign-up, not held yet.

#include "core/activity/ActivityRepository.h"
#include "core/activity/SignupRepository.h"
#include "core/visits/VisitRepository.h"
#include "tests/core/CardTestFixture.h"

#include <boost/test/unit_test.hpp>

namespace ak::test {

struct FunderCafe : CardCafe {
    explicit FunderCafe(const QString& path = QStringLiteral(":memory:")) : CardCafe(path) {
        seedVisits();
        seedActivities();
        clock.set(oslo(3, 20, 12));
    }

    static QDateTime oslo(int month, int day, int hour, int minute = 0) {
        return QDateTime(QDate(2025, month, day), QTime(hour, minute), osloZone());
    }

    VisitRepository visits{*db, clock, osloZone()};
    ActivityRepository activities{*db, clock, osloZone()};
    SignupRepository signups{*db, clock, osloZone()};

private:
    void checkIn(const QDateTime& at, int times, const VisitAnswers& answers = {}, const QString& card = {}) {
        clock.set(at);
        for (int i = 0; i < times; ++i) {
            auto r = visits.checkIn(QStringLiteral("inngang"), answers, card);
            BOOST_TEST_REQUIRE(r.ok(), whyNot(r));
        }
    }
    void seedVisits() {
        const QString card = issue(addType(CardKind::Punch, "Klippekort", 10)).code.toString();
        checkIn(oslo(3, 3, 10, 5), 6, {.firstVisit = false, .mood = 4});
        checkIn(oslo(3, 4, 18, 20), 2, {}, card);
        checkIn(oslo(3, 5, 12), 7, {.reason = QStringLiteral("talk")});
        checkIn(oslo(3, 10, 10, 5), 5);
        checkIn(oslo(3, 11, 14), 1, {.reason = QStringLiteral("company")}, card);
        checkIn(oslo(3, 17, 12), 2, {.firstVisit = true});
        checkIn(oslo(3, 17, 12), 7);
        checkIn(oslo(4, 1, 0, 20), 1);
    }

    Activity make(const char* title, int day, std::optional<int> capacity, bool waitlist = false) {
        Activity a;
        a.title = QString::fromUtf8(title);
        a.place = QStringLiteral("Kjøkkenet");
        a.startsAt = oslo(3, day, 16).toUTC();
        a.endsAt = oslo(3, day, 18, 30).toUTC();
        a.capacity = capacity;
        a.waitlist = waitlist;
        a.price = Money(0, Currency::NOK);
        auto r = activities.create(a, 1, ola, journal);
        BOOST_TEST_REQUIRE(r.ok(), whyNot(r));
        return r->front();
    }
    Signup join(const Activity& a, const QString& nickname) {
        auto r = signups.signUp(a.id, SignupBy::withNickname(nickname), journal);
        BOOST_TEST_REQUIRE(r.ok(), whyNot(r));
        BOOST_TEST_REQUIRE(r->ok(), r->message.toStdString());
        return *r->signup;
    }
    void come(const std::vector<Signup>& who) {
        for (const Signup& s : who) BOOST_TEST_REQUIRE(signups.markAttended(s.id, true, ola, journal).ok());
    }
    void seedActivities() {
        clock.set(oslo(3, 6, 9));
        std::vector<Signup> came;
        const Activity first = make("Matklubb", 11, 2, true);
        const Signup anna = join(first, QStringLiteral("Anna"));
        came.push_back(join(first, QStringLiteral("Bjørn")));
        came.push_back(join(first, QStringLiteral("Cecilie")));
        join(first, QStringLiteral("Dag"));
        BOOST_TEST_REQUIRE(signups.cancel(first.id, anna.cancelCode, journal).ok());
        const Activity second = make("Matklubb", 18, 8);
        for (const char* n : {"E", "F", "G", "H", "I"}) {
            const Signup s = join(second, QString::fromLatin1(n));
            if (came.size() < 5) came.push_back(s);  // E, F, G come; H and I do not
        }
        const Activity yoga = make("Yoga", 12, 10);
        for (const char* n : {"J", "K"}) came.push_back(join(yoga, QString::fromLatin1(n)));
        const Activity walk = make("Tur, \"lang\"", 13, 10);
        for (const char* n : {"L", "M", "N", "O", "P", "Q"}) came.push_back(join(walk, QString::fromLatin1(n)));
        const Activity bingo = make("Bingo", 14, 10);
        BOOST_TEST_REQUIRE(activities.cancel(bingo.id, ola, journal).ok());
        join(make("Kino", 25, 20), QStringLiteral("R"));
        clock.set(oslo(3, 20, 9));
        come(came);
    }
};

}  // namespace ak::test
