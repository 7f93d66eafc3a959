#include "core/staff/StaffLockout.h"

#include <algorithm>
#include <array>

#include <QCoreApplication>

namespace ak {

bool StaffLock::isLockedAt(const QDateTime& now) const { return secondsLeftAt(now) > 0; }

qint64 StaffLock::secondsLeftAt(const QDateTime& now) const {
    if (!lockedUntil.isValid()) return 0;
    const qint64 ms = now.msecsTo(lockedUntil);
    if (ms <= 0) return 0;
    // Clamped to the longest delay: if the system clock was set back after a lock started, the
    // person must not be locked out for the size of the jump.
    return std::min((ms + 999) / 1000, StaffLockout::kMaxDelaySeconds);
}

qint64 StaffLockout::delaySeconds(int lockNumber) {
    static constexpr std::array<qint64, 5> kDelays = {30, 60, 2 * 60, 5 * 60, kMaxDelaySeconds};
    const int i = std::clamp(lockNumber, 1, int(kDelays.size())) - 1;
    return kDelays[std::size_t(i)];
}

StaffLock StaffLockout::afterWrongPin(const StaffLock& before, const QDateTime& now, bool* started) {
    StaffLock after = before;
    ++after.failedTries;
    const bool lock = after.failedTries % kTriesBeforeLock == 0;
    if (lock) {
        ++after.locks;
        after.lockedUntil = now.toUTC().addSecs(delaySeconds(after.locks));
    }
    if (started) *started = lock;
    return after;
}

QString StaffLockout::lockedMessage(qint64 secondsLeft) {
    // Whole sentences per case rather than %n plurals: the apps ship nb and da translations but no
    // English one, and Qt's English source "minute(s)" would otherwise reach the screen as is.
    if (secondsLeft <= 1)
        return QCoreApplication::translate("ak::StaffLockout", "Too many wrong tries. Try again in a second, or ask a manager.");
    if (secondsLeft < 60)
        return QCoreApplication::translate("ak::StaffLockout", "Too many wrong tries. Try again in %1 seconds, or ask a manager.")
            .arg(secondsLeft);
    const qint64 minutes = (secondsLeft + 59) / 60;
    if (minutes == 1)
        return QCoreApplication::translate("ak::StaffLockout", "Too many wrong tries. Try again in 1 minute, or ask a manager.");
    return QCoreApplication::translate("ak::StaffLockout", "Too many wrong tries. Try again in %1 minutes, or ask a manager.")
        .arg(minutes);
}

}  // namespace ak
