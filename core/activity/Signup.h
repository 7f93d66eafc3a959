#pragma once
// A visitor's place on an activity: a nickname they chose, or a card they scanned; never a name
// asked for, never a phone number or e-mail (DOMAIN.md "Activity", "Privacy").

#include <QDateTime>
#include <QString>

#include <optional>

namespace ak {

enum class SignupStatus { Confirmed, Waitlisted, Cancelled, Attended };
QString signupStatusKey(SignupStatus status);  // "confirmed", "waitlisted", "cancelled", "attended"
std::optional<SignupStatus> signupStatusFromKey(const QString& key);

struct Signup {
    qint64 id = 0;
    qint64 activityId = 0;
    QString nickname;     // null: signed up by card, or erased after the activity
    bool byCard = false;  // signed up with a card (its pseudonymous token is never handed out)
    QString cancelCode;   // four characters from SignupRepository::kCodeAlphabet
    SignupStatus status = SignupStatus::Confirmed;
    // While waitlisted: the place in line now (1 = next to get a place).
    std::optional<int> waitlistPlace;
    bool everWaitlisted = false;  // joined the waitlist at some point (promoted ones too)
    QDateTime createdAt;          // UTC
};

// What the kiosk may show about an activity's sign-ups without showing anyone: counts only.
struct SignupCounts {
    int confirmed = 0;  // confirmed and attended: the places taken
    int waitlisted = 0;
    std::optional<int> placesLeft;  // nullopt: no limit
};

// Who signs up: a nickname typed or chosen, or a scanned card (a printed code or an NFC tag's UID).
struct SignupBy {
    QString nickname;
    QString scannedCard;

    static SignupBy withNickname(QString n) { return {std::move(n), QString()}; }
    static SignupBy withCard(QString scanned) { return {QString(), std::move(scanned)}; }
    bool isCard() const { return !scannedCard.isNull(); }
};

enum class SignupRefusal {
    None,
    ActivityCancelled,
    Closed,          // the deadline (or the start) has passed
    Full,            // no places, no waitlist
    AlreadySignedUp, // the same card, the same activity
    WrongCode,       // no live sign-up of the activity has this cancel code
    TooLate,         // cancelling after the activity started
    Attended,        // an attended sign-up is not cancelled
};

struct SignupOutcome {
    std::optional<Signup> signup;
    SignupRefusal refusal = SignupRefusal::None;
    QString message;  // a kind sentence for the visitor when refused

    bool ok() const { return signup.has_value(); }
};

struct CancelOutcome {
    qint64 cancelledId = 0;             // 0 when refused
    std::optional<qint64> promotedId;   // the waitlisted sign-up that got the place, if any
    SignupRefusal refusal = SignupRefusal::None;
    QString message;

    bool ok() const { return refusal == SignupRefusal::None; }
};

}  // namespace ak
