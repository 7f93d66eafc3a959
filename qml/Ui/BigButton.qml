import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Aktivkafe.Ui

// A large, calm touch button: at least Theme.touchMin high, optional pictogram above the text.
Button {
    id: control
    property bool primary: true
    property string glyph: ""    // a pictogram character (emoji from Noto) or empty
    property bool compact: false  // less room around the text (a top bar with many buttons)

    implicitHeight: Math.max(Theme.touchMin, contentItem.implicitHeight + 32)
    implicitWidth: compact ? Math.max(Theme.touchMin, contentItem.implicitWidth + 24)
                           : Math.max(Theme.touchMin * 2, contentItem.implicitWidth + 48)
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontButton
    Accessible.name: text

    // A layout, not a Column: its implicit width comes from the texts' natural widths, so the
    // button's size does not feed back into itself (a Column bound to availableWidth loops).
    contentItem: ColumnLayout {
        spacing: 6
        Text {
            visible: control.glyph.length > 0
            Layout.alignment: Qt.AlignHCenter
            text: control.glyph
            // named, so that the font is found at once instead of by a fallback search over
            // every installed font (a tenth of the kiosk's start-up)
            font.family: Theme.emojiFontFamily
            font.pixelSize: control.font.pixelSize * 2
            color: control.primary ? Theme.textOnAccent : Theme.accent
        }
        Text {
            Layout.fillWidth: true
            text: control.text
            font: control.font
            color: control.primary ? Theme.textOnAccent : Theme.text
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
    }

    background: Rectangle {
        radius: Theme.radius
        color: control.primary ? (control.down ? Qt.darker(Theme.accent, 1.2) : Theme.accent)
                               : (control.down ? Theme.accentSoft : Theme.surface)
        border.width: control.primary ? 0 : 2
        border.color: Theme.border
        opacity: control.enabled ? 1.0 : 0.5
    }
}
