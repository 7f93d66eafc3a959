#pragma once
// Coffee cards: bearer cards with no name. Issued at the till (Permission::IssueCoffeeCard), blocked
// when lost (a manager: Permission::ManageCardTypes), handed back at the end of a programme
// (IssueCoffeeCard), redeemed at a kiosk or the till.
//
// Storage keeps the SHA-256 of the code's token only: the printed code (IssuedCard::code) exists at
// issue time, for printing, and can never be rebuilt from the database.
//
// Validity: a free card is valid for D local calendar days, the day of issue being the first (it
// expires at the start of the local day issue + D); a day pass until the end of the local calendar
// day of issue (not yet the business day's close); a punch card has no end. "empty" and "expired"
// are derived from the balance and valid_until with the injected clock.
//
// Redeeming is exactly once: one Database::write() (BEGIN IMMEDIATE) checks, decrements, records the
// history, journals card_redeemed and, at a kiosk, adds the serving-queue item. The same card
// redeemed again at the same place within kDoubleScanSeconds returns the first redemption's result
// (Redemption::repeated) and changes nothing — unless the place says otherwise
// (RedeemPlace::tillPayment(): at the till each coffee-card payment is a deliberate act).
//
// NFC: a card may also carry an NFC tag. Only the SHA-256 of the tag's UID is stored
// (coffee_cards.nfc_hash, with a prefix of its own so that it never equals a staff card's hash of
// the same tag). find() and redeem() take either a printed code or a tag's UID; anything else, and
// a UID bound to no card, gets the same generic refusal as an unknown code. Note that a 4- or 7-byte
// UID is a small space: its hash hides the UID from a casual reader of the database, not from a
// determined one. The tag is as much a bearer token as the printed code.
//
// Ownership: holds references to the Database and the Clock.

#include <QDateTime>
#include <QString>
#include <QStringView>
#include <QTimeZone>

#include <optional>
#include <vector>

#include "core/cards/CardCode.h"
#include "core/cards/CardType.h"
#include "core/config/CheckInConfig.h"
#include "core/journal/JournalKind.h"
#include "core/staff/StaffMember.h"
#include "core/util/Result.h"

namespace ak {

enum class CardStatus { Active, Empty, Expired, Blocked, Returned };
QString cardStatusKey(CardStatus status);  // "active", "empty", "expired", "blocked", "returned"

struct CoffeeCard {
    qint64 id = 0;
    qint64 typeId = 0;
    CardKind kind = CardKind::Free;
    QString typeName;
    QString programme;
    std::optional<int> balance;  // nullopt: unlimited
    QDateTime issuedAt;          // UTC
    QDateTime validUntil;        // UTC; invalid: no end
    CardStatus status = CardStatus::Active;  // as of the clock when read
    std::optional<qint64> saleId;
};

struct IssuedCard {
    CoffeeCard card;
    CardCode code;  // for printing now; not stored
};

struct IssueOptions {
    QString programme;                // free cards: overrides the type's programme
    std::optional<int> validityDays;  // free cards: overrides the type's validity
    std::optional<qint64> saleId;     // punch cards and day passes sold at the till
    QString nfcUid;                   // an NFC tag's UID to bind in the same transaction; empty: none
};

// One line of a card's history: dates and places only.
struct CardEvent {
    QDateTime at;   // UTC
    QString event;  // "issued", "redeemed", "blocked", "returned"
    QString place;  // "kiosk:<id>", "till" or empty
};

struct RedeemPlace {
    QString kioskId;     // empty: the till
    qint64 staffId = 0;  // at the till: who took the card (the journal's actor)
    // The double-scan guard is for a scanner that reads one card twice. A coffee-card payment in a
    // sale is a deliberate act by the volunteer (two coffees paid with one card are two cups), so
    // tillPayment() turns it off; kiosk() and till() keep it.
    bool guardDoubleScan = true;

    static RedeemPlace kiosk(const QString& id) { return {id, 0, true}; }
    static RedeemPlace till(const StaffMember& by) { return {QString(), by.id, true}; }
    static RedeemPlace tillPayment(const StaffMember& by) { return {QString(), by.id, false}; }
    bool isTill() const { return kioskId.isEmpty(); }
    QString key() const { return isTill() ? QStringLiteral("till") : QStringLiteral("kiosk:") + kioskId; }
};

enum class CardRefusal { None, Unknown, Expired, Empty, Blocked, Returned };

// What the kiosk shows after "Get a coffee".
struct Redemption {
    qint64 cardId = 0;
    QString typeName;
    CardKind kind = CardKind::Free;
    std::optional<int> cupsLeft;  // nullopt: unlimited
    QDateTime validUntil;         // UTC; invalid: no end
    std::optional<int> servingNumber;  // kiosk only
    bool repeated = false;        // a double scan: this is the first redemption's result
};

struct RedeemOutcome {
    std::optional<Redemption> redemption;
    CardRefusal refusal = CardRefusal::None;
    QString message;  // for a refusal: kind, and says what to do

