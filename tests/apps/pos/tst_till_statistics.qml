import QtQuick
import QtTest
import Aktivkafe.Ui
import Aktivkafe.Pos
import AktivkafeTest

// The manager's statistics at the till by touch, on a fresh demo café (Monday 23 November 2026):
// nine visitors checked in at the kiosk, seven for coffee and two to talk. Every count the screen,
// the CSV and the PDF show is 0, 5 or more, "<5" or ":" — never 1 to 4. Volunteers have no button.
// The report printer's server does not answer: the till says so.
TillTestCase {
    name: "TillStatistics"

    function section(id) {
        for (let i = 0; i < Statistics.sections.count; ++i)
            if (Statistics.sections.get(i).sectionId === id) return Statistics.sections.get(i)
        return null
    }
    function shownValues() {
        const out = []
        for (let i = 0; i < Statistics.sections.count; ++i)
            for (const row of Statistics.sections.get(i).rows) out.push(row.shown)
        return out
    }

    function test_1_volunteers_have_no_statistics() {
        loginAs(2, "2580")
        verify(!visibleItem("managerButton"))
        tap("logout")
    }

    function test_2_this_months_figures_with_small_counts_hidden() {
        verify(TestPrinter.kioskCheckIns(7, "coffee"))
        verify(TestPrinter.kioskCheckIns(2, "talk"))
        loginAs(1, "1234")                      // Kari, the manager
        tap("managerButton")
        tap("statisticsButton")
        item("statisticsScreen")
        compare(item("periodFrom").text, "2026-11-01")
        compare(item("periodTo").text, "2026-11-23")
        verify(Statistics.sections.count > 5, Statistics.sections.count)
        compare(section("total").rows[0].shown, "9")
        verify(item("section-reason"))
        const values = shownValues()
        verify(values.indexOf("<5") >= 0, "the two who came to talk are '<5'")
        for (const v of values)
            verify(v === "0" || v === "<5" || v === ":" || parseInt(v) >= 5, "a count of " + v + " is shown")
        verify(item("statisticsFootnotes").text.indexOf("<5") >= 0)
    }

    function test_3_other_periods_and_a_mistyped_date() {
        tap("periodLastMonth")
        compare(item("periodFrom").text, "2026-10-01")
        compare(item("periodTo").text, "2026-10-31")
        compare(section("total").rows[0].shown, "0")
        typeInto("periodFrom", "1.11.2026")
        tap("periodShow")
        verify(Statistics.errorText.length > 0)
        compare(item("statisticsMessage").text, Statistics.errorText)
        tap("periodThisMonth")
        compare(Statistics.errorText, "")
        compare(section("total").rows[0].shown, "9")
    }

    // Issue 10, item 6: a period typed from the year 1 to 9999 covers the days with records; one
    // with more than a year of records is refused, and nothing in it is refused without a word.
    function test_3b_a_period_is_fitted_to_the_records() {
        typeInto("periodFrom", "0001-01-01")
        typeInto("periodTo", "9999-12-31")
        tap("periodShow")
        compare(Statistics.errorText, "")
        verify(Statistics.messageText.indexOf("registreringer går fra") >= 0, Statistics.messageText)
        verify(item("periodFrom").text.indexOf("2026-") === 0, item("periodFrom").text)
        compare(section("total").rows[0].shown, "9")
        typeInto("periodFrom", "2000-01-01")
        typeInto("periodTo", "2019-12-31")
        tap("periodShow")
        verify(Statistics.errorText.indexOf("Ingenting ble registrert") >= 0, Statistics.errorText)
        // An activity two years back: now the records span more than a year.
        verify(TestPrinter.exec("INSERT INTO activities (title, starts_at, ends_at, currency) VALUES"
                                + " ('Juletur', '2024-12-01T10:00:00.000Z', '2024-12-01T14:00:00.000Z', 'NOK')"))
        typeInto("periodFrom", "0001-01-01")
        typeInto("periodTo", "9999-12-31")
        tap("periodShow")
        verify(Statistics.errorText.indexOf("velg et år eller mindre") >= 0, Statistics.errorText)
        tap("periodThisMonth")
        compare(Statistics.errorText, "")
    }

    function test_4_saved_as_csv_and_pdf() {
        tap("saveCsv")
        verify(Statistics.messageText.indexOf(TestPrinter.reportPath("csv")) >= 0, Statistics.messageText)
        const csv = TestPrinter.readFile(TestPrinter.reportPath("csv"))
        verify(csv.indexOf("section,key,label,count") === 0, csv.substring(0, 80))
        verify(csv.indexOf("<5") >= 0)
        verify(!/,[1-4]\r?\n/.test(csv), "no count from 1 to 4 in the CSV")
        tap("savePdf")
        compare(Statistics.errorText, "")
        const pdf = TestPrinter.reportPath("pdf")
        verify(TestPrinter.fileSize(pdf) > 1000, pdf)
        verify(TestPrinter.readFile(pdf).indexOf("%PDF") === 0)
    }

    function test_5_a_print_server_that_is_not_there() {
        tap("printReport")
        tryVerify(() => !Statistics.printing, 20000)
        verify(Statistics.errorText.indexOf("127.0.0.1:1") >= 0, Statistics.errorText)
        verify(item("printReport").enabled)     // try again when the server is back
        tap("backFromStatistics")
        item("saleScreen")
    }
}
