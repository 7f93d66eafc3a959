#pragma once
// Sign-ups for activities, at the kiosk (visitors: no login, no permission) and at the till (staff:
// Permission::RunActivities).
//
// One write transaction (Database::write = BEGIN IMMEDIATE) per sign-up and per cancel, so that a
// kiosk and a till signing up for the last place at once give it to exactly one of them; the other
// is waitlisted or told it is full. Cancelling a confirmed place gives it, in the same
// transaction, to the first in the waitlist. Every change is journaled with ids only (never a
// nickname): "signup_created", "signup_cancelled", "signup_promoted", "signup_attended".
//
// Nicknames: trimmed and NFC-normalised; refused when empty, longer than kMaxNicknameLength
// characters (grapheme clusters, as people count them), with control characters or bidi override
// characters (they would reorder the till's list), or with nothing visible. Emoji, right-to-left
// text and text that looks like SQL are kept as text (values are always bound).
//
// Cards: a scanned printed code or NFC UID is never stored, nor is the coffee card's token_hash:
// card_token = HMAC-SHA256(key, "ak-signup:" + activity id + ":" + the card's identity), the key
// being 32 random bytes kept in the settings table (created on first use). Why an HMAC and why per
// activity: token_hash is what coffee_cards is keyed by, so storing it (or a plain hash of the same
// token) would let anyone with the file join each sign-up to the card's redemptions and its free-card
// programme; with the key, rows are still unlinkable to coffee_cards because the database holds only
// SHA-256 of the token, not the token the HMAC is over. The activity id in the message makes the same
// card's sign-ups for two activities look unrelated, so sign-ups cannot be strung together into one
// visitor's history either. What it still allows: refusing the same card twice for one activity.
// Limits: a card's printed code and its NFC tag are two identities here (we never look the card up,
// to keep sign-ups apart from coffee cards), and a 4-byte UID is a small space for whoever has the key.
//
// Cancel codes: four characters from kCodeAlphabet (no 0/O, 1/I/L, 2/Z, 5/S, 8/B, U/V: read aloud
// and typed on a touchscreen without doubt), chosen with libsodium's CSPRNG, unique among the
// activity's live sign-ups. Typed in any case.
//
// Erasure: eraseNicknames() empties nickname and card_token of sign-ups whose activity ended more
// than N local days ago. Counts stay; nothing identifies anyone afterwards.
//
// Ownership: holds references to the Database and the Clock; both outlive it.

#include "core/activity/Activity.h"
#include "core/activity/Signup.h"
#include "core/staff/StaffMember.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"
#include "core/util/Result.h"

#include <QLocale>
#include <QStringList>
#include <QStringView>
#include <QTimeZone>

#include <vector>

namespace ak {

class Journal;

class SignupRepository {
public:
    static constexpr int kMaxNicknameLength = 40;
    static constexpr int kCodeLength = 4;
    static constexpr const char* kCodeAlphabet = "34679ACDEFGHJKMNPQRTWXY";
    static constexpr int kDefaultEraseAfterDays = 14;
    // The settings key of the café's key for card tokens (the kiosk's role may make it, PostgresRoles.h).
    static constexpr const char* kCardKeySetting = "signup_card_key";

    // `zone`: the café's time zone (erasure counts local days).
    SignupRepository(Database& db, const Clock& clock, QTimeZone zone)
        : db_(db), clock_(clock), zone_(std::move(zone)) {}

    // --- the kiosk (visitors) -----------------------------------------------------------------

    // A refusal is an outcome with a kind sentence. Errors: NotFound (no such activity),
    // InvalidInput (a nickname that cannot be used — the message says why — or an unreadable card,
    // with CardCode::genericRefusal()), Device (no CSPRNG), Storage.
    Result<SignupOutcome> signUp(qint64 activityId, const SignupBy& who, Journal& journal);

    // The visitor's own cancel code, any case, spaces ignored. Refusals: WrongCode, TooLate,
    // Attended. A cancelled confirmed place goes to the first in the waitlist (promotedId).
    Result<CancelOutcome> cancel(qint64 activityId, QStringView cancelCode, Journal& journal);

    // The visitor's own sign-up by its cancel code (SignupLookup.cpp), e.g. to see whether the
    // waiting list has given them a place: the signup's id, status and waitlistPlace (no nickname).
    // Refusal WrongCode when no live sign-up of the activity has the code; NotFound. Reads only.
    Result<SignupOutcome> lookUp(qint64 activityId, QStringView cancelCode) const;

    // What a visitor types: any case, with spaces or a hyphen in the middle.
    static QString canonicalCode(QStringView typed);

    // Counts only: the kiosk never shows other people's nicknames (a café may choose to later, with
    // list()). NotFound.
    Result<SignupCounts> counts(qint64 activityId) const;
    Result<std::optional<int>> placesLeft(qint64 activityId) const;  // nullopt: no limit
    Result<int> waitlistLength(qint64 activityId) const;
    // For a café that shows them at the kiosk ([signups] show_nicknames_at_kiosk): the nicknames of
    // those who have a place, in order of signing up. Sign-ups by card and erased ones have none;
    // the waiting list is not shown. NotFound.
    Result<QStringList> nicknamesWithPlace(qint64 activityId) const;

    // --- the till (staff, Permission::RunActivities) -----------------------------------------

    // All sign-ups of the activity with their nicknames: confirmed and attended first (in order of
    // signing up), then the waitlist in order, then the cancelled ones.
    Result<std::vector<Signup>> list(qint64 activityId, const StaffMember& by) const;

    // attended = false undoes a tick. Conflict for a waitlisted or cancelled sign-up; NotFound.
    Result<Signup> markAttended(qint64 signupId, bool attended, const StaffMember& by, Journal& journal);

    // Cancels on the visitor's behalf (they phoned, or asked at the counter), with promotion.
    // Refusals as cancel(); NotFound.
    Result<CancelOutcome> cancelFor(qint64 signupId, const StaffMember& by, Journal& journal);

    // --- housekeeping ------------------------------------------------------------------------

    // Empties nickname and card_token of sign-ups of activities that ended before the start of the
    // local day `daysAfter` days ago (ended on day D: kept through D + daysAfter, erased from
    // D + daysAfter + 1). Idempotent; returns how many sign-ups were erased now.
    Result<int> eraseNicknames(int daysAfter = kDefaultEraseAfterDays);

    // --- nicknames ---------------------------------------------------------------------------

    // The nickname as stored, or InvalidInput with a sentence for the visitor.
    static Result<QString> normaliseNickname(QStringView text);

    // n different friendly nicknames ("Grønn rev", "Blue otter") in nb, da or en (anything else:
    // nb), chosen with the CSPRNG, for visitors who would rather not type. Device without a CSPRNG;
    // InvalidInput for n < 1 or more than there are.
    static Result<QStringList> friendlyNicknames(int n, QLocale::Language language);

    static QString refusalMessage(SignupRefusal refusal);

private:
    // `match`: an SQL condition on signups with `values` for its '?'.
    Result<CancelOutcome> cancelWhere(qint64 activityId, const QString& match, const QVariantList& values,
                                      const QString& actor, Journal& journal);
    Result<SignupCounts> countsIn(qint64 activityId) const;

    Database& db_;
    const Clock& clock_;
    QTimeZone zone_;
};

}  // namespace ak
