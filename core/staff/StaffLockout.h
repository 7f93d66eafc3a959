#pragma once
// The lockout rule for PIN logins, kept apart from the SQL so that it can be read (and tested) on
// its own.
//
// A PIN has 4 to 6 digits, so guessing is the threat. After every run of kTriesBeforeLock wrong
// PINs in a row the person is locked for a delay that grows with each lock in the run (30 s,
// 1 min, 2 min, 5 min, then 15 min each time). Why every run of five and not every further wrong
// PIN once locked: a volunteer with shaking hands gets five honest tries after each wait, while a
// guesser still gets at most 20 tries an hour once the cap is reached (about 10 days of
// uninterrupted guessing, at a till that someone is standing at, for a 4-digit PIN), and every
// lock is journaled for the manager to see. A right PIN after the lock has ended, or a manager's
// unlock, resets the run. While locked the PIN is not checked at all, so a locked till does not
// tell a guesser whether a guess was right.

#include <QDateTime>
#include <QString>

namespace ak {

// The persisted state of one person's PIN tries (columns of the staff table).
struct StaffLock {
    int failedTries = 0;    // wrong PINs in a row since the last right PIN or unlock
    int locks = 0;          // locks in this run: chooses the next delay
    QDateTime lockedUntil;  // UTC; invalid when never locked in this run

    bool isLockedAt(const QDateTime& now) const;
    // Whole seconds left (rounded up) at `now`, 0 when not locked.
    qint64 secondsLeftAt(const QDateTime& now) const;
};

class StaffLockout {
public:
    static constexpr int kTriesBeforeLock = 5;
    static constexpr qint64 kMaxDelaySeconds = 15 * 60;

    // The delay of the lock with number `lockNumber` (1 for the first in a run).
    static qint64 delaySeconds(int lockNumber);

    // The state after one more wrong PIN at `now`; starts a lock when the run reaches a multiple
    // of kTriesBeforeLock (then `started` is set).
    static StaffLock afterWrongPin(const StaffLock& before, const QDateTime& now, bool* started);

    // "Too many wrong tries. Try again in 2 minutes, or ask a manager." (translated).
    static QString lockedMessage(qint64 secondsLeft);
};

}  // namespace ak
