#include "core/staff/StaffRepository.h"

#include <QJsonObject>
#include <QLoggingCategory>

namespace ak {

Q_LOGGING_CATEGORY(lcStaff, "aktivkafe.core.staff")

namespace {
Result<StaffMember> notFound(qint64 id) {
    return Error{ErrorCode::NotFound, QStringLiteral("There is no staff member %1.").arg(id)};
}
}  // namespace

Result<StaffMember> StaffRepository::add(const QString& name, StaffRole role, const QString& pin) {
    StaffMember m{0, name.trimmed(), role, true};
    if (m.name.isEmpty()) return Error{ErrorCode::InvalidInput, QStringLiteral("A staff member needs a name.")};
    // Hash before taking the write lock: argon2 is deliberately slow.
    auto hash = PinHasher::hash(pin, cost_);
    if (!hash) return hash.error();
    auto r = db_.write([&]() -> Result<void> {
        auto q = db_.query(QStringLiteral("INSERT INTO staff (name, role, pin_hash, active) VALUES (?, ?, ?, 1)"),
                           {m.name, staffRoleKey(role), hash.value()});
        if (!q) return q.error();
        m.id = q->lastInsertId().toLongLong();
        return {};
    });
    if (!r) return r.error();
    qCInfo(lcStaff) << "added staff member" << m.id << staffRoleKey(role);
    return m;
}

Result<std::vector<StaffMember>> StaffRepository::list(bool includeInactive) const {
    auto q = db_.query(QStringLiteral("SELECT id, name, role, active FROM staff") +
                       (includeInactive ? QString() : QStringLiteral(" WHERE active = 1")) +
                       QStringLiteral(" ORDER BY name COLLATE NOCASE, id"));
    if (!q) return q.error();
    std::vector<StaffMember> out;
    while (q->next())
        out.push_back({q->value(0).toLongLong(), q->value(1).toString(),
                       staffRoleFromKey(q->value(2).toString()).value_or(StaffRole::Volunteer), q->value(3).toBool()});
    return out;
}

Result<StaffMember> StaffRepository::find(qint64 staffId) const {
    auto q = db_.query(QStringLiteral("SELECT id, name, role, active FROM staff WHERE id = ?"), {staffId});
    if (!q) return q.error();
    if (!q->next()) return notFound(staffId);
    return StaffMember{q->value(0).toLongLong(), q->value(1).toString(),
                       staffRoleFromKey(q->value(2).toString()).value_or(StaffRole::Volunteer), q->value(3).toBool()};
}

Result<QString> StaffRepository::pinHash(qint64 staffId) const {
    auto q = db_.query(QStringLiteral("SELECT pin_hash FROM staff WHERE id = ?"), {staffId});
    if (!q) return q.error();
    if (!q->next()) return notFound(staffId).error();
    return q->value(0).toString();
}

Result<void> StaffRepository::changePin(qint64 staffId, const QString& pin) {
    auto hash = PinHasher::hash(pin, cost_);
    if (!hash) return hash.error();
    return db_.write([&]() -> Result<void> {
        auto q = db_.query(QStringLiteral("UPDATE staff SET pin_hash = ? WHERE id = ?"), {hash.value(), staffId});
        if (!q) return q.error();
        if (q->numRowsAffected() != 1) return notFound(staffId).error();
        return {};
    });
}

Result<void> StaffRepository::deactivate(qint64 staffId) {
    return db_.write([&]() -> Result<void> {
        auto q = db_.query(QStringLiteral("UPDATE staff SET active = 0 WHERE id = ?"), {staffId});
        if (!q) return q.error();
        if (q->numRowsAffected() != 1) return notFound(staffId).error();
        return {};
    });
}

Result<bool> StaffRepository::verifyPin(qint64 staffId, const QString& pin) const {
    auto hash = pinHash(staffId);
    if (!hash) return hash.error();
    return PinHasher::verify(hash.value(), pin);
}

Result<StaffMember> StaffRepository::login(qint64 staffId, const QString& pin, Journal& journal) {
    auto member = find(staffId);
    std::optional<Error> refusal;
    QString reason;
    if (!member) {
        if (member.error().code != ErrorCode::NotFound) return member.error();
        refusal = member.error();
        reason = QStringLiteral("unknown");
    } else if (!member->active) {
        refusal = Error{ErrorCode::Permission, QStringLiteral("%1 can no longer log in.").arg(member->name)};
        reason = QStringLiteral("inactive");
    } else {
        // Lockout after repeated wrong PINs (ErrorCode::Locked) belongs here, before the PIN check.
        auto ok = verifyPin(staffId, pin);
        if (!ok) return ok.error();
        if (!ok.value()) {
            refusal = Error{ErrorCode::Permission, QStringLiteral("Wrong PIN. Please try again.")};
            reason = QStringLiteral("wrong_pin");
        }
    }

    QJsonObject payload{{QStringLiteral("staff_id"), staffId}};
    if (refusal) payload.insert(QStringLiteral("reason"), reason);
    auto r = db_.write([&]() -> Result<void> {
        auto e = journal.append(refusal ? Journal::systemActor() : Journal::staffActor(staffId),
                                refusal ? QStringLiteral("login_failed") : QStringLiteral("login"), payload);
        if (!e) return e.error();
        return {};
    });
    if (!r) return r.error();
    if (refusal) {
        qCInfo(lcStaff) << "login refused for" << staffId << reason;
        return *refusal;
    }
    return member.value();
}

}  // namespace ak
