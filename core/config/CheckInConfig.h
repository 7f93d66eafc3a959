#pragma once
// [checkin], [signups] and [opening_hours] of aktivkafe.toml (see config/aktivkafe.toml): what the kiosk asks at
// check-in, and the opening hours it shows. Plain values, checked by the loader (ConfigVisits.cpp).

#include <QDate>
#include <QString>
#include <QTime>

#include <array>

namespace ak {

struct CheckInConfig {
    // Each question is optional for the visitor anyway; a café may also not ask it at all.
    bool askFirstVisit = true;  // [checkin] ask_first_visit: "Is this your first time here?"
    bool askReason = true;      // [checkin] ask_reason: "What brings you today?"
    bool askMood = true;        // [checkin] ask_mood: "How are you today?"
};

// [signups]: sign-ups for activities (DOMAIN.md "Privacy").
struct SignupsConfig {
    // Nicknames (and card tokens) of sign-ups are erased this many days after the activity; counts
    // stay. 1–365; the same default as SignupRepository::kDefaultEraseAfterDays.
    int eraseAfterDays = 14;
    // The kiosk shows who else signed up (nicknames) on an activity's details only when the café
    // turns this on: a name on a screen at the door can point at someone.
    bool showNicknamesAtKiosk = false;
};

// One weekday of [opening_hours].
struct DayHours {
    enum class State {
        NotSet,  // the key is not in the file: the kiosk shows nothing for this day
        Closed,  // "closed"
        Open,    // "HH:MM-HH:MM"
    };
    State state = State::NotSet;
    QTime opens;   // Open only
    QTime closes;  // Open only; after opens (the same day)

    friend bool operator==(const DayHours&, const DayHours&) = default;
};

struct OpeningHours {
    std::array<DayHours, 7> days;  // Monday first (index QDate::dayOfWeek() - 1)

    bool isSet() const;                    // any day set
    const DayHours& on(QDate date) const;  // the entry for the weekday of `date` (NotSet if invalid)
    // What the kiosk shows for `date`: "10:00–15:00", "Closed" (translated), or "" when not set.
    QString text(QDate date) const;
};

}  // namespace ak
