import QtQuick
import QtQuick.Layouts
import Aktivkafe.Ui
import Aktivkafe.Kiosk

// A calm word when the card reader or the slip printer is not there ("Please ask a volunteer"):
// nothing technical, nothing red, and gone again by itself when the device is back. Made only when
// there is something to say, so that the welcome screen's first frame does not pay for it.
Loader {
    objectName: "askVolunteer"
    active: Kiosk.askVolunteerText.length > 0
    visible: active
    Layout.preferredWidth: Math.min(parent ? parent.width : 880, 880)
    sourceComponent: Rectangle {
        implicitHeight: words.implicitHeight + 28
        radius: Theme.radius
        color: Theme.warningBackground
        Text {
            id: words
            objectName: "askVolunteerText"
            anchors.fill: parent
            anchors.margins: 14
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: "🙋 " + Kiosk.askVolunteerText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.warningText
        }
    }
}
