#pragma once
// Volunteers and managers, their PINs and their logins.
//
// Login attempts are journaled (kinds "login" and "login_failed", payload {"staff_id": id} and for
// failures a "reason"), in the same transaction as any lockout counting a later step adds: that is
// the place checkLockout() marks. Permissions per role come with it.

#include "core/journal/Journal.h"
#include "core/staff/PinHasher.h"
#include "core/staff/StaffMember.h"
#include "core/storage/Database.h"
#include "core/util/Result.h"

#include <vector>

namespace ak {

class StaffRepository {
public:
    explicit StaffRepository(Database& db, PinHashCost cost = PinHashCost::Interactive) : db_(db), cost_(cost) {}

    // InvalidInput for an empty name or a PIN that is not 4–6 digits.
    Result<StaffMember> add(const QString& name, StaffRole role, const QString& pin);
    Result<std::vector<StaffMember>> list(bool includeInactive = false) const;  // by name
    Result<StaffMember> find(qint64 staffId) const;                             // NotFound
    Result<void> changePin(qint64 staffId, const QString& pin);
    Result<void> deactivate(qint64 staffId);

    // Whether `pin` is the PIN of `staffId` (NotFound if there is no such person). Not journaled.
    Result<bool> verifyPin(qint64 staffId, const QString& pin) const;

    // Checks the PIN and journals the attempt. Errors: Permission (wrong PIN, inactive),
    // NotFound (unknown id), Storage. The journal entry is committed in every case.
    Result<StaffMember> login(qint64 staffId, const QString& pin, Journal& journal);

private:
    Result<QString> pinHash(qint64 staffId) const;
    Database& db_;
    PinHashCost cost_;
};

}  // namespace ak
