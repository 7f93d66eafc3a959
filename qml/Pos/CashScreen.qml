import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Aktivkafe.Ui
import Aktivkafe.Pos

// The drawer during a shift: cash put in or taken out with a reason, the drawer opened without a
// sale (with a reason), and the end of the shift with a count.
Page {
    id: page
    objectName: "cashScreen"
    background: Rectangle { color: Theme.background }
    signal back()
    signal count()
    Component.onCompleted: Cash.clearMessages()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing
        TopBar {
            Layout.fillWidth: true
            BigButton {
                objectName: "backFromCash"
                primary: false
                text: qsTr("Back to selling")
                onClicked: page.back()
            }
        }
        ScreenTitle { text: qsTr("The drawer") }
        Text {
            objectName: "shiftText"
            Layout.fillWidth: true
            text: Cash.shiftText
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontBody; color: Theme.text
        }
        MessageLine {
            objectName: "cashMessage"
            Layout.fillWidth: true
            text: Cash.errorText.length > 0 ? Cash.errorText : Cash.messageText
            error: Cash.errorText.length > 0
        }
        GridLayout {
            columns: 2
            columnSpacing: Theme.spacing
            rowSpacing: 8
            Text { text: qsTr("Amount"); font.pixelSize: Theme.fontBody; color: Theme.text }
            TextField {
                id: amount
                objectName: "moveAmount"
                implicitWidth: 220; implicitHeight: Theme.touchMin
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                font.pixelSize: Theme.fontBody
            }
            Text { text: qsTr("Why"); font.pixelSize: Theme.fontBody; color: Theme.text }
            TextField {
                id: reason
                objectName: "moveReason"
                implicitWidth: 520; implicitHeight: Theme.touchMin
                placeholderText: qsTr("Change from the bank, milk from the shop …")
                font.pixelSize: Theme.fontBody
            }
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            function did(ok) { if (ok) { amount.text = ""; reason.text = "" } }
            BigButton { objectName: "cashIn"; primary: false; text: qsTr("Put into the drawer"); onClicked: parent.did(Cash.move("in", amount.text, reason.text)) }
            BigButton { objectName: "cashOut"; primary: false; text: qsTr("Take out of the drawer"); onClicked: parent.did(Cash.move("out", amount.text, reason.text)) }
            BigButton { objectName: "noSale"; primary: false; text: qsTr("Open the drawer (no sale)"); onClicked: parent.did(Cash.move("noSale", "", reason.text)) }
        }
        Item { Layout.fillHeight: true }
        BigButton {
            objectName: "endShift"
            Layout.fillWidth: true
            text: qsTr("End the shift: count the drawer")
            onClicked: page.count()
        }
    }
}
