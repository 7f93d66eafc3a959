#include "core/cards/ScanThrottle.h"

#include "core/util/Clock.h"

#include <algorithm>

namespace ak {

void ScanThrottle::forgetOld() const {
    const QDateTime windowStart = clock_.now().addSecs(-kWindowSeconds);
    while (!failures_.empty() && failures_.front() <= windowStart) failures_.pop_front();
}

void ScanThrottle::recordFailure() {
    forgetOld();
    failures_.push_back(clock_.now());
}

QDateTime ScanThrottle::acceptAt() const {
    forgetOld();
    const int extra = int(failures_.size()) - kFreeFailures;
    if (extra <= 0) return clock_.now();
    const int delay = std::min(kMaxDelaySeconds, extra * kStepSeconds);
    return failures_.back().addSecs(delay);
}

int ScanThrottle::waitSeconds() const {
    const qint64 ms = clock_.now().msecsTo(acceptAt());
    return ms <= 0 ? 0 : int((ms + 999) / 1000);
}

}  // namespace ak
