import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Aktivkafe.Ui
import Aktivkafe.Pos

// The blind count that ends a shift. Before the count is stored nothing here knows what the till
// expects (core keeps it back); afterwards the difference is shown, the counter may say why in
// their own words, and a difference above the café's limit needs a manager's PIN.
Page {
    id: page
    objectName: "countScreen"
    background: Rectangle { color: Theme.background }
    signal finished()
    property int secondCounter: 0
    property int approverId: -1
    Component.onCompleted: Cash.clearMessages()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing
        TopBar { Layout.fillWidth: true }
        ScreenTitle { text: Cash.counted ? qsTr("The count is stored") : qsTr("Count the drawer") }
        MessageLine {
            objectName: "countMessage"
            Layout.fillWidth: true
            text: Cash.errorText.length > 0 ? Cash.errorText : Cash.messageText
            error: Cash.errorText.length > 0
        }

        ColumnLayout {   // counting: blind
            visible: !Cash.counted
            Layout.fillWidth: true
            spacing: Theme.spacing
            Text {
                Layout.fillWidth: true
                text: qsTr("Count everything in the drawer and type how many there are of each coin and note. You will see what the till expected once the count is stored.")
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontBody; color: Theme.text
            }
            CountPad { id: countPad }
            Text { text: qsTr("Counted together with (if anyone):"); font.pixelSize: Theme.fontBody; color: Theme.text }
            Flow {
                Layout.fillWidth: true
                spacing: 8
                Repeater {
                    model: Cash.people
                    delegate: BigButton {
                        required property var staffId
                        required property string name
                        objectName: "second-" + staffId
                        compact: true
                        primary: page.secondCounter === staffId
                        text: name
                        onClicked: page.secondCounter = page.secondCounter === staffId ? 0 : staffId
                    }
                }
            }
            BigButton {
                objectName: "storeCount"
                Layout.fillWidth: true
                text: qsTr("Store the count")
                onClicked: Cash.closeShift(countPad.typed, page.secondCounter)
            }
        }

        ColumnLayout {   // the outcome: only now what the till expected
            visible: Cash.counted
            Layout.fillWidth: true
            spacing: Theme.spacing
            GridLayout {
                columns: 2
                columnSpacing: Theme.margin
                Text { text: qsTr("You counted"); font.pixelSize: Theme.fontBody; color: Theme.text }
                Text { objectName: "countedText"; text: Cash.countedText; font.pixelSize: Theme.fontBody; font.bold: true; color: Theme.text }
                Text { text: qsTr("The till expected"); font.pixelSize: Theme.fontBody; color: Theme.text }
                Text { objectName: "expectedText"; text: Cash.expectedText; font.pixelSize: Theme.fontBody; font.bold: true; color: Theme.text }
            }
            Text {
                objectName: "differenceText"
                Layout.fillWidth: true
                text: Cash.differenceText
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontTitle - 10; font.bold: true
                color: Cash.balanced ? Theme.accent : Theme.text
            }
            Text {
                visible: !Cash.balanced
                Layout.fillWidth: true
                text: qsTr("Counting is hard and differences happen. If you know why, say it in a few words.")
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontBody; color: Theme.textMuted
            }
            RowLayout {
                visible: !Cash.balanced
                Layout.fillWidth: true
                spacing: Theme.spacing
                TextField {
                    id: note
                    objectName: "countNote"
                    Layout.fillWidth: true
                    implicitHeight: Theme.touchMin
                    font.pixelSize: Theme.fontBody
                }
                BigButton {
                    objectName: "saveNote"
                    primary: false
                    text: Cash.explained ? qsTr("Change the explanation") : qsTr("Save the explanation")
                    onClicked: Cash.explain(note.text)
                }
            }
            Text {
                visible: Cash.needsSignOff
                Layout.fillWidth: true
                text: page.approverId < 0 ? qsTr("This difference is above the café's limit: a manager signs it off with their PIN.")
                                          : qsTr("Manager's PIN:")
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontBody; color: Theme.text
            }
            Flow {
                visible: Cash.needsSignOff && page.approverId < 0
                Layout.fillWidth: true
                spacing: 8
                Repeater {
                    model: Cash.people
                    delegate: BigButton {
                        required property var staffId
                        required property string name
                        required property bool manager
                        visible: manager
                        objectName: "signer-" + staffId
                        compact: true
                        primary: false
                        text: name
                        onClicked: page.approverId = staffId
                    }
                }
            }
            PinPad {
                objectName: "signOffPin"
                visible: Cash.needsSignOff && page.approverId >= 0
                okText: qsTr("Sign off")
                onAccepted: (pin) => { if (Cash.signOff(page.approverId, pin)) page.approverId = -1 }
            }
        }
        Item { Layout.fillHeight: true }
        BigButton {
            objectName: "countDone"
            visible: Cash.counted
            Layout.fillWidth: true
            text: qsTr("Done")
            onClicked: { Cash.finishCount(); page.finished() }
        }
    }
}
