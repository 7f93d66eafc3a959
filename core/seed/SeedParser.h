#pragma once
// Reads a demo seed file's text (TOML, see config/demo-seed.toml) into SeedData, with every check
// that needs no database: section shapes, prices, VAT classes, card kinds, weekdays and times,
// roles and PIN rules. What needs the database (names of categories and products that must exist,
// the card kinds' own rules) is checked by DemoSeeder while writing.

#include <QByteArray>
#include <QString>

#include "core/seed/SeedData.h"
#include "core/util/Result.h"

namespace ak {

// Errors: Config, with "sourceName:line:column: what" for TOML syntax and "sourceName: [[section]]
// entry N: what" for a bad entry.
Result<SeedData> parseSeed(const QByteArray& text, const QString& sourceName);

}  // namespace ak
