import QtQuick
import QtQuick.Controls
import Aktivkafe.Ui
import Aktivkafe.Kiosk

// The kiosk at the door. Full screen; after the idle timeout it goes back to the welcome
// screen in the café's first language, normal text size, and forgets anything typed.
ApplicationWindow {
    id: window
    width: 1280
    height: 800
    visible: true
    visibility: Kiosk.fullScreen ? Window.FullScreen : Window.Windowed
    title: Kiosk.cafeName
    color: Theme.background
    font.family: Theme.fontFamily

    // for --self-test, --screenshot and the walkthrough (see AppShell.h)
    readonly property var screens: ["welcome", "checkIn", "card", "activities"]
    readonly property var screenshotVariants: ["accessible"]
    function setVariant(name) { Theme.accessible = name === "accessible" }
    function showScreen(name) {
        stack.pop(null, StackView.Immediate)
        if (name === "card") showCard(StackView.Immediate)
        else if (name === "checkIn") showCheckIn(StackView.Immediate)
        else if (name === "activities") showActivities(StackView.Immediate)
    }
    // The three screens behind the welcome screen are compiled when first needed, or by the timer
    // at the end once the first frame is up: the kiosk's start-up does not wait for them.
    property var screenComponents: ({})
    function screenComponent(file) {
        if (!screenComponents[file]) screenComponents[file] = Qt.createComponent(file)
        return screenComponents[file]
    }
    function push(file, operation) {
        const screen = stack.push(screenComponent(file), {}, operation === undefined ? StackView.PushTransition : operation)
        screen.done.connect(window.backToWelcome)
    }
    function showCard(operation) { CoffeeCard.start(); push("CardScreen.qml", operation) }
    function showCheckIn(operation) { CheckIn.start(); push("CheckInScreen.qml", operation) }
    function showActivities(operation) { Activities.start(); push("ActivitiesScreen.qml", operation) }

    function backToWelcome() {
        CoffeeCard.stop()
        CheckIn.stop()
        Activities.stop()
        Qt.inputMethod.hide()
        stack.pop(null)
        Language.reset()
        Theme.accessible = false
    }

    // a scan is the visitor doing something, like a touch
    Connections { target: CoffeeCard; function onChanged() { idle.poke() } }
    Connections { target: CheckIn; function onChanged() { idle.poke() } }
    Connections { target: Activities; function onChanged() { idle.poke() } }


    IdleWatcher {
        id: idle
        timeout: Kiosk.idleTimeoutMs
        onIdle: window.backToWelcome()
    }

    StackView {
        id: stack
        anchors { left: parent.left; right: parent.right; top: parent.top; bottom: keyboard.top }
        initialItem: WelcomeScreen {
            onCheckIn: window.showCheckIn()
            onCoffeeCard: window.showCard()
            onActivities: window.showActivities()
        }
    }

    // The on-screen keyboard (OnScreenKeyboard.qml), loaded in the background once the first frame
    // is on the screen: a visitor needs it seconds later at the earliest, on the sign-up screen.
    // The same timer compiles the three screens behind the welcome screen.
    Loader {
        id: keyboard
        objectName: "keyboard"
        anchors { left: parent.left; right: parent.right }
        y: Qt.inputMethod.visible ? window.height - height : window.height
        Behavior on y { NumberAnimation { duration: Theme.transition } }
        active: false
        asynchronous: true
        source: "OnScreenKeyboard.qml"
    }
    // (a timer rather than frameSwapped, which the threaded render loop emits on its own thread)
    Timer {
        interval: 300
        running: true
        onTriggered: {
            keyboard.active = true
            for (const file of ["CardScreen.qml", "CheckInScreen.qml", "ActivitiesScreen.qml"])
                window.screenComponent(file)
        }
    }
}
