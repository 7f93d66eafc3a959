import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Aktivkafe.Ui
import Aktivkafe.Kiosk

// "I'm here": the tap has already counted the visit. Then a few questions the café chose, each
// one skippable, then a warm welcome with the guest number. Holding one's own coffee card under
// the scanner at any point lets the café count returning guests, without knowing who they are.
Page {
    id: page
    objectName: "checkInScreen"
    background: Rectangle { color: Theme.background }
    signal done()

    Timer {   // the welcome stays a moment, then the kiosk is ready for the next person
        running: CheckIn.stage === "done"
        interval: 8000
        onTriggered: page.done()
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 1100)
        spacing: Theme.spacing * 2

        Text {
            objectName: "checkInTitle"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: CheckIn.titleText
            font.pixelSize: CheckIn.stage === "done" ? Theme.fontHuge : Theme.fontTitle + 4
            font.bold: true
            color: Theme.text
        }
        Text {
            objectName: "checkInDetail"
            Layout.fillWidth: true
            visible: text.length > 0
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: CheckIn.detailText
            font.pixelSize: Theme.fontTitle - 8
            color: Theme.textMuted
        }

        RowLayout {   // first time here?
            visible: CheckIn.stage === "firstVisit"
            Layout.alignment: Qt.AlignHCenter
            spacing: Theme.spacing * 2
            BigButton { objectName: "firstVisitYes"; text: qsTr("Yes, first time"); onClicked: CheckIn.answerFirstVisit(true) }
            BigButton { objectName: "firstVisitNo"; text: qsTr("No, I've been here before"); onClicked: CheckIn.answerFirstVisit(false) }
        }

        GridLayout {   // what brings you today?
            visible: CheckIn.stage === "reason"
            Layout.alignment: Qt.AlignHCenter
            columns: 2
            columnSpacing: Theme.spacing * 2
            rowSpacing: Theme.spacing
            Repeater {
                model: [["coffee", "☕", qsTr("Coffee")], ["activity", "📅", qsTr("An activity")],
                        ["company", "🤝", qsTr("Company")], ["talk", "💬", qsTr("Someone to talk to")]]
                delegate: BigButton {
                    required property var modelData
                    objectName: "reason-" + modelData[0]
                    Layout.preferredWidth: Theme.accessible ? 420 : 360
                    glyph: modelData[1]
                    text: modelData[2]
                    onClicked: CheckIn.answerReason(modelData[0])
                }
            }
        }

        RowLayout {   // how are you today? five faces, no words needed
            visible: CheckIn.stage === "mood"
            Layout.alignment: Qt.AlignHCenter
            spacing: Theme.spacing
            Repeater {
                model: [[1, "😞", qsTr("Not good")], [2, "🙁", qsTr("So-so")], [3, "😐", qsTr("Okay")],
                        [4, "🙂", qsTr("Good")], [5, "😄", qsTr("Very good")]]
                delegate: BigButton {
                    required property var modelData
                    objectName: "mood-" + modelData[0]
                    primary: false
                    Layout.preferredWidth: Theme.accessible ? 190 : 160
                    glyph: modelData[1]
                    text: modelData[2]
                    font.pixelSize: Theme.fontBody
                    onClicked: CheckIn.answerMood(modelData[0])
                }
            }
        }

        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            spacing: Theme.spacing * 2
            BigButton {
                objectName: "skipQuestion"
                visible: CheckIn.stage !== "done"
                primary: false
                text: qsTr("Skip")
                onClicked: CheckIn.skip()
            }
            BigButton {
                objectName: "checkInDone"
                primary: CheckIn.stage === "done"
                text: CheckIn.stage === "done" ? qsTr("Thank you") : qsTr("Done")
                onClicked: page.done()
            }
        }

        Text {   // the card hint, and what happened when one was scanned
            objectName: "checkInCardText"
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing * 2
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: CheckIn.cardText
            font.pixelSize: Theme.fontBody
            color: CheckIn.cardNoted ? Theme.accent : Theme.textMuted
        }
    }
}
