import QtQuick
import QtTest
import Aktivkafe.Ui
import Aktivkafe.Pos
import AktivkafeTest

// The till's start check finds a sale that was put into the database by hand (issue 10, item 3):
// a volunteer who logs in sees the warning and no way past it but calling the manager; the manager
// reads it and confirms, the confirmation is journaled, and selling goes on.
TillTestCase {
    name: "TillIntegrity"

    function test_1_a_clean_till_sells() {
        verify(!Integrity.blocked)
        compare(TestPrinter.journalEntries("app_started"), 1)  // SAF-T 13001, by the till itself (its stop: tst_pos_main.cpp)
        loginAs(2, "2580")
        tap("logout")
    }

    function test_2_a_volunteer_is_stopped_and_told_to_call_the_manager() {
        verify(TestPrinter.tamperAndRestart(
                   "INSERT INTO sales (register_id, receipt_number, kind, operator_id, consumption, currency,"
                   + " gross_minor, total_minor, created_at) VALUES ('KASSE-1', 77, 'sale', 2, 'eat_in', 'NOK',"
                   + " 5000, 5000, '2026-11-23T10:00:00.000Z')"))
        verify(Integrity.blocked)
        item("loginScreen")
        tap("staff-2")
        for (const d of "2580") tap("pinKey" + d)
        tap("pinOk")
        item("integrityScreen")
        verify(!visibleItem("saleScreen"))
        const problems = Integrity.problems.join("\n")
        verify(problems.indexOf("Kvittering 77 på KASSE-1") >= 0, problems)  // the till speaks Norwegian
        verify(item("integrityProblem").text.indexOf("• ") === 0)  // the findings are listed on screen
        verify(text("integrityWhatToDo").indexOf("Ring lederen") >= 0, text("integrityWhatToDo"))
        verify(!visibleItem("integrityConfirm"), "a volunteer cannot confirm")

        tap("integrityLogout")
        item("loginScreen")
    }

    function test_3_the_manager_confirms_and_selling_goes_on() {
        compare(TestPrinter.journalEntries("integrity_acknowledged"), 0)
        tap("staff-1")
        for (const d of "1234") tap("pinKey" + d)
        tap("pinOk")
        item("integrityScreen")

        tap("integrityConfirm")
        item("saleScreen")
        verify(!Integrity.blocked)
        compare(TestPrinter.journalEntries("integrity_acknowledged"), 1)
        tap("logout")
    }

    function test_4_the_same_problem_at_the_next_start_does_not_stop_the_till_again() {
        Integrity.recheck()
        verify(!Integrity.blocked)
        loginAs(2, "2580")
        tap("logout")
    }
}
