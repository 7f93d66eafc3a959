#pragma once
// A shift at one register: who opened it with which float, and how it ended — the blind count,
// what the till expected, the difference, the explanation and the manager's sign-off.
// A business day (core/cash/ShiftRepository.h) is opened by its first shift and closed by the Z.

#include "core/cash/CashCount.h"
#include "core/money/Money.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace ak {

struct Shift {
    qint64 id = 0;
    qint64 businessDayId = 0;
    QString registerId;
    QDateTime openedAt;  // UTC
    qint64 openedBy = 0;
    CashCount openingFloat;
    // Once closed:
    std::optional<QDateTime> closedAt;
    qint64 closedBy = 0;
    qint64 secondCounter = 0;  // 0: counted by one person
    std::optional<CashCount> closingCount;
    std::optional<Money> expected;  // float + cash taken − cash paid out + cash in − cash out
    QString note;                   // why the count differs, in the counter's words
    qint64 signedOffBy = 0;         // the manager who signed off a difference above the alert

    bool isOpen() const { return !closedAt.has_value(); }
    std::optional<Money> difference() const {  // counted − expected: negative when cash is missing
        if (!closingCount || !expected) return std::nullopt;
        return closingCount->total() - *expected;
    }
};

// What the counter learns after submitting a blind count (never before).
struct CountOutcome {
    qint64 shiftId = 0;
    Money counted;
    Money expected;
    Money difference;         // counted − expected
    bool needsSignOff = false;  // |difference| above [till] count_difference_alert
};

enum class CashMovementKind { In, Out, NoSale };

}  // namespace ak
