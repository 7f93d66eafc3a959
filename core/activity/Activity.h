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
    // Sign-ups close at this moment (UTC). Invalid: at the start. Never after the start: a
    // deadline later than the start is refused rather than quietly moved.
    QDateTime signupDeadline;
    // When full: a place in line (true) or "full" (false).
    bool waitlist = false;
    // Cancelled by staff at this moment (UTC); invalid: not cancelled. Sign-ups are kept.
    QDateTime cancelledAt;
    // Weekly repeats made together share the id of the first of them; 0: a single activity.
    qint64 seriesId = 0;

    bool isCancelled() const { return cancelledAt.isValid(); }
    QDateTime signupClosesAt() const { return signupDeadline.isValid() ? signupDeadline : startsAt; }
};

}  // namespace ak
