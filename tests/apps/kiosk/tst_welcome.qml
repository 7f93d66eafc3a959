import QtQuick
import QtTest
import Aktivkafe.Ui
import Aktivkafe.Kiosk
import AktivkafeTest

// The kiosk's welcome screen by touch: it greets in the café's first language, switches when a
// flag is tapped, shows the next activity, and goes back to the first language when idle.
KioskTestCase {
    name: "KioskWelcome"

    function test_1_greets_in_first_language() {
        compare(Language.current, "nb")
        compare(item("welcomeTitle").text, "Velkommen")
        compare(item("cafeName").text, "Testkafeen")
    }

    function test_2_flags_switch_language() {
        mouseClick(item("language-en"))
        compare(item("welcomeTitle").text, "Welcome")
        compare(item("welcomeSubtitle").text, "You are welcome here, just as you are.")
        mouseClick(item("language-da"))
        compare(item("welcomeTitle").text, "Velkommen")
        compare(item("welcomeSubtitle").text, "Du er velkommen her, præcis som du er.")
    }

    function test_3_next_activity_in_visitor_language() {
        // the test clock stands on Monday 2026-11-23 12:00 local; the walk is on Thursday at 11:00
        mouseClick(item("language-en"))
        compare(item("nextActivityText").text, "Walk by the river — Thursday at 11:00, Meet at the café")
        mouseClick(item("language-nb"))
        compare(item("nextActivityText").text, "Walk by the river — Torsdag kl. 11:00, Meet at the café")
    }

    function test_4_idle_returns_to_first_language() {
        mouseClick(item("language-en"))
        compare(Language.current, "en")
        // the test's idle timeout is 4 s
        tryCompare(Language, "current", "nb", 9000)
        compare(item("welcomeTitle").text, "Velkommen")
    }

    function test_5_coffee_card_gets_a_coffee() {
        Language.reset()
        mouseClick(item("coffeeCardButton"))
        tryVerify(() => findChild(window.contentItem, "cardScreen") !== null)
        wait(400)   // the screen slides in
        TestKiosk.scan("AK1-NOT-A-CARD")        // a kind refusal, never who has which card
        compare(CoffeeCard.stage, "refused")
        verify(item("cardTitle").text.indexOf("kaffekort") >= 0, item("cardTitle").text)
        TestKiosk.scan(TestKiosk.cardCode)
        compare(CoffeeCard.stage, "found")
        compare(item("cardTitle").text, "Klippekort")
        verify(item("cardDetail").text.indexOf("10") >= 0, item("cardDetail").text)
        wait(200)   // the button has just appeared: let the layout place it
        mouseClick(item("getCoffee"))
        compare(CoffeeCard.stage, "enjoy")
        verify(item("cardDetail").text.indexOf("9") >= 0, item("cardDetail").text)   // 9 left
        // the serving slip: the number the screen shows, in the café's language
        const number = item("cardDetail").text.match(/\d+/)[0]
        tryVerify(() => TestKiosk.allPrinted().indexOf("Nummeret ditt") >= 0, 5000, "a serving slip")
        const slip = TestKiosk.allPrinted().split("=====").pop()
        verify(slip.indexOf("\n" + number + "\n") >= 0 || slip.indexOf(" " + number + "\n") >= 0, slip)
        mouseClick(item("cardDone"))
        tryVerify(() => item("welcomeTitle").visible)
    }

    function test_6_guessing_codes_slows_the_scanner_down() {
        Language.reset()
        tryVerify(() => findChild(window.contentItem, "cardScreen") === null)   // the last one has gone
        mouseClick(item("coffeeCardButton"))
        tryVerify(() => findChild(window.contentItem, "cardScreen") !== null)
        wait(400)
        TestKiosk.advanceSeconds(61)              // the mistake of the test before is forgotten
        for (let i = 0; i < 11; ++i) {           // eleven unknown codes within a minute
            TestKiosk.scan("AK1-GUESS-" + i)
            compare(CoffeeCard.stage, "refused")
        }
        TestKiosk.scan(TestKiosk.cardCode)        // not even looked at during the break
        compare(CoffeeCard.stage, "wait")
        verify(item("cardTitle").text.length > 0)
        TestKiosk.advanceSeconds(60)              // a quiet minute later the break ends by itself
        tryCompare(CoffeeCard, "stage", "scan", 5000)
        TestKiosk.scan(TestKiosk.cardCode)
        compare(CoffeeCard.stage, "found")
        mouseClick(item("cardDone"))
        tryVerify(() => item("welcomeTitle").visible)
    }

    function test_7_a_free_card_shows_its_last_valid_day() {
        tryVerify(() => findChild(window.contentItem, "cardScreen") === null)
        TestKiosk.advanceSeconds(61)
        mouseClick(item("coffeeCardButton"))
        tryVerify(() => findChild(window.contentItem, "cardScreen") !== null)
        wait(400)
        TestKiosk.scan(TestKiosk.freeCardCode)
        compare(CoffeeCard.stage, "found")
        // valid for 30 days from 23.11.2026, the day of issue being the first: to and including 22.12.
        verify(item("cardDetail").text.indexOf("22.12.2026") >= 0, item("cardDetail").text)
        verify(item("cardDetail").text.indexOf("5") >= 0, item("cardDetail").text)
        mouseClick(item("cardDone"))
        tryVerify(() => item("welcomeTitle").visible)
    }

    function test_8_a_missing_reader_or_printer_is_said_calmly() {
        verify(findChild(window.contentItem, "askVolunteer") === null || !findChild(window.contentItem, "askVolunteer").visible)
        TestKiosk.printerUnplugged(true)
        tryVerify(() => item("askVolunteer").visible)
        verify(item("askVolunteerText").text.indexOf(Kiosk.askVolunteerText) >= 0)
        const printerWords = Kiosk.askVolunteerText
        TestKiosk.readerUnplugged(true)   // the reader matters more: cards cannot be read at all
        tryVerify(() => Kiosk.askVolunteerText !== printerWords)
        verify(!Kiosk.readerReady)
        // Nothing technical: no error kinds, no device paths.
        verify(Kiosk.askVolunteerText.indexOf("NotFound") < 0 && Kiosk.askVolunteerText.indexOf("/dev/") < 0)
        TestKiosk.readerUnplugged(false)
        TestKiosk.printerUnplugged(false)
        tryVerify(() => Kiosk.askVolunteerText === "")
        verify(Kiosk.readerReady)
    }

    // The touchscreens cafés get second-hand: 1280×800, 1366×768 and 1280×720 (cage's headless
    // output in package_install too). Everything on the welcome screen fits, the flags at the bottom
    // included, in plain and in larger text, with and without the "ask a volunteer" note.
    function test_9_the_welcome_fits_low_screens() {
        mouseClick(item("language-nb"))
        for (const note of [false, true]) {   // with and without the "ask a volunteer" note
        TestKiosk.readerUnplugged(note)
        tryVerify(() => (Kiosk.askVolunteerText !== "") === note)
        for (const size of [[1280, 800], [1366, 768], [1280, 720]]) {
            for (const larger of [false, true]) {
                window.width = size[0]
                window.height = size[1]
                Theme.accessible = larger
                const screen = item("welcomeScreen")
                tryVerify(() => Math.abs(screen.height - window.height) < 1, 3000, "the screen follows the window")
                waitForRendering(window.contentItem)
                for (const name of ["languageSwitch", "checkInButton", "nextActivity", "welcomeTitle"].concat(note ? ["askVolunteer"] : [])) {
                    const it = item(name)
                    const bottom = it.mapToItem(window.contentItem, 0, it.height).y
                    verify(bottom <= window.height, name + " ends at " + bottom + " on a " + size[0] + "×" + size[1]
                           + " screen" + (larger ? " in larger text" : "") + (note ? " with the note" : ""))
                }
            }
        }
        }
        TestKiosk.readerUnplugged(false)
        Theme.accessible = false
        window.width = 1280
        window.height = 800
    }
}
