import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Aktivkafe.Ui
import Aktivkafe.Kiosk

// Activities: this week and next as large cards → details → sign up with a nickname (typed on the
// on-screen keyboard, or one of the friendly suggestions) or by holding one's coffee card under the
// scanner → a slip with a cancel code. Cancelling takes the code. Other people's nicknames are
// never shown here.
Page {
    id: page
    objectName: "activitiesScreen"
    background: Rectangle { color: Theme.background }
    signal done()

    Item {
        anchors.fill: parent
        anchors.margins: Theme.margin

        RowLayout {
            id: header
            anchors { left: parent.left; right: parent.right; top: parent.top }
            spacing: Theme.spacing
            Text {
                objectName: "activitiesTitle"
                Layout.fillWidth: true
                text: Activities.titleText
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontTitle; font.bold: true
                color: Theme.text
            }
            BigButton {
                objectName: "activitiesBack"
                primary: false
                text: Activities.stage === "list" || Activities.stage === "done" ? qsTr("Back to start") : qsTr("Back")
                onClicked: Activities.stage === "list" || Activities.stage === "done" ? page.done() : Activities.back()
            }
        }

        MessageLine {
            id: message
            objectName: "activitiesMessage"
            anchors { left: parent.left; right: parent.right; top: header.bottom; topMargin: Theme.spacing }
            text: Activities.messageText
            error: Activities.messageIsError
        }

        // the list: large cards, two a row
        Flickable {
            id: list
            visible: Activities.stage === "list"
            anchors { left: parent.left; right: parent.right; top: message.bottom; bottom: parent.bottom; topMargin: Theme.spacing }
            contentHeight: grid.implicitHeight
            clip: true
            Grid {
                id: grid
                width: list.width
                columns: Theme.accessible ? 1 : 2
                spacing: Theme.spacing
                Repeater {
                    model: Activities.upcoming
                    delegate: Rectangle {
                        required property int index
                        required property var activityId
                        required property string title
                        required property string whenText
                        required property string place
                        required property string placesText
                        required property string priceText
                        required property bool full
                        objectName: "activity-" + activityId
                        width: (grid.width - (grid.columns - 1) * grid.spacing) / grid.columns
                        height: cardColumn.implicitHeight + 2 * Theme.spacing
                        radius: Theme.radius
                        color: Theme.surface
                        border.color: Theme.border
                        border.width: 2
                        Column {
                            id: cardColumn
                            anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing }
                            spacing: 4
                            Text { width: parent.width; text: title; wrapMode: Text.WordWrap; font.pixelSize: Theme.fontBody + 4; font.bold: true; color: Theme.text }
                            Text { width: parent.width; text: whenText; wrapMode: Text.WordWrap; font.pixelSize: Theme.fontBody; color: Theme.text }
                            Text { width: parent.width; text: place; visible: place.length > 0; wrapMode: Text.WordWrap; font.pixelSize: Theme.fontBody; color: Theme.textMuted }
                            Text {
                                width: parent.width
                                text: placesText + " · " + priceText
                                wrapMode: Text.WordWrap
                                font.pixelSize: Theme.fontBody; font.bold: true
                                color: full ? Theme.warningText : Theme.accent
                            }
                        }
                        MouseArea {
                            anchors.fill: parent
                            onClicked: Activities.select(index)
                        }
                    }
                }
            }
            Text {
                visible: Activities.upcoming.count === 0
                width: list.width
                text: qsTr("Nothing is planned for this week and next yet. Ask at the counter.")
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontTitle - 8
                color: Theme.textMuted
            }
        }

        // one activity, then signing up, then the result
        ColumnLayout {
            visible: Activities.stage !== "list"
            anchors { left: parent.left; right: parent.right; top: message.bottom; topMargin: Theme.spacing * 2 }
            spacing: Theme.spacing

            Text {
                objectName: "activityDetail"
                Layout.fillWidth: true
                visible: Activities.stage === "details"
                text: Activities.detailText
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontTitle - 8
                color: Theme.text
            }
            RowLayout {
                visible: Activities.stage === "details"
                spacing: Theme.spacing * 2
                BigButton {
                    objectName: "signMeUp"
                    enabled: Activities.canSignUp
                    text: Activities.signUpText
                    font.pixelSize: Theme.fontTitle - 8
                    onClicked: Activities.startSignUp()
                }
                BigButton {   // with the code from the slip
                    objectName: "cancelMyPlaceButton"
                    primary: false
                    text: qsTr("My place")
                    onClicked: Activities.startCancel()
                }
            }

            // the nickname: typed on the on-screen keyboard, or a friendly suggestion
            Text {
                visible: Activities.stage === "signUp"
                Layout.fillWidth: true
                text: qsTr("What may we call you? A nickname is enough — no real name.")
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontBody + 4
                color: Theme.text
            }
            RowLayout {
                visible: Activities.stage === "signUp"
                spacing: Theme.spacing
                TextField {
                    id: nickname
                    objectName: "nickname"
                    Layout.preferredWidth: 520
                    implicitHeight: Theme.touchMin
                    font.pixelSize: Theme.fontBody + 4
                    placeholderText: qsTr("Nickname")
                    maximumLength: 40
                    inputMethodHints: Qt.ImhNoPredictiveText
                    onAccepted: Activities.signUp(text)
                }
                BigButton {
                    objectName: "signUpWithNickname"
                    enabled: nickname.text.trim().length > 0
                    text: qsTr("Sign me up")
                    onClicked: Activities.signUp(nickname.text)
                }
            }
            Flow {
                visible: Activities.stage === "signUp"
                Layout.fillWidth: true
                spacing: Theme.spacing
                Text {
                    text: qsTr("Or pick one:")
                    font.pixelSize: Theme.fontBody; color: Theme.textMuted
                    height: Theme.touchMin; verticalAlignment: Text.AlignVCenter
                }
                Repeater {
                    model: Activities.suggestions
                    delegate: BigButton {
                        required property int index
                        required property string modelData
                        objectName: "suggestion-" + index
                        primary: false
                        text: modelData
                        onClicked: Activities.signUp(modelData)
                    }
                }
            }
            Text {
                visible: Activities.stage === "signUp"
                Layout.fillWidth: true
                text: qsTr("Or hold your coffee card under the scanner.")
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontBody; color: Theme.textMuted
            }

            // cancelling with the code from the slip
            Text {
                visible: Activities.stage === "cancel"
                Layout.fillWidth: true
                text: qsTr("Type the code from your slip:")
                font.pixelSize: Theme.fontBody + 4
                color: Theme.text
            }
            RowLayout {
                visible: Activities.stage === "cancel"
                spacing: Theme.spacing
                TextField {
                    id: cancelCode
                    objectName: "cancelCode"
                    Layout.preferredWidth: 260
                    implicitHeight: Theme.touchMin
                    font.pixelSize: Theme.fontTitle - 8
                    font.capitalization: Font.AllUppercase
                    placeholderText: "K7PM"
                    maximumLength: 8
                    inputMethodHints: Qt.ImhUppercaseOnly | Qt.ImhNoPredictiveText
                    onAccepted: Activities.cancelWithCode(text)
                }
                BigButton {
                    objectName: "checkMyPlace"
                    primary: false
                    enabled: cancelCode.text.trim().length > 0
                    text: qsTr("Check my place")
                    onClicked: Activities.checkWithCode(cancelCode.text)
                }
                BigButton {
                    objectName: "cancelMyPlace"
                    enabled: cancelCode.text.trim().length > 0
                    text: qsTr("Cancel my place")
                    onClicked: Activities.cancelWithCode(cancelCode.text)
                }
            }

            // signed up (or cancelled): the code in big letters
            Text {
                objectName: "signupResult"
                visible: Activities.stage === "done"
                Layout.fillWidth: true
                text: Activities.resultText
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontTitle - 8
                color: Theme.text
            }
            Text {
                objectName: "cancelCodeShown"
                visible: Activities.stage === "done" && Activities.cancelCodeText.length > 0
                Layout.alignment: Qt.AlignHCenter
                text: Activities.cancelCodeText
                font.pixelSize: Theme.fontHuge; font.bold: true; font.letterSpacing: 8
                color: Theme.accent
            }
        }
    }

    Connections {   // a new visitor starts with an empty field
        target: Activities
        function onStageChanged() { if (Activities.stage !== "signUp") nickname.clear(); if (Activities.stage !== "cancel") cancelCode.clear() }
    }
}
