#pragma once
// Key/value settings stored in the café's database (things the café changes at run time, such as
// "demo data seeded"; the configuration file is separate, see core/config/).

#include "core/storage/Database.h"
#include "core/util/Result.h"

#include <optional>

namespace ak {

class SettingsRepository {
public:
    explicit SettingsRepository(Database& db) : db_(db) {}

    Result<std::optional<QString>> value(const QString& key) const;
    Result<void> set(const QString& key, const QString& value);  // insert or replace

private:
    Database& db_;
};

}  // namespace ak
