import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Aktivkafe.Ui
import Aktivkafe.Pos

// No shift is open at this till: count the float before the first sale. At a hand-over the last
// count is offered to take over (and to correct, coin by coin, if the drawer says otherwise).
Page {
    id: page
    objectName: "shiftScreen"
    background: Rectangle { color: Theme.background }
    signal opened()
    signal closeDay()
    Component.onCompleted: { Cash.reload(); Cash.clearMessages() }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing
        TopBar {
            Layout.fillWidth: true
            BigButton {
                objectName: "closeDayFromShift"
                visible: Session.isManager
                compact: true
                primary: false
                text: qsTr("Close the day")
                onClicked: page.closeDay()
            }
        }
        ScreenTitle { text: qsTr("Open the till: count the float") }
        Text {
            Layout.fillWidth: true
            text: qsTr("Count the coins and notes in the drawer before the first sale, and type how many there are of each.")
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontBody; color: Theme.text
        }
        RowLayout {
            visible: Cash.lastCount.length > 0
            Layout.fillWidth: true
            spacing: Theme.spacing
            Text {
                objectName: "lastCountText"
                Layout.fillWidth: true
                text: Cash.lastCountText
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontBody; color: Theme.text
            }
            BigButton {
                objectName: "useLastCount"
                primary: false
                text: qsTr("Take over that count")
                onClicked: countPad.fill(Cash.lastCount)
            }
        }
        CountPad { id: countPad }
        MessageLine {
            objectName: "shiftMessage"
            Layout.fillWidth: true
            text: Cash.errorText.length > 0 ? Cash.errorText : Cash.messageText
            error: Cash.errorText.length > 0
        }
        Item { Layout.fillHeight: true }
        BigButton {
            objectName: "openShift"
            Layout.fillWidth: true
            text: qsTr("Open the shift")
            onClicked: if (Cash.openShift(countPad.typed)) page.opened()
        }
    }
}
