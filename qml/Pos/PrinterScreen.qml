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
            Text {
                visible: Printer.interrupted.count > 0
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                text: qsTr("These were printing when the till stopped. Did they come out?")
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontBody; font.bold: true
                color: Theme.text
            }
            Repeater {
                model: Printer.interrupted
                delegate: RowLayout {
                    required property var jobId
                    required property string title
                    required property string whenText
                    spacing: Theme.spacing
                    Text { text: whenText + "  " + title; font.pixelSize: Theme.fontBody; color: Theme.text }
                    BigButton {
                        objectName: "printedFine-" + jobId
                        primary: false
                        text: qsTr("Yes, it printed")
                        onClicked: Printer.markPrinted(jobId)
                    }
                    BigButton {
                        objectName: "printAgain-" + jobId
                        text: qsTr("No, print it again")
                        onClicked: Printer.printAgain(jobId)
                    }
                }
            }
            Item { Layout.fillHeight: true }
        }
    }
}
