#pragma once
// The fixture of the sign-up suites: an in-memory (or file) café with a hand-moved clock (Thursday
// 6 March 2025, 09:00 in Oslo), a manager and a volunteer, the activity and sign-up repositories.

#include <boost/test/unit_test.hpp>

#include "core/activity/ActivityRepository.h"
#include "core/activity/SignupRepository.h"
#include "tests/core/StaffTestFixture.h"

namespace ak::test {

inline QTimeZone cafeZone() { return QTimeZone(QByteArrayLiteral("Europe/Oslo")); }
// A local time in Oslo, as UTC.
inline QDateTime osloTime(int year, int month, int day, int hour, int minute = 0) {
    return QDateTime(QDate(year, month, day), QTime(hour, minute), cafeZone()).toUTC();
}

template <class R>
std::string why(const R& r) {
    return (r.ok() ? QString() : r.error().message).toStdString();
}

struct SignupCafe : StaffCafe {
    explicit SignupCafe(const QString& path = QStringLiteral(":memory:")) : StaffCafe(path) {
        clock.set(osloTime(2025, 3, 6, 9));
    }

    StaffMember kari = add("Kari", StaffRole::Manager, "1357");
    StaffMember ola = add("Ola", StaffRole::Volunteer, "2580");
    ActivityRepository activities{*db, clock, cafeZone()};
    SignupRepository signups{*db, clock, cafeZone()};

    // An activity on a day of March 2025 at 16:00-18:30 Oslo time, created by the volunteer.
    Activity make(const char* title, int day, std::optional<int> capacity, bool waitlist = false,
                  QDateTime deadline = {}) {
        Activity a;
        a.title = QString::fromUtf8(title);
        a.place = QStringLiteral("Kjøkkenet");
        a.startsAt = osloTime(2025, 3, day, 16);
        a.endsAt = osloTime(2025, 3, day, 18, 30);
        a.capacity = capacity;
        a.waitlist = waitlist;
        a.signupDeadline = deadline;
        a.price = Money(0, Currency::NOK);
        auto r = activities.create(a, 1, ola, journal);
        BOOST_TEST_REQUIRE(r.ok(), why(r));
        return r->front();
    }
    SignupOutcome join(const Activity& a, const QString& nickname) {
        auto r = signups.signUp(a.id, SignupBy::withNickname(nickname), journal);
        BOOST_TEST_REQUIRE(r.ok(), why(r));
        return r.value();
    }
    Signup joined(const Activity& a, const char* nickname) {
        SignupOutcome o = join(a, QString::fromUtf8(nickname));
        BOOST_TEST_REQUIRE(o.ok(), o.message.toStdString());
        return *o.signup;
    }
    std::vector<Signup> listOf(const Activity& a) {
        auto r = signups.list(a.id, ola);
        BOOST_TEST_REQUIRE(r.ok(), why(r));
        return r.value();
    }
    Signup byId(const Activity& a, qint64 id) {
        for (const Signup& s : listOf(a))
            if (s.id == id) return s;
        BOOST_FAIL("no sign-up " << id);
        return {};
    }
};

}  // namespace ak::test
