#pragma once
// Visits: one anonymous check-in at the kiosk (DOMAIN.md "Visit", "Privacy"; the table is schema
// step 12, core/visits/VisitSchema.cpp).
//
// A check-in stores the kiosk, the time rounded down to the quarter hour of the café's local day,
// the visitor's optional answers and — only if they scanned their own coffee card — a pseudonymous
// visit token. Never a name, never free text, never the card itself.
//
// The visit token is derived from the CARD, not from a person: HMAC-SHA256 under a random per-café
// secret (visit_secret, made once with libsodium's CSPRNG) of the card's stored token hash. A card
// found by its printed code and the same card found by its NFC tag give the same token; two cards
// give different tokens; no token equals anything stored in coffee_cards. Only cards that are still
// their holder's count: a blocked card (lost, maybe found by someone else) or one handed back is "not
// recognised". An expired or empty card still is (the same person holds it).
//
// A card that is not recognised (unknown, malformed, blocked, handed back) never refuses the check-in:
// the visit is stored without a token and CheckIn::card says so, with a kind sentence for the kiosk.
//
// Visits are visitor data and are kept apart from the till's: nothing is written to the journal.
//
// Ownership: holds references to the Database and the Clock.

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QTimeZone>

#include <optional>

#include "core/util/Result.h"

namespace ak {

class Clock;
class Database;

// The visitor's own answers on the kiosk, each optional (nullopt: not answered, or not asked).
struct VisitAnswers {
    std::optional<bool> firstVisit;  // "Is this your first time here?"
    std::optional<QString> reason;   // "What brings you today?": one of VisitRepository::reasons()
    std::optional<int> mood;         // "How are you today?": 1 (bad) to 5 (good)
};

enum class CardAtCheckIn {
    NotScanned,     // no card was shown
    Recognised,     // an active, expired or empty card of this café: the visit carries its token
    NotRecognised,  // anything else: the visit was stored without a token
};

struct CheckIn {
    int guestNumberToday = 0;  // visits in this local day so far, this one included ("guest no. 23 today")
    CardAtCheckIn card = CardAtCheckIn::NotScanned;
    // Recognised only: this card's token was seen on an EARLIER local day (the same rule as
    // VisitStats' "returning"; a second check-in on the same day is not a return).
    bool returning = false;
    QString message;  // NotRecognised: what the kiosk may say (the visitor is checked in all the same)
    bool kept = false;  // the database was away: kept on the kiosk (VisitOutbox), no number to tell
};

class VisitRepository {
public:
    static constexpr int kMinMood = 1;
    static constexpr int kMaxMood = 5;
    static constexpr int kMaxKioskIdLength = 32;  // as [kiosk] id in the configuration

    VisitRepository(Database& db, const Clock& clock, QTimeZone zone);

    // One write transaction: finds the card (if any), stores the visit, counts today's visits.
    // InvalidInput for an empty or too long kiosk id, an unknown reason or a mood outside 1–5;
    // Device if no secure random numbers could be had; Storage.
    Result<CheckIn> checkIn(const QString& kioskId, const VisitAnswers& answers, QStringView scannedCard);

    // The reasons a visitor can pick, as stored: "coffee", "activity", "company", "talk".
    static const QStringList& reasons();
    static Result<void> validate(const QString& kioskId, const VisitAnswers& answers);
    // The start of the local quarter hour `at` lies in, in UTC (what visits.at holds).
    static QDateTime quarterStart(const QDateTime& at, const QTimeZone& zone);
    static QString cardNotRecognisedMessage();

    // A check-in the kiosk kept while the database was away (VisitOutbox.h), stored as it was
    // answered at its own quarter hour under its own id; false (and nothing written) when that id
    // is there already, so a visit handed over twice counts once.
    Result<bool> storeKept(qint64 id, const QDateTime& quarter, const QString& kioskId, const VisitAnswers& answers);

private:
    Database& db_;
    const Clock& clock_;
    QTimeZone zone_;
};

}  // namespace ak
