import QtQuick
import QtTest
import Aktivkafe.Ui

// The theme keeps its promises: text contrast at least WCAG AA (4.5:1) for every pair the screens
// use, and touch targets of at least 9 mm on the screen they are shown on.
TestCase {
    name: "Theme"

    function luminance(c) {
        function channel(v) { return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4) }
        return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)
    }
    function contrast(a, b) {
        const la = luminance(a), lb = luminance(b)
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
    }

    function test_contrast_formula() {
        // the formula itself: black on white is 21:1, a colour on itself 1:1
        fuzzyCompare(contrast(Qt.color("black"), Qt.color("white")), 21, 0.01)
        fuzzyCompare(contrast(Qt.color("#777777"), Qt.color("#777777")), 1, 0.001)
    }

    function test_every_pair_reaches_aa() {
        verify(Theme.contrastPairs.length >= 5)
        for (const pair of Theme.contrastPairs) {
            const ratio = contrast(pair.fg, pair.bg)
            verify(ratio >= 4.5, pair.name + " has contrast " + ratio.toFixed(2) + ":1, below 4.5:1")
        }
    }

    function test_accessible_mode_is_larger_and_reaches_aaa() {
        const body = Theme.fontBody, touch = Theme.touchMin
        Theme.accessible = true
        try {
            verify(Theme.fontBody >= body * 1.3, "body text " + Theme.fontBody + " px")
            verify(Theme.touchMin > touch)
            for (const pair of Theme.contrastPairs) {
                const ratio = contrast(pair.fg, pair.bg)
                verify(ratio >= 7, pair.name + " has contrast " + ratio.toFixed(2) + ":1 in accessible mode, below 7:1")
            }
        } finally {
            Theme.accessible = false
        }
        compare(Theme.fontBody, body)
    }

    Item { id: probe }

    function test_touch_targets_are_at_least_9mm() {
        // Screen.pixelDensity is pixels per millimetre of the screen the test runs on
        const density = probe.Screen.pixelDensity > 0 ? probe.Screen.pixelDensity : 96 / 25.4
        verify(Theme.touchMin / density >= 9, "touchMin is " + (Theme.touchMin / density).toFixed(1) + " mm")
        // and it stays 9 mm on a dense 180 dpi touch screen
        verify(Theme.touchMin / (180 / 25.4) >= 9)
    }

    Component { id: buttonComponent; BigButton { text: "Kaffe" } }
    function test_big_button_is_a_touch_target() {
        const b = createTemporaryObject(buttonComponent, probe)
        verify(b.height >= Theme.touchMin)
        verify(b.width >= Theme.touchMin)
    }
}
