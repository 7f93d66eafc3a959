import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Aktivkafe.Ui

// Digits and a decimal comma for typing an amount on a touch screen. Only collects text: core
// parses it (Money::parse refuses more than two decimals and says why).
ColumnLayout {
    id: pad
    property string typed: ""
    property string placeholder: qsTr("Amount")
    property bool allowComma: true   // false for whole numbers such as a receipt number
    function clear() { typed = "" }
    spacing: 10
    Layout.fillWidth: false   // a layout fills by default; the pad keeps its natural width

    Rectangle {
        Layout.fillWidth: true
        implicitHeight: Theme.touchMin
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border
        Text {
            objectName: "amountTyped"
            anchors { right: parent.right; rightMargin: 16; verticalCenter: parent.verticalCenter }
            text: pad.typed.length > 0 ? pad.typed : pad.placeholder
            color: pad.typed.length > 0 ? Theme.text : Theme.textMuted
            font.pixelSize: Theme.fontTitle - 6
        }
    }
    GridLayout {
        columns: 3
        rowSpacing: 8; columnSpacing: 8
        Repeater {
            model: ["7", "8", "9", "4", "5", "6", "1", "2", "3", ",", "0", "erase"]
            BigButton {
                required property string modelData
                objectName: modelData === "erase" ? "amountErase" : modelData === "," ? "amountComma" : "amountKey" + modelData
                Layout.preferredWidth: Theme.touchMin * 1.4
                Layout.preferredHeight: Theme.touchMin
                primary: false
                enabled: modelData !== "," || pad.allowComma
                text: modelData === "erase" ? "⌫" : modelData
                Accessible.name: modelData === "erase" ? qsTr("Erase") : text
                font.pixelSize: Theme.fontTitle - 8
                onClicked: {
                    if (modelData === "erase") pad.typed = pad.typed.slice(0, -1)
                    else if (pad.typed.length < 9) pad.typed += modelData
                }
            }
        }
    }
}
