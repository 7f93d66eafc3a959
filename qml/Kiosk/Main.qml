import QtQuick
import QtQuick.Controls
import Aktivkafe.Ui
import Aktivkafe.Kiosk

// The kiosk at the door. Full screen; after the idle timeout it goes back to the welcome
// screen in the café's first language and forgets anything typed.
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
    readonly property var screens: ["welcome", "card"]
    function showScreen(name) {
        stack.pop(null, StackView.Immediate)
        if (name === "card") showCard(StackView.Immediate)
    }
    function showCard(operation) {
        CoffeeCard.start()
        stack.push(cardScreen, {}, operation === undefined ? StackView.PushTransition : operation)
    }

    function backToWelcome() {
        CoffeeCard.stop()
        stack.pop(null)
        Language.reset()
    }

    // a scan is the visitor doing something, like a touch
    Connections {
        target: CoffeeCard
        function onChanged() { idle.poke() }
    }

    Component { id: cardScreen; CardScreen { onDone: window.backToWelcome() } }

    IdleWatcher {
        id: idle
        timeout: Kiosk.idleTimeoutMs
        onIdle: window.backToWelcome()
    }

    StackView {
        id: stack
        anchors.fill: parent
        initialItem: WelcomeScreen { onCoffeeCard: window.showCard() }
    }
}
