import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Aktivkafe.Ui
import Aktivkafe.Pos

// The receipt printer: its state in plain words, which printer it is, and a test page.
Page {
    id: page
    objectName: "printerScreen"
    signal back()
    background: Rectangle { color: Theme.background }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Banner {
            objectName: "printerBanner"
            Layout.fillWidth: true
            text: Printer.problemText
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.margin
            spacing: Theme.spacing * 1.5

            TopBar {
                Layout.fillWidth: true
                BigButton {
                    objectName: "backToSelling"
                    primary: false
                    text: qsTr("Back to selling")
                    onClicked: page.back()
                }
            }

            ScreenTitle {
                Layout.topMargin: Theme.spacing
                text: qsTr("Receipt printer")
            }
            Text {
                objectName: "printerStatus"
                Layout.topMargin: -Theme.spacing / 2
                Layout.fillWidth: true
                text: Printer.statusText
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontBody
                color: Theme.text
            }
            Text {
                Layout.fillWidth: true
                text: Printer.deviceText
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
            BigButton {
                objectName: "testPrint"
                text: qsTr("Print a test page")
                glyph: "🖨"
                onClicked: Printer.testPrint()
            }
            Text {
                objectName: "printResult"
                Layout.fillWidth: true
                text: Printer.lastResultText
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
            }
            Item { Layout.fillHeight: true }
        }
    }
}
