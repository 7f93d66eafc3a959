import QtQuick

// What just happened, above a screen's content: in the accent colour when done, red for an error,
// taking no room when empty. An Item around the Text, so that the height follows the wrapped text
// without the Text binding its own height to its implicitHeight (a binding loop in Qt 6.4).
Item {
    id: line
    property alias text: label.text
    property bool error: false
    visible: label.text.length > 0
    height: visible ? label.implicitHeight : 0
    Text {
        id: label
        width: line.width
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontBody; font.bold: true
        color: line.error ? Theme.errorText : Theme.accent
    }
}
