import QtQuick
import QtTest
import Aktivkafe.Ui

// The PIN pad by touch: digits fill in as dots, OK only with 4 to 6 digits, erase, and the PIN
// leaves the pad only through accepted() — after which the pad is empty again.
Item {
    width: 600; height: 700

    PinPad { id: pad }
    SignalSpy { id: spy; target: pad; signalName: "accepted" }

    TestCase {   // TestCase itself is invisible: the items under test are its siblings
        name: "PinPad"
        when: windowShown

        function init() {
            pad.clear()
            spy.clear()
            waitForRendering(pad)
        }

        function tapKeys(keys) {
            for (const k of keys) {
                const key = findChild(pad, "pinKey" + k)
                verify(key && key.width > 0, "key " + k + " is not on screen")
                mouseClick(key)
            }
        }

        function test_ok_needs_four_digits() {
            const ok = findChild(pad, "pinOk")
            tapKeys("123")
            verify(!ok.enabled)
            mouseClick(ok)
            compare(spy.count, 0)
            tapKeys("4")
            verify(ok.enabled)
            mouseClick(ok)
            compare(spy.count, 1)
            compare(spy.signalArguments[0][0], "1234")
            compare(pad.entered, "")
        }

        function test_erase_and_maximum_length() {
            tapKeys("9876543")
            compare(pad.entered, "987654")   // the seventh digit is not taken
            mouseClick(findChild(pad, "pinErase"))
            compare(pad.entered, "98765")
        }
    }
}
