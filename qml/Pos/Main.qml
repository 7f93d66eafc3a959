import QtQuick
import QtQuick.Controls
import Aktivkafe.Ui
import Aktivkafe.Pos

// The till. Starts locked on the login screen; locks itself again after the idle time.
ApplicationWindow {
    id: window
    width: 1280
    height: 800
    visible: true
    title: qsTr("Till") + " — " + Till.cafeName
    color: Theme.background
    font.family: Theme.fontFamily

    // for --self-test, --screenshot and the walkthrough (see AppShell.h)
    readonly property var screens: ["login", "home"]
    function showScreen(name) {
        stack.replace(null, name === "home" ? homeScreen : loginScreen, {}, StackView.Immediate)
    }

    Connections {
        target: Session
        function onLoggedInChanged() {
            stack.replace(null, Session.loggedIn ? homeScreen : loginScreen)
        }
    }

    IdleWatcher {
        timeout: Till.idleLockMs
        active: Session.loggedIn
        onIdle: Session.lock()
    }

    Component { id: loginScreen; LoginScreen {} }
    Component { id: homeScreen; HomeScreen {} }

    StackView {
        id: stack
        anchors.fill: parent
        initialItem: loginScreen
    }
}
