#pragma once
// The fixture of the core_staff suite: an in-memory café with a hand-moved clock, fast PIN
// hashing and a journal.

#include <boost/test/unit_test.hpp>

#include "core/journal/Journal.h"
#include "core/staff/StaffRepository.h"
#include "tests/core/CoreFixtures.h"
#include "tests/core/Printers.h"

namespace ak::test {

struct StaffCafe {
    explicit StaffCafe(const QString& path = QStringLiteral(":memory:")) : db(openOrFail(path)) {}

    ManualClock clock{QDateTime(QDate(2025, 3, 6), QTime(8, 0), Qt::UTC)};
    std::unique_ptr<Database> db;
    StaffRepository repo{*db, clock, PinHashCost::Minimum};
    Journal journal{*db, clock, QStringLiteral("till-1")};

    // The person of that name: added with a test PIN, or the one already in a reopened file.
    StaffMember add(const char* name, StaffRole role, const char* pin) {
        auto all = repo.list(true);
        BOOST_TEST_REQUIRE(all.ok());
        for (const StaffMember& m : all.value())
            if (m.name == QString::fromUtf8(name)) return m;
        auto r = repo.addDemo(QString::fromUtf8(name), role, QString::fromLatin1(pin));  // test PINs
        BOOST_TEST_REQUIRE(r.ok(), (r.ok() ? QString() : r.error().message).toStdString());
        return r.value();
    }
    Result<StaffMember> login(const StaffMember& m, const char* pin) {
        return repo.login(m.id, QString::fromLatin1(pin), journal);
    }
    std::vector<JournalEntry> entries() {
        auto e = journal.entries();
        BOOST_TEST_REQUIRE(e.ok());
        return e.value();
    }
    std::vector<JournalEntry> entriesOfKind(const QString& kind) {
        std::vector<JournalEntry> out;
        for (const JournalEntry& e : entries())
            if (e.kind == kind) out.push_back(e);
        return out;
    }
    bool journalVerifies() {
        auto check = journal.verify();
        return check.ok() && check->ok();
    }
};

}  // namespace ak::test
