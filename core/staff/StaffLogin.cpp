// PIN logins with lockout (StaffLockout.h). Card logins are in StaffCards.cpp.

#include <optional>

#include <QJsonObject>

#include "core/staff/StaffLogging.h"
#include "core/staff/StaffRepository.h"

namespace ak {

Result<StaffMember> StaffRepository::login(qint64 staffId, const QString& pin, Journal& journal) {
    return checkPin(staffId, pin, journal, QString());
}

Result<StaffMember> StaffRepository::approve(qint64 staffId, const QString& pin, const QString& purpose,
                                             Journal& journal) {
    return checkPin(staffId, pin, journal, purpose);
}

Result<StaffMember> StaffRepository::checkPin(qint64 staffId, const QString& pin, Journal& journal,
                                              const QString& purpose) {
    auto member = find(staffId);
    std::optional<Error> refusal;
    QString reason;
    bool checkPin = false;
    if (!member) {
        if (member.error().code != ErrorCode::NotFound) return member.error();
        refusal = member.error();
        reason = QStringLiteral("unknown");
    } else if (!member->active) {
        refusal = Error{ErrorCode::Permission, tr("%1 can no longer log in.").arg(member->name)};
        reason = QStringLiteral("inactive");
    } else {
        // A first look before the slow PIN hash: while locked the PIN is not checked at all.
        auto lock = lockState(staffId);
        if (!lock) return lock.error();
        const QDateTime now = clock_.now();
        if (lock->isLockedAt(now)) {
            refusal = Error{ErrorCode::Locked, StaffLockout::lockedMessage(lock->secondsLeftAt(now))};
            reason = QStringLiteral("locked");
        } else {
            checkPin = true;
        }
    }
    bool pinRight = false;
    if (checkPin) {
        auto ok = verifyPin(staffId, pin);
        if (!ok) return ok.error();
        pinRight = ok.value();
    }

    QJsonObject payload{{QStringLiteral("staff_id"), staffId}, {QStringLiteral("method"), QStringLiteral("pin")}};
    if (!purpose.isEmpty()) payload.insert(QStringLiteral("for"), purpose);
    std::optional<StaffLock> started;
    auto r = db_.write([&]() -> Result<void> {
        if (checkPin) {
            // Decided again inside the transaction: another till may have counted a wrong PIN for
            // this person, or locked them, while this one was hashing.
            auto lock = lockState(staffId);
            if (!lock) return lock.error();
            const QDateTime now = clock_.now();
            if (lock->isLockedAt(now)) {
                refusal = Error{ErrorCode::Locked, StaffLockout::lockedMessage(lock->secondsLeftAt(now))};
                reason = QStringLiteral("locked");
            } else if (pinRight) {
                if (lock->failedTries != 0 || lock->locks != 0 || lock->lockedUntil.isValid())
                    if (auto s = storeLock(staffId, StaffLock{}); !s) return s;
            } else {
                bool startsLock = false;
                const StaffLock after = StaffLockout::afterWrongPin(lock.value(), now, &startsLock);
                if (auto s = storeLock(staffId, after); !s) return s;
                payload.insert(QStringLiteral("failed_tries"), after.failedTries);
                reason = QStringLiteral("wrong_pin");
                if (startsLock) {
                    started = after;
                    refusal = Error{ErrorCode::Locked, StaffLockout::lockedMessage(after.secondsLeftAt(now))};
                } else {
                    refusal = Error{ErrorCode::Permission, tr("Wrong PIN. Please try again.")};
                }
            }
        }
        if (refusal) payload.insert(QStringLiteral("reason"), reason);
        auto e = journal.append(refusal ? Journal::systemActor() : Journal::staffActor(staffId),
                                refusal           ? JournalKind::LoginFailed
                                : purpose.isEmpty() ? JournalKind::Login
                                                    : JournalKind::Approval,
                                payload);
        if (!e) return e.error();
        if (started) {
            const QDateTime now = clock_.now();
            auto l =
                journal.append(Journal::systemActor(), JournalKind::Lockout,
                               {{QStringLiteral("staff_id"), staffId},
                                {QStringLiteral("failed_tries"), started->failedTries},
                                {QStringLiteral("lock_seconds"), qint64(now.secsTo(started->lockedUntil))},
                                {QStringLiteral("locked_until"), started->lockedUntil.toString(Qt::ISODateWithMs)}});
            if (!l) return l.error();
        }
        return {};
    });
    if (!r) return r.error();
    if (started) qCWarning(lcStaff) << "staff" << staffId << "locked until" << started->lockedUntil;
    if (refusal) {
        qCInfo(lcStaff) << (purpose.isEmpty() ? "login" : "approval") << "refused for" << staffId << reason;
        return *refusal;
    }
    return member.value();
}

}  // namespace ak
