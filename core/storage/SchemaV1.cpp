// The schema history of this build, one migration per aggregate. Never edit a released step:
// append a new one. Times are stored as UTC ISO-8601 text with milliseconds ("...T10:00:00.000Z"),
// which sorts correctly as text; money as integer minor units plus an ISO currency code.

#include "core/storage/DatabaseFile.h"
#include "core/storage/Migrations.h"
#include "core/storage/SchemaSeeds.h"

namespace ak {

QStringList salesSchema();  // SchemaSales.cpp
QStringList printQueueSchema();  // core/printqueue/PrintQueueSchema.cpp
QStringList servingSchema();  // core/serving/ServingSchema.cpp
QStringList cardsSchema();  // core/cards/CardSchema.cpp
QStringList cardProductsSchema();  // core/cards/CardProductSchema.cpp
QStringList visitsSchema();  // core/visits/VisitSchema.cpp
QStringList printStationSchema();  // core/printqueue/PrintQueueSchema.cpp
QStringList signupsSchema();  // core/activity/SignupSchema.cpp
QStringList shiftsSchema();  // core/cash/ShiftSchema.cpp
QStringList signatureSchema();  // core/compliance/SignatureSchema.cpp

const MigrationList& schemaMigrations() {
    static const MigrationList list = {
        {1,
         QStringLiteral("Settings: key/value pairs of the café"),
         {QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID")}},
        {2,
         QStringLiteral("Catalogue: categories and products with names in nb, da and en"),
         {QStringLiteral("CREATE TABLE categories ("
                 " id INTEGER PRIMARY KEY,"
                 " code TEXT NOT NULL UNIQUE,"
                 " name_nb TEXT NOT NULL, name_da TEXT NOT NULL, name_en TEXT NOT NULL,"
                 " sort_order INTEGER NOT NULL DEFAULT 0)"),
          QStringLiteral("CREATE TABLE products ("
                 " id INTEGER PRIMARY KEY,"
                 " category_id INTEGER NOT NULL REFERENCES categories(id),"
                 " code TEXT NOT NULL UNIQUE,"
                 " name_nb TEXT NOT NULL, name_da TEXT NOT NULL, name_en TEXT NOT NULL,"
                 " price_minor INTEGER NOT NULL CHECK (price_minor >= 0),"
                 " currency TEXT NOT NULL CHECK (currency IN ('NOK', 'DKK')),"
                 " vat_class TEXT NOT NULL CHECK (vat_class IN ('standard', 'food', 'exempt')),"
                 " saft_basic_id TEXT NOT NULL CHECK (length(saft_basic_id) = 5),"
                 " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),"
                 " sort_order INTEGER NOT NULL DEFAULT 0)"),
          QStringLiteral("CREATE INDEX products_by_category ON products (category_id, active, sort_order)")}},
        {3,
         QStringLiteral("Staff: volunteers and managers with argon2id PIN hashes"),
         {QStringLiteral("CREATE TABLE staff ("
                 " id INTEGER PRIMARY KEY,"
                 " name TEXT NOT NULL CHECK (length(name) > 0),"
                 " role TEXT NOT NULL CHECK (role IN ('volunteer', 'manager')),"
                 " pin_hash TEXT NOT NULL,"
                 " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)))")}},
        {4,
         QStringLiteral("Activities: the café's programme"),
         {QStringLiteral("CREATE TABLE activities ("
                 " id INTEGER PRIMARY KEY,"
                 " title TEXT NOT NULL CHECK (length(title) > 0),"
                 " description TEXT NOT NULL DEFAULT '',"
                 " place TEXT NOT NULL DEFAULT '',"
                 " starts_at TEXT NOT NULL,"
                 " ends_at TEXT NOT NULL,"
                 " capacity INTEGER CHECK (capacity IS NULL OR capacity > 0),"
                 " price_minor INTEGER NOT NULL DEFAULT 0 CHECK (price_minor >= 0),"
                 " currency TEXT NOT NULL CHECK (currency IN ('NOK', 'DKK')),"
                 " CHECK (ends_at >= starts_at))"),
          QStringLiteral("CREATE INDEX activities_by_start ON activities (starts_at)")}},
        {5,
         QStringLiteral("Journal: append-only, hash-chained record with its head"),
         {QStringLiteral("CREATE TABLE journal ("
                 " seq INTEGER PRIMARY KEY,"
                 " at TEXT NOT NULL,"
                 " register_id TEXT NOT NULL,"
                 " actor TEXT NOT NULL,"
                 " kind TEXT NOT NULL,"
                 " payload TEXT NOT NULL,"
                 " prev_hash TEXT NOT NULL,"
                 " hash TEXT NOT NULL)"),
          // The head remembers the last seq and hash, so that deleting the newest rows shows.
          QStringLiteral("CREATE TABLE journal_head ("
                 " id INTEGER PRIMARY KEY CHECK (id = 1),"
                 " seq INTEGER NOT NULL,"
                 " hash TEXT NOT NULL)"),
          schema::journalGenesis(),
          QStringLiteral("CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal"
                 " BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END"),
          QStringLiteral("CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal"
                 " BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END"),
          QStringLiteral("CREATE TRIGGER journal_in_sequence BEFORE INSERT ON journal"
                 " WHEN NEW.seq IS NOT (SELECT seq + 1 FROM journal_head)"
                 " BEGIN SELECT RAISE(ABORT, 'journal rows must follow the head'); END"),
          QStringLiteral("CREATE TRIGGER journal_head_forward BEFORE UPDATE ON journal_head"
                 " WHEN NEW.seq <= OLD.seq OR NEW.id IS NOT OLD.id"
                 " BEGIN SELECT RAISE(ABORT, 'the journal head only moves forward'); END"),
          QStringLiteral("CREATE TRIGGER journal_head_no_delete BEFORE DELETE ON journal_head"
                 " BEGIN SELECT RAISE(ABORT, 'the journal head cannot be deleted'); END")}},
        {6, QStringLiteral("Sales: completed sales and returns, parked sales, discount reasons, receipt copies"),
         salesSchema()},
        {7,
         QStringLiteral("Staff: PIN lockout counter and staff cards (SHA-256 of the token)"),
         {QStringLiteral("ALTER TABLE staff ADD COLUMN failed_pins INTEGER NOT NULL DEFAULT 0 CHECK (failed_pins >= 0)"),
          QStringLiteral("ALTER TABLE staff ADD COLUMN lockouts INTEGER NOT NULL DEFAULT 0 CHECK (lockouts >= 0)"),
          QStringLiteral("ALTER TABLE staff ADD COLUMN locked_until TEXT"),
          QStringLiteral("CREATE TABLE staff_cards ("
                 " token_hash TEXT PRIMARY KEY CHECK (length(token_hash) = 64),"
                 " staff_id INTEGER NOT NULL REFERENCES staff(id),"
                 " bound_at TEXT NOT NULL) WITHOUT ROWID"),
          QStringLiteral("CREATE INDEX staff_cards_by_staff ON staff_cards (staff_id)")}},
        {8, QStringLiteral("Print queue: receipts and slips waiting for, or sent to, the receipt printer"),
         printQueueSchema()},
        {9, QStringLiteral("Serving queue: what the kiosk hands over to the counter until it is served"),
         servingSchema()},
        {10, QStringLiteral("Coffee cards: types, give-away budgets, cards (SHA-256 of the token) and their history"),
         cardsSchema()},
        {11, QStringLiteral("Coffee cards at the till: products that issue a card or take one as payment, NFC tags (SHA-256)"),
         cardProductsSchema()},
        {12, QStringLiteral("Visits: anonymous check-ins to the quarter hour, optional answers, a pseudonymous card token"),
         visitsSchema()},
        {13, QStringLiteral("Print queue: a station per job, so that the till and each kiosk print on their own printer"),
         printStationSchema()},
        {14, QStringLiteral("Activities: sign-up deadline, waitlist, cancellation, weekly series; sign-ups"),
         signupsSchema()},
        // The apps and commands open only files that carry this mark (core/storage/DatabaseFile.h).
        {dbfile::kApplicationIdStep, QStringLiteral("The file is marked as an Aktivkafe café (PRAGMA application_id)"),
         {QStringLiteral("PRAGMA application_id = %1").arg(dbfile::kApplicationId)}},
        // core/stations/StationLease.h: one running till per register id, one kiosk per kiosk id.
        {16, QStringLiteral("Stations: which running till or kiosk holds a register or kiosk id, with a heartbeat"),
         {QStringLiteral("CREATE TABLE station_leases ("
                 " station TEXT PRIMARY KEY,"
                 " host TEXT NOT NULL,"
                 " pid INTEGER NOT NULL,"
                 " started_at TEXT NOT NULL,"
                 " heartbeat_at TEXT NOT NULL) WITHOUT ROWID")}},
        {17, QStringLiteral("Shifts: business days, shifts with float and blind count, cash in and out; the shift of each sale"),
         shiftsSchema()},
        {18, QStringLiteral("Receipt copies by time: the X and Z reports count a day's copies without reading every sale"),
         {QStringLiteral("CREATE INDEX receipt_copies_by_time ON receipt_copies (printed_at)")}},
        {19, QStringLiteral("Signature chain: each cash transaction's signature and key version; the registers' signing keys"),
         signatureSchema()},
        // The SAF-T export reads one register's transactions and events of a period without reading
        // the years before it (aktivkafe saft export, core/compliance/SaftExport.h).
        {20, QStringLiteral("SAF-T export: each register's sales and journal entries by time"),
         {QStringLiteral("CREATE INDEX sales_by_time ON sales (register_id, created_at)"),
          QStringLiteral("CREATE INDEX journal_by_time ON journal (register_id, at)")}},
        // The schema's version in a table of its own, as on PostgreSQL (which has no user_version);
        // PRAGMA user_version stays in step with it for earlier versions of Aktivkafe (Migrations.h).
        {21, QStringLiteral("The schema's version in a table of its own (schema_version)"),
         {QStringLiteral("CREATE TABLE schema_version ("
                 " id INTEGER PRIMARY KEY CHECK (id = 1),"
                 " version INTEGER NOT NULL CHECK (version > 0))"),
          QStringLiteral("INSERT INTO schema_version (id, version) VALUES (1, 21)")}},
    };
    return list;
}

}  // namespace ak
