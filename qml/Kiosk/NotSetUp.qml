import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Aktivkafe.Ui

// The kiosk before there is a café (a new PC): a calm word instead of an error, until the till has
// made the café with its first-start questions; the kiosk then starts by itself (kiosk/main.cpp).
ApplicationWindow {
    id: window
    width: 1280
    height: 800
    visible: true
    title: "Aktivkafe"
    color: Theme.background
    font.family: Theme.fontFamily

    // for --self-test and --screenshot (see AppShell.h)
    readonly property var screens: ["notSetUp"]
    function showScreen(name) {}

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 900)
        spacing: Theme.spacing * 1.5
        Text {
            objectName: "notSetUpTitle"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Welcome")
            font.pixelSize: Theme.fontHuge
            font.bold: true
            color: Theme.text
        }
        Text {
            objectName: "notSetUpText"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: qsTr("This kiosk is not ready yet. Please ask a volunteer.")
            font.pixelSize: Theme.fontTitle - 8
            color: Theme.textMuted
        }
        Text {
            objectName: "notSetUpHelp"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: qsTr("For whoever sets it up: the till makes the café the first time it starts. This screen starts the kiosk by itself as soon as the café is there.")
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
        }
    }
}
