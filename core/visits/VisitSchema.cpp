// Schema step 12 (registered in core/storage/SchemaV1.cpp): visits, the anonymous check-ins at the
// kiosk (DOMAIN.md "Visit" and "Privacy"; the rules are in core/visits/VisitRepository.h).
//
// A visit holds exactly: when (to the quarter hour), which kiosk, the visitor's optional answers and,
// only if the visitor scanned their own coffee card, a pseudonymous token. Nothing else: no free text
// (a visitor could type a name), no card id, no foreign key, no exact time. The CHECK constraints
// make the database itself refuse anything finer, so a later bug cannot quietly store more.
//
// - at: UTC text like every time in the file, but always the start of a quarter hour of the café's
//   local day (VisitRepository::quarterStart), so seconds are ":00.000" and the UTC minute is a
//   quarter too (every time-zone offset in use is a multiple of 15 minutes).
// - token: HMAC-SHA256 under visit_secret of the card's stored token hash (VisitRepository.cpp), so
//   it never equals any value in coffee_cards and a visits table on its own (an export, a copy)
//   cannot be joined to the cards; the same card always gives the same token.
// - id: the row id is NOT a counter. An increasing id would order the visits within a quarter, and
//   the order can be matched against the exact times the kiosk keeps elsewhere (serving_queue,
//   card_events for a coffee redeemed right after checking in). VisitRepository gives every visit a
//   random 63-bit id instead, so rows sort in no meaningful order and the quarter is all the time
//   there is. (The SQLite file's own page history — WAL frames not yet checkpointed, free pages —
//   can still hint at write order to a forensic reader; that is below what this design protects.)
//
// visit_secret: one random 32-byte key (hex), created by VisitRepository with libsodium's CSPRNG
// the first time a card is recognised. It is in the same file, so whoever holds the whole file and
// the card codes' hashes can compute the tokens: the separation is against joining the visits table
// alone with the card tables, not against the holder of the complete database.

#include <QStringList>

namespace ak {

QStringList visitsSchema();  // declared here and in SchemaV1.cpp, its only caller

QStringList visitsSchema() {
    return {
        QStringLiteral("CREATE TABLE visits ("
                       " id INTEGER PRIMARY KEY CHECK (id > 0),"
                       " at TEXT NOT NULL CHECK (length(at) = 24"
                       "  AND at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:00.000Z'"
                       "  AND substr(at, 15, 2) IN ('00', '15', '30', '45')),"
                       " kiosk_id TEXT NOT NULL CHECK (length(kiosk_id) BETWEEN 1 AND 32),"
                       " first_visit INTEGER CHECK (first_visit IS NULL OR (typeof(first_visit) = 'integer'"
                       "  AND first_visit IN (0, 1))),"
                       " reason TEXT CHECK (reason IS NULL OR reason IN ('coffee', 'activity', 'company', 'talk')),"
                       " mood INTEGER CHECK (mood IS NULL OR (typeof(mood) = 'integer' AND mood BETWEEN 1 AND 5)),"
                       " token TEXT CHECK (token IS NULL OR (length(token) = 64 AND token NOT GLOB '*[^0-9a-f]*')))"),
        // The guest number counts today's visits; statistics read a period of days.
        QStringLiteral("CREATE INDEX visits_by_time ON visits (at)"),
        // "Returning": has this token been seen before a given day?
        QStringLiteral("CREATE INDEX visits_by_token ON visits (token, at) WHERE token IS NOT NULL"),
        QStringLiteral("CREATE TABLE visit_secret ("
                       " id INTEGER PRIMARY KEY CHECK (id = 1),"
                       " secret TEXT NOT NULL CHECK (length(secret) = 64 AND secret NOT GLOB '*[^0-9a-f]*'))"),
    };
}

}  // namespace ak
