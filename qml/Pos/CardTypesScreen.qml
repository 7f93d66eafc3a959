import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Aktivkafe.Ui
import Aktivkafe.Pos

// For managers: the coffee-card types, the monthly give-away budgets and this month's figures.
Page {
    id: page
    objectName: "cardTypesScreen"
    background: Rectangle { color: Theme.background }
    signal back()
    property string newKind: "free"
    Component.onCompleted: CardTypesAdmin.reload()

    // Plain anchors and Columns in Flickables (see CardsScreen.qml).
    Item {
        anchors.fill: parent
        anchors.margins: Theme.spacing

        TopBar {
            id: topBar
            anchors { left: parent.left; right: parent.right; top: parent.top }
            BigButton {
                objectName: "backFromCardTypes"
                primary: false
                text: qsTr("Back to coffee cards")
                onClicked: page.back()
            }
        }

        MessageLine {
            id: message
            objectName: "cardTypesMessage"
            anchors { left: parent.left; right: parent.right; top: topBar.bottom; topMargin: Theme.spacing }
            text: CardTypesAdmin.errorText.length > 0 ? CardTypesAdmin.errorText : CardTypesAdmin.messageText
            error: CardTypesAdmin.errorText.length > 0
        }

        Flickable {   // the types and a new one
            id: typesFlick
            anchors { left: parent.left; top: message.bottom; bottom: parent.bottom; topMargin: Theme.spacing }
            width: (parent.width - Theme.margin) * 0.55
            contentHeight: typesColumn.implicitHeight
            clip: true
            // Column, not ColumnLayout: Qt 6.4's layouts crash when a Repeater inside them resets
            // while the layout is being polished (seen when a type is added).
            Column {
                id: typesColumn
                width: typesFlick.width
                spacing: 8
                ScreenTitle { text: qsTr("Card types") }
                Repeater {
                    model: CardTypesAdmin.types
                    delegate: RowLayout {
                        required property var typeId
                        required property string name
                        required property string kindText
                        required property string holdsText
                        required property string programme
                        required property bool active
                        spacing: 8
                        ColumnLayout {
                            spacing: 0
                            Layout.preferredWidth: typesColumn.width - Theme.spacing - 200
                            Text {
                                text: name
                                font.pixelSize: Theme.fontBody; font.bold: true
                                color: active ? Theme.text : Theme.textMuted
                                font.strikeout: !active
                            }
                            Text {
                                text: kindText + " · " + holdsText + (programme.length > 0 ? " · " + programme : "")
                                font.pixelSize: Theme.fontSmall; color: Theme.textMuted
                            }
                        }
                        BigButton {
                            objectName: "toggleType-" + typeId
                            primary: false
                            text: active ? qsTr("Retire") : qsTr("Use again")
                            onClicked: CardTypesAdmin.setActive(typeId, !active)
                        }
                    }
                }

                Item { width: 1; height: Theme.spacing }
                ScreenTitle { text: qsTr("New card type") }
                RowLayout {
                    spacing: 8
                    Repeater {
                        model: [["free", qsTr("Free card")], ["punch", qsTr("Punch card")], ["day_pass", qsTr("Day pass")]]
                        delegate: BigButton {
                            required property var modelData
                            objectName: "newKind-" + modelData[0]
                            primary: page.newKind === modelData[0]
                            text: modelData[1]
                            onClicked: page.newKind = modelData[0]
                        }
                    }
                }
                TextField {
                    id: typeName
                    objectName: "newTypeName"
                    width: 420
                    implicitHeight: Theme.touchMin
                    font.pixelSize: Theme.fontBody
                    placeholderText: qsTr("Name, e.g. “Welcome – 5 cups”")
                }
                RowLayout {
                    visible: page.newKind !== "day_pass"
                    spacing: 8
                    Text { text: qsTr("Cups (empty: unlimited)"); font.pixelSize: Theme.fontBody; color: Theme.text }
                    TextField {
                        id: typeCups
                        objectName: "newTypeCups"
                        Layout.preferredWidth: 100
                        implicitHeight: Theme.touchMin
                        font.pixelSize: Theme.fontBody
                        inputMethodHints: Qt.ImhDigitsOnly
                        validator: IntValidator { bottom: 1; top: 1000 }
                    }
                }
                RowLayout {
                    visible: page.newKind === "free"
                    spacing: 8
                    Text { text: qsTr("Valid for (days)"); font.pixelSize: Theme.fontBody; color: Theme.text }
                    TextField {
                        id: typeDays
                        objectName: "newTypeDays"
                        Layout.preferredWidth: 100
                        implicitHeight: Theme.touchMin
                        font.pixelSize: Theme.fontBody
                        inputMethodHints: Qt.ImhDigitsOnly
                        validator: IntValidator { bottom: 1; top: 3660 }
                        text: "30"
                    }
                }
                TextField {
                    id: typeProgramme
                    objectName: "newTypeProgramme"
                    visible: page.newKind === "free"
                    width: 420
                    implicitHeight: Theme.touchMin
                    font.pixelSize: Theme.fontBody
                    placeholderText: qsTr("Programme or reason, e.g. “Welcome”")
                }
                BigButton {
                    objectName: "addCardType"
                    text: qsTr("Add the card type")
                    onClicked: {
                        if (CardTypesAdmin.add(page.newKind, typeName.text, parseInt(typeCups.text) || 0,
                                               parseInt(typeDays.text) || 0, typeProgramme.text)) {
                            typeName.clear(); typeCups.clear(); typeProgramme.clear()
                        }
                    }
                }
            }
        }

        Flickable {   // figures and budgets
            id: figuresFlick
            anchors { left: typesFlick.right; leftMargin: Theme.margin; right: parent.right; top: message.bottom
                      bottom: parent.bottom; topMargin: Theme.spacing }
            contentHeight: figuresColumn.implicitHeight
            clip: true
            Column {
                id: figuresColumn
                width: figuresFlick.width
                spacing: 8
                ScreenTitle { text: qsTr("Figures") }
                Text {
                    objectName: "periodText"
                    text: CardTypesAdmin.periodText
                    font.pixelSize: Theme.fontSmall; color: Theme.textMuted
                }
                Repeater {
                    model: CardTypesAdmin.figures
                    delegate: Column {
                        required property string typeName
                        required property string programme
                        required property string issuedText
                        required property string redeemedText
                        required property string outstandingText
                        spacing: 0
                        width: figuresColumn.width
                        Text {
                            text: typeName + (programme.length > 0 ? " (" + programme + ")" : "")
                            font.pixelSize: Theme.fontBody; font.bold: true; color: Theme.text
                        }
                        Text {
                            width: parent.width
                            wrapMode: Text.WordWrap
                            text: issuedText + " · " + redeemedText + "\n" + outstandingText
                            font.pixelSize: Theme.fontSmall; color: Theme.textMuted
                        }
                    }
                }

                Item { width: 1; height: Theme.spacing }
                ScreenTitle { text: qsTr("Give-away budgets") }
                Repeater {
                    model: CardTypesAdmin.budgets
                    delegate: RowLayout {
                        required property string programme
                        required property string useText
                        required property bool warning
                        spacing: 8
                        Text {
                            objectName: "budget-" + programme
                            text: programme + ": " + useText
                            font.pixelSize: Theme.fontBody; font.bold: warning
                            color: warning ? Theme.warningText : Theme.text
                        }
                        Rectangle {
                            visible: warning
                            radius: 8
                            color: Theme.warningBackground
                            implicitWidth: warnText.implicitWidth + 16
                            implicitHeight: warnText.implicitHeight + 6
                            Text {
                                id: warnText
                                anchors.centerIn: parent
                                text: qsTr("80 % used")
                                font.pixelSize: Theme.fontSmall; font.bold: true; color: Theme.warningText
                            }
                        }
                    }
                }
                Flow {
                    width: parent.width
                    spacing: 8
                    TextField {
                        id: budgetProgramme
                        objectName: "budgetProgramme"
                        width: 220
                        implicitHeight: Theme.touchMin
                        font.pixelSize: Theme.fontBody
                        placeholderText: qsTr("Programme")
                    }
                    TextField {
                        id: budgetCups
                        objectName: "budgetCups"
                        width: 110
                        implicitHeight: Theme.touchMin
                        font.pixelSize: Theme.fontBody
                        placeholderText: qsTr("Cups")
                        inputMethodHints: Qt.ImhDigitsOnly
                        validator: IntValidator { bottom: 1; top: 100000 }
                    }
                    BigButton {
                        objectName: "setBudget"
                        primary: false
                        text: qsTr("Set a month's budget")
                        onClicked: if (CardTypesAdmin.setBudget(budgetProgramme.text, parseInt(budgetCups.text) || 0)) budgetCups.clear()
                    }
                }
            }
        }
    }
}
