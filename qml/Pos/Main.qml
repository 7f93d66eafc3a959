import QtQuick
import QtQuick.Controls
import Aktivkafe.Ui
import Aktivkafe.Pos

// The till. Starts locked on the login screen; selling after login; locks itself after idle time.
ApplicationWindow {
    id: window
    width: 1280
    height: 800
    visible: true
    title: qsTr("Till") + " — " + Till.cafeName
    color: Theme.background
    font.family: Theme.fontFamily

    // for --self-test, --screenshot and the walkthrough (see AppShell.h)
    readonly property var screens: ["login", "sale", "payment", "printer", "return", "staff", "cards", "cardTypes", "activities", "statistics", "integrity"]
    function screenComponent(name) {
        switch (name) {
        case "sale": return saleScreen
        case "payment": return paymentScreen
        case "printer": return printerScreen
        case "return": return returnScreen
        case "staff": return staffScreen
        case "cards": return cardsScreen
        case "cardTypes": return cardTypesScreen
        case "activities": return activitiesScreen
        case "statistics": return statisticsScreen
        case "integrity": return integrityScreen
        default: return loginScreen
        }
    }
    function showScreen(name) {
        stack.replace(null, screenComponent(name), {}, StackView.Immediate)
    }

    Connections {
        target: Session
        function onLoggedInChanged() {
            if (!Session.loggedIn) Payment.cancel()
            // core stops selling while the start check's findings wait for a manager
            stack.replace(null, !Session.loggedIn ? loginScreen : Integrity.blocked ? integrityScreen : saleScreen)
        }
    }

    IdleWatcher {
        timeout: Till.idleLockMs
        // never lock in the middle of a payment
        active: Session.loggedIn && Payment.stage === "idle"
        onIdle: Session.lock()
    }

    Component { id: loginScreen; LoginScreen {} }
    Component {
        id: saleScreen
        SaleScreen {
            onPay: { Payment.begin(); if (Payment.stage === "paying") stack.replace(null, paymentScreen) }
            onShowPrinter: stack.replace(null, printerScreen)
            onShowReturn: stack.replace(null, returnScreen)
            onShowStaff: stack.replace(null, staffScreen)
            onShowCards: stack.replace(null, cardsScreen)
            onShowActivities: stack.replace(null, activitiesScreen)
            onShowStatistics: stack.replace(null, statisticsScreen)
        }
    }
    Component { id: paymentScreen; PaymentScreen { onBack: stack.replace(null, saleScreen) } }
    Component { id: printerScreen; PrinterScreen { onBack: stack.replace(null, saleScreen) } }
    Component { id: returnScreen; ReturnScreen { onBack: stack.replace(null, saleScreen) } }
    Component { id: staffScreen; StaffScreen { onBack: stack.replace(null, saleScreen) } }
    Component {
        id: cardsScreen
        CardsScreen {
            onBack: stack.replace(null, saleScreen)
            onShowCardTypes: stack.replace(null, cardTypesScreen)
        }
    }
    Component { id: activitiesScreen; ActivitiesScreen { onBack: stack.replace(null, saleScreen) } }
    Component { id: statisticsScreen; StatisticsScreen { onBack: stack.replace(null, saleScreen) } }
    Component { id: cardTypesScreen; CardTypesScreen { onBack: stack.replace(null, cardsScreen) } }
    Component { id: integrityScreen; IntegrityScreen { onConfirmed: stack.replace(null, saleScreen) } }

    StackView {
        id: stack
        anchors.fill: parent
        initialItem: loginScreen
    }
}
