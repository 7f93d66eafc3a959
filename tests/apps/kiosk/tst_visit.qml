import QtQuick
import QtTest
import Aktivkafe.Ui
import Aktivkafe.Kiosk
import AktivkafeTest

// A visit by touch: checking in with the café's questions (and one's coffee card), leaving them
// half way, signing up for the Thursday walk with a nickname typed on the on-screen keyboard, the
// waiting list and cancelling with the code, and larger text. A fresh café (one walk with one
// place, a film without a limit), the test clock on Monday 23 November 2026 at 12:00.
KioskTestCase {
    name: "KioskVisit"

    // Types on Qt Virtual Keyboard like a finger: finds each letter's key and taps it.
    function keyFor(ch) {
        function search(it) {
            if (!it || !it.visible) return null
            if (it.key !== undefined && it.text !== undefined && it.text.toLowerCase() === ch.toLowerCase()
                    && it.width > 0)
                return it
            for (let i = 0; i < it.children.length; ++i) {
                const found = search(it.children[i])
                if (found) return found
            }
            return null
        }
        return search(item("keyboard"))
    }
    function typeOnKeyboard(text) {
        for (const ch of text) {
            const key = keyFor(ch)
            verify(key, "no key for " + ch)
            mouseClick(key)
        }
    }

    function test_1_check_in_with_answers_and_a_card() {
        const before = TestKiosk.visits()
        tap("checkInButton")
        item("checkInScreen")
        compare(CheckIn.stage, "firstVisit")
        tap("firstVisitYes")
        compare(CheckIn.stage, "reason")
        TestKiosk.scan(TestKiosk.cardCode)       // one's own coffee card, any time during check-in
        verify(CheckIn.cardNoted)
        tap("reason-company")
        compare(CheckIn.stage, "mood")
        tap("mood-4")
        compare(CheckIn.stage, "done")
        compare(item("checkInTitle").text, "Velkommen!")
        verify(item("checkInDetail").text.indexOf("gjest nr. 1 i dag") >= 0, item("checkInDetail").text)
        compare(TestKiosk.visits(), before + 1)
        const v = TestKiosk.lastVisit()
        compare(v.kiosk_id, "inngang")
        compare(v.first_visit, 1)
        compare(v.reason, "company")
        compare(v.mood, 4)
        compare(String(v.token).length, 64)      // a token derived from the card, not the card
        verify(String(v.at).endsWith(":00:00.000Z"), v.at)   // 12:00 local, to the quarter hour
        tap("checkInDone")
        atWelcome()
    }

    function test_2_leaving_the_questions_still_counts_the_visit() {
        const before = TestKiosk.visits()
        const unanswered = TestKiosk.visitsWhere("first_visit IS NULL AND reason IS NULL AND mood IS NULL AND token IS NULL")
        tap("checkInButton")
        item("checkInScreen")
        tap("skipQuestion")                      // first time? skipped
        compare(CheckIn.stage, "reason")
        tap("checkInDone")                       // and gone, before the other questions
        atWelcome()
        compare(TestKiosk.visits(), before + 1)
        // visits carry no order within a quarter hour (random ids): count the ones without answers
        compare(TestKiosk.visitsWhere("first_visit IS NULL AND reason IS NULL AND mood IS NULL AND token IS NULL"),
                unanswered + 1)
    }

    function test_3_activities_this_week_and_next() {
        tap("activitiesButton")
        item("activitiesScreen")
        compare(Activities.upcoming.count, 2)
        const walk = Activities.upcoming.get(0)
        compare(walk.title, "Walk by the river")
        verify(walk.whenText.indexOf("Torsdag 26. november") === 0, walk.whenText)
        verify(walk.placesText.indexOf("1") >= 0, walk.placesText)
        compare(walk.priceText, "Gratis")
        tap("activity-" + walk.activityId)
        compare(Activities.stage, "details")
        tap("signMeUp")
        compare(Activities.stage, "signUp")
        compare(Activities.suggestions.length, 3)   // friendly nicknames for those who would rather not type
        tap("nickname")
        tryVerify(() => Qt.inputMethod.visible, 3000, "the on-screen keyboard opens")
        wait(300)                                 // it slides up
        typeOnKeyboard("Rev")
        const typed = item("nickname").text
        compare(typed.toLowerCase(), "rev")
        tap("signUpWithNickname")
        compare(Activities.stage, "done")
        compare(item("cancelCodeShown").text.length, 4)
        compare(TestKiosk.signupStatus(typed), "confirmed")
        // the slip: title, the nickname and the cancel code, in the café's language
        tryVerify(() => TestKiosk.allPrinted().indexOf("Walk by the river") >= 0, 5000)
        verify(TestKiosk.allPrinted().indexOf(Activities.cancelCodeText) >= 0)
        tap("activitiesBack")
        atWelcome()
    }

    function test_4_full_means_the_waiting_list_and_cancelling_promotes() {
        tap("activitiesButton")
        item("activitiesScreen")
        const walk = Activities.upcoming.get(0)
        verify(walk.full)
        tap("activity-" + walk.activityId)
        compare(item("signMeUp").text, "Sett meg på venteliste")
        tap("signMeUp")
        const picked = Activities.suggestions[0]
        tap("suggestion-0")                      // a suggested nickname, no typing
        compare(Activities.stage, "done")
        verify(item("signupResult").text.indexOf("venteliste") >= 0, item("signupResult").text)
        verify(item("signupResult").text.indexOf("nr. 1") >= 0, item("signupResult").text)
        tap("activitiesBack")
        atWelcome()
        // Rev cancels with the code from the slip: the first on the waiting list gets the place
        const code = TestKiosk.cancelCodeOf("Rev") || TestKiosk.cancelCodeOf("rev")
        compare(code.length, 4)
        verify(TestKiosk.allPrinted().indexOf(code) >= 0, "the code is on the slip")
        tap("activitiesButton")
        tap("activity-" + walk.activityId)
        // the next visitor sees how many are coming, never who (the café has not turned names on)
        const details = item("activityDetail").text
        verify(details.indexOf("Rev") < 0 && details.indexOf("rev") < 0 && details.indexOf(picked) < 0, details)
        tap("cancelMyPlaceButton")
        compare(Activities.stage, "cancel")
        Activities.cancelWithCode("ZZZZ")         // a wrong code is refused kindly
        verify(Activities.messageIsError)
        Activities.cancelWithCode(code.toLowerCase())    // typed in any case
        compare(Activities.stage, "done", Activities.messageText)
        verify(item("signupResult").text.indexOf("venteliste") >= 0, item("signupResult").text)  // the place goes on
        compare(TestKiosk.signupStatus("Rev") || TestKiosk.signupStatus("rev"), "cancelled")
        compare(TestKiosk.signupStatus(picked), "confirmed")   // promoted from the waiting list
        tap("activitiesBack")
        atWelcome()
    }

    function test_5_guessing_cancel_codes_slows_the_kiosk_down() {
        tap("activitiesButton")
        const film = Activities.upcoming.get(1)
        tap("activity-" + film.activityId)
        tap("signMeUp")
        tap("suggestion-0")
        const code = Activities.cancelCodeText
        compare(code.length, 4)
        tap("activitiesBack")
        atWelcome()
        tap("activitiesButton")
        tap("activity-" + film.activityId)
        tap("cancelMyPlaceButton")
        item("cancelCode").text = code                                 // "Check my place" first
        tap("checkMyPlace")
        verify(!Activities.messageIsError)
        verify(Activities.messageText.indexOf("har plass") >= 0, Activities.messageText)
        for (let i = 0; i < 11; ++i) Activities.cancelWithCode("WWWW")   // someone trying codes
        Activities.cancelWithCode(code)                                // now even the right one waits
        compare(Activities.stage, "cancel")
        verify(Activities.messageIsError)
        verify(Activities.messageText.toLowerCase().indexOf("vent") >= 0, Activities.messageText)
        TestKiosk.advanceSeconds(90)                                   // a minute and a half later
        Activities.cancelWithCode(code)
        compare(Activities.stage, "done", Activities.messageText)
        tap("activitiesBack")
        atWelcome()
    }

    function test_6_larger_text_until_the_kiosk_goes_idle() {
        const body = Theme.fontBody
        tap("accessibleButton")
        verify(Theme.accessible)
        verify(Theme.fontBody > body)
        tryCompare(Theme, "accessible", false, 9000)   // the next visitor starts with the usual size
    }
}
