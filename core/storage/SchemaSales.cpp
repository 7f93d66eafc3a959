// The sales step of the schema history (registered in SchemaV1.cpp): completed sales and returns
// with their lines, payments and VAT per rate, parked sales, the manager-kept discount reasons and
// receipt copies.
//
// Completed sales are immutable (triggers refuse UPDATE and DELETE, as for the journal): a
// correction is a return, a new row that refers to the original. Money is integer øre with the
// sale's currency; quantities and amounts of a return are negative.
//
// Discount reasons keep a stable code plus a text per language (like products), so the till shows
// them in the screen's language while the receipt and journal use the café's language.

#include "core/storage/Migration.h"
#include "core/storage/SchemaSeeds.h"

namespace ak {

QStringList salesSchema();  // declared here and in SchemaV1.cpp, its only caller

QStringList salesSchema() {
    QStringList s = {
        QStringLiteral("CREATE TABLE sales ("
                       " id INTEGER PRIMARY KEY,"
                       " register_id TEXT NOT NULL,"
                       " receipt_number INTEGER NOT NULL CHECK (receipt_number > 0),"
                       " kind TEXT NOT NULL CHECK (kind IN ('sale', 'return')),"
                       " training INTEGER NOT NULL DEFAULT 0 CHECK (training IN (0, 1)),"
                       " operator_id INTEGER NOT NULL REFERENCES staff(id),"
                       " consumption TEXT NOT NULL CHECK (consumption IN ('eat_in', 'takeaway')),"
                       " currency TEXT NOT NULL CHECK (currency IN ('NOK', 'DKK')),"
                       " gross_minor INTEGER NOT NULL,"
                       " discount_minor INTEGER NOT NULL DEFAULT 0,"
                       " discount_reason_code TEXT NOT NULL DEFAULT '',"
                       " discount_reason TEXT NOT NULL DEFAULT '',"
                       " total_minor INTEGER NOT NULL,"
                       " rounding_minor INTEGER NOT NULL DEFAULT 0,"
                       " change_minor INTEGER NOT NULL DEFAULT 0 CHECK (change_minor >= 0),"
                       " created_at TEXT NOT NULL,"
                       " refers_to INTEGER REFERENCES sales(id),"
                       " return_reason TEXT NOT NULL DEFAULT '',"
                       " approved_by INTEGER REFERENCES staff(id),"
                       " CHECK ((kind = 'return') = (refers_to IS NOT NULL)),"
                       " CHECK (kind = 'sale' OR (length(return_reason) > 0 AND approved_by IS NOT NULL)))"),
        // One receipt sequence per register; training receipts are numbered on their own.
        QStringLiteral("CREATE UNIQUE INDEX sales_receipt ON sales (register_id, training, receipt_number)"),
        QStringLiteral("CREATE INDEX sales_refers_to ON sales (refers_to)"),
        QStringLiteral("CREATE TABLE sale_lines ("
                       " id INTEGER PRIMARY KEY,"
                       " sale_id INTEGER NOT NULL REFERENCES sales(id),"
                       " position INTEGER NOT NULL,"
                       " product_id INTEGER NOT NULL,"
                       " name TEXT NOT NULL,"
                       " quantity INTEGER NOT NULL CHECK (quantity <> 0),"
                       " unit_price_minor INTEGER NOT NULL,"
                       " vat_class TEXT NOT NULL CHECK (vat_class IN ('standard', 'food', 'exempt')),"
                       " saft_basic_id TEXT NOT NULL,"
                       " basis_points INTEGER NOT NULL,"
                       " gross_minor INTEGER NOT NULL,"
                       " discount_minor INTEGER NOT NULL,"
                       " net_minor INTEGER NOT NULL,"
                       " returns_line_id INTEGER REFERENCES sale_lines(id),"
                       " UNIQUE (sale_id, position))"),
        QStringLiteral("CREATE INDEX sale_lines_returns ON sale_lines (returns_line_id)"),
        QStringLiteral("CREATE TABLE sale_payments ("
                       " id INTEGER PRIMARY KEY,"
                       " sale_id INTEGER NOT NULL REFERENCES sales(id),"
                       " position INTEGER NOT NULL,"
                       " method TEXT NOT NULL"
                       "  CHECK (method IN ('cash', 'card', 'mobile', 'coffee_card', 'voucher')),"
                       " amount_minor INTEGER NOT NULL,"
                       " tendered_minor INTEGER NOT NULL,"
                       " reference TEXT NOT NULL DEFAULT '',"
                       " UNIQUE (sale_id, position))"),
        QStringLiteral("CREATE TABLE sale_vat ("
                       " sale_id INTEGER NOT NULL REFERENCES sales(id),"
                       " basis_points INTEGER NOT NULL,"
                       " gross_minor INTEGER NOT NULL,"
                       " vat_minor INTEGER NOT NULL,"
                       " net_minor INTEGER NOT NULL,"
                       " PRIMARY KEY (sale_id, basis_points))"),
        QStringLiteral("CREATE TABLE parked_sales ("
                       " id INTEGER PRIMARY KEY,"
                       " register_id TEXT NOT NULL,"
                       " operator_id INTEGER NOT NULL REFERENCES staff(id),"
                       " parked_at TEXT NOT NULL,"
                       " draft TEXT NOT NULL)"),  // SaleDraft::toJson(): lines, voids, consumption, discount
        QStringLiteral("CREATE TABLE discount_reasons ("
                       " id INTEGER PRIMARY KEY,"
                       " code TEXT NOT NULL UNIQUE CHECK (length(code) > 0),"
                       " text_nb TEXT NOT NULL, text_da TEXT NOT NULL, text_en TEXT NOT NULL,"
                       " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),"
                       " sort_order INTEGER NOT NULL DEFAULT 0)"),
        schema::discountReasons(),
        // The law allows one copy per receipt: the primary key is the count.
        QStringLiteral("CREATE TABLE receipt_copies ("
                       " sale_id INTEGER PRIMARY KEY REFERENCES sales(id),"
                       " printed_at TEXT NOT NULL,"
                       " staff_id INTEGER NOT NULL REFERENCES staff(id))"),
    };
    for (const char* table : {"sales", "sale_lines", "sale_payments", "sale_vat"}) {
        const QString t = QString::fromLatin1(table);
        for (const char* op : {"UPDATE", "DELETE"})
            s << QStringLiteral("CREATE TRIGGER %1_no_%2 BEFORE %3 ON %1"
                                " BEGIN SELECT RAISE(ABORT, 'completed sales cannot be changed'); END")
                     .arg(t, QString::fromLatin1(op).toLower(), QString::fromLatin1(op));
    }
    return s;
}

}  // namespace ak
