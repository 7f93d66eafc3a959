// The role → permission table and requirePermission().

#include <boost/test/unit_test.hpp>
#include <set>

#include <QSet>

#include "core/staff/Permissions.h"

using namespace ak;

BOOST_AUTO_TEST_SUITE(staff_permissions)

BOOST_AUTO_TEST_CASE(a_manager_may_do_everything) {
    const StaffMember kari{1, QStringLiteral("Kari"), StaffRole::Manager, true};
    for (Permission p : allPermissions()) {
        BOOST_TEST(hasPermission(StaffRole::Manager, p), permissionKey(p).toStdString());
        BOOST_TEST(requirePermission(kari, p).ok(), permissionKey(p).toStdString());
    }
}

BOOST_AUTO_TEST_CASE(a_volunteer_runs_the_shift_and_nothing_more) {
    const StaffMember ola{2, QStringLiteral("Ola"), StaffRole::Volunteer, true};
    const std::set<Permission> allowed = {Permission::Sell, Permission::IssueCoffeeCard, Permission::RunActivities};
    for (Permission p : allPermissions()) {
        const bool expected = allowed.count(p) == 1;
        BOOST_TEST(hasPermission(StaffRole::Volunteer, p) == expected, permissionKey(p).toStdString());
        auto r = requirePermission(ola, p);
        BOOST_TEST(r.ok() == expected, permissionKey(p).toStdString());
        if (!r.ok()) {
            BOOST_TEST((r.error().code == ErrorCode::Permission));
            BOOST_TEST(r.error().message.startsWith(QStringLiteral("Only a manager can")));
        }
    }
}

BOOST_AUTO_TEST_CASE(the_refusal_says_whom_to_ask) {
    const StaffMember ola{2, QStringLiteral("Ola"), StaffRole::Volunteer, true};
    auto r = requirePermission(ola, Permission::ApproveReturn);
    BOOST_TEST_REQUIRE(!r.ok());
    BOOST_TEST((r.error().code == ErrorCode::Permission));
    BOOST_TEST(r.error().message == QStringLiteral("Only a manager can approve a return."));
    const StaffMember kari{1, QStringLiteral("Kari"), StaffRole::Manager, true};
    BOOST_TEST(requirePermission(kari, Permission::ApproveReturn).ok());
}

BOOST_AUTO_TEST_CASE(an_inactive_person_may_do_nothing) {
    const StaffMember gone{3, QStringLiteral("Per"), StaffRole::Manager, false};
    for (Permission p : allPermissions()) {
        auto r = requirePermission(gone, p);
        BOOST_TEST_REQUIRE(!r.ok());
        BOOST_TEST((r.error().code == ErrorCode::Permission));
        BOOST_TEST(r.error().message.contains(QStringLiteral("Per")));
    }
}

BOOST_AUTO_TEST_CASE(every_permission_has_its_own_key) {
    QSet<QString> keys;
    for (Permission p : allPermissions()) {
        const QString key = permissionKey(p);
        BOOST_TEST(key != QStringLiteral("unknown"));
        BOOST_TEST(!keys.contains(key), key.toStdString());
        keys.insert(key);
    }
    BOOST_TEST(keys.size() == 14);
    BOOST_TEST(!hasPermission(StaffRole::Volunteer, Permission::SwitchTraining));  // a manager's switch
    // A value outside the enum (a corrupt cast) is refused, never allowed.
    BOOST_TEST(!hasPermission(StaffRole::Manager, Permission(999)));
}

BOOST_AUTO_TEST_SUITE_END()
