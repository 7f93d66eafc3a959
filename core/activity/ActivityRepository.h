#pragma once
// The café's programme. Sign-ups come in a later step.

#include "core/activity/Activity.h"
#include "core/storage/Database.h"
#include "core/util/Result.h"

#include <vector>

namespace ak {

class ActivityRepository {
public:
    explicit ActivityRepository(Database& db) : db_(db) {}

    // InvalidInput for an empty title, invalid times, an end before the start, capacity < 1 or a
    // negative price. Returns the stored activity with its id.
    Result<Activity> add(Activity activity);

    // Activities starting in [from, to), earliest first.
    Result<std::vector<Activity>> between(const QDateTime& from, const QDateTime& to) const;

private:
    Database& db_;
};

}  // namespace ak
