#pragma once
// The café's programme: activities with places, a sign-up deadline and a waitlist.
//
// Staff (Permission::RunActivities: volunteers and managers) create, edit and cancel activities;
// each change is journaled with the activity's id and title only. Cancelling keeps the sign-ups (the
// erasure job removes their nicknames later, SignupRepository::eraseNicknames) and closes the
// activity to new sign-ups. add() is the seeder's path: no person, no journal.
//
// Weekly repeats: create() with repeatWeeks N > 1 stores N activities a week apart at the same
// local time (over a change to or from summer time too), sharing the first one's id as series id.
// Each is then edited and cancelled on its own.
//
// Ownership: holds references to the Database and the Clock; both outlive it.

#include "core/activity/Activity.h"
#include "core/staff/StaffMember.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"
#include "core/util/Result.h"

#include <QTimeZone>

#include <vector>

namespace ak {

class Journal;

class ActivityRepository {
public:
    static constexpr int kMaxRepeatWeeks = 52;

    // `zone`: the café's time zone (weeks and weekly repeats are local).
    ActivityRepository(Database& db, const Clock& clock, QTimeZone zone)
        : db_(db), clock_(clock), zone_(std::move(zone)) {}

    // InvalidInput for an empty title, invalid times, an end before the start, capacity < 1, a
    // negative price or a sign-up deadline after the start. Returns the stored activity with its id.
    // Without a person or a journal: for the demo seeder and imports.
    Result<Activity> add(Activity activity);

    // The same checks, by a staff member (Permission::RunActivities), journaled "activity_created".
    // repeatWeeks (1..kMaxRepeatWeeks): how many weekly occurrences in all; the deadline moves with
    // each. Returns them in date order.
    Result<std::vector<Activity>> create(Activity activity, int repeatWeeks, const StaffMember& by, Journal& journal);

    // Title, description, place, start/end, capacity, deadline, waitlist and price of one activity
    // (by activity.id); its series and cancellation are kept. More places fill from the waitlist at
    // once; fewer places take nobody's place away. NotFound; Conflict for a cancelled activity.
    // Journaled "activity_edited".
    Result<Activity> edit(const Activity& activity, const StaffMember& by, Journal& journal);

    // Cancels one activity (not its series); its sign-ups are kept. Conflict if already cancelled.
    // Journaled "activity_cancelled".
    Result<Activity> cancel(qint64 activityId, const StaffMember& by, Journal& journal);

    // Activities starting in [from, to), earliest first, cancelled ones included (flagged).
    Result<std::vector<Activity>> between(const QDateTime& from, const QDateTime& to) const;

    // This local week (from Monday 00:00) and the next, as the kiosk and the till list them.
    Result<std::vector<Activity>> thisWeekAndNext() const;

    // NotFound for an unknown id.
    Result<Activity> find(qint64 activityId) const;

private:
    Result<void> check(Activity& activity) const;

    Database& db_;
    const Clock& clock_;
    QTimeZone zone_;
};

}  // namespace ak
