// Reading the staff list and changing it. Logins are in StaffLogin.cpp, staff cards in
// StaffCards.cpp.

#include "core/staff/StaffRepository.h"

#include <QJsonObject>

#include <optional>

#include "core/staff/StaffLogging.h"
#include "core/staff/StaffRules.h"

namespace ak {

namespace {

Error notFound(qint64 id) {
    return Error{ErrorCode::NotFound, StaffRepository::tr("There is no staff member %1.").arg(id)};
}

const Clock& systemClock() {
    static const SystemClock clock;
    return clock;
}

Result<void> appendBy(Journal& j, const StaffMember& by, JournalKind kind, const QJsonObject& payload) {
    auto e = j.append(Journal::staffActor(by.id), kind, payload);
    if (!e) return e.error();
    return {};
}

}  // namespace

StaffRepository::StaffRepository(Database& db, PinHashCost cost) : StaffRepository(db, systemClock(), cost) {}

StaffMember StaffRepository::memberFrom(const QSqlQuery& q) {
    return StaffMember{q.value(0).toLongLong(), q.value(1).toString(),
                       staffRoleFromKey(q.value(2).toString()).value_or(StaffRole::Volunteer), q.value(3).toBool()};
}

StaffLock StaffRepository::lockFrom(const QSqlQuery& q, int first) {
    StaffLock lock{q.value(first).toInt(), q.value(first + 1).toInt(), {}};
    const QVariant until = q.value(first + 2);
    if (!until.isNull()) lock.lockedUntil = QDateTime::fromString(until.toString(), Qt::ISODateWithMs).toUTC();
    return lock;
}

Result<std::vector<StaffMember>> StaffRepository::list(bool includeInactive) const {
    auto q = db_.query(QStringLiteral("SELECT id, name, role, active FROM staff") +
                       (includeInactive ? QString() : QStringLiteral(" WHERE active = 1")) +
                       QStringLiteral(" ORDER BY lower(name), id"));
    if (!q) return q.error();
    std::vector<StaffMember> out;
    while (q->next()) out.push_back(memberFrom(q.value()));
    return out;
}

Result<StaffMember> StaffRepository::find(qint64 staffId) const {
    auto q = db_.query(QStringLiteral("SELECT id, name, role, active FROM staff WHERE id = ?"), {staffId});
    if (!q) return q.error();
    if (!q->next()) return notFound(staffId);
    return memberFrom(q.value());
}

Result<StaffLock> StaffRepository::lockState(qint64 staffId) const {
    auto q = db_.query(QStringLiteral("SELECT failed_pins, lockouts, locked_until FROM staff WHERE id = ?"), {staffId});
    if (!q) return q.error();
    if (!q->next()) return notFound(staffId);
    return lockFrom(q.value(), 0);
}

Result<void> StaffRepository::storeLock(qint64 staffId, const StaffLock& lock) {
    const QVariant until = lock.lockedUntil.isValid() ? QVariant(lock.lockedUntil.toUTC().toString(Qt::ISODateWithMs))
                                                      : QVariant(QMetaType(QMetaType::QString));  // NULL
    auto q = db_.query(QStringLiteral("UPDATE staff SET failed_pins = ?, lockouts = ?, locked_until = ? WHERE id = ?"),
                       {lock.failedTries, lock.locks, until, staffId});
    if (!q) return q.error();
    if (q->numRowsAffected() != 1) return notFound(staffId);
    return {};
}

Result<QString> StaffRepository::pinHash(qint64 staffId) const {
    auto q = db_.query(QStringLiteral("SELECT pin_hash FROM staff WHERE id = ?"), {staffId});
    if (!q) return q.error();
    if (!q->next()) return notFound(staffId);
    return q->value(0).toString();
}

Result<bool> StaffRepository::verifyPin(qint64 staffId, const QString& pin) const {
    auto hash = pinHash(staffId);
    if (!hash) return hash.error();
    return PinHasher::verify(hash.value(), pin);
}

Result<StaffMember> StaffRepository::authorize(const StaffMember& by, Permission permission) const {
    auto actor = find(by.id);
    if (!actor) {
        if (actor.error().code != ErrorCode::NotFound) return actor.error();
        return Error{ErrorCode::Permission, tr("%1 is no longer on the staff list.").arg(by.name)};
    }
    if (auto allowed = requirePermission(actor.value(), permission); !allowed) return allowed.error();
    return actor;
}

Result<StaffMember> StaffRepository::insert(const QString& typedName, StaffRole role, const QString& hash) {
    auto name = StaffRules::name(typedName);
    if (!name) return name.error();
    // Unique ignoring case, among everyone ever on the list: the journal and the reports name
    // operators, and two "Ola"s on the login screen is one too many. Compared here, not in SQL:
    // SQLite's lower() knows only ASCII, and names have æ, ø and å.
    auto q = db_.query(QStringLiteral("SELECT name, active FROM staff"));
    if (!q) return q.error();
    while (q->next())
        if (q->value(0).toString().compare(name.value(), Qt::CaseInsensitive) == 0)
            return Error{ErrorCode::InvalidInput,
                         q->value(1).toBool()
                             ? tr("Someone called %1 is on the staff list already. Add a last name or an initial to "
                                  "tell them apart.")
                                   .arg(q->value(0).toString())
                             : tr("Someone called %1 was on the staff list before. Add a last name or an initial to "
                                  "tell them apart in the reports.")
                                   .arg(q->value(0).toString())};
    StaffMember m{0, name.value(), role, true};
    auto ins = db_.insert(QStringLiteral("INSERT INTO staff (name, role, pin_hash, active) VALUES (?, ?, ?, 1)"),
                         {m.name, staffRoleKey(role), hash});
    if (!ins) return ins.error();
    m.id = ins.value();
    qCInfo(lcStaff) << "added staff member" << m.id << staffRoleKey(role);
    return m;
}

Result<void> StaffRepository::notShared(const QString& pin, qint64 except) const {
    auto q = db_.query(QStringLiteral("SELECT pin_hash FROM staff WHERE active = 1 AND id <> ?"), {except});
    if (!q) return q.error();
    while (q->next())
        if (PinHasher::verify(q->value(0).toString(), pin))
            return Error{ErrorCode::InvalidInput, tr("Someone else on the staff list already has this PIN. Choose "
                                                     "another one: a PIN is one person's own.")};
    return {};
}

Result<StaffMember> StaffRepository::addChecked(const QString& name, StaffRole role, const QString& pin,
                                                const StaffMember* by, Journal* journal) {
    if (auto n = StaffRules::name(name); !n) return n.error();
    if (auto r = StaffRules::newPin(pin); !r) return r.error();
    // Before the write lock: argon2 is deliberately slow, once per person on the list and once more.
    if (auto r = notShared(pin, 0); !r) return r.error();
    auto hash = PinHasher::hash(pin, cost_);
    if (!hash) return hash.error();
    Result<StaffMember> added = Error{ErrorCode::Storage, QString()};
    auto r = db_.write([&]() -> Result<void> {
        std::optional<StaffMember> actor;
        if (by) {
            auto a = authorize(*by, Permission::ManageStaff);
            if (!a) return a.error();
            actor = a.value();
        }
        added = insert(name, role, hash.value());
        if (!added) return added.error();
        if (!actor) return {};  // the command journals the whole operation itself
        return appendBy(*journal, *actor, JournalKind::StaffAdded,
                        {{QStringLiteral("staff_id"), added->id}, {QStringLiteral("role"), staffRoleKey(role)}});
    });
    if (!r) return r.error();
    return added;
}

Result<StaffMember> StaffRepository::addBySystem(const QString& name, StaffRole role, const QString& pin) {
    return addChecked(name, role, pin, nullptr, nullptr);
}

Result<StaffMember> StaffRepository::addDemo(const QString& name, StaffRole role, const QString& pin) {
    if (auto n = StaffRules::name(name); !n) return n.error();
    auto hash = PinHasher::hash(pin, cost_);
    if (!hash) return hash.error();
    Result<StaffMember> added = Error{ErrorCode::Storage, QString()};
    auto r = db_.write([&]() -> Result<void> {
        added = insert(name, role, hash.value());
        if (!added) return added.error();
        return {};
    });
    if (!r) return r.error();
    return added;
}

Result<StaffMember> StaffRepository::add(const QString& name, StaffRole role, const QString& pin, const StaffMember& by,
                                         Journal& journal) {
    // Refuse before hashing so that a volunteer's attempt costs nothing; checked again inside.
    if (auto allowed = requirePermission(by, Permission::ManageStaff); !allowed) return allowed.error();
    return addChecked(name, role, pin, &by, &journal);
}

Result<void> StaffRepository::changePin(qint64 staffId, const QString& pin, const StaffMember& by, Journal& journal) {
    // Someone else's PIN: the screen's role is enough to refuse cheaply first (checked again inside).
    if (by.id != staffId)
        if (auto allowed = requirePermission(by, Permission::ManageStaff); !allowed) return allowed;
    if (auto r = StaffRules::newPin(pin); !r) return r;
    if (by.id != staffId)
        if (auto r = notShared(pin, staffId); !r) return r;
    auto hash = PinHasher::hash(pin, cost_);
    if (!hash) return hash.error();
    return db_.write([&]() -> Result<void> {
        // One's own PIN needs only an active place on the list (Sell is what every active role has).
        auto actor = authorize(by, by.id == staffId ? Permission::Sell : Permission::ManageStaff);
        if (!actor) return actor.error();
        auto q = db_.query(QStringLiteral("UPDATE staff SET pin_hash = ? WHERE id = ?"), {hash.value(), staffId});
        if (!q) return q.error();
        if (q->numRowsAffected() != 1) return notFound(staffId);
        return appendBy(journal, actor.value(), JournalKind::PinChanged, {{QStringLiteral("staff_id"), staffId}});
    });
}

Result<void> StaffRepository::deactivate(qint64 staffId, const StaffMember& by, Journal& journal) {
    return db_.write([&]() -> Result<void> {
        auto actor = authorize(by, Permission::ManageStaff);
        if (!actor) return actor.error();
        if (staffId == actor->id)
            return Error{ErrorCode::Conflict,
                         tr("You cannot take yourself off the staff list. Ask another manager to do it.")};
        auto q = db_.query(QStringLiteral("UPDATE staff SET active = 0 WHERE id = ?"), {staffId});
        if (!q) return q.error();
        if (q->numRowsAffected() != 1) return notFound(staffId);
        return appendBy(journal, actor.value(), JournalKind::StaffDeactivated,
                        {{QStringLiteral("staff_id"), staffId}});
    });
}

Result<void> StaffRepository::unlock(qint64 staffId, const StaffMember& by, Journal& journal) {
    return db_.write([&]() -> Result<void> {
        auto actor = authorize(by, Permission::UnlockStaff);
        if (!actor) return actor.error();
        if (auto r = storeLock(staffId, StaffLock{}); !r) return r;
        qCInfo(lcStaff) << "staff" << staffId << "unlocked by" << actor->id;
        return appendBy(journal, actor.value(), JournalKind::StaffUnlocked,
                        {{QStringLiteral("staff_id"), staffId}});
    });
}

}  // namespace ak
