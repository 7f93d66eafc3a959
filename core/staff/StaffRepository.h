#pragma once
// Volunteers and managers: their PINs, staff cards, logins, lockouts and who may change them.
//
// Acting person. Changes to the staff list take the StaffMember who does them (`by`, normally the
// person logged in at the till). `by` is re-read from the database inside the transaction, so a
// session of someone who was deactivated or demoted since logging in is refused; the check is
// requirePermission() (Permissions.h). The *BySystem calls skip the check: they are for the
// `aktivkafe` command (run by whoever holds the database file, which is already everything) and
// the demo seeder, and they journal nothing themselves, because their callers journal the whole
// operation in the same transaction ("staff_added", "demo_seeded").
//
// Journal kinds (payload keys; never a PIN, a card token or a hash of either):
//   login           {staff_id, method: "pin"|"card"}
//   approval        {staff_id, method: "pin", for: "return"|"count_difference"}
//   login_failed    {staff_id?, method, for? (an approval), reason: unknown|inactive|wrong_pin|locked|
//                    unknown_card, failed_tries? (wrong_pin: the run so far)}
//   lockout         {staff_id, failed_tries, lock_seconds, locked_until}      actor "system"
//   staff_unlocked, pin_changed, staff_deactivated   {staff_id}
//   staff_added     {staff_id, role}
//   staff_card_bound {staff_id, moved_from?}; staff_cards_removed {staff_id, cards}
// Each goes into the same transaction as the rows it describes (the lockout counter included).
//
// Lockout: see StaffLockout.h. Time comes from the injected Clock.
//
// Staff cards: a scanned token (barcode/QR text, NFC UID) is an identifier, not a secret: it is
// looked up by its SHA-256 so that the file does not list the tokens, but a short NFC UID can be
// recovered from its hash by trying them all. A card login is refused while the person is locked
// (a card can be copied; a lock means someone is trying) and does not reset the PIN run.
//
// Ownership: holds references to the Database and the Clock; both outlive the repository.

#include <vector>

#include <QCoreApplication>

#include "core/journal/Journal.h"
#include "core/staff/Permissions.h"
#include "core/staff/PinHasher.h"
#include "core/staff/StaffLockout.h"
#include "core/staff/StaffMember.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"
#include "core/util/Result.h"

namespace ak {

class StaffRepository {
    Q_DECLARE_TR_FUNCTIONS(ak::StaffRepository)

public:
    StaffRepository(Database& db, const Clock& clock, PinHashCost cost = PinHashCost::Interactive)
        : db_(db), clock_(clock), cost_(cost) {}
    // Uses the system clock. For callers that predate lockout; the apps should pass their clock.
    explicit StaffRepository(Database& db, PinHashCost cost = PinHashCost::Interactive);

    // --- Reading ---
    Result<std::vector<StaffMember>> list(bool includeInactive = false) const;  // by name
    Result<StaffMember> find(qint64 staffId) const;                             // NotFound
    Result<StaffLock> lockState(qint64 staffId) const;                          // NotFound
    // Whether `pin` is the PIN of `staffId` (NotFound if there is no such person). Not journaled,
    // not counted: for tests and tools, never for a login screen.
    Result<bool> verifyPin(qint64 staffId, const QString& pin) const;

    // --- Logging in ---
    // Checks the PIN and journals the attempt. Errors: Locked (too many wrong PINs; the PIN is not
    // checked, the message says how long), Permission (wrong PIN, inactive), NotFound (unknown
    // id), Storage. The journal entry and the lockout counter are committed in every case.
    Result<StaffMember> login(qint64 staffId, const QString& pin, Journal& journal);
    // A PIN typed at someone else's session to approve one thing (a return, a count difference):
    // the same checks, lockout and refusals as login(), but journaled as an approval {staff_id,
    // method, for: `purpose`}, not a login. The caller checks what the approver may approve.
    Result<StaffMember> approve(qint64 staffId, const QString& pin, const QString& purpose, Journal& journal);
    // Logs in with a staff card token. Errors: Permission (a card this café does not know, told in
    // the same words whatever the reason; an inactive person), Locked, Storage. Journaled.
    Result<StaffMember> loginWithCard(const QString& token, Journal& journal);

    // --- Changing the staff list (checked; see "Acting person") ---
    // ManageStaff. InvalidInput for a name or PIN StaffRules refuses, a name someone on the list
    // (now or before) already has, ignoring case, or a PIN another active person uses.
    Result<StaffMember> add(const QString& name, StaffRole role, const QString& pin, const StaffMember& by,
                            Journal& journal);
    // Anyone active may change their own PIN; someone else's needs ManageStaff. The new PIN follows
    // StaffRules; one set for someone else must not be another active person's (one's own new PIN
    // is not compared with the others': the refusal would tell a volunteer someone else's PIN).
    Result<void> changePin(qint64 staffId, const QString& pin, const StaffMember& by, Journal& journal);
    // ManageStaff. Conflict when `by` deactivates themself: so the last manager cannot vanish.
    Result<void> deactivate(qint64 staffId, const StaffMember& by, Journal& journal);
    // UnlockStaff. Ends a lock and resets the run of wrong PINs (also when not locked).
    Result<void> unlock(qint64 staffId, const StaffMember& by, Journal& journal);
    // ManageStaff. Binds `token` to `staffId` (active); a token bound to someone else moves.
    // InvalidInput for an empty token or an inactive person.
    Result<void> bindCard(qint64 staffId, const QString& token, const StaffMember& by, Journal& journal);
    // ManageStaff. Removes every card of `staffId` (a lost card); returns how many.
    Result<int> unbindCards(qint64 staffId, const StaffMember& by, Journal& journal);

    // --- Unchecked, for the command line and the seeder (see "Acting person") ---
    // The same rules as add(), without a person acting: `aktivkafe staff add`.
    Result<StaffMember> addBySystem(const QString& name, StaffRole role, const QString& pin);
    // Demo and test staff: the name rules, but a PIN only of the right form (the demo's PINs are
    // printed in the README for anyone to try; they are not meant to be secret).
    Result<StaffMember> addDemo(const QString& name, StaffRole role, const QString& pin);

    // The SHA-256 (hex) a card token is stored as: trimmed, UTF-8.
    static QString cardTokenHash(const QString& token);

private:
    Result<QString> pinHash(qint64 staffId) const;
    // login() and approve(): `purpose` empty for a login.
    Result<StaffMember> checkPin(qint64 staffId, const QString& pin, Journal& journal, const QString& purpose);
    // Re-reads `by` and checks `permission`; call inside db_.write().
    Result<StaffMember> authorize(const StaffMember& by, Permission permission) const;
    // Checks the name (StaffRules) and that nobody on the list has it, then inserts; inside db_.write().
    Result<StaffMember> insert(const QString& name, StaffRole role, const QString& pinHash);
    // InvalidInput when an active person other than `except` has `pin`.
    Result<void> notShared(const QString& pin, qint64 except) const;
    // The checks and the insert of add() and addBySystem(); `by` null: the system.
    Result<StaffMember> addChecked(const QString& name, StaffRole role, const QString& pin, const StaffMember* by,
                                   Journal* journal);
    Result<void> storeLock(qint64 staffId, const StaffLock& lock);
    static StaffMember memberFrom(const QSqlQuery& q);         // columns id, name, role, active
    static StaffLock lockFrom(const QSqlQuery& q, int first);  // failed_pins, lockouts, locked_until

    Database& db_;
    const Clock& clock_;
    PinHashCost cost_;
};

}  // namespace ak
