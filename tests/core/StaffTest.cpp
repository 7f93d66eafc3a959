#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <QJsonDocument>
#include <QJsonObject>

#include "core/journal/Journal.h"
#include "core/staff/PinHasher.h"
#include "core/staff/StaffRepository.h"
#include "tests/core/StaffTestFixture.h"

using namespace ak;
using namespace ak::test;

namespace {
using Staff = StaffCafe;
}  // namespace

BOOST_AUTO_TEST_SUITE(staff)

const char* const kBadPins[] = {"", "123", "1234567", "12a4", "12 34", "١٢٣٤", "-1234", "12.34"};

BOOST_DATA_TEST_CASE(pin_rules_refuse, boost::unit_test::data::make(kBadPins), pin) {
    Staff s;
    auto r = s.repo.addBySystem(QStringLiteral("Kari"), StaffRole::Volunteer, QString::fromUtf8(pin));
    BOOST_TEST_REQUIRE(!r.ok());
    BOOST_TEST((r.error().code == ErrorCode::InvalidInput));
    BOOST_TEST(s.repo.list()->empty());
}

const char* const kGoodPins[] = {"1234", "0000", "12345", "987654"};

BOOST_DATA_TEST_CASE(pin_rules_accept_four_to_six_digits, boost::unit_test::data::make(kGoodPins), pin) {
    Staff s;
    const StaffMember m = s.add("Kari", StaffRole::Volunteer, pin);
    BOOST_TEST(s.repo.verifyPin(m.id, QString::fromLatin1(pin)).value());
}

BOOST_AUTO_TEST_CASE(the_pin_is_stored_only_as_an_argon2id_hash) {
    Staff s;
    const StaffMember a = s.add("Kari", StaffRole::Manager, "4821");
    const StaffMember b = s.add("Ola", StaffRole::Volunteer, "4821");
    auto q = s.db->query(QStringLiteral("SELECT pin_hash FROM staff ORDER BY id"));
    BOOST_TEST_REQUIRE(q.ok());
    QStringList hashes;
    while (q->next()) hashes << q->value(0).toString();
    BOOST_TEST_REQUIRE(hashes.size() == 2);
    for (const QString& h : hashes) {
        BOOST_TEST(h.startsWith(QStringLiteral("$argon2id$")));
        BOOST_TEST(!h.contains(QStringLiteral("4821")));
    }
    BOOST_TEST(hashes[0] != hashes[1]);  // salted
    // Nothing else in the file holds the PIN either.
    auto dump = s.db->query(QStringLiteral("SELECT group_concat(name || role) FROM staff"));
    BOOST_TEST_REQUIRE(dump.ok());
    BOOST_TEST_REQUIRE(dump->next());
    BOOST_TEST(!dump->value(0).toString().contains(QStringLiteral("4821")));
    BOOST_TEST(a.id != b.id);
}

BOOST_AUTO_TEST_CASE(verify_pin) {
    Staff s;
    const StaffMember m = s.add("Kari", StaffRole::Volunteer, "4821");
    BOOST_TEST(s.repo.verifyPin(m.id, QStringLiteral("4821")).value());
    BOOST_TEST(!s.repo.verifyPin(m.id, QStringLiteral("4822")).value());
    BOOST_TEST(!s.repo.verifyPin(m.id, QStringLiteral("48210")).value());
    BOOST_TEST(!s.repo.verifyPin(m.id, QString()).value());
    BOOST_TEST((s.repo.verifyPin(999, QStringLiteral("4821")).error().code == ErrorCode::NotFound));
    BOOST_TEST(!PinHasher::verify(QStringLiteral("not a hash"), QStringLiteral("4821")));
}

BOOST_AUTO_TEST_CASE(list_find_change_pin_and_deactivate) {
    Staff s;
    const StaffMember ola = s.add("Ola", StaffRole::Volunteer, "1111");
    const StaffMember kari = s.add("Kari", StaffRole::Manager, "2222");
    auto all = s.repo.list();
    BOOST_TEST_REQUIRE(all->size() == 2u);
    BOOST_TEST(all->at(0).name == QStringLiteral("Kari"));  // by name
    BOOST_TEST((all->at(0).role == StaffRole::Manager));
    BOOST_TEST((s.repo.find(ola.id)->role == StaffRole::Volunteer));

    BOOST_TEST_REQUIRE(s.repo.changePin(ola.id, QStringLiteral("3333"), kari, s.journal).ok());
    BOOST_TEST(!s.repo.verifyPin(ola.id, QStringLiteral("1111")).value());
    BOOST_TEST(s.repo.verifyPin(ola.id, QStringLiteral("3333")).value());
    BOOST_TEST(
        (s.repo.changePin(ola.id, QStringLiteral("33"), kari, s.journal).error().code == ErrorCode::InvalidInput));

    BOOST_TEST_REQUIRE(s.repo.deactivate(ola.id, kari, s.journal).ok());
    BOOST_TEST(s.repo.list()->size() == 1u);
    BOOST_TEST(s.repo.list(true)->size() == 2u);
    BOOST_TEST(s.entriesOfKind(QStringLiteral("pin_changed")).size() == 1u);
    BOOST_TEST(s.entriesOfKind(QStringLiteral("staff_deactivated")).size() == 1u);
    BOOST_TEST(s.journalVerifies());
}

