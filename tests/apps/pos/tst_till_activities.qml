import QtQuick
import QtTest
import Aktivkafe.Ui
import Aktivkafe.Pos
import AktivkafeTest

// Activities at the till by touch, on a fresh demo café (Monday 23 November 2026, 12:00): a
// volunteer puts a knitting evening on the programme for three weeks with two places and a waiting
// list, visitors sign up at the kiosk, the volunteer ticks who came, cancels for someone (the first
// on the waiting list gets the place), prints the attendance list, edits and cancels the activity.
// A mistyped date is refused with a sentence and nothing is made. Functions run in name order.
TillTestCase {
    name: "TillActivities"
    property var knittingId: 0

    function rowOf(model, role, value) {
        for (let i = 0; i < model.count; ++i)
            if (model.get(i)[role] === value) return model.get(i)
        return null
    }
    function countTitled(title) {
        let n = 0
        for (let i = 0; i < ActivityAdmin.activities.count; ++i)
            if (ActivityAdmin.activities.get(i).title === title) ++n
        return n
    }
    function fillForm(values) {
        for (const name in values) typeInto(name, values[name])
    }

    function test_1_volunteer_puts_a_weekly_activity_on_the_programme() {
        loginAs(2, "2580")                     // Ola, a volunteer: volunteers run activities
        tap("activitiesAdminButton")
        item("activitiesAdminScreen")
        verify(rowOf(ActivityAdmin.activities, "title", "Tur langs elva"), "the seeded Thursday walk is listed")
        fillForm({ activityTitle: "Strikkekveld", activityPlace: "Peisestua", activityDescription: "Ta med garn",
                   activityDate: "2026-11-24", activityStart: "18:00", activityMinutes: "120", activityCapacity: "2",
                   activityDeadline: "3" })
        verify(item("activityWaitlist").checked)   // a waiting list unless someone turns it off
        tap("repeatMore"); tap("repeatMore"); tap("repeatMore"); tap("repeatFewer")
        compare(text("activityRepeat"), "3")
        tap("saveActivity")
        verify(text("activitiesMessage").indexOf("Strikkekveld") >= 0, text("activitiesMessage"))
        compare(ActivityAdmin.errorText, "")
        // three Tuesdays; this week and next show two of them
        compare(countTitled("Strikkekveld"), 2)
        knittingId = ActivityAdmin.selectedId
        verify(knittingId > 0)
        compare(ActivityAdmin.selected.place, "Peisestua")
        compare(ActivityAdmin.selected.capacity, 2)
        compare(ActivityAdmin.selected.deadlineHours, 3)   // sign-up closes at 15:00
        item("adminActivity-" + knittingId)
        compare(ActivityAdmin.signups.count, 0)
    }

    function test_2_a_mistyped_date_is_refused_and_nothing_is_made() {
        const before = ActivityAdmin.activities.count
        tap("newActivity")
        verify(ActivityAdmin.selectedId === 0)
        fillForm({ activityTitle: "Bingo", activityDate: "24/11", activityStart: "18:00" })
        tap("saveActivity")
        verify(ActivityAdmin.errorText.length > 0)
        compare(text("activitiesMessage"), ActivityAdmin.errorText)
        compare(ActivityAdmin.activities.count, before)
        compare(item("activityTitle").text, "Bingo")   // what was typed stays, to be mended
    }

    function test_3_sign_ups_from_the_kiosk_attendance_and_promotion() {
        compare(TestPrinter.kioskSignsUp(knittingId, "Blå rev"), "confirmed")
        compare(TestPrinter.kioskSignsUp(knittingId, "Trøtt katt"), "confirmed")
        compare(TestPrinter.kioskSignsUp(knittingId, "Kaffeelskeren"), "waitlisted")
        tap("adminActivity-" + knittingId)
        tryCompare(ActivityAdmin.signups, "count", 3)
        const fox = rowOf(ActivityAdmin.signups, "nickname", "Blå rev")
        const cat = rowOf(ActivityAdmin.signups, "nickname", "Trøtt katt")
        const coffee = rowOf(ActivityAdmin.signups, "nickname", "Kaffeelskeren")
        verify(fox && cat && coffee)
        verify(!coffee.live)
        verify(item("activitiesAdminScreen"))
        verify(visibleItem("attended-" + cat.signupId))
        verify(!visibleItem("attended-" + coffee.signupId))   // no tick for someone still waiting

        tap("attended-" + fox.signupId)
        verify(rowOf(ActivityAdmin.signups, "nickname", "Blå rev").attended)
        verify(!visibleItem("cancelSignup-" + fox.signupId))  // who came is not cancelled

        tap("cancelSignup-" + cat.signupId)
        verify(ActivityAdmin.messageText.length > 0)
        verify(rowOf(ActivityAdmin.signups, "nickname", "Kaffeelskeren").live, "promoted from the waiting list")
        verify(!rowOf(ActivityAdmin.signups, "nickname", "Trøtt katt").live)
        const entry = rowOf(ActivityAdmin.activities, "activityId", knittingId)
        verify(entry.placesText.indexOf("2") >= 0, entry.placesText)
    }

    function test_4_the_attendance_list_on_paper() {
        const before = TestPrinter.completedJobs()
        tap("printAttendance")
        tryVerify(() => TestPrinter.completedJobs() > before, 3000)
        const paper = TestPrinter.allPrinted()
        verify(paper.indexOf("Strikkekveld") >= 0)
        verify(paper.indexOf("Blå rev") >= 0)
        verify(paper.indexOf("Kaffeelskeren") >= 0)
    }

    function test_5_edit_then_cancel_the_activity() {
        typeInto("activityPlace", "Kjøkkenet")
        tap("saveActivity")
        compare(ActivityAdmin.errorText, "")
        compare(ActivityAdmin.selected.place, "Kjøkkenet")
        tap("cancelActivity")
        verify(ActivityAdmin.selected.cancelled)
        verify(rowOf(ActivityAdmin.activities, "activityId", knittingId).cancelled)
        verify(!item("saveActivity").enabled)
        verify(TestPrinter.kioskSignsUp(knittingId, "Sen gjest") !== "confirmed")   // the kiosk is refused
        tap("backFromActivities")
        item("saleScreen")
    }
}
