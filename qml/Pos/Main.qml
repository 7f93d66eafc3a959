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
    readonly property var screens: ["login", "sale", "payment", "printer", "return", "staff", "cards", "cardTypes", "activities", "statistics", "integrity", "shift", "cash", "count", "dayClose"]
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
        case "shift": return shiftScreen
        case "cash": return cashScreen
        case "count": return countScreen
        case "dayClose": return dayCloseScreen
        default: return loginScreen
        }
    }
    // Where the till goes after login or a task: selling needs an open shift (core refuses a sale
    // without one); while the start check's findings wait for a manager, core stops selling.
    function home() {
        return !Session.loggedIn ? loginScreen : Integrity.blocked ? integrityScreen
             : Cash.shiftOpen ? saleScreen : shiftScreen
    }
    function goHome() { stack.replace(null, home()) }
    property bool countingForDayClose: false
    function showScreen(name) {
        stack.replace(null, screenComponent(name), {}, StackView.Immediate)
    }

    Connections {
        target: Session
        function onLoggedInChanged() {
            if (!Session.loggedIn) Payment.cancel()
            window.countingForDayClose = false
            window.goHome()
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
            onShowCash: stack.replace(null, cashScreen)
            onShowDayClose: stack.replace(null, dayCloseScreen)
        }
    }
    Component { id: paymentScreen; PaymentScreen { onBack: window.goHome() } }
    Component { id: printerScreen; PrinterScreen { onBack: window.goHome() } }
    Component { id: returnScreen; ReturnScreen { onBack: window.goHome() } }
    Component { id: staffScreen; StaffScreen { onBack: window.goHome() } }
    Component {
        id: cardsScreen
        CardsScreen {
            onBack: window.goHome()
            onShowCardTypes: stack.replace(null, cardTypesScreen)
        }
    }
    Component { id: activitiesScreen; ActivitiesScreen { onBack: window.goHome() } }
    Component { id: statisticsScreen; StatisticsScreen { onBack: window.goHome() } }
    Component { id: cardTypesScreen; CardTypesScreen { onBack: stack.replace(null, cardsScreen) } }
    Component { id: integrityScreen; IntegrityScreen { onConfirmed: window.goHome() } }
    Component {
        id: shiftScreen
        ShiftScreen {
            onOpened: window.goHome()
            onCloseDay: stack.replace(null, dayCloseScreen)
        }
    }
    Component {
        id: cashScreen
        CashScreen {
            onBack: window.goHome()
            onCount: { window.countingForDayClose = false; stack.replace(null, countScreen) }
        }
    }
    Component {
        id: countScreen
        CountScreen { onFinished: window.countingForDayClose ? stack.replace(null, dayCloseScreen) : window.goHome() }
    }
    Component {
        id: dayCloseScreen
        DayCloseScreen {
            onBack: { DayClose.reset(); window.goHome() }
            onCount: { window.countingForDayClose = true; stack.replace(null, countScreen) }
        }
    }

    // Training mode, unmistakable on every screen: nothing sold now is a real sale.
    Rectangle {
        id: trainingBand
        objectName: "trainingBand"
        visible: Cash.training
        anchors { left: parent.left; right: parent.right; top: parent.top }
        height: visible ? trainingText.implicitHeight + 16 : 0
        color: Theme.trainingBackground
        Text {
            id: trainingText
            anchors.centerIn: parent
            text: qsTr("TRAINING — nothing sold now is a real sale")
            font.pixelSize: Theme.fontBody; font.bold: true
            color: Theme.trainingText
        }
    }

    StackView {
        id: stack
        anchors { left: parent.left; right: parent.right; top: trainingBand.bottom; bottom: parent.bottom }
        initialItem: loginScreen
    }
}
