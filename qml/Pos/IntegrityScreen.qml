import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Aktivkafe.Ui
import Aktivkafe.Pos

// Shown instead of selling when the till's start check found its records changed (core's
// IntegrityGate decides): what was found, what it can mean, what to do, and a manager's
// confirmation. Core refuses sales and returns until then.
Page {
    id: page
    objectName: "integrityScreen"
    signal confirmed()
    background: Rectangle { color: Theme.background }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing * 1.5

        ScreenTitle {
            objectName: "integrityTitle"
            Layout.fillWidth: true
            text: qsTr("Stop: the till's records were changed")
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("When the till started, it checked its electronic journal, the record of every sale that the "
                       + "law asks a café to keep. Something in it is not as the till left it. This can mean that "
                       + "someone changed the till's data by hand, or that the disk is failing.")
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontBody
            color: Theme.text
        }
        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            color: Theme.errorBackground
            radius: 8
            Flickable {
                anchors.fill: parent
                anchors.margins: Theme.spacing
                contentHeight: found.implicitHeight
                clip: true
                Column {
                    id: found
                    width: parent.width
                    spacing: Theme.spacing / 2
                    Repeater {
                        model: Integrity.problems
                        delegate: Text {
                            required property string modelData
                            objectName: "integrityProblem"
                            width: found.width
                            text: "• " + modelData
                            wrapMode: Text.WordWrap
                            font.pixelSize: Theme.fontBody
                            color: Theme.errorText
                        }
                    }
                }
            }
        }
        Text {
            objectName: "integrityWhatToDo"
            Layout.fillWidth: true
            text: Session.isManager
                  ? qsTr("Selling is stopped until you have read this. Write down or photograph what is listed above, "
                         + "keep the database as it is, and tell whoever looks after the till. Then confirm: your "
                         + "confirmation is recorded in the journal, and selling starts again.")
                  : qsTr("Selling is stopped until a manager has read this. Please call the manager; nothing you did "
                         + "caused it. Log out so that the manager can log in.")
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontBody; font.bold: true
            color: Theme.text
        }
        MessageLine {
            objectName: "integrityError"
            Layout.fillWidth: true
            error: true
            text: Integrity.errorText
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            BigButton {
                objectName: "integrityConfirm"
                visible: Session.isManager
                text: qsTr("I have read this: start selling again")
                onClicked: if (Integrity.acknowledge()) page.confirmed()
            }
            Item { Layout.fillWidth: true }
            BigButton {
                objectName: "integrityLogout"
                primary: !Session.isManager
                text: qsTr("Log out")
                onClicked: Session.logout()
            }
        }
    }
}
