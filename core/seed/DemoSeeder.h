#pragma once
// Loads demo data (config/demo-seed.toml, read by SeedParser) into an empty café database:
// categories, products, coffee-card types (linked to the products that sell them) and give-away
// budgets, the coming week's activities and staff with demo PINs. Used by `aktivkafe init --seed` and by
// the demo walkthrough.
//
// Everything is written in one transaction together with a "demo_seeded" journal entry. A
// database that was seeded before, or already has products or staff, is refused (Conflict): demo
// data must never mix with a real café's.

#include "core/journal/Journal.h"
#include "core/seed/SeedData.h"
#include "core/staff/PinHasher.h"
#include "core/staff/StaffMember.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"
#include "core/util/Result.h"

#include <vector>

namespace ak {

struct DemoSeedResult {
    int categories = 0;
    int products = 0;
    int activities = 0;
    int cardTypes = 0;
    std::vector<SeededStaff> staff;
};

class DemoSeeder {
public:
    // Errors: Io (file unreadable), Config (bad file: the message holds file:line:column or the
    // entry at fault), Conflict (already seeded or not empty), Storage.
    static Result<DemoSeedResult> seed(Database& db, Journal& journal, const Clock& clock, const QString& seedFile,
                                       PinHashCost pinCost = PinHashCost::Interactive);

    static inline const QString kSeededSetting = QStringLiteral("demo.seeded_at");
};

}  // namespace ak
