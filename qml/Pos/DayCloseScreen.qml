import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Aktivkafe.Ui
import Aktivkafe.Pos

// The manager's day close, step by step: count the drawer (when a shift is still open), look at the
// X report, take the Z report — the backup is written first — and find it printed and saved.
Page {
    id: page
    objectName: "dayCloseScreen"
    background: Rectangle { color: Theme.background }
    signal back()
    signal count()
    Component.onCompleted: DayClose.preview()

    Item {
        anchors.fill: parent
        anchors.margins: Theme.spacing

        Column {
            id: header
            anchors { left: parent.left; right: parent.right; top: parent.top }
            spacing: 8
            TopBar {
                width: parent.width
                BigButton {
                    objectName: "backFromDayClose"
                    primary: false
                    text: qsTr("Back")
                    onClicked: page.back()
                }
            }
            ScreenTitle { text: qsTr("Close the day") }
            Flow {   // one till may close every register's day
                width: parent.width
                spacing: 8
                visible: DayClose.registers.length > 1
                Repeater {
                    model: DayClose.registers
                    delegate: BigButton {
                        required property string modelData
                        objectName: "register-" + modelData
                        compact: true
                        primary: DayClose.registerId === modelData
                        text: modelData
                        onClicked: DayClose.chooseRegister(modelData)
                    }
                }
            }
            Text {
                objectName: "dayCloseReady"
                width: parent.width
                visible: text.length > 0
                text: DayClose.readyText
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontBody; font.bold: true
                color: DayClose.ready ? Theme.accent : Theme.text
            }
            MessageLine {
                objectName: "dayCloseMessage"
                width: parent.width
                text: DayClose.messageText
            }
            MessageLine {
                objectName: "dayCloseError"
                width: parent.width
                text: DayClose.errorText
                error: true
            }
            Flow {
                width: parent.width
                spacing: Theme.spacing
                BigButton {
                    objectName: "dayCloseCount"
                    visible: DayClose.needsCount && !DayClose.closed
                    text: qsTr("1. Count the drawer")
                    onClicked: page.count()
                }
                BigButton {
                    objectName: "signOffDifferences"
                    visible: DayClose.differencesToSignOff > 0 && !DayClose.closed
                    text: qsTr("Sign off the count differences")
                    onClicked: DayClose.signOffDifferences()
                }
                BigButton {
                    objectName: "printX"
                    visible: !DayClose.closed
                    primary: false
                    text: qsTr("Print the X report")
                    onClicked: DayClose.printX()
                }
                BigButton {
                    objectName: "takeZ"
                    visible: !DayClose.closed
                    enabled: DayClose.ready
                    text: qsTr("Take the Z report and close the day")
                    onClicked: confirmZ.open()
                }
            }
            ScreenTitle { objectName: "dayCloseTitle"; width: parent.width; text: DayClose.titleText; font.pixelSize: Theme.fontBody + 4; elide: Text.ElideRight }
        }

        Flickable {
            id: flick
            anchors { left: parent.left; right: parent.right; top: header.bottom; bottom: parent.bottom; topMargin: Theme.spacing }
            contentHeight: content.implicitHeight
            clip: true
            Flow {
                id: content
                width: flick.width
                spacing: Theme.spacing
                Repeater {
                    model: DayClose.sections
                    delegate: Rectangle {
                        required property string sectionId
                        required property string heading
                        required property var rows
                        objectName: "daySection-" + sectionId
                        width: (content.width - 2 * Theme.spacing) / 3
                        height: sectionColumn.implicitHeight + 16
                        radius: Theme.radius
                        color: Theme.surface
                        border.color: Theme.border
                        Column {
                            id: sectionColumn
                            anchors { left: parent.left; right: parent.right; top: parent.top; margins: 8 }
                            spacing: 2
                            Text { width: parent.width; text: heading; wrapMode: Text.WordWrap; font.pixelSize: Theme.fontBody; font.bold: true; color: Theme.text }
                            Repeater {
                                model: rows
                                delegate: Item {
                                    required property var modelData
                                    width: sectionColumn.width
                                    height: label.implicitHeight
                                    Text { id: label; anchors.left: parent.left; width: parent.width - 130; text: modelData.label; elide: Text.ElideRight; font.pixelSize: Theme.fontSmall; font.bold: modelData.total; color: Theme.text }
                                    Text { anchors.right: parent.right; text: modelData.shown; font.pixelSize: Theme.fontSmall; font.bold: modelData.total; color: Theme.text }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    Popup {
        id: confirmZ
        objectName: "confirmZPopup"
        modal: true
        anchors.centerIn: Overlay.overlay
        padding: Theme.margin
        background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.border }
        ColumnLayout {
            spacing: Theme.spacing
            Text {
                Layout.preferredWidth: 560
                text: qsTr("After the Z report nothing more can be sold on this business day. A backup is written first. Close the day now?")
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontBody; color: Theme.text
            }
            RowLayout {
                spacing: Theme.spacing
                BigButton { objectName: "confirmZ"; text: qsTr("Close the day"); onClicked: { confirmZ.close(); DayClose.takeZ(); Cash.reload() } }
                BigButton { objectName: "cancelZ"; primary: false; text: qsTr("Not yet"); onClicked: confirmZ.close() }
            }
        }
    }
}
