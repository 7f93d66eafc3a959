#pragma once
// Slows one kiosk's scanner down when somebody tries codes: more than kFreeFailures unknown or
// malformed codes within kWindowSeconds, and every further scan waits a little longer (2 s more
// per extra failure, at most kMaxDelaySeconds) after the last failure. A person who mistyped once
// or twice never notices; guessing 128-bit codes was hopeless anyway, but a patient script should
// also not be able to use the kiosk to ask "does this card exist?" thousands of times a minute.
//
// Kept in memory by the kiosk process (one scanner, one throttle): a restart forgets it, which
// costs an attacker a visible restart of the kiosk. Ownership: holds a reference to the Clock.

#include <QDateTime>

#include <deque>

namespace ak {

class Clock;

class ScanThrottle {
public:
    static constexpr int kFreeFailures = 10;
    static constexpr int kWindowSeconds = 60;
    static constexpr int kStepSeconds = 2;
    static constexpr int kMaxDelaySeconds = 30;

    explicit ScanThrottle(const Clock& clock) : clock_(clock) {}

    void recordFailure();
    // When the next scan may be looked at (UTC); at or before now: at once.
    QDateTime acceptAt() const;
    // Whole seconds to wait from now, 0 when a scan is taken at once.
    int waitSeconds() const;

private:
    void forgetOld() const;

    const Clock& clock_;
    mutable std::deque<QDateTime> failures_;  // UTC, oldest first, within the window
};

}  // namespace ak
