import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Aktivkafe.Ui
import Aktivkafe.Pos

// "Who are you?": the people on the staff list as big name buttons; then a PIN pad.
Page {
    id: page
    objectName: "loginScreen"
    background: Rectangle { color: Theme.background }
    property int chosenId: -1
    property string chosenName: ""

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing * 1.5

        Item {
            Layout.fillWidth: true
            implicitHeight: languages.implicitHeight
            Text {
                anchors { left: parent.left; verticalCenter: parent.verticalCenter }
                text: Till.cafeName
                font.pixelSize: Theme.fontBody + 4; font.bold: true
                color: Theme.accent
            }
            LanguageSwitch { id: languages; anchors.right: parent.right }
        }

        ScreenTitle {
            objectName: "loginTitle"
            Layout.fillWidth: true
            text: page.chosenId < 0 ? qsTr("Who is on shift?") : qsTr("Hi %1, type your PIN").arg(page.chosenName)
        }

        Text {
            objectName: "loginError"
            visible: Session.errorText.length > 0
            Layout.fillWidth: true
            text: Session.errorText
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontBody
            color: Theme.errorText
        }

        GridView {   // staff names
            id: staffGrid
            visible: page.chosenId < 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            cellWidth: 300; cellHeight: Theme.touchMin * 1.6
            model: Session.staff
            delegate: BigButton {
                required property int staffId
                required property string name
                required property string roleText
                objectName: "staff-" + staffId
                width: staffGrid.cellWidth - Theme.spacing
                height: staffGrid.cellHeight - Theme.spacing
                primary: false
                text: name + "\n" + roleText
                onClicked: { Session.clearError(); page.chosenId = staffId; page.chosenName = name }
            }
        }
        Text {
            visible: page.chosenId < 0 && staffGrid.count === 0
            text: qsTr("Nobody is on the staff list yet. A manager adds people with “aktivkafe staff add”.")
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
        }

        RowLayout {
            visible: page.chosenId >= 0
            Layout.alignment: Qt.AlignHCenter | Qt.AlignTop
            Layout.fillHeight: true
            spacing: Theme.spacing * 3
            PinPad {
                id: pinPad
                objectName: "pinPad"
                Layout.alignment: Qt.AlignHCenter | Qt.AlignTop
                okText: qsTr("Log in")
                onAccepted: (pin) => Session.login(page.chosenId, pin)
            }
            BigButton {
                objectName: "notMe"
                Layout.alignment: Qt.AlignTop
                primary: false
                text: qsTr("Not me")
                onClicked: { page.chosenId = -1; pinPad.clear(); Session.clearError() }
            }
        }
    }
}
