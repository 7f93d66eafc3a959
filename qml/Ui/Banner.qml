import QtQuick
import QtQuick.Layouts
import Aktivkafe.Ui

// A plain-words message across the top of a screen: kind "warning" (e.g. the printer is out of
// paper — sales go on) or "error". Hidden when text is empty.
Rectangle {
    id: banner
    property string text: ""
    property string kind: "warning"
    visible: text.length > 0
    implicitHeight: visible ? label.implicitHeight + 24 : 0
    color: kind === "error" ? Theme.errorBackground : Theme.warningBackground
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    Text {
        id: label
        objectName: "bannerText"
        anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.margin }
        text: banner.text
        wrapMode: Text.WordWrap
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        color: banner.kind === "error" ? Theme.errorText : Theme.warningText
    }
}
