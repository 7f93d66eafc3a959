// Schema step 11 (registered in core/storage/SchemaV1.cpp): coffee cards meet the till.
//
// - products.card_type_id: selling one unit of such a product issues one card of that type (punch
//   cards and day passes are sold at the till as products). NULL: an ordinary product.
// - products.coffee_card_payable: a coffee card can pay for one unit of this product (coffee, tea).
// - coffee_cards.nfc_hash: the SHA-256 of an NFC tag's UID bound to the card (cardNfcHash() in
//   CardRepository.cpp); only the hash is stored, never the UID. UNIQUE: one tag opens at most one
//   card; many cards have no tag (SQLite lets NULLs repeat in a UNIQUE index).
//
// Only ADD COLUMN and CREATE INDEX: existing rows keep their values and get the defaults (no card
// type, not payable, no tag). A REFERENCES column added with ALTER TABLE must default to NULL when
// foreign keys are on, which it does.

#include <QStringList>

namespace ak {

QStringList cardProductsSchema();  // declared here and in SchemaV1.cpp, its only caller

QStringList cardProductsSchema() {
    return {
        QStringLiteral("ALTER TABLE products ADD COLUMN card_type_id INTEGER REFERENCES card_types(id)"),
        QStringLiteral("ALTER TABLE products ADD COLUMN coffee_card_payable INTEGER NOT NULL DEFAULT 0"
                       " CHECK (coffee_card_payable IN (0, 1))"),
        QStringLiteral("ALTER TABLE coffee_cards ADD COLUMN nfc_hash TEXT CHECK (nfc_hash IS NULL OR length(nfc_hash) = 64)"),
        QStringLiteral("CREATE UNIQUE INDEX coffee_cards_by_nfc ON coffee_cards (nfc_hash)"),
    };
}

}  // namespace ak
