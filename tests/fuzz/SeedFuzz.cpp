// libFuzzer target for the demo seed parser (SeedParser: TOML text to SeedData, with every check
// that needs no database). DemoSeeder writes what it returns; that part needs a database and is
// covered by core_seed.
//
// Checks the parser's promises besides "no crash, no leak, no undefined behaviour": a refusal is a
// Config error that names the file; what is accepted holds only entries that passed their checks.

#include <cstddef>
#include <cstdint>

#include <QByteArray>
#include <QString>

#include "core/seed/SeedParser.h"
#include "core/staff/PinHasher.h"
#include "tests/fuzz/FuzzSupport.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    ak::fuzz::quietLogging();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QString file = QStringLiteral("demo-seed.toml");
    const auto r = ak::parseSeed(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)), file);
    if (!r.ok()) {
        if (r.error().code != ak::ErrorCode::Config || !r.error().message.startsWith(file)) __builtin_trap();
        return 0;
    }
    const ak::SeedData& d = r.value();
    if (!d.zone.isValid()) __builtin_trap();
    for (const ak::Category& c : d.categories)
        if (c.code.isEmpty() || c.name.nb.isEmpty()) __builtin_trap();
    for (const ak::SeedProduct& p : d.products)
        if (p.product.code.isEmpty() || p.categoryCode.isEmpty() || p.product.price.currency() != d.currency)
            __builtin_trap();
    for (const ak::SeedActivity& a : d.activities)
        if (a.activity.title.isEmpty() || a.weekday < 1 || a.weekday > 7 || !a.start.isValid() || a.minutes <= 0 ||
            a.closesHoursBefore < 0)
            __builtin_trap();
    for (const ak::SeededStaff& s : d.staff)
        if (!ak::PinHasher::checkRules(s.pin).ok()) __builtin_trap();
    for (const ak::SeedBudget& b : d.budgets)
        if (b.programme.isEmpty() || b.monthlyCups <= 0) __builtin_trap();
    return 0;
}
