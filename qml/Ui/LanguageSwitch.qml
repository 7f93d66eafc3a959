import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Aktivkafe.Ui

// One button per offered language: its flag and its name in that language.
// The chosen one is marked; tapping switches every text on screen at once.
RowLayout {
    id: root
    property bool compact: false   // flags only (the till's top bar); names stay for screen readers
    spacing: compact ? 8 : Theme.spacing
    Layout.fillWidth: false   // a layout fills by default; the switch keeps its natural width

    Repeater {
        model: Language.languages
        delegate: AbstractButton {
            id: button
            required property var modelData
            readonly property bool chosen: Language.current === modelData.code
            objectName: "language-" + modelData.code
            implicitHeight: Theme.touchMin
            implicitWidth: Math.max(Theme.touchMin, row.implicitWidth + (root.compact ? 20 : 32))
            Accessible.name: modelData.name
            onClicked: Language.setLanguage(modelData.code)

            background: Rectangle {
                radius: Theme.radius
                color: button.chosen ? Theme.accentSoft : Theme.surface
                border.width: button.chosen ? 3 : 1
                border.color: button.chosen ? Theme.accent : Theme.border
            }
            contentItem: Item {
                RowLayout {
                    id: row
                    anchors.centerIn: parent
                    spacing: 10
                    Flag { code: button.modelData.code; Layout.preferredWidth: 44; Layout.preferredHeight: 32 }
                    Text {
                        visible: !root.compact
                        text: button.modelData.name
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        font.bold: button.chosen
                        color: Theme.text
                    }
                }
            }
        }
    }
}
