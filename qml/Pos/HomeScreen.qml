import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Aktivkafe.Ui
import Aktivkafe.Pos

// After login: who is on shift, the printer's state in plain words, a test print, log out.
// The sale screen (issue 3) takes this place.
Page {
    objectName: "homeScreen"
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

            Item {   // who is on shift on the left; language and log out on the right
                Layout.fillWidth: true
                implicitHeight: Math.max(who.implicitHeight, actions.implicitHeight)
                ColumnLayout {
                    id: who
                    anchors { left: parent.left; verticalCenter: parent.verticalCenter }
                    Text {
                        text: Till.cafeName
                        font.pixelSize: Theme.fontBody + 4; font.bold: true
                        color: Theme.accent
                    }
                    Text {
                        objectName: "operatorText"
                        text: qsTr("On shift: %1").arg(Session.operatorName)
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                    }
                }
                RowLayout {
                    id: actions
                    anchors { right: parent.right; verticalCenter: parent.verticalCenter }
                    spacing: Theme.spacing
                    LanguageSwitch {}
                    BigButton {
                        objectName: "logout"
                        primary: false
                        text: qsTr("Log out")
                        onClicked: Session.logout()
                    }
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
