// Staff cards: binding a scanned token to a person and logging in with it.

#include <optional>

#include <QCryptographicHash>
#include <QJsonObject>

#include "core/staff/StaffLogging.h"
#include "core/staff/StaffRepository.h"

namespace ak {

QString StaffRepository::cardTokenHash(const QString& token) {
    // Trimmed: keyboard-wedge scanners end the text with a return or a tab.
    return QString::fromLatin1(QCryptographicHash::hash(token.trimmed().toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<void> StaffRepository::bindCard(qint64 staffId, const QString& token, const StaffMember& by, Journal& journal) {
    if (auto allowed = requirePermission(by, Permission::ManageStaff); !allowed) return allowed;
    if (token.trimmed().isEmpty())
        return Error{ErrorCode::InvalidInput, tr("The card could not be read. Please scan it again.")};
    const QString hash = cardTokenHash(token);
    return db_.write([&]() -> Result<void> {
        auto actor = authorize(by, Permission::ManageStaff);
        if (!actor) return actor.error();
        auto target = find(staffId);
        if (!target) return target.error();
        if (!target->active)
            return Error{ErrorCode::InvalidInput, tr("%1 is no longer on the staff list.").arg(target->name)};
        auto q = db_.query(QStringLiteral("SELECT staff_id FROM staff_cards WHERE token_hash = ?"), {hash});
        if (!q) return q.error();
        std::optional<qint64> previous;
        if (q->next()) previous = q->value(0).toLongLong();
        if (previous == staffId) return {};  // already theirs: nothing changes, nothing to journal
        auto u = db_.query(QStringLiteral("INSERT INTO staff_cards (token_hash, staff_id, bound_at) VALUES (?, ?, ?)"
                                          " ON CONFLICT (token_hash) DO UPDATE SET"
                                          " staff_id = excluded.staff_id, bound_at = excluded.bound_at"),
                           {hash, staffId, clock_.now().toUTC().toString(Qt::ISODateWithMs)});
        if (!u) return u.error();
        QJsonObject payload{{QStringLiteral("staff_id"), staffId}};
        if (previous) payload.insert(QStringLiteral("moved_from"), *previous);
        auto e = journal.append(Journal::staffActor(actor->id), JournalKind::StaffCardBound, payload);
        if (!e) return e.error();
        qCInfo(lcStaff) << "card bound to staff" << staffId << (previous ? "moved" : "new");
        return {};
    });
}

Result<int> StaffRepository::unbindCards(qint64 staffId, const StaffMember& by, Journal& journal) {
    int removed = 0;
    auto r = db_.write([&]() -> Result<void> {
        auto actor = authorize(by, Permission::ManageStaff);
        if (!actor) return actor.error();
        if (auto target = find(staffId); !target) return target.error();
        auto q = db_.query(QStringLiteral("DELETE FROM staff_cards WHERE staff_id = ?"), {staffId});
        if (!q) return q.error();
        removed = q->numRowsAffected();
        if (removed == 0) return {};
        auto e = journal.append(Journal::staffActor(actor->id), JournalKind::StaffCardsRemoved,
                                {{QStringLiteral("staff_id"), staffId}, {QStringLiteral("cards"), removed}});
        if (!e) return e.error();
        return {};
    });
    if (!r) return r.error();
    return removed;
}

Result<StaffMember> StaffRepository::loginWithCard(const QString& token, Journal& journal) {
    std::optional<StaffMember> member;
    std::optional<Error> refusal;
    QString reason;
    QJsonObject payload{{QStringLiteral("method"), QStringLiteral("card")}};
    auto r = db_.write([&]() -> Result<void> {
        StaffLock lock;
        if (!token.trimmed().isEmpty()) {
            auto q = db_.query(QStringLiteral("SELECT s.id, s.name, s.role, s.active, s.failed_pins, s.lockouts,"
                                              " s.locked_until FROM staff_cards c JOIN staff s ON s.id = c.staff_id"
                                              " WHERE c.token_hash = ?"),
                               {cardTokenHash(token)});
            if (!q) return q.error();
            if (q->next()) {
                member = memberFrom(q.value());
                lock = lockFrom(q.value(), 4);
            }
        }
        const QDateTime now = clock_.now();
        if (!member) {
            // The same words for every unknown card: the till does not help anyone probe tokens.
            refusal = Error{ErrorCode::Permission,
                            tr("This card is not known here. Log in with your PIN, or ask a manager.")};
            reason = QStringLiteral("unknown_card");
        } else {
            payload.insert(QStringLiteral("staff_id"), member->id);
            if (!member->active) {
                refusal = Error{ErrorCode::Permission, tr("%1 can no longer log in.").arg(member->name)};
                reason = QStringLiteral("inactive");
            } else if (lock.isLockedAt(now)) {
                refusal = Error{ErrorCode::Locked, StaffLockout::lockedMessage(lock.secondsLeftAt(now))};
                reason = QStringLiteral("locked");
            }
        }
        if (refusal) payload.insert(QStringLiteral("reason"), reason);
        auto e = journal.append(refusal ? Journal::systemActor() : Journal::staffActor(member->id),
                                refusal ? JournalKind::LoginFailed : JournalKind::Login, payload);
        if (!e) return e.error();
        return {};
    });
    if (!r) return r.error();
    if (refusal) {
        qCInfo(lcStaff) << "card login refused:" << reason;
        return *refusal;
    }
    return *member;
}

}  // namespace ak
