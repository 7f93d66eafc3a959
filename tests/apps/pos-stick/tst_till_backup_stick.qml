import QtQuick
import QtTest
import Aktivkafe.Ui
import Aktivkafe.Pos
import AktivkafeTest
import "../pos"

// The backup stick at the till (issue 15, item 4), run by ui_pos_backup_stick with
// AK_TEST_BACKUP_STICK=1: [database] second_backup_directory names a folder that is not there until
// the test plugs the stick in. The sale screen says in plain words what to do while selling goes
// on; a backup under 7 days old on the stick says nothing; the Z's copy takes the notice away.
TillTestCase {
    name: "TillBackupStick"

    function banner() { return visibleItem("backupStickBanner") }
    function bannerText() { return findChild(banner(), "bannerText").text }

    function test_1_a_stick_that_is_not_plugged_in_is_said_and_selling_goes_on() {
        verify(Language.setLanguage("en"))      // the words as written; their translations come later
        loginAs(2, "2580")                       // Ola opens the shift
        tryVerify(() => banner() !== null, 3000, "no notice about the backup stick")
        verify(bannerText().indexOf("The backup stick is not plugged in. Please put it in") === 0, bannerText())
        verify(bannerText().indexOf("tonight, or when the day is closed") > 0, bannerText())
        verify(bannerText().indexOf("You can keep selling.") > 0, bannerText())
        verify(visibleItem("printerBanner") === null)   // a notice of its own, not the printer's
        // It is a notice, not a lock: a coffee is sold by card.
        tap("category-1"); tap("product-1")
        tap("payButton")
        tap("payCard")
        tap("completeSale")
        tap("receiptNo")
        item("saleScreen")
        compare(TestPrinter.journalEntries("sale_without_receipt"), 1)
        verify(banner() !== null)
    }

    function test_2_plugged_in_without_a_backup_on_it() {
        verify(TestPrinter.plugInStick())
        BackupStick.refresh()                    // what the till does every ten minutes
        tryVerify(() => bannerText().indexOf("There is no backup on the backup stick yet. Leave it plugged in") === 0,
                  3000, bannerText())
    }

    function test_3_a_week_without_a_new_backup() {
        verify(TestPrinter.stickBackupDaysAgo(8))
        BackupStick.refresh()
        tryVerify(() => bannerText().indexOf("No backup has been saved on the backup stick for 8 days.") === 0, 3000,
                  bannerText())
        verify(bannerText().indexOf("If it is in, tell the manager.") > 0, bannerText())
        // Six days: nothing to say.
        verify(TestPrinter.stickBackupDaysAgo(6))
        BackupStick.refresh()
        tryVerify(() => banner() === null, 3000, "the notice stays with a backup 6 days old")
        compare(BackupStick.warningText, "")
        // Pulled out again: said at once, whatever was on it.
        verify(TestPrinter.pullOutStick())
        BackupStick.refresh()
        tryVerify(() => banner() !== null, 3000)
        verify(bannerText().indexOf("not plugged in") > 0, bannerText())
    }

    function test_4_the_z_writes_its_backup_on_the_stick_too() {
        verify(TestPrinter.plugInStick())         // an empty stick
        Session.logout()
        loginAs(1, "1234")                        // Kari, the manager: the day's only sale was by card
        tap("cashButton")
        tap("endShift")
        item("countScreen")
        tap("storeCount")                         // an empty drawer, as expected
        tap("countDone")
        tap("closeDayFromShift")
        item("dayCloseScreen")
        tryVerify(() => DayClose.ready, 3000, DayClose.readyText)
        compare(TestPrinter.stickBackups().length, 0)
        tap("takeZ")
        tap("confirmZ")
        verify(DayClose.closed, DayClose.errorText)
        verify(text("dayCloseMessage").indexOf("Also on the backup stick.") >= 0, text("dayCloseMessage"))
        const onStick = TestPrinter.stickBackups()
        compare(onStick.length, 1)
        verify(onStick[0].indexOf("aktivkafe-z1-KASSE-1-") === 0, onStick[0])
        compare(BackupStick.warningText, "")     // the Z looked again
        tap("backFromDayClose")
        tap("openShift")
        item("saleScreen")
        verify(banner() === null)
    }

    function test_5_a_z_without_the_stick_completes_and_says_so() {
        verify(TestPrinter.pullOutStick())
        tap("cashButton")
        tap("endShift")
        item("countScreen")
        tap("storeCount")
        tap("countDone")
        tap("closeDayFromShift")
        tryVerify(() => DayClose.ready, 3000, DayClose.readyText)
        tap("takeZ")
        tap("confirmZ")
        verify(DayClose.closed, DayClose.errorText)   // the Z is taken
        verify(text("dayCloseMessage").indexOf("aktivkafe-z2-KASSE-1-") >= 0, text("dayCloseMessage"))
        tryVerify(() => DayClose.errorText.indexOf("The backup is on the till, but not on the backup stick:") >= 0, 3000,
                  DayClose.errorText)
        verify(DayClose.errorText.indexOf("is the backup stick plugged in?") >= 0, DayClose.errorText)
        verify(BackupStick.warningText.indexOf("not plugged in") > 0, BackupStick.warningText)
        tap("backFromDayClose")
        Session.logout()
        Language.reset()
    }
}
