import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Aktivkafe.Ui
import Aktivkafe.Pos

// A count of the drawer: one field per coin and note, how many of each, smallest first. Shows the
// counter's own total as typed — never what the till expects. `typed` is what core gets.
ColumnLayout {
    id: pad
    property var typed: []
    function collect() {
        const t = []
        for (let i = 0; i < pieces.count; ++i) t.push(pieces.itemAt(i) ? pieces.itemAt(i).field.text : "")
        typed = t
    }
    // Fills the fields (the last count, for a hand-over); the person may still change any of them.
    function fill(list) {
        for (let i = 0; i < pieces.count; ++i) pieces.itemAt(i).field.text = i < list.length ? list[i] : ""
        collect()
    }
    function clear() { fill([]) }
    spacing: 8

    GridLayout {
        columns: 3
        columnSpacing: Theme.spacing * 2
        rowSpacing: 8
        Repeater {
            id: pieces
            model: Cash.denominations
            onItemAdded: pad.collect()
            delegate: RowLayout {
                required property int index
                required property string modelData
                property alias field: field
                spacing: 8
                Text {
                    Layout.preferredWidth: 100
                    horizontalAlignment: Text.AlignRight
                    text: modelData
                    font.pixelSize: Theme.fontBody; font.bold: true
                    color: Theme.text
                }
                Text { text: "×"; font.pixelSize: Theme.fontBody; color: Theme.textMuted }
                TextField {
                    id: field
                    objectName: "count-" + index
                    Accessible.name: qsTr("How many of %1").arg(modelData)
                    implicitWidth: 110
                    implicitHeight: Theme.touchMin
                    horizontalAlignment: TextInput.AlignRight
                    inputMethodHints: Qt.ImhDigitsOnly
                    font.pixelSize: Theme.fontBody
                    onTextChanged: pad.collect()
                }
            }
        }
    }
    Text {
        objectName: "countTotal"
        readonly property string total: Cash.totalOf(pad.typed)
        text: total.length > 0 ? qsTr("Your count: %1").arg(total) : qsTr("Only whole numbers of coins and notes, please.")
        font.pixelSize: Theme.fontTitle - 10; font.bold: true
        color: total.length > 0 ? Theme.text : Theme.errorText
    }
}
