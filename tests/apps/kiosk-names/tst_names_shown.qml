import QtQuick
import QtTest
import Aktivkafe.Ui
import Aktivkafe.Kiosk
import AktivkafeTest
import "../kiosk"

// A café that turned on [signups] show_nicknames_at_kiosk (run by ui_kiosk_names with
// AK_TEST_SHOW_NICKNAMES=1): an activity's details name those who have a place, and only them —
// not the waiting list.
KioskTestCase {
    name: "KioskNamesShown"

    // Picks a suggested nickname other than `avoid` (suggestions are random: two visitors may be
    // offered the same one, and the test must tell them apart).
    function signUpWithSuggestion(activityId, avoid) {
        tap("activitiesButton")
        tap("activity-" + activityId)
        tap("signMeUp")
        const i = Activities.suggestions[0] !== avoid ? 0 : 1
        const picked = Activities.suggestions[i]
        tap("suggestion-" + i)
        compare(Activities.stage, "done")
        tap("activitiesBack")
        atWelcome()
        return picked
    }

    function test_names_of_those_with_a_place() {
        tap("activitiesButton")
        const walk = Activities.upcoming.get(0)   // one place, then a waiting list
        tap("activitiesBack")
        atWelcome()
        const first = signUpWithSuggestion(walk.activityId)
        const waiting = signUpWithSuggestion(walk.activityId, first)
        compare(TestKiosk.signupStatus(waiting), "waitlisted")
        tap("activitiesButton")
        tap("activity-" + walk.activityId)
        const details = item("activityDetail").text
        verify(details.indexOf(first) >= 0, details)
        verify(details.indexOf(waiting) < 0, details)
    }
}
