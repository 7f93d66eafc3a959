#pragma once
// X and Z reports of a register's business day.
//
// X: the figures of the open business day so far (or of the last one, when none is open), at any
// time, for a manager (ViewReports); journaled as x_report (SAF-T 13008).
// Z: closes the open business day — every shift counted, no parked sale — in one transaction: the
// day gets the register's next Z number (1, 2, 3 … without gaps), its figures and grand totals are
// stored with it and journaled whole as z_report (SAF-T 13009), and the day is locked: its shifts
// are closed, so no later sale can land on it; the next sale needs a new shift and day. Needs
// CloseDay. A crash in the middle leaves the day either closed whole or still open (one
// transaction).
//
// The cost does not grow with history: the day's rows are found through its shifts (indexed), the
// journal's through (kind, register, time), and the grand totals are the last Z's plus this day's.

#include "core/cash/DayFigures.h"
#include "core/journal/Journal.h"
#include "core/money/Currency.h"
#include "core/staff/StaffMember.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"
#include "core/util/Result.h"

#include <QCoreApplication>

#include <optional>

namespace ak {

class ShiftRepository;

struct ProductTotal {  // one product's line on the day-close screen
    QString name;  // as on the receipts
    qint64 quantity = 0;
    Money amount;  // VAT included, after discounts, returns taken off
};

struct ZReport {
    qint64 number = 0;  // per register, from 1, without gaps
    QDateTime takenAt;  // UTC
    qint64 takenBy = 0;
    QString backupFile;  // the backup written just before it (core/storage/Backup.h)
    JournalHead journalHead;  // the Z's own journal entry: printed on the report, checked by `journal verify --head`
    DayFigures figures;
};

class DayReport {
    Q_DECLARE_TR_FUNCTIONS(DayReport)  // lupdate context "DayReport"
public:
    DayReport(Database& db, const Clock& clock, Currency currency);

    Result<DayFigures> x(const QString& registerId, const StaffMember& by, Journal& journal);
    // `backupFile`: the backup made just before (DayClose), stated on the report.
    Result<ZReport> z(const QString& registerId, const StaffMember& by, Journal& journal,
                      const QString& backupFile = QString());
    // Whether a Z could be taken now: the open day's id, or Conflict saying what to do first (no day
    // open, a shift not counted, a count difference above the alert not signed off, a parked sale).
    Result<qint64> readyToClose(const QString& registerId) const;
    // The shifts whose differences need a manager's sign-off before the Z (the till sets it; without
    // it no sign-off is asked for). Not owned; it outlives this.
    void setSignOffRule(const ShiftRepository* shifts) { shifts_ = shifts; }

    // The figures of business day `businessDayId` up to `until` (no permission check: for core).
    Result<DayFigures> figures(qint64 businessDayId, const QDateTime& until) const;
    // What the day sold, product by product (training left out), the most takings first.
    Result<std::vector<ProductTotal>> products(qint64 businessDayId) const;
    // The register's Z report number `number`, as stored when it was taken.
    Result<ZReport> storedZ(const QString& registerId, qint64 number) const;
    // The registers with a business day open, by id (one till may close them all).
    Result<QStringList> registersWithOpenDay() const;
    // The register's open business day, or nullopt.
    Result<std::optional<qint64>> openDay(const QString& registerId) const;
    // The number the register's next Z will have.
    Result<qint64> nextZNumber(const QString& registerId) const;

private:
    Result<void> addSales(DayFigures& f) const;
    Result<void> addJournaled(DayFigures& f) const;
    Result<void> addCash(DayFigures& f) const;
    Result<void> addGrandTotals(DayFigures& f) const;
    Money money(const QVariant& minor) const { return Money(minor.toLongLong(), currency_); }

    Database& db_;
    const Clock& clock_;
    Currency currency_;
    const ShiftRepository* shifts_ = nullptr;
};

}  // namespace ak
