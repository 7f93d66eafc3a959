import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Aktivkafe.Ui

// A modal list of big choices with a Back button. Each choice is a row of `model` (a list model
// or a JS array); `chosen(id)` gives the row's `idRole` value. Items are named idPrefix + id.
Popup {
    id: popup
    property string title: ""
    property var model
    property string textRole: "text"
    property string detailRole: ""
    property string idRole: "id"
    property string idPrefix: "choice-"
    default property alias extra: extraColumn.data
    signal chosen(var id)

    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 80 : 700, 700)
    padding: Theme.margin
    background: Rectangle { radius: Theme.radius; color: Theme.surface; border.color: Theme.border }

    contentItem: ColumnLayout {
        spacing: Theme.spacing
        Text {
            Layout.fillWidth: true
            text: popup.title
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontTitle - 12; font.bold: true
            color: Theme.text
        }
        ColumnLayout { id: extraColumn; Layout.fillWidth: true }
        Repeater {
            model: popup.model
            delegate: BigButton {
                required property int index
                readonly property var row: typeof popup.model.get === "function" ? popup.model.get(index) : popup.model[index]
                objectName: popup.idPrefix + row[popup.idRole]
                Layout.fillWidth: true
                primary: false
                text: popup.detailRole.length > 0 ? row[popup.textRole] + " — " + row[popup.detailRole]
                                                  : row[popup.textRole]
                onClicked: { popup.close(); popup.chosen(row[popup.idRole]) }
            }
        }
        BigButton {
            objectName: popup.idPrefix + "back"
            text: qsTr("Back")
            onClicked: popup.close()
        }
    }
}
