import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Aktivkafe.Ui
import Aktivkafe.Pos

// For managers: who is on the staff list, adding a person with a first PIN, staff cards.
Page {
    id: page
    objectName: "staffScreen"
    background: Rectangle { color: Theme.background }
    signal back()
    property bool newIsManager: false
    Component.onCompleted: StaffAdmin.reload()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        TopBar {
            Layout.fillWidth: true
            BigButton {
                objectName: "backFromStaff"
                primary: false
                text: qsTr("Back to selling")
                onClicked: { StaffAdmin.cancelCard(); page.back() }
            }
        }

        Text {
            objectName: "staffMessage"
            visible: text.length > 0
            Layout.fillWidth: true
            text: StaffAdmin.errorText.length > 0 ? StaffAdmin.errorText : StaffAdmin.messageText
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontBody; font.bold: true
            color: StaffAdmin.errorText.length > 0 ? Theme.errorText : Theme.text
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.margin

            ColumnLayout {   // the list
                Layout.alignment: Qt.AlignTop
                Layout.fillWidth: true
                spacing: 8
                ScreenTitle { text: qsTr("Staff") }
                Repeater {
                    model: StaffAdmin.people
                    delegate: RowLayout {
                        required property var staffId
                        required property string name
                        required property string roleText
                        spacing: 8
                        Text {
                            text: name + " (" + roleText + ")"
                            font.pixelSize: Theme.fontBody; color: Theme.text
                            Layout.preferredWidth: 260
                            elide: Text.ElideRight
                        }
                        BigButton {
                            objectName: "bindCard-" + staffId
                            primary: StaffAdmin.waitingForCard === staffId
                            text: qsTr("Staff card")
                            onClicked: StaffAdmin.bindNextCard(staffId)
                        }
                        BigButton {
                            objectName: "removeStaff-" + staffId
                            primary: false
                            text: qsTr("Take off the list")
                            onClicked: StaffAdmin.remove(staffId)
                        }
                    }
                }
            }

            ColumnLayout {   // a new person
                Layout.alignment: Qt.AlignTop
                spacing: 10
                ScreenTitle { text: qsTr("Add a person") }
                TextField {
                    id: newName
                    objectName: "newName"
                    Layout.preferredWidth: 360
                    implicitHeight: Theme.touchMin
                    font.pixelSize: Theme.fontBody
                    placeholderText: qsTr("First name")
                }
                RowLayout {
                    spacing: 8
                    BigButton {
                        objectName: "newVolunteer"
                        primary: !page.newIsManager
                        text: qsTr("Volunteer")
                        onClicked: page.newIsManager = false
                    }
                    BigButton {
                        objectName: "newManager"
                        primary: page.newIsManager
                        text: qsTr("Manager")
                        onClicked: page.newIsManager = true
                    }
                }
                Text { text: qsTr("Their first PIN (4 to 6 digits):"); font.pixelSize: Theme.fontSmall; color: Theme.textMuted }
                PinPad {
                    objectName: "newPin"
                    okText: qsTr("Add")
                    onAccepted: (pin) => { if (StaffAdmin.addPerson(newName.text, page.newIsManager, pin)) newName.clear() }
                }
            }
        }
    }
}