    bool ok() const { return redemption.has_value(); }
};

class CardRepository {
public:
    static constexpr int kDoubleScanSeconds = 3;

    CardRepository(Database& db, const Clock& clock, QTimeZone zone)
        : db_(db), clock_(clock), zone_(std::move(zone)) {}
    // [opening_hours]: a day pass sold today lasts until today's closing hour, until the business
    // day's Z report ends it (DayReport); without opening hours, until midnight.
    void setOpeningHours(OpeningHours hours) { hours_ = std::move(hours); }

    // NotFound for an unknown type, InvalidInput for an inactive one or a free card without a
    // programme; Device if no CSPRNG.
    Result<IssuedCard> issue(qint64 typeId, const IssueOptions& options, const StaffMember& by, Journal& journal);
    // By scanned text (a printed code or an NFC tag's UID); NotFound with CardCode::genericRefusal()
    // for malformed and unknown codes and UIDs alike.
    Result<CoffeeCard> find(QStringView scanned) const;
    // Binds an NFC tag to the card (Permission::IssueCoffeeCard), replacing a tag it had; journaled
    // "card_nfc_bound" with the card id only. InvalidInput for text that is not a UID; NotFound for an
    // unknown card; Conflict for a blocked or handed-back card and for a tag bound to another card.
    Result<void> bindNfc(qint64 cardId, QStringView uidHex, const StaffMember& by, Journal& journal);
    // By id, for a card already shown at the till (its code is not kept); NotFound.
    Result<CoffeeCard> findById(qint64 cardId) const;
    Result<std::vector<CardEvent>> history(qint64 cardId) const;  // oldest first
    Result<void> block(qint64 cardId, const StaffMember& by, Journal& journal);
    Result<void> markReturned(qint64 cardId, const StaffMember& by, Journal& journal);

    // A refusal is an outcome, not an error; errors are Storage (or the serving queue's).
    // `servingDescription` (kiosk only): the queue item's text in the café's language.
    Result<RedeemOutcome> redeem(QStringView scanned, const RedeemPlace& place, const QString& servingDescription,
                                 Journal& journal);

    static QString refusalMessage(CardRefusal refusal);
    // What a card in `status` is refused with (None for an active card), e.g. to refuse at the
    // first scan rather than after "Get a coffee".
    static CardRefusal refusalFor(CardStatus status);

private:
    // The card a scanned text opens, if any; malformed text is simply no card.
    Result<std::optional<CoffeeCard>> byScanned(QStringView scanned) const;
    Result<std::optional<CoffeeCard>> byColumn(const char* column, const QString& hash) const;
    // Inside a write(): stores the tag's hash on the card and journals it.
    Result<void> storeNfc(qint64 cardId, const QString& nfcHash, const StaffMember& by, Journal& journal);
    Result<std::optional<CoffeeCard>> byId(qint64 id) const;
    Result<void> setState(qint64 cardId, const QString& state, JournalKind kind, const StaffMember& by,
                          Journal& journal);

    Database& db_;
    const Clock& clock_;
    QTimeZone zone_;
    OpeningHours hours_;
};

// The SHA-256 of a code's token, lower-case hex (what coffee_cards.token_hash holds).
QString cardTokenHash(const CardCode& code);

// An NFC tag's UID as readers write it ("04:a2:2b:1c", "04 A2 2B 1C", "04a22b1c\r") in one spelling:
// upper-case hex without separators. Spaces, line ends and colons are dropped; what remains must be
// 8 to 20 hex digits in whole bytes (4-, 7- and 10-byte UIDs). Otherwise nullopt.
std::optional<QString> normaliseNfcUid(QStringView text);
// What coffee_cards.nfc_hash holds for a normalised UID: SHA-256 of "ak-coffee-card-nfc:" + UID,
// lower-case hex. The prefix keeps it apart from a staff card's hash of the same tag.
QString cardNfcHash(const QString& normalisedUid);

}  // namespace ak
