#pragma once
// Shifts and business days at one register, and the cash that moves outside sales.
//
// A business day is opened by its register's first shift and closed by its Z report (not at
// midnight: a café open 18–01 has one business day). A shift opens with a float counted coin by
// coin, takes sales (sales.shift_id), cash in and out with a reason and no-sale drawer openings
// with a reason, and ends with a blind count: the counter never sees what the till expects before
// the count is stored; then the difference is shown, recorded, may be explained, and above
// [till] count_difference_alert needs a manager's sign-off. The next shift's float is the last
// closing count (a hand-over) or a recount.
//
// Every change is journaled (JournalKind: business_day_opened, shift_opened, shift_closed,
// cash_in, cash_out, drawer_opened_no_sale, count_explained, count_signed_off) in the same
// transaction. Training sales never touch the drawer and stay out of the expected cash.
//
// Ownership: holds references to the Database and the Clock; both outlive it.

#include "core/cash/Shift.h"
#include "core/journal/Journal.h"
#include "core/staff/StaffMember.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"
#include "core/util/Result.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace ak {

class CashDrawer;

class ShiftRepository {
    Q_DECLARE_TR_FUNCTIONS(ShiftRepository)  // lupdate context "ShiftRepository"
public:
    static constexpr qint64 kMaxMovementMinor = 10'000'000;  // 100,000 kr: more is a typing mistake
    static constexpr int kMaxReasonLength = 200;

    // differenceAlert: [till] count_difference_alert, in minor units.
    ShiftRepository(Database& db, const Clock& clock, Currency currency, qint64 differenceAlertMinor);

    // The register's open shift, if any.
    Result<std::optional<Shift>> current(const QString& registerId) const;
    Result<Shift> find(qint64 shiftId) const;
    // The closing count of the register's last closed shift: offered as the next float (hand-over)
    // and shown beside a new float count for comparison.
    Result<std::optional<CashCount>> lastClosingCount(const QString& registerId) const;

    // Opens a shift (and the business day, when none is open) with `openingFloat`. Needs Sell.
    // Conflict when the register already has an open shift.
    Result<Shift> open(const QString& registerId, const CashCount& openingFloat, const StaffMember& by,
                       Journal& journal);
    // Cash put into or taken out of the drawer outside a sale (amount > 0), or the drawer opened
    // without a sale (NoSale, amount 0); always with a reason. Needs Sell and an open shift.
    // `drawer`: the till's drawer; its pulse is queued in the same transaction, so the drawer
    // opens exactly when the movement is recorded (null: recorded only, as from a tool).
    Result<void> move(const QString& registerId, CashMovementKind kind, const Money& amount, const QString& reason,
                      const StaffMember& by, Journal& journal, CashDrawer* drawer = nullptr);
    // The blind count that ends the shift: stores the count and what was expected, then says both.
    // `second`: the person who counted with `by`, if any (a different active person).
    Result<CountOutcome> close(const QString& registerId, const CashCount& count, const StaffMember& by,
                               const std::optional<StaffMember>& second, Journal& journal);
    // Why the count differs, in the counter's words (a closed shift; by its counter or a manager).
    Result<void> explain(qint64 shiftId, const QString& note, const StaffMember& by, Journal& journal);
    // A manager signs off a closed shift's difference (needed above the alert). Needs CloseDay.
    Result<void> signOff(qint64 shiftId, const StaffMember& manager, Journal& journal);
    // The counted shifts of the register's open business day whose difference is above the alert
    // and not signed off yet: the Z waits for them (DayReport::readyToClose).
    Result<std::vector<Shift>> awaitingSignOff(const QString& registerId) const;

    // The cash the drawer should hold now for the shift (float + cash sales − cash refunds + cash
    // in − cash out). For the X report and the manager's day close: needs ViewReports, so that a
    // volunteer's count stays blind.
    Result<Money> expectedCash(qint64 shiftId, const StaffMember& asker) const;
    // The same without the permission check, for the reports in core (DayReport).
    static Result<Money> expectedIn(const Database& db, qint64 shiftId, Currency currency);

private:
    Result<std::optional<Shift>> one(const QString& where, const QVariantList& values) const;
    Result<QString> staffName(qint64 staffId) const;

    Database& db_;
    const Clock& clock_;
    Currency currency_;
    qint64 differenceAlertMinor_;
};

}  // namespace ak
