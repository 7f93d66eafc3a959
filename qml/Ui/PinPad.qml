import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Aktivkafe.Ui

// A PIN pad: big digits, dots for what was typed (never the digits), erase and OK.
// Emits accepted(pin) and clears itself; the PIN never leaves this item in any other way.
ColumnLayout {
    id: pad
    property int maxLength: 6
    property int minLength: 4
    property string okText: qsTr("OK")
    property string entered: ""
    signal accepted(string pin)

    function clear() { entered = "" }

    spacing: Theme.spacing

    Row {   // dots
        Layout.alignment: Qt.AlignHCenter
        spacing: 14
        Repeater {
            model: pad.maxLength
            Rectangle {
                required property int index
                width: 22; height: 22; radius: 11
                color: index < pad.entered.length ? Theme.text : "transparent"
                border.color: Theme.textMuted; border.width: 2
            }
        }
    }

    GridLayout {
        Layout.alignment: Qt.AlignHCenter
        columns: 3
        rowSpacing: 12; columnSpacing: 12
        Repeater {
            model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "erase", "0", "ok"]
            BigButton {
                required property string modelData
                objectName: modelData === "erase" ? "pinErase" : modelData === "ok" ? "pinOk" : "pinKey" + modelData
                Layout.preferredWidth: Theme.touchMin * 1.6
                Layout.preferredHeight: Theme.touchMin * 1.3
                primary: modelData === "ok"
                enabled: modelData === "ok" ? pad.entered.length >= pad.minLength
                                            : modelData === "erase" ? pad.entered.length > 0
                                                                    : pad.entered.length < pad.maxLength
                text: modelData === "erase" ? "⌫" : modelData === "ok" ? pad.okText : modelData
                Accessible.name: modelData === "erase" ? qsTr("Erase") : text
                font.pixelSize: modelData === "ok" ? Theme.fontButton : Theme.fontTitle
                onClicked: {
                    if (modelData === "erase") {
                        pad.entered = pad.entered.slice(0, -1)
                    } else if (modelData === "ok") {
                        const pin = pad.entered
                        pad.entered = ""
                        pad.accepted(pin)
                    } else {
                        pad.entered += modelData
                    }
                }
            }
        }
    }
}
