// The coffee cards' step of the schema history (registered in core/storage/SchemaV1.cpp).
//
// Cards are bearer cards: no name, no person. A card is stored by the SHA-256 of its code's token
// (the printed code cannot be rebuilt from the database); its history holds dates and places only.
// "empty" and "expired" are not stored: they follow from the balance and valid_until at the moment
// of asking, so a card never needs a sweep at midnight.

#include <QStringList>

namespace ak {

QStringList cardsSchema();  // declared here and in SchemaV1.cpp, its only caller

QStringList cardsSchema() {
    return {
        QStringLiteral("CREATE TABLE card_types ("
                       " id INTEGER PRIMARY KEY,"
                       " kind TEXT NOT NULL CHECK (kind IN ('free', 'punch', 'day_pass')),"
                       " name TEXT NOT NULL CHECK (length(name) > 0),"
                       " cups INTEGER CHECK (cups IS NULL OR cups > 0),"  // NULL: unlimited
                       " validity_days INTEGER CHECK (validity_days IS NULL OR validity_days > 0),"
                       " programme TEXT NOT NULL DEFAULT '',"
                       " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),"
                       " CHECK (kind <> 'free' OR (length(programme) > 0 AND validity_days IS NOT NULL)),"
                       " CHECK (kind <> 'punch' OR cups IS NOT NULL),"
                       " CHECK (kind <> 'day_pass' OR cups IS NULL))"),
        // The monthly give-away budget of a programme, in cups redeemed on its free cards.
        QStringLiteral("CREATE TABLE card_budgets ("
                       " programme TEXT PRIMARY KEY CHECK (length(programme) > 0),"
                       " monthly_cups INTEGER NOT NULL CHECK (monthly_cups > 0)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE coffee_cards ("
                       " id INTEGER PRIMARY KEY,"
                       " token_hash TEXT NOT NULL UNIQUE CHECK (length(token_hash) = 64),"
                       " type_id INTEGER NOT NULL REFERENCES card_types(id),"
                       " programme TEXT NOT NULL DEFAULT '',"
                       " issued_at TEXT NOT NULL,"
                       " valid_until TEXT,"  // NULL: no end
                       " balance INTEGER CHECK (balance IS NULL OR balance >= 0),"  // NULL: unlimited
                       " state TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'blocked', 'returned')),"
                       " sale_id INTEGER)"),
        QStringLiteral("CREATE TABLE card_events ("
                       " id INTEGER PRIMARY KEY,"
                       " card_id INTEGER NOT NULL REFERENCES coffee_cards(id),"
                       " at TEXT NOT NULL,"
                       " event TEXT NOT NULL CHECK (event IN ('issued', 'redeemed', 'blocked', 'returned')),"
                       " place TEXT NOT NULL DEFAULT '',"
                       " balance_after INTEGER,"
                       " serving_id INTEGER REFERENCES serving_queue(id))"),
        QStringLiteral("CREATE INDEX card_events_by_card ON card_events (card_id, event, place, at)"),
        QStringLiteral("CREATE INDEX card_events_by_time ON card_events (event, at)"),
    };
}

}  // namespace ak
