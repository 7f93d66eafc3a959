import QtQuick
import QtTest
import Aktivkafe.Ui
import Aktivkafe.Pos
import AktivkafeTest

// The Devices page by touch (issue 12, item 8): the reader with its state and the last code it read
// (masked), the drawer as its sensor says, and a drawer test that is an opening like any other
// (journaled by core as a no-sale opening).
TillTestCase {
    name: "TillDevices"

    function test_1_readers_and_drawer() {
        loginAs(2, "2580")
        tap("printerButton")
        item("printerScreen")
        compare(Devices.readers.count, 1)
        const reader = Devices.readers.get(0)
        compare(reader.readerId, "sim-scanner")
        verify(reader.ready)
        verify(text("readerState-sim-scanner").indexOf("sim-scanner") >= 0)
        verify(!Devices.readerProblem)

        // What it read shows, masked: enough to tell two cards apart, not enough to use one.
        TestPrinter.scan("AK1-ABCDEFGH12")
        tryVerify(() => Devices.readers.get(0).lastText.indexOf("AK1-…12") >= 0, 3000, Devices.readers.get(0).lastText)
        verify(Devices.readers.get(0).lastText.indexOf("ABCDEFGH") < 0)

        // The drawer test goes through core: journaled and counted as a no-sale opening.
        TestPrinter.closeDrawer()
        tryVerify(() => text("drawerState") === Devices.drawerText)
        const shut = Devices.drawerText
        const before = TestPrinter.journalEntries("drawer_opened_no_sale")
        tap("drawerTest")
        tryVerify(() => TestPrinter.journalEntries("drawer_opened_no_sale") === before + 1, 3000)
        tryVerify(() => Devices.drawerText !== shut, 3000, "the drawer's sensor did not report it open")
        TestPrinter.closeDrawer()
        tryVerify(() => Devices.drawerText === shut, 3000)
        // The page in each of the till's languages: the words change, nothing is left in English
        // where a translation exists (nb and da; en is the source).
        const words = {}
        for (const lang of ["nb", "da", "en"]) {
            verify(Language.setLanguage(lang))
            tryVerify(() => text("readerState-sim-scanner").length > 0)
            words[lang] = Devices.drawerText + " | " + text("readerState-sim-scanner")
        }
        verify(words.nb.indexOf("Kassaskuffen") >= 0, words.nb)
        verify(words.da.indexOf("Kasseskuffen") >= 0, words.da)
        verify(words.en.indexOf("cash drawer") >= 0, words.en)
        verify(words.nb.indexOf("Klar") >= 0 && words.en.indexOf("Ready") >= 0, words.nb + " / " + words.en)
        Language.reset()
        tap("backToSelling")
        item("saleScreen")
        Session.logout()
    }

    // Cables pulled out and put back while the till runs (item 7): the page says what to do in the
    // till's language, and each device is back the moment it is plugged in (the device manager
    // hears it from its monitor) — no restart, and the next scan and print work.
    function test_2_unplugged_and_plugged_back_while_the_till_runs() {
        loginAs(2, "2580")
        tap("printerButton")
        item("printerScreen")
        const words = {}
        for (const lang of ["nb", "da", "en"]) {
            verify(Language.setLanguage(lang))
            TestPrinter.setPlugged("sim-scanner", false)
            tryVerify(() => !Devices.readers.get(0).ready, 2000)
            verify(Devices.readerProblem)
            words[lang] = text("readerState-sim-scanner")
            // the driver's own words for whoever set it up, under the plain ones
            verify(text("readerDetail-sim-scanner").indexOf("unplugged") >= 0, text("readerDetail-sim-scanner"))
            TestPrinter.setPlugged("sim-scanner", true)
            // at once, not at the group's next retry (every 2 s)
            tryVerify(() => Devices.readers.get(0).ready, 500)
            verify(!Devices.readerProblem)
        }
        verify(words.nb.indexOf("Ikke koblet til") >= 0, words.nb)
        verify(words.da.indexOf("Ikke tilsluttet") >= 0, words.da)
        verify(words.en.indexOf("Not plugged in: plug it in again.") >= 0, words.en)
        TestPrinter.scan("AK1-AFTERREPLUG9")
        tryVerify(() => Devices.readers.get(0).lastText.indexOf("AK1-…G9") >= 0, 3000)

        // The printer: unplugged, the page says so; plugged back, it is ready and prints.
        verify(Language.setLanguage("en"))
        TestPrinter.setPlugged("printer", false)
        tryVerify(() => Printer.statusText.indexOf("offline or unplugged") >= 0, 2000, Printer.statusText)
        TestPrinter.setPlugged("printer", true)
        tryVerify(() => Printer.statusText === "Ready.", 2000, Printer.statusText)
        Language.reset()
        const printed = TestPrinter.completedJobs()
        tap("testPrint")
        tryVerify(() => TestPrinter.completedJobs() === printed + 1, 3000)
        // Everything still in its place after the result appeared and the list changed (a Qt 6.4
        // ColumnLayout here once piled them up at the top).
        const y = name => item(name).mapToItem(null, 0, 0).y
        tryVerify(() => y("printResult") > y("testPrint") && y("readerState-sim-scanner") > y("drawerTest"), 1000)
        tap("backToSelling")
        item("saleScreen")
        Session.logout()
    }
}
