#include "core/journal/Journal.h"
#include "core/staff/PinHasher.h"
#include "core/staff/StaffRepository.h"
#include "tests/core/CoreFixtures.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

using namespace ak;
using namespace ak::test;

namespace {

struct Staff {
    ManualClock clock{QDateTime(QDate(2025, 3, 6), QTime(8, 0), Qt::UTC)};
    std::unique_ptr<Database> db = openOrFail(QStringLiteral(":memory:"));
    StaffRepository repo{*db, PinHashCost::Minimum};
    Journal journal{*db, clock, QStringLiteral("till-1")};

    StaffMember add(const char* name, StaffRole role, const char* pin) {
        auto r = repo.add(QString::fromUtf8(name), role, QString::fromLatin1(pin));
        BOOST_TEST_REQUIRE(r.ok(), (r.ok() ? QString() : r.error().message).toStdString());
        return r.value();
    }
    std::vector<JournalEntry> entries() {
        auto e = journal.entries();
        BOOST_TEST_REQUIRE(e.ok());
        return e.value();
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(staff)

const char* const kBadPins[] = {"", "123", "1234567", "12a4", "12 34", "١٢٣٤", "-1234", "12.34"};

BOOST_DATA_TEST_CASE(pin_rules_refuse, boost::unit_test::data::make(kBadPins), pin) {
    Staff s;
    auto r = s.repo.add(QStringLiteral("Kari"), StaffRole::Volunteer, QString::fromUtf8(pin));
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

    BOOST_TEST_REQUIRE(s.repo.changePin(ola.id, QStringLiteral("3333")).ok());
    BOOST_TEST(!s.repo.verifyPin(ola.id, QStringLiteral("1111")).value());
    BOOST_TEST(s.repo.verifyPin(ola.id, QStringLiteral("3333")).value());
    BOOST_TEST((s.repo.changePin(ola.id, QStringLiteral("33")).error().code == ErrorCode::InvalidInput));

    BOOST_TEST_REQUIRE(s.repo.deactivate(kari.id).ok());
    BOOST_TEST(s.repo.list()->size() == 1u);
    BOOST_TEST(s.repo.list(true)->size() == 2u);
}

BOOST_AUTO_TEST_CASE(login_success_and_failures_are_journaled) {
    Staff s;
    const StaffMember kari = s.add("Kari", StaffRole::Manager, "2468");
    const StaffMember gone = s.add("Per", StaffRole::Volunteer, "1357");
    BOOST_TEST_REQUIRE(s.repo.deactivate(gone.id).ok());

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

    const auto e = s.entries();
    BOOST_TEST_REQUIRE(e.size() == 4u);
    BOOST_TEST(e[0].kind == QStringLiteral("login"));
    BOOST_TEST(e[0].actor == Journal::staffActor(kari.id));
    BOOST_TEST(e[1].kind == QStringLiteral("login_failed"));
    BOOST_TEST(e[1].payload.contains(QStringLiteral("wrong_pin")));
    BOOST_TEST(e[2].payload.contains(QStringLiteral("unknown")));
    BOOST_TEST(e[3].payload.contains(QStringLiteral("inactive")));
    for (const JournalEntry& entry : e) BOOST_TEST(!entry.payload.contains(QStringLiteral("246")));
    BOOST_TEST(s.journal.verify()->ok());
}

BOOST_AUTO_TEST_SUITE_END()
