#pragma once
// DOMAIN.md "Privacy": statistics and exports show aggregates only, with every count under 5
// suppressed — in a small café, "3 people came to the recovery course" can point at three people.
// Every statistic that leaves the manager's own figures (funder reports, CSV, PDF, the kiosk)
// shows counts through shownCount(). Zero stays "0": nobody is pointed at by it.

#include <QString>

namespace ak {

inline constexpr int kSuppressBelow = 5;

inline bool isSuppressed(int count) { return count > 0 && count < kSuppressBelow; }

inline QString shownCount(int count) {
    return isSuppressed(count) ? QStringLiteral("<%1").arg(kSuppressBelow) : QString::number(count);
}

}  // namespace ak