BOOST_AUTO_TEST_CASE(only_a_manager_changes_the_staff_list) {
    Staff s;
    const StaffMember kari = s.add("Kari", StaffRole::Manager, "2222");
    const StaffMember ola = s.add("Ola", StaffRole::Volunteer, "1111");
    const StaffMember eva = s.add("Eva", StaffRole::Volunteer, "4444");

    auto byVolunteer = s.repo.add(QStringLiteral("Per"), StaffRole::Manager, QStringLiteral("5555"), ola, s.journal);
    BOOST_TEST_REQUIRE(!byVolunteer.ok());
    BOOST_TEST((byVolunteer.error().code == ErrorCode::Permission));
    BOOST_TEST(byVolunteer.error().message.startsWith(QStringLiteral("Only a manager")));
    BOOST_TEST((s.repo.deactivate(eva.id, ola, s.journal).error().code == ErrorCode::Permission));
    BOOST_TEST(
        (s.repo.changePin(eva.id, QStringLiteral("9999"), ola, s.journal).error().code == ErrorCode::Permission));
    BOOST_TEST(s.repo.verifyPin(eva.id, QStringLiteral("4444")).value());
    BOOST_TEST(s.repo.list()->size() == 3u);

    // Everyone may change their own PIN.
    BOOST_TEST_REQUIRE(s.repo.changePin(ola.id, QStringLiteral("1212"), ola, s.journal).ok());
    BOOST_TEST(s.repo.verifyPin(ola.id, QStringLiteral("1212")).value());

    auto byManager = s.repo.add(QStringLiteral("Per"), StaffRole::Volunteer, QStringLiteral("5555"), kari, s.journal);
    BOOST_TEST_REQUIRE(byManager.ok());
    const auto added = s.entriesOfKind(QStringLiteral("staff_added"));
    BOOST_TEST_REQUIRE(added.size() == 1u);
    BOOST_TEST(added[0].actor == Journal::staffActor(kari.id));
    BOOST_TEST(!added[0].payload.contains(QStringLiteral("5555")));

    // A manager cannot take themself off the list (the last manager would be gone).
    BOOST_TEST((s.repo.deactivate(kari.id, kari, s.journal).error().code == ErrorCode::Conflict));
}

BOOST_AUTO_TEST_CASE(the_acting_person_is_read_again_from_the_database) {
    Staff s;
    const StaffMember kari = s.add("Kari", StaffRole::Manager, "2222");
    const StaffMember lise = s.add("Lise", StaffRole::Manager, "3333");
    const StaffMember ola = s.add("Ola", StaffRole::Volunteer, "1111");
    BOOST_TEST_REQUIRE(s.repo.deactivate(kari.id, lise, s.journal).ok());
    // Kari's till session still holds a manager StaffMember; core does not believe it.
    auto r = s.repo.deactivate(ola.id, kari, s.journal);
    BOOST_TEST_REQUIRE(!r.ok());
    BOOST_TEST((r.error().code == ErrorCode::Permission));
    BOOST_TEST(s.repo.find(ola.id)->active);
    // Nor a volunteer who claims to be a manager.
    StaffMember forged = ola;
    forged.role = StaffRole::Manager;
    BOOST_TEST((s.repo.deactivate(lise.id, forged, s.journal).error().code == ErrorCode::Permission));
    StaffMember stranger{4242, QStringLiteral("Nobody"), StaffRole::Manager, true};
    BOOST_TEST((s.repo.deactivate(ola.id, stranger, s.journal).error().code == ErrorCode::Permission));
}

BOOST_AUTO_TEST_CASE(login_success_and_failures_are_journaled) {
    Staff s;
    const StaffMember kari = s.add("Kari", StaffRole::Manager, "2468");
    const StaffMember gone = s.add("Per", StaffRole::Volunteer, "1357");
    BOOST_TEST_REQUIRE(s.repo.deactivate(gone.id, kari, s.journal).ok());

    auto ok = s.repo.login(kari.id, QStringLiteral("2468"), s.journal);
    BOOST_TEST_REQUIRE(ok.ok());
    BOOST_TEST(ok->name == QStringLiteral("Kari"));

    auto wrong = s.repo.login(kari.id, QStringLiteral("2469"), s.journal);
    BOOST_TEST_REQUIRE(!wrong.ok());
    BOOST_TEST((wrong.error().code == ErrorCode::Permission));

    auto unknown = s.repo.login(4242, QStringLiteral("2468"), s.journal);
    BOOST_TEST_REQUIRE(!unknown.ok());
    BOOST_TEST((unknown.error().code == ErrorCode::NotFound));

    auto inactive = s.repo.login(gone.id, QStringLiteral("1357"), s.journal);
    BOOST_TEST_REQUIRE(!inactive.ok());
    BOOST_TEST((inactive.error().code == ErrorCode::Permission));

    auto e = s.entries();
    BOOST_TEST_REQUIRE(e.size() == 5u);
    BOOST_TEST(e[0].kind == QStringLiteral("staff_deactivated"));
    e.erase(e.begin());
    BOOST_TEST(e[0].kind == QStringLiteral("login"));
    BOOST_TEST(e[0].payload.contains(QStringLiteral("\"method\":\"pin\"")));
    BOOST_TEST(e[0].actor == Journal::staffActor(kari.id));
    BOOST_TEST(e[1].kind == QStringLiteral("login_failed"));
    BOOST_TEST(e[1].payload.contains(QStringLiteral("wrong_pin")));
    BOOST_TEST(e[2].payload.contains(QStringLiteral("unknown")));
    BOOST_TEST(e[3].payload.contains(QStringLiteral("inactive")));
    for (const JournalEntry& entry : e) BOOST_TEST(!entry.payload.contains(QStringLiteral("246")));
    BOOST_TEST(s.journal.verify()->ok());
}

BOOST_AUTO_TEST_SUITE_END()
