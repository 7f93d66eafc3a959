#include "core/staff/Permissions.h"

#include <array>

#include <QCoreApplication>

#include "core/staff/StaffLogging.h"

namespace ak {

namespace {

// The context of the refusal sentences, which are marked with QT_TRANSLATE_NOOP in the table below.
constexpr const char* kContext = "ak::Permissions";

struct Row {
    Permission permission;
    const char* key;
    bool volunteer;  // managers may do everything: the table only says what volunteers may do
    const char* refusal;
};

// Volunteers run the shift (sell, issue cards); everything that changes money after the fact,
// prices, the programme or other people's access is for a manager. Why not configurable per
// café: a volunteer who relapses must not be able to lift their own limits, and a fixed table
// is what the funders' and the tax rules' "operator" and "responsible person" assume.
// RunActivities is the exception that proves it: in a user-run café volunteers plan and lead the
// walks and the cooking club, and nothing in an activity moves money or access.
constexpr std::array<Row, 14> kTable = {{
    {Permission::Sell, "sell", true, QT_TRANSLATE_NOOP("ak::Permissions", "Only staff on the list can sell.")},
    {Permission::IssueCoffeeCard, "issue_coffee_card", true,
     QT_TRANSLATE_NOOP("ak::Permissions", "Only staff on the list can issue coffee cards.")},
    {Permission::ApproveReturn, "approve_return", false,
     QT_TRANSLATE_NOOP("ak::Permissions", "Only a manager can approve a return.")},
    {Permission::ManageProducts, "manage_products", false,
     QT_TRANSLATE_NOOP("ak::Permissions", "Only a manager can change products and prices.")},
    {Permission::ManageCardTypes, "manage_card_types", false,
     QT_TRANSLATE_NOOP("ak::Permissions", "Only a manager can change coffee card types.")},
    {Permission::ManageDiscountReasons, "manage_discount_reasons", false,
     QT_TRANSLATE_NOOP("ak::Permissions", "Only a manager can change the discount reasons.")},
    {Permission::ManageActivities, "manage_activities", false,
     QT_TRANSLATE_NOOP("ak::Permissions", "Only a manager can change the activities.")},
    {Permission::RunActivities, "run_activities", true,
     QT_TRANSLATE_NOOP("ak::Permissions", "Only staff on the list can change activities and sign-ups.")},
    {Permission::CloseDay, "close_day", false,
     QT_TRANSLATE_NOOP("ak::Permissions", "Only a manager can close the day.")},
    {Permission::ViewReports, "view_reports", false,
     QT_TRANSLATE_NOOP("ak::Permissions", "Only a manager can see the reports.")},
    {Permission::ManageStaff, "manage_staff", false,
     QT_TRANSLATE_NOOP("ak::Permissions", "Only a manager can change the staff list, PINs and staff cards.")},
    {Permission::UnlockStaff, "unlock_staff", false,
     QT_TRANSLATE_NOOP("ak::Permissions", "Only a manager can unlock a staff member.")},
    {Permission::AcknowledgeIntegrity, "acknowledge_integrity", false,
     QT_TRANSLATE_NOOP("ak::Permissions", "Only a manager can confirm having seen this warning.")},
    {Permission::SwitchTraining, "switch_training", false,
     QT_TRANSLATE_NOOP("ak::Permissions", "Only a manager can switch training mode on or off.")},
}};

// Rows are in declaration order, so that a row is found by index and allPermissions() is the
// table itself; the check below fails the build when an enumerator is added out of order.
constexpr bool inDeclarationOrder() {
    for (std::size_t i = 0; i < kTable.size(); ++i)
        if (kTable[i].permission != Permission(i)) return false;
    return kTable.size() == std::size_t(Permission::SwitchTraining) + 1;
}
static_assert(inDeclarationOrder(), "kTable must list every Permission in declaration order");

std::array<Permission, kTable.size()> makeAll() {
    std::array<Permission, kTable.size()> all{};
    for (std::size_t i = 0; i < kTable.size(); ++i) all[i] = kTable[i].permission;
    return all;
}

const Row* rowOf(Permission p) {
    const auto i = std::size_t(p);
    return i < kTable.size() ? &kTable[i] : nullptr;  // a value outside the enum: refused (fail closed)
}

}  // namespace

std::span<const Permission> allPermissions() {
    static const auto all = makeAll();
    return all;
}

QString permissionKey(Permission permission) {
    const Row* r = rowOf(permission);
    return r ? QString::fromLatin1(r->key) : QStringLiteral("unknown");
}

bool hasPermission(StaffRole role, Permission permission) {
    const Row* r = rowOf(permission);
    if (!r) return false;  // fail closed
    return role == StaffRole::Manager || r->volunteer;
}

Result<void> requirePermission(const StaffMember& member, Permission permission) {
    if (!member.active)
        return Error{ErrorCode::Permission,
                     QCoreApplication::translate("ak::Permissions", "%1 is no longer on the staff list.").arg(member.name)};
    if (hasPermission(member.role, permission)) return {};
    qCInfo(lcStaff) << "refused" << permissionKey(permission) << "to staff" << member.id;
    const Row* r = rowOf(permission);
    return Error{ErrorCode::Permission, r ? QCoreApplication::translate(kContext, r->refusal)
                                          : QCoreApplication::translate("ak::Permissions", "Only a manager can do that.")};
}

}  // namespace ak
