import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Aktivkafe.Ui
import Aktivkafe.Pos

// Coffee cards at the till: give out a free card (printed on the receipt printer), and look at a
// card someone shows — what is left, its history (dates and places only), a chip, handed back,
// blocked when lost. Punch cards and day passes are sold as products on the sale screen.
Page {
    id: page
    objectName: "cardsScreen"
    background: Rectangle { color: Theme.background }
    signal back()
    signal showCardTypes()
    property int selectedType: -1   // row in Cards.freeTypes
    property var selected: selectedType >= 0 ? Cards.freeTypes.get(selectedType) : null
    property int validityDays: selected ? selected.validityDays : 0

    Component.onCompleted: { Cards.reload(); Cards.listening = true }
    Component.onDestruction: if (Cards) Cards.listening = false   // Cards is gone at exit

    function choose(row) {
        selectedType = row
        programme.text = Cards.freeTypes.get(row).programme
        validityDays = Cards.freeTypes.get(row).validityDays
    }

    // Plain anchors and Columns in Flickables: the screen grows with a card's history and the list
    // of types, and Qt 6.4's layouts misplace (or crash on) Repeaters and Flows that change size.
    Item {
        anchors.fill: parent
        anchors.margins: Theme.spacing

        TopBar {
            id: topBar
            anchors { left: parent.left; right: parent.right; top: parent.top }
            BigButton {
                objectName: "cardTypesButton"
                visible: Session.isManager
                primary: false
                text: qsTr("Card types and figures")
                onClicked: page.showCardTypes()
            }
            BigButton {
                objectName: "backFromCards"
                primary: false
                text: qsTr("Back to selling")
                onClicked: { Cards.clearCard(); page.back() }
            }
        }

        MessageLine {
            id: message
            objectName: "cardsMessage"
            anchors { left: parent.left; right: parent.right; top: topBar.bottom; topMargin: Theme.spacing }
            text: Cards.errorText.length > 0 ? Cards.errorText : Cards.messageText
            error: Cards.errorText.length > 0
        }

        Flickable {   // give out a free card
            id: giveOut
            anchors { left: parent.left; top: message.bottom; bottom: parent.bottom; topMargin: Theme.spacing }
            width: (parent.width - Theme.margin) / 2
            contentHeight: giveOutColumn.implicitHeight
            clip: true
            Column {
                id: giveOutColumn
                width: giveOut.width
                spacing: 10
                ScreenTitle { text: qsTr("Give out a free card") }
                Text {
                    visible: Cards.freeTypes.count === 0
                    width: parent.width
                    wrapMode: Text.WordWrap
                    text: qsTr("There are no free card types yet. A manager adds them under “Card types”.")
                    font.pixelSize: Theme.fontBody; color: Theme.textMuted
                }
                Flow {
                    width: parent.width
                    spacing: 8
                    Repeater {
                        model: Cards.freeTypes
                        delegate: BigButton {
                            required property int index
                            required property var typeId
                            required property string name
                            required property string holdsText
                            objectName: "freeType-" + typeId
                            primary: page.selectedType === index
                            text: name + " · " + holdsText
                            onClicked: page.choose(index)
                        }
                    }
                }
                GridLayout {
                    visible: page.selected !== null
                    columns: 2
                    columnSpacing: Theme.spacing
                    rowSpacing: 8
                    Text { text: qsTr("Programme"); font.pixelSize: Theme.fontBody; color: Theme.text }
                    TextField {
                        id: programme
                        objectName: "cardProgramme"
                        Layout.preferredWidth: 300
                        implicitHeight: Theme.touchMin
                        font.pixelSize: Theme.fontBody
                        placeholderText: qsTr("What the card is for")
                    }
                    Text { text: qsTr("Valid for"); font.pixelSize: Theme.fontBody; color: Theme.text }
                    RowLayout {
                        spacing: 8
                        BigButton {
                            objectName: "fewerDays"
                            primary: false
                            text: "−"
                            enabled: page.validityDays > 1
                            onClicked: page.validityDays = Math.max(1, page.validityDays - (page.validityDays > 7 ? 7 : 1))
                        }
                        Text {
                            objectName: "validityDays"
                            text: qsTr("%n day(s)", "", page.validityDays)
                            font.pixelSize: Theme.fontBody; font.bold: true; color: Theme.text
                            Layout.preferredWidth: 120
                            horizontalAlignment: Text.AlignHCenter
                        }
                        BigButton {
                            objectName: "moreDays"
                            primary: false
                            text: "+"
                            onClicked: page.validityDays += (page.validityDays >= 7 ? 7 : 1)
                        }
                    }
                }
                Text {
                    objectName: "budgetText"
                    visible: page.selected !== null && text.length > 0
                    width: parent.width
                    wrapMode: Text.WordWrap
                    text: page.selected ? Cards.budgetText(programme.text) : ""
                    font.pixelSize: Theme.fontBody
                    font.bold: warn
                    property bool warn: page.selected !== null && Cards.budgetWarning(programme.text)
                    color: warn ? Theme.warningText : Theme.textMuted
                }
                RowLayout {
                    visible: page.selected !== null
                    spacing: Theme.spacing
                    BigButton {
                        objectName: "printCard"
                        text: qsTr("Print the card")
                        onClicked: Cards.giveOut(page.selected.typeId, programme.text, page.validityDays, false)
                    }
                    BigButton {
                        objectName: "printCardWithChip"
                        primary: false
                        text: qsTr("Print and bind a chip")
                        onClicked: Cards.giveOut(page.selected.typeId, programme.text, page.validityDays, true)
                    }
                }
            }
        }

        Flickable {   // a card someone shows
            id: lookAt
            anchors { left: giveOut.right; leftMargin: Theme.margin; right: parent.right; top: message.bottom
                      bottom: parent.bottom; topMargin: Theme.spacing }
            contentHeight: lookAtColumn.implicitHeight
            clip: true
            Column {
                id: lookAtColumn
                width: lookAt.width
                spacing: 10
                ScreenTitle { text: qsTr("Look at a card") }
                Text {
                    width: parent.width
                    wrapMode: Text.WordWrap
                    text: qsTr("Scan the card, or type the code printed under the QR code.")
                    font.pixelSize: Theme.fontSmall; color: Theme.textMuted
                }
                RowLayout {
                    spacing: 8
                    TextField {
                        id: code
                        objectName: "cardCode"
                        Layout.preferredWidth: 340
                        implicitHeight: Theme.touchMin
                        font.pixelSize: Theme.fontBody
                        placeholderText: "AK1-…"
                        inputMethodHints: Qt.ImhUppercaseOnly | Qt.ImhNoPredictiveText
                        onAccepted: Cards.lookUp(text)
                    }
                    BigButton {
                        objectName: "lookUpCard"
                        primary: false
                        text: qsTr("Look up")
                        onClicked: Cards.lookUp(code.text)
                    }
                }
                Rectangle {
                    visible: Cards.cardShown
                    width: parent.width
                    implicitHeight: shownColumn.implicitHeight + 2 * Theme.spacing
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: Theme.border
                    Column {
                        id: shownColumn
                        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing }
                        spacing: 6
                        RowLayout {
                            Text {
                                objectName: "shownTitle"
                                text: Cards.cardTitle
                                font.pixelSize: Theme.fontBody + 4; font.bold: true; color: Theme.text
                            }
                            Rectangle {
                                radius: 8
                                color: Cards.cardStatus === "active" ? Theme.accentSoft : Theme.warningBackground
                                implicitWidth: statusText.implicitWidth + 20
                                implicitHeight: statusText.implicitHeight + 8
                                Text {
                                    id: statusText
                                    objectName: "shownStatus"
                                    anchors.centerIn: parent
                                    text: Cards.cardStatusText
                                    font.pixelSize: Theme.fontSmall; font.bold: true
                                    color: Cards.cardStatus === "active" ? Theme.accent : Theme.warningText
                                }
                            }
                        }
                        Text {
                            objectName: "shownDetail"
                            text: Cards.cardDetail
                            font.pixelSize: Theme.fontBody; color: Theme.text
                        }
                        Flow {
                            width: parent.width
                            spacing: 8
                            BigButton {
                                objectName: "bindChip"
                                primary: Cards.waitingFor === "chip"
                                text: qsTr("Bind a chip")
                                onClicked: Cards.bindChipToShown()
                            }
                            BigButton {
                                objectName: "cardReturned"
                                primary: false
                                enabled: Cards.cardStatus !== "blocked" && Cards.cardStatus !== "returned"
                                text: qsTr("Handed back")
                                onClicked: Cards.markReturned()
                            }
                            BigButton {
                                objectName: "blockCard"
                                visible: Session.isManager
                                primary: false
                                enabled: Cards.cardStatus !== "blocked" && Cards.cardStatus !== "returned"
                                text: qsTr("Block (lost)")
                                onClicked: Cards.block()
                            }
                        }
                        Text {
                            text: qsTr("History")
                            font.pixelSize: Theme.fontSmall; font.bold: true; color: Theme.textMuted
                        }
                        Repeater {   // newest first; the whole history scrolls with the screen
                            model: Cards.history
                            delegate: RowLayout {
                                required property string whenText
                                required property string eventText
                                required property string placeText
                                Text { text: whenText; font.pixelSize: Theme.fontSmall; color: Theme.text; Layout.preferredWidth: 200 }
                                Text { text: eventText; font.pixelSize: Theme.fontSmall; color: Theme.text; Layout.preferredWidth: 160 }
                                Text { text: placeText; font.pixelSize: Theme.fontSmall; color: Theme.textMuted; Layout.fillWidth: true }
                            }
                        }
                    }
                }
            }
        }
    }
}
