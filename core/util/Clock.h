#pragma once
// Time comes from an injected clock so that day boundaries, timeouts and validity can be tested
// without sleeping. Ownership: the composition root (main.cpp or the test) owns the clock and
// outlives everything that holds a reference to it.

#include <QDateTime>

namespace ak {

class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;  // always QTimeZone::UTC-based; convert for display only
};

class SystemClock final : public Clock {
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock the test moves by hand.
class ManualClock final : public Clock {
public:
    explicit ManualClock(QDateTime start) : now_(start.toUTC()) {}
    QDateTime now() const override { return now_; }
    void set(const QDateTime& t) { now_ = t.toUTC(); }
    void advanceSeconds(qint64 s) { now_ = now_.addSecs(s); }
    void advanceMs(qint64 ms) { now_ = now_.addMSecs(ms); }

private:
    QDateTime now_;
};

}  // namespace ak
