import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Aktivkafe.Ui
import Aktivkafe.Kiosk

// What a visitor sees first: the café's name, a warm welcome in their language, what happens
// next, and the language choice. Nothing to fill in, nothing to get wrong.
Page {
    objectName: "welcomeScreen"
    signal coffeeCard()
    background: Rectangle { color: Theme.background }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing * 2

        RowLayout {
            Layout.fillWidth: true
            Text {
                objectName: "cafeName"
                text: Kiosk.cafeName
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody + 4
                font.bold: true
                color: Theme.accent
                Layout.fillWidth: true
            }
            Text {
                objectName: "today"
                text: Kiosk.todayText
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
            }
        }

        Item { Layout.fillHeight: true }

        Text {
            objectName: "welcomeTitle"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Welcome")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontHuge
            font.bold: true
            color: Theme.text
        }
        Text {
            objectName: "welcomeSubtitle"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: qsTr("You are welcome here, just as you are.")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle - 8
            color: Theme.textMuted
        }

        Rectangle {   // the next activity, when there is one this week
            objectName: "nextActivity"
            visible: Kiosk.nextActivityText.length > 0
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: Math.min(parent.width, 760)
            implicitHeight: nextColumn.implicitHeight + 40
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            ColumnLayout {
                id: nextColumn
                anchors.fill: parent
                anchors.margins: 20
                spacing: 4
                Text {
                    text: qsTr("Next activity")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                }
                Text {
                    objectName: "nextActivityText"
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    text: Kiosk.nextActivityText
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody + 2
                    color: Theme.text
                }
            }
        }

        BigButton {
            objectName: "coffeeCardButton"
            Layout.alignment: Qt.AlignHCenter
            glyph: "☕"
            text: qsTr("Coffee card")
            font.pixelSize: Theme.fontTitle - 8
            onClicked: coffeeCard()
        }

        Item { Layout.fillHeight: true }

        Text {
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("Choose your language")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
        }
        LanguageSwitch {
            objectName: "languageSwitch"
            Layout.alignment: Qt.AlignHCenter
        }
    }
}
