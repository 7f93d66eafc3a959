import QtQuick
import QtTest
import Aktivkafe.Ui
import Aktivkafe.Pos

// What the till's Qt Quick tests share: one window of the till and a finger that taps like a
// person (waits until the item stands still outside any screen transition).
TestCase {
    when: windowShown

    Component { id: mainComponent; Main {} }
    property var window

    function initTestCase() {
        if (Session.loggedIn) Session.logout()   // an earlier file may have left someone on shift
        window = mainComponent.createObject(null)
        verify(window)
        waitForRendering(window.contentItem)
    }
    function cleanupTestCase() { window.destroy() }

    // The visible item with that name (several screens may hold one while they slide).
    function visibleItem(name) {
        function search(item) {
            if (!item || !item.visible) return null
            if (item.objectName === name && item.width > 0) return item
            for (let i = 0; i < item.children.length; ++i) {
                const found = search(item.children[i])
                if (found) return found
            }
            return null
        }
        // the window's root item holds both the screens and the popups' overlay
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
    // Scrolls the nearest Flickable around the item so that all of it shows, as a person would.
    function scrollTo(it) {
        for (let p = it.parent; p; p = p.parent) {
            if (p.contentY === undefined || p.contentHeight === undefined || p.flick === undefined) continue
            const top = it.mapToItem(p.contentItem, 0, 0).y
            if (top < p.contentY) p.contentY = top
            else if (top + it.height > p.contentY + p.height) p.contentY = top + it.height - p.height
            return
        }
    }
    // Like a finger: waits until the item stands still outside any screen transition, then taps.
    function tap(name) {
        let it = item(name)
        scrollTo(it)
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
    function text(name) { return item(name).text }

    function loginAs(staffId, pin) {
        item("loginScreen")
        tap("staff-" + staffId)
        for (const d of pin) tap("pinKey" + d)
        tap("pinOk")
        tryVerify(() => visibleItem("saleScreen") !== null || visibleItem("shiftScreen") !== null, 5000,
                  "neither selling nor opening a shift after login")
        // Every sale belongs to a shift: the first person on the till opens one (an empty drawer).
        if (visibleItem("shiftScreen") !== null) {
            tap("openShift")
            item("saleScreen")
        }
    }
    function typeInto(name, value) {
        const field = item(name)
        field.forceActiveFocus()
        field.text = value
    }
}
