import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Aktivkafe.Ui
import Aktivkafe.Kiosk

// Coffee card: scan, see what the card gives, get a coffee. Big friendly words, one choice at a time.
Page {
    id: page
    objectName: "cardScreen"
    background: Rectangle { color: Theme.background }
    signal done()

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 900)
        spacing: Theme.spacing * 2

        Text {
            Layout.alignment: Qt.AlignHCenter
            text: "☕"
            font.pixelSize: 96
            color: Theme.accent
        }
        Text {
            objectName: "cardTitle"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: CoffeeCard.titleText
            font.pixelSize: Theme.fontTitle + 4; font.bold: true
            color: Theme.text
        }
        Text {
            objectName: "cardDetail"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: CoffeeCard.detailText
            font.pixelSize: Theme.fontTitle - 8
            color: Theme.textMuted
        }
        AskVolunteer { Layout.alignment: Qt.AlignHCenter }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            spacing: Theme.spacing * 2
            BigButton {
                objectName: "getCoffee"
                visible: CoffeeCard.stage === "found"
                text: qsTr("Get a coffee")
                font.pixelSize: Theme.fontTitle - 8
                onClicked: CoffeeCard.getCoffee()
            }
            BigButton {
                objectName: "cardDone"
                primary: CoffeeCard.stage === "enjoy"
                text: CoffeeCard.stage === "enjoy" ? qsTr("Thank you") : qsTr("Back")
                onClicked: page.done()
            }
        }
    }
}
