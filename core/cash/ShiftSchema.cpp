// The shifts step of the schema history (registered in SchemaV1.cpp): business days, shifts with
// their float and blind count, and cash movements (cash in, cash out, no-sale drawer openings).
// A completed sale records the shift it was taken in (sales.shift_id; NULL for sales from before
// shifts existed).
//
// One open business day and one open shift per register at a time (partial unique indexes), so
// that two tills with the same id, or a double tap, cannot open a second one. Cash movements are
// append-only, like sales.

#include "core/storage/Migration.h"

namespace ak {

QStringList shiftsSchema();  // declared here and in SchemaV1.cpp, its only caller

QStringList shiftsSchema() {
    return {
        // Closed by its Z report (core/cash/DayReport.h): number, grand totals and the whole report.
        QStringLiteral("CREATE TABLE business_days ("
                       " id INTEGER PRIMARY KEY,"
                       " register_id TEXT NOT NULL,"
                       " opened_at TEXT NOT NULL,"
                       " closed_at TEXT,"
                       " z_number INTEGER CHECK (z_number > 0),"
                       " z_by INTEGER REFERENCES staff(id),"
                       " grand_sales_minor INTEGER,"
                       " grand_returns_minor INTEGER,"
                       " z_report TEXT,"
                       " CHECK ((closed_at IS NULL) = (z_number IS NULL)),"
                       " CHECK ((closed_at IS NULL) = (z_report IS NULL)))"),
        QStringLiteral("CREATE UNIQUE INDEX business_days_open ON business_days (register_id) WHERE closed_at IS NULL"),
        QStringLiteral("CREATE UNIQUE INDEX business_days_z ON business_days (register_id, z_number)"),
        // The X/Z reports count voids, line corrections and copies journaled while a day was open.
        QStringLiteral("CREATE INDEX journal_by_kind ON journal (kind, register_id, at)"),
        QStringLiteral("CREATE TABLE shifts ("
                       " id INTEGER PRIMARY KEY,"
                       " business_day_id INTEGER NOT NULL REFERENCES business_days(id),"
                       " register_id TEXT NOT NULL,"
                       " opened_at TEXT NOT NULL,"
                       " opened_by INTEGER NOT NULL REFERENCES staff(id),"
                       " float_count TEXT NOT NULL,"  // CashCount::toJson()
                       " float_minor INTEGER NOT NULL CHECK (float_minor >= 0),"
                       " closed_at TEXT,"
                       " closed_by INTEGER REFERENCES staff(id),"
                       " second_counter INTEGER REFERENCES staff(id),"
                       " closing_count TEXT,"
                       " counted_minor INTEGER CHECK (counted_minor >= 0),"
                       " expected_minor INTEGER,"
                       " note TEXT NOT NULL DEFAULT '',"
                       " signed_off_by INTEGER REFERENCES staff(id),"
                       " CHECK ((closed_at IS NULL) = (counted_minor IS NULL)),"
                       " CHECK ((closed_at IS NULL) = (expected_minor IS NULL)))"),
        QStringLiteral("CREATE UNIQUE INDEX shifts_open ON shifts (register_id) WHERE closed_at IS NULL"),
        QStringLiteral("CREATE INDEX shifts_day ON shifts (business_day_id)"),
        QStringLiteral("CREATE TABLE cash_movements ("
                       " id INTEGER PRIMARY KEY,"
                       " shift_id INTEGER NOT NULL REFERENCES shifts(id),"
                       " kind TEXT NOT NULL CHECK (kind IN ('in', 'out', 'no_sale')),"
                       " amount_minor INTEGER NOT NULL CHECK (amount_minor >= 0),"
                       " reason TEXT NOT NULL CHECK (length(reason) > 0),"
                       " at TEXT NOT NULL,"
                       " staff_id INTEGER NOT NULL REFERENCES staff(id),"
                       " CHECK ((kind = 'no_sale') = (amount_minor = 0)))"),
        QStringLiteral("CREATE INDEX cash_movements_shift ON cash_movements (shift_id)"),
        QStringLiteral("CREATE TRIGGER cash_movements_no_update BEFORE UPDATE ON cash_movements"
                       " BEGIN SELECT RAISE(ABORT, 'cash movements cannot be changed'); END"),
        QStringLiteral("CREATE TRIGGER cash_movements_no_delete BEFORE DELETE ON cash_movements"
                       " BEGIN SELECT RAISE(ABORT, 'cash movements cannot be changed'); END"),
        QStringLiteral("ALTER TABLE sales ADD COLUMN shift_id INTEGER REFERENCES shifts(id)"),
        QStringLiteral("CREATE INDEX sales_shift ON sales (shift_id)"),
    };
}

}  // namespace ak
