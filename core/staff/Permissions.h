#pragma once
// What each role may do at the till, in one table, so that the till, the kiosk and core agree.
//
// Core checks permissions itself (StaffRepository, sales, day close) instead of trusting the UI to
// hide a button: the UI asks hasPermission() only to decide what to show. A refusal is
// ErrorCode::Permission with a sentence that says who can do it ("Only a manager can approve a
// return."), because the person at the till needs to know whom to ask, not which rule failed.
//
// Adding an action: add the enumerator and its row in Permissions.cpp at the same place (a
// static_assert checks the order) with a key for logs and the journal and a refusal sentence.

#include <span>

#include <QString>

#include "core/staff/StaffMember.h"
#include "core/util/Result.h"

namespace ak {

enum class Permission {
    Sell,                   // ring up sales, take payments, print receipts
    IssueCoffeeCard,        // issue and sell coffee cards at the till
    ApproveReturn,          // a return (negative sale) or a void of a completed sale
    ManageProducts,         // products, prices, categories
    ManageCardTypes,        // coffee-card types (free, punch, day pass)
    ManageDiscountReasons,  // the list of reasons a discount can be given for
    ManageActivities,       // the café's programme
    RunActivities,          // create, edit and cancel activities; sign-ups, attendance lists
    CloseDay,               // Z report and locking the day
    ViewReports,            // X report, statistics, exports
    ManageStaff,            // add and deactivate staff, set others' PINs, bind staff cards
    UnlockStaff,            // lift a lockout after too many wrong PINs
    AcknowledgeIntegrity,   // sign that she has seen a warning that the till's records were changed
    SwitchTraining,         // training mode on and off for a new volunteer (last: Permissions.cpp names it)
};

// Every enumerator, in declaration order (for tests and for listing a role's rights).
std::span<const Permission> allPermissions();

// A stable ASCII key ("approve_return") for logs and journal payloads.
QString permissionKey(Permission permission);

// Whether `role` may do `permission`. Says nothing about whether the person is active.
bool hasPermission(StaffRole role, Permission permission);

// Ok if `member` is active and their role allows `permission`; otherwise ErrorCode::Permission
// with a translated sentence for the person at the till.
Result<void> requirePermission(const StaffMember& member, Permission permission);

}  // namespace ak
