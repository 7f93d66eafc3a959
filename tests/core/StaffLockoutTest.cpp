// Lockout after wrong PINs (StaffLockout.h): counted in the database, timed by the injected clock,
// journaled, lifted by a manager.

#include <boost/test/unit_test.hpp>

#include <QJsonDocument>
#include <QJsonObject>

#include "core/staff/StaffLockout.h"
#include "tests/core/StaffTestFixture.h"

using namespace ak;
using namespace ak::test;

namespace {

QJsonObject payloadOf(const JournalEntry& e) { return QJsonDocument::fromJson(e.payload.toUtf8()).object(); }

// Wrong PINs until the run of five locks; returns the last result (the one that locked).
Result<StaffMember> lockNow(StaffCafe& c, const StaffMember& m) {
    Result<StaffMember> r = Error{ErrorCode::Storage, QString()};
    for (int i = 0; i < StaffLockout::kTriesBeforeLock; ++i) r = c.login(m, "0000");
    return r;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(staff_lockout)

BOOST_AUTO_TEST_CASE(the_delay_grows_and_is_capped) {
    BOOST_TEST(StaffLockout::delaySeconds(1) == 30);
    BOOST_TEST(StaffLockout::delaySeconds(2) == 60);
    BOOST_TEST(StaffLockout::delaySeconds(3) == 120);
    BOOST_TEST(StaffLockout::delaySeconds(4) == 300);
    BOOST_TEST(StaffLockout::delaySeconds(5) == 900);
    BOOST_TEST(StaffLockout::delaySeconds(50) == 900);
    BOOST_TEST(StaffLockout::lockedMessage(30) ==
               QStringLiteral("Too many wrong tries. Try again in 30 seconds, or ask a manager."));
    BOOST_TEST(StaffLockout::lockedMessage(60) ==
               QStringLiteral("Too many wrong tries. Try again in 1 minute, or ask a manager."));
    BOOST_TEST(StaffLockout::lockedMessage(61) ==
               QStringLiteral("Too many wrong tries. Try again in 2 minutes, or ask a manager."));
    BOOST_TEST(StaffLockout::lockedMessage(1) ==
               QStringLiteral("Too many wrong tries. Try again in a second, or ask a manager."));
}

BOOST_AUTO_TEST_CASE(locks_after_exactly_five_wrong_pins) {
    StaffCafe c;
    const StaffMember ola = c.add("Ola", StaffRole::Volunteer, "1357");
    for (int i = 1; i <= 4; ++i) {
        auto r = c.login(ola, "1358");
        BOOST_TEST_REQUIRE(!r.ok());
        BOOST_TEST((r.error().code == ErrorCode::Permission), "try " << i);
        BOOST_TEST(c.repo.lockState(ola.id)->failedTries == i);
        BOOST_TEST(!c.repo.lockState(ola.id)->isLockedAt(c.clock.now()));
    }
    BOOST_TEST(c.entriesOfKind(QStringLiteral("lockout")).empty());

    auto fifth = c.login(ola, "1358");
    BOOST_TEST_REQUIRE(!fifth.ok());
    BOOST_TEST((fifth.error().code == ErrorCode::Locked));
    BOOST_TEST(fifth.error().message ==
               QStringLiteral("Too many wrong tries. Try again in 30 seconds, or ask a manager."));
    const StaffLock lock = c.repo.lockState(ola.id).value();
    BOOST_TEST(lock.failedTries == 5);
    BOOST_TEST(lock.locks == 1);
    BOOST_TEST(lock.lockedUntil == c.clock.now().addSecs(30));

    const auto lockouts = c.entriesOfKind(QStringLiteral("lockout"));
    BOOST_TEST_REQUIRE(lockouts.size() == 1u);
    BOOST_TEST(lockouts[0].actor == Journal::systemActor());
    const QJsonObject p = payloadOf(lockouts[0]);
    BOOST_TEST(p.value(QStringLiteral("staff_id")).toInteger() == ola.id);
    BOOST_TEST(p.value(QStringLiteral("lock_seconds")).toInteger() == 30);
    BOOST_TEST(p.value(QStringLiteral("failed_tries")).toInt() == 5);
    const auto failed = c.entriesOfKind(QStringLiteral("login_failed"));
    BOOST_TEST_REQUIRE(failed.size() == 5u);
    BOOST_TEST(payloadOf(failed[4]).value(QStringLiteral("failed_tries")).toInt() == 5);
    for (const JournalEntry& e : c.entries()) BOOST_TEST(!e.payload.contains(QStringLiteral("135")));
    BOOST_TEST(c.journalVerifies());
}

BOOST_AUTO_TEST_CASE(while_locked_the_pin_is_not_checked_not_even_the_right_one) {
    StaffCafe c;
    const StaffMember ola = c.add("Ola", StaffRole::Volunteer, "1357");
    BOOST_TEST_REQUIRE((lockNow(c, ola).error().code == ErrorCode::Locked));

    c.clock.advanceSeconds(10);
    auto right = c.login(ola, "1357");
    BOOST_TEST_REQUIRE(!right.ok());
    BOOST_TEST((right.error().code == ErrorCode::Locked));
    BOOST_TEST(right.error().message ==
               QStringLiteral("Too many wrong tries. Try again in 20 seconds, or ask a manager."));
    auto wrong = c.login(ola, "9999");
    BOOST_TEST((wrong.error().code == ErrorCode::Locked));
    BOOST_TEST(wrong.error().message == right.error().message);  // the same answer: no oracle
    BOOST_TEST(c.repo.lockState(ola.id)->failedTries == 5);      // tries while locked are not counted
    const auto failed = c.entriesOfKind(QStringLiteral("login_failed"));
    BOOST_TEST_REQUIRE(failed.size() == 7u);
    BOOST_TEST(payloadOf(failed[5]).value(QStringLiteral("reason")).toString() == QStringLiteral("locked"));

    c.clock.advanceMs(19'999);
    BOOST_TEST((c.login(ola, "1357").error().code == ErrorCode::Locked));
    c.clock.advanceMs(1);
    auto after = c.login(ola, "1357");
    BOOST_TEST_REQUIRE(after.ok());
    BOOST_TEST(after->id == ola.id);
    BOOST_TEST(c.journalVerifies());
}

BOOST_AUTO_TEST_CASE(each_further_run_of_five_locks_longer_up_to_fifteen_minutes) {
    StaffCafe c;
    const StaffMember ola = c.add("Ola", StaffRole::Volunteer, "1357");
    const qint64 expected[] = {30, 60, 120, 300, 900, 900};
    const char* message[] = {"30 seconds", "1 minute", "2 minutes", "5 minutes", "15 minutes", "15 minutes"};
    for (int run = 0; run < 6; ++run) {
        for (int i = 1; i < StaffLockout::kTriesBeforeLock; ++i)
            BOOST_TEST((c.login(ola, "0000").error().code == ErrorCode::Permission), "run " << run);
        auto locked = c.login(ola, "0000");
        BOOST_TEST_REQUIRE(!locked.ok());
        BOOST_TEST((locked.error().code == ErrorCode::Locked));
        BOOST_TEST(locked.error().message.contains(QString::fromLatin1(message[run])),
                   locked.error().message.toStdString());
        const StaffLock lock = c.repo.lockState(ola.id).value();
        BOOST_TEST(lock.locks == run + 1);
        BOOST_TEST(c.clock.now().secsTo(lock.lockedUntil) == expected[run]);
        c.clock.advanceSeconds(expected[run] - 1);
        BOOST_TEST((c.login(ola, "1357").error().code == ErrorCode::Locked));
        c.clock.advanceSeconds(1);
    }
    const auto lockouts = c.entriesOfKind(QStringLiteral("lockout"));
    BOOST_TEST_REQUIRE(lockouts.size() == 6u);
    for (int i = 0; i < 6; ++i)
        BOOST_TEST(payloadOf(lockouts[std::size_t(i)]).value(QStringLiteral("lock_seconds")).toInteger() ==
                   expected[i]);
    BOOST_TEST(c.journalVerifies());
}

BOOST_AUTO_TEST_CASE(a_right_pin_after_the_lock_resets_the_run) {
    StaffCafe c;
    const StaffMember ola = c.add("Ola", StaffRole::Volunteer, "1357");
    // Wrong PINs that are not in a row do not add up.
    for (int i = 0; i < 4; ++i) BOOST_TEST(!c.login(ola, "0000").ok());
    BOOST_TEST_REQUIRE(c.login(ola, "1357").ok());
    BOOST_TEST(c.repo.lockState(ola.id)->failedTries == 0);
    for (int i = 0; i < 4; ++i) BOOST_TEST(!c.login(ola, "0000").ok());
    BOOST_TEST(!c.repo.lockState(ola.id)->isLockedAt(c.clock.now()));

    BOOST_TEST_REQUIRE(c.login(ola, "1357").ok());
    BOOST_TEST_REQUIRE((lockNow(c, ola).error().code == ErrorCode::Locked));
    c.clock.advanceSeconds(30);
    BOOST_TEST_REQUIRE(c.login(ola, "1357").ok());
    const StaffLock reset = c.repo.lockState(ola.id).value();
    BOOST_TEST(reset.failedTries == 0);
    BOOST_TEST(reset.locks == 0);
    BOOST_TEST(!reset.lockedUntil.isValid());
    // The next run starts again at 30 seconds, not at the second step.
    BOOST_TEST(lockNow(c, ola).error().message.contains(QStringLiteral("30 seconds")));
}

BOOST_AUTO_TEST_CASE(a_lock_survives_reopening_the_database_file) {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("cafe.sqlite"));
    StaffMember ola;
    QDateTime lockedAt;
    {
        StaffCafe c(path);
        ola = c.add("Ola", StaffRole::Volunteer, "1357");
        for (int i = 0; i < 3; ++i) BOOST_TEST(!c.login(ola, "0000").ok());
    }
    {
        StaffCafe c(path);  // a restarted till: the run of three goes on
        BOOST_TEST(c.repo.lockState(ola.id)->failedTries == 3);
        BOOST_TEST(!c.login(ola, "0000").ok());
        BOOST_TEST_REQUIRE((c.login(ola, "0000").error().code == ErrorCode::Locked));
        lockedAt = c.clock.now();
    }
    {
        StaffCafe c(path);
        c.clock.set(lockedAt.addSecs(29));
        BOOST_TEST((c.login(ola, "1357").error().code == ErrorCode::Locked));
        c.clock.set(lockedAt.addSecs(30));
        BOOST_TEST(c.login(ola, "1357").ok());
        BOOST_TEST(c.entriesOfKind(QStringLiteral("lockout")).size() == 1u);
        BOOST_TEST(c.journalVerifies());
    }
}

BOOST_AUTO_TEST_CASE(a_manager_can_unlock_a_volunteer_cannot) {
    StaffCafe c;
    const StaffMember kari = c.add("Kari", StaffRole::Manager, "2468");
    const StaffMember ola = c.add("Ola", StaffRole::Volunteer, "1357");
    const StaffMember eva = c.add("Eva", StaffRole::Volunteer, "8642");
    BOOST_TEST_REQUIRE((lockNow(c, ola).error().code == ErrorCode::Locked));

    auto byVolunteer = c.repo.unlock(ola.id, eva, c.journal);
    BOOST_TEST_REQUIRE(!byVolunteer.ok());
    BOOST_TEST((byVolunteer.error().code == ErrorCode::Permission));
    BOOST_TEST(byVolunteer.error().message == QStringLiteral("Only a manager can unlock a staff member."));
    BOOST_TEST(c.repo.lockState(ola.id)->isLockedAt(c.clock.now()));

    BOOST_TEST_REQUIRE(c.repo.unlock(ola.id, kari, c.journal).ok());
    BOOST_TEST(c.repo.lockState(ola.id)->failedTries == 0);
    BOOST_TEST(c.login(ola, "1357").ok());
    const auto unlocked = c.entriesOfKind(QStringLiteral("staff_unlocked"));
    BOOST_TEST_REQUIRE(unlocked.size() == 1u);
    BOOST_TEST(unlocked[0].actor == Journal::staffActor(kari.id));
    BOOST_TEST(payloadOf(unlocked[0]).value(QStringLiteral("staff_id")).toInteger() == ola.id);
    BOOST_TEST((c.repo.unlock(4242, kari, c.journal).error().code == ErrorCode::NotFound));
    BOOST_TEST(c.journalVerifies());
}

BOOST_AUTO_TEST_CASE(a_clock_set_back_does_not_lock_longer_than_the_longest_delay) {
    StaffCafe c;
    const StaffMember ola = c.add("Ola", StaffRole::Volunteer, "1357");
    BOOST_TEST_REQUIRE((lockNow(c, ola).error().code == ErrorCode::Locked));
    c.clock.advanceSeconds(-24 * 3600);
    const StaffLock lock = c.repo.lockState(ola.id).value();
    BOOST_TEST(lock.secondsLeftAt(c.clock.now()) == StaffLockout::kMaxDelaySeconds);
    BOOST_TEST(c.login(ola, "1357").error().message.contains(QStringLiteral("15 minutes")));
}

BOOST_AUTO_TEST_CASE(one_persons_lock_does_not_touch_another) {
    StaffCafe c;
    const StaffMember ola = c.add("Ola", StaffRole::Volunteer, "1357");
    const StaffMember eva = c.add("Eva", StaffRole::Volunteer, "8642");
    BOOST_TEST_REQUIRE((lockNow(c, ola).error().code == ErrorCode::Locked));
    BOOST_TEST(c.login(eva, "8642").ok());
    BOOST_TEST(c.repo.lockState(eva.id)->failedTries == 0);
}

BOOST_AUTO_TEST_SUITE_END()
