import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Aktivkafe.Ui
import Aktivkafe.Kiosk

// What a visitor sees first: the café's name and today's hours, a warm welcome in their language,
// three big choices with pictograms (I'm here, Coffee card, Activities), the next activity,
// the language flags and larger text one tap away. Nothing to fill in, nothing to get wrong.
Page {
    objectName: "welcomeScreen"
    signal checkIn()
    signal coffeeCard()
    signal activities()
    background: Rectangle { color: Theme.background }
    // A low screen (1366×768, 1280×720; or larger text, or the "ask a volunteer" note, on 1280×800): less room between things,
    // lower choices and a smaller title (and in larger text no second line under it), so that the
    // flags at the bottom stay on the screen (ui_kiosk: test_9_the_welcome_fits_low_screens).
    readonly property bool low: height < (Theme.accessible ? 940 : 790) + (askVolunteer.visible ? askVolunteer.height + Theme.spacing : 0)

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: low ? Theme.margin / 2 : Theme.margin
        spacing: low ? Theme.spacing : Theme.spacing * 1.5

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Text {
                objectName: "cafeName"
                text: Kiosk.cafeName
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody + 4
                font.bold: true
                color: Theme.accent
                Layout.fillWidth: true
                elide: Text.ElideRight
            }
            ColumnLayout {
                spacing: 0
                Text {
                    objectName: "today"
                    Layout.alignment: Qt.AlignRight
                    text: Kiosk.todayText
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    color: Theme.textMuted
                }
                Text {
                    objectName: "openingHours"
                    Layout.alignment: Qt.AlignRight
                    visible: text.length > 0
                    text: Kiosk.openingHoursText
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                }
            }
            BigButton {   // larger text and higher contrast, for whoever needs it; off again when idle
                objectName: "accessibleButton"
                primary: Theme.accessible
                text: "A+"
                Accessible.name: qsTr("Larger text")
                onClicked: Theme.accessible = !Theme.accessible
            }
        }

        Item { Layout.fillHeight: true }

        Text {
            objectName: "welcomeTitle"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Welcome")
            font.family: Theme.fontFamily
            font.pixelSize: low ? Theme.fontTitle + 8 : Theme.fontHuge
            font.bold: true
            color: Theme.text
        }
        Text {
            objectName: "welcomeSubtitle"
            visible: !(low && Theme.accessible)   // larger text on a low screen: the title says it
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: qsTr("You are welcome here, just as you are.")
            font.family: Theme.fontFamily
            font.pixelSize: low ? Theme.fontBody : Theme.fontTitle - 8
            color: Theme.textMuted
        }

        RowLayout {   // the three choices
            Layout.alignment: Qt.AlignHCenter
            spacing: Theme.spacing * 2
            BigButton {
                objectName: "checkInButton"
                Layout.preferredWidth: Theme.accessible ? 340 : 280
                Layout.preferredHeight: low ? 150 : (Theme.accessible ? 260 : 200)
                glyph: "👋"
                text: qsTr("I'm here")
                font.pixelSize: Theme.fontTitle - 8
                onClicked: checkIn()
            }
            BigButton {
                objectName: "coffeeCardButton"
                Layout.preferredWidth: Theme.accessible ? 340 : 280
                Layout.preferredHeight: low ? 150 : (Theme.accessible ? 260 : 200)
                glyph: "☕"
                text: qsTr("Coffee card")
                font.pixelSize: Theme.fontTitle - 8
                onClicked: coffeeCard()
            }
            BigButton {
                objectName: "activitiesButton"
                Layout.preferredWidth: Theme.accessible ? 340 : 280
                Layout.preferredHeight: low ? 150 : (Theme.accessible ? 260 : 200)
                glyph: "📅"
                text: qsTr("Activities")
                font.pixelSize: Theme.fontTitle - 8
                onClicked: activities()
            }
        }

        Rectangle {   // the next activity, when there is one this week
            objectName: "nextActivity"
            visible: nextText.text.length > 0   // one question to the database, not two
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: Math.min(parent.width, 880)
            implicitHeight: nextColumn.implicitHeight + 28
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            ColumnLayout {
                id: nextColumn
                anchors.fill: parent
                anchors.margins: 14
                spacing: 2
                Text {
                    text: qsTr("Next activity")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                }
                Text {
                    id: nextText
                    objectName: "nextActivityText"
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    text: Kiosk.nextActivityText
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                }
            }
        }

        AskVolunteer { id: askVolunteer; Layout.alignment: Qt.AlignHCenter }

        Item { Layout.fillHeight: true }

        LanguageSwitch {
            objectName: "languageSwitch"
            Layout.alignment: Qt.AlignHCenter
        }
    }
}
