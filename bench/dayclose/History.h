#pragma once
// The history the day-close and SAF-T benchmarks work on (bench/dayclose.sh, bench/saft.sh): a
// demo café whose day 1 is real (shift, one typical sale, count, Z through the repositories), then
// copied with plain SQL for speed — business days with their Z, shifts, sales with their lines,
// payments and VAT rows, one journal entry per sale and per Z (hashes are not chained: the journal's
// head is moved past them so that new entries append, but `journal verify` would fail on this file)
// and visits spread over the period.

#include "bench/sales/TypicalSale.h"
#include "core/cash/DayReport.h"
#include "core/cash/ShiftRepository.h"
#include "core/journal/Journal.h"
#include "core/money/VatTable.h"
#include "core/sales/SaleRepository.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"

#include <QSqlDatabase>

namespace ak::bench {

constexpr qint64 kBaseEpoch = 1448953200;  // 1 December 2015, 08:00 in Oslo
constexpr qint64 kDay = 86400;

// Prints "PROGRAM: what" on stderr and exits 1.
[[noreturn]] void die(const QString& what);

template <class T>
T must(Result<T> r, const char* what) {
    if (!r) die(QStringLiteral("%1: %2").arg(QString::fromLatin1(what), r.error().message));
    return std::move(r).value();
}

inline QDateTime at(qint64 epoch) { return QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC); }

// A till on kRegister: a shift with `n` typical sales at `dayStart`, counted exactly; the manager
// for X and Z.
struct Till {
    Database& db;
    ManualClock clock;
    Journal journal{db, clock, kRegister};
    SaleRepository sales{db, journal, clock, VatTable::forCountry(Country::Norway, true), QLocale::NorwegianBokmal};
    ShiftRepository shifts{db, clock, Currency::NOK, 5000};
    DayReport days{db, clock, Currency::NOK};
    StaffMember manager;
    StaffMember volunteer;

    void sellADay(qint64 dayStart, int n);
};

StaffMember staffWithRole(Database& db, const char* role);
void exec(QSqlDatabase& db, const QString& sql, const QVariantList& values = {});

// A new café at `path`: the demo seed, then day 1 for real at kBaseEpoch (the history's pattern).
void startCafe(const QString& path);
// Days 2..days, sales 2..sales (spread evenly over the days, one minute apart) and `visits`
// check-ins, on day 1's pattern.
void fillHistory(const QString& path, qint64 days, qint64 sales, qint64 visits);

}  // namespace ak::bench
