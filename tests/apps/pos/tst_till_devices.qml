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
}
