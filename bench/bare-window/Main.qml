// The baseline for the startup benchmark: the least a Qt Quick Controls app can show, at the
// kiosk's screen size.
import QtQuick
import QtQuick.Controls

Window {
    width: 1280
    height: 800
    visible: true
    title: "Aktivkafe benchmark: bare window"

    Button {
        anchors.centerIn: parent
        text: "Hello"
    }
}
