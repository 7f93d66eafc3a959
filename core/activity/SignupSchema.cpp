// The sign-ups' step of the schema history (registered in core/storage/SchemaV1.cpp).
//
// activities gains what sign-ups need: a deadline (NULL: until the start), waitlist on/off, when it
// was cancelled (NULL: not cancelled; one column is both the flag and the time, so the two can never
// disagree) and the series of weekly repeats it belongs to (the id of the series' first activity).
//
// signups holds no more than DOMAIN.md allows: a nickname the visitor chose (NULL once erased, and
// for sign-ups by card), a pseudonymous card token (see SignupRepository.h: an HMAC, never the card's
// token_hash, so that a sign-up cannot be joined to a coffee card's history), the cancel code, the
// status, the place in the waitlist's sequence and when. No kiosk id, no staff id, no other time.
//
// position is set when a sign-up joins the waitlist and is kept when it is promoted: it is both the
// waitlist's order (the lowest waiting position goes first) and the record that a sign-up was ever
// waitlisted, which the statistics count. Positions are never reused, so a visitor's place in line
// is the number of waiting sign-ups with a position up to theirs.

#include <QStringList>

namespace ak {

QStringList signupsSchema();  // declared here and in SchemaV1.cpp, its only caller

QStringList signupsSchema() {
    return {
        QStringLiteral("ALTER TABLE activities ADD COLUMN signup_deadline TEXT"),
        QStringLiteral("ALTER TABLE activities ADD COLUMN waitlist INTEGER NOT NULL DEFAULT 0 CHECK (waitlist IN (0, 1))"),
        QStringLiteral("ALTER TABLE activities ADD COLUMN cancelled_at TEXT"),
        QStringLiteral("ALTER TABLE activities ADD COLUMN series_id INTEGER"),
        QStringLiteral("CREATE INDEX activities_by_series ON activities (series_id)"),
        QStringLiteral("CREATE TABLE signups ("
                       " id INTEGER PRIMARY KEY,"
                       " activity_id INTEGER NOT NULL REFERENCES activities(id),"
                       // 40 characters as people count them; the code-point bound is a backstop
                       " nickname TEXT CHECK (nickname IS NULL OR length(nickname) BETWEEN 1 AND 160),"
                       " card_token TEXT CHECK (card_token IS NULL OR length(card_token) = 64),"
                       " cancel_code TEXT NOT NULL CHECK (length(cancel_code) = 4),"
                       " status TEXT NOT NULL CHECK (status IN ('confirmed', 'waitlisted', 'cancelled', 'attended')),"
                       " position INTEGER CHECK (position IS NULL OR position > 0),"
                       " created_at TEXT NOT NULL,"
                       " CHECK (status <> 'waitlisted' OR position IS NOT NULL))"),
        // A cancel code names one live sign-up of its activity; a card signs up once per activity.
        QStringLiteral("CREATE UNIQUE INDEX signups_live_code ON signups (activity_id, cancel_code)"
                       " WHERE status <> 'cancelled'"),
        QStringLiteral("CREATE UNIQUE INDEX signups_live_card ON signups (activity_id, card_token)"
                       " WHERE card_token IS NOT NULL AND status <> 'cancelled'"),
        QStringLiteral("CREATE INDEX signups_by_activity ON signups (activity_id, status, position)"),
    };
}

}  // namespace ak
