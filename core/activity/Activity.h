#pragma once

#include "core/money/Money.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace ak {

// Something on the café's programme: a walk, the cooking club, cinema night.
struct Activity {
    qint64 id = 0;  // 0 until stored
    QString title;
    QString description;
    QString place;
    QDateTime startsAt;  // UTC
    QDateTime endsAt;    // UTC, not before startsAt
    std::optional<int> capacity;  // none: no limit
    Money price;                  // usually zero
};

}  // namespace ak
