import QtQuick
import QtTest
import Aktivkafe.Ui
import Aktivkafe.Kiosk

// What the kiosk's Qt Quick tests share: one window of the kiosk and a finger that waits until
// what it taps stands still outside any screen transition.
TestCase {
    when: windowShown

    Component { id: mainComponent; Main {} }
    property var window

    function initTestCase() {
        // one window for the whole case (a temporary object would go after the first test)
        window = mainComponent.createObject(null)
        verify(window)
        window.visibility = Window.Windowed
        waitForRendering(window.contentItem)
    }
    function cleanupTestCase() { window.destroy() }

    // The visible item with that name (a screen sliding out may still hold one).
    function visibleItem(name) {
        function search(it) {
            if (!it || !it.visible) return null
            if (it.objectName === name && it.width > 0) return it
            for (let i = 0; i < it.children.length; ++i) {
                const found = search(it.children[i])
                if (found) return found
            }
            return null
        }
        return search(window.contentItem.parent)
    }
    function item(name) {
        tryVerify(() => visibleItem(name) !== null, 5000, "no visible " + name)
        return visibleItem(name)
    }
    function busy(it) {
        for (let p = it.parent; p; p = p.parent) if (p.busy === true) return true
        return false
    }
    function tap(name) {
        let it = item(name)
        let last = it.mapToItem(null, 0, 0)
        for (let i = 0; i < 100; ++i) {
            wait(30)
            it = visibleItem(name)
            if (!it) { it = item(name); continue }
            const now = it.mapToItem(null, 0, 0)
            if (now.x === last.x && now.y === last.y && !busy(it)) break
            last = now
        }
        verify(it.enabled, name + " is not enabled")
        mouseClick(it)
        wait(30)
    }
    // Back on the welcome screen, the last screen gone.
    function atWelcome() {
        tryVerify(() => findChild(window.contentItem, "cardScreen") === null
                        && findChild(window.contentItem, "checkInScreen") === null
                        && findChild(window.contentItem, "activitiesScreen") === null, 5000)
        item("welcomeTitle")
    }
}
