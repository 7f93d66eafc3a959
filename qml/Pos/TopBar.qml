import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Aktivkafe.Ui
import Aktivkafe.Pos

// The till's top line: the café and who is on shift on the left; screen buttons, language and
// log out on the right. Screens put their own buttons in `actions`.
Item {
    id: bar
    default property alias actions: actionRow.data
    implicitHeight: Math.max(who.implicitHeight, row.implicitHeight)

    ColumnLayout {
        id: who
        anchors { left: parent.left; verticalCenter: parent.verticalCenter }
        // what the buttons leave: the names elide rather than slide under a button
        width: Math.max(0, Math.min(implicitWidth, bar.width - row.width - Theme.spacing))
        clip: true
        spacing: 0
        Text {
            Layout.fillWidth: true
            elide: Text.ElideRight
            text: Till.cafeName
            font.pixelSize: Theme.fontBody + 2; font.bold: true
            color: Theme.accent
        }
        Text {
            Layout.fillWidth: true
            elide: Text.ElideRight
            objectName: "operatorText"
            text: qsTr("On shift: %1").arg(Session.operatorName)
            font.pixelSize: Theme.fontSmall
            color: Theme.text
        }
    }
    RowLayout {
        id: row
        anchors { right: parent.right; verticalCenter: parent.verticalCenter }
        spacing: Theme.spacing
        RowLayout { id: actionRow; spacing: Theme.spacing }
        LanguageSwitch { compact: true }
        BigButton {
            objectName: "logout"
            compact: true
            primary: false
            text: qsTr("Log out")
            onClicked: Session.logout()
        }
    }
}
