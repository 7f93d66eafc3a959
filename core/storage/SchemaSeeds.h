#pragma once
// The rows a new café starts with, one text for both databases: SQLite's schema steps 5 and 6
// (SchemaV1.cpp, SchemaSales.cpp) and PostgreSQL's baseline (PostgresSchema.cpp) insert them.
// core_pg_schema checks that both end up with the same rows.

#include <QString>

namespace ak::schema {

// The journal's head before its first entry: sequence 0 and the genesis hash.
inline QString journalGenesis() {
    return QStringLiteral("INSERT INTO journal_head (id, seq, hash) VALUES (1, 0, "
                          "'0000000000000000000000000000000000000000000000000000000000000000')");
}

// The discount reasons a café starts with (the manager keeps them from then on).
inline QString discountReasons() {
    return QStringLiteral("INSERT INTO discount_reasons (code, text_nb, text_da, text_en, sort_order) VALUES"
                          " ('volunteer_coffee', 'Frivilligkaffe', 'Frivilligkaffe', 'Staff coffee', 1),"
                          " ('event', 'Arrangement', 'Arrangement', 'Event', 2),"
                          " ('goodwill', 'Beklager-rabatt', 'Undskyld-rabat', 'Goodwill', 3),"
                          " ('short_date', 'Kort holdbarhet', 'Kort holdbarhed', 'Short best-before', 4)");
}

}  // namespace ak::schema
