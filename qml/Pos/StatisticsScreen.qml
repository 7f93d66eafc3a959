import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Aktivkafe.Ui
import Aktivkafe.Pos

// The manager's statistics for funders: a period, then visits and activities as the funder report
// shows them (counts under 5 as "<5"); saved as CSV or PDF, or printed on the office printer.
Page {
    id: page
    objectName: "statisticsScreen"
    background: Rectangle { color: Theme.background }
    signal back()
    Component.onCompleted: { Statistics.choosePeriod("thisMonth"); fromField.text = Statistics.fromText; toField.text = Statistics.toText }

    function period(which) {
        Statistics.choosePeriod(which)
        fromField.text = Statistics.fromText
        toField.text = Statistics.toText
    }

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
                    objectName: "backFromStatistics"
                    primary: false
                    text: qsTr("Back to selling")
                    onClicked: page.back()
                }
            }
            MessageLine {
                objectName: "statisticsMessage"
                width: parent.width
                text: Statistics.errorText.length > 0 ? Statistics.errorText : Statistics.messageText
                error: Statistics.errorText.length > 0
            }
            Flow {
                width: parent.width
                spacing: 8
                BigButton { objectName: "periodThisMonth"; primary: false; text: qsTr("This month"); onClicked: page.period("thisMonth") }
                BigButton { objectName: "periodLastMonth"; primary: false; text: qsTr("Last month"); onClicked: page.period("lastMonth") }
                BigButton { objectName: "periodThisYear"; primary: false; text: qsTr("This year"); onClicked: page.period("thisYear") }
                TextField { id: fromField; objectName: "periodFrom"; width: 170; implicitHeight: Theme.touchMin; font.pixelSize: Theme.fontBody }
                Text { height: Theme.touchMin; verticalAlignment: Text.AlignVCenter; text: "–"; font.pixelSize: Theme.fontBody; color: Theme.text }
                TextField { id: toField; objectName: "periodTo"; width: 170; implicitHeight: Theme.touchMin; font.pixelSize: Theme.fontBody }
                BigButton {
                    objectName: "periodShow"
                    text: qsTr("Show")
                    // core may narrow the period to the days with records: show the days it took
                    onClicked: if (Statistics.setPeriod(fromField.text, toField.text)) {
                        fromField.text = Statistics.fromText
                        toField.text = Statistics.toText
                    }
                }
            }
            RowLayout {
                width: parent.width
                spacing: 8
                ScreenTitle { objectName: "statisticsPeriod"; Layout.fillWidth: true; text: Statistics.periodText; elide: Text.ElideRight }
                BigButton { objectName: "saveCsv"; primary: false; text: qsTr("Save as CSV"); onClicked: Statistics.saveCsv() }
                BigButton { objectName: "savePdf"; primary: false; text: qsTr("Save as PDF"); onClicked: Statistics.savePdf() }
                BigButton {
                    objectName: "printReport"
                    visible: Statistics.canPrint
                    enabled: !Statistics.printing
                    text: qsTr("Print")
                    onClicked: Statistics.print()
                }
            }
        }

        Flickable {
            id: flick
            anchors { left: parent.left; right: parent.right; top: header.bottom; bottom: parent.bottom; topMargin: Theme.spacing }
            contentHeight: content.implicitHeight
            clip: true
            Column {
                id: content
                width: flick.width
                spacing: Theme.spacing
                Flow {
                    width: parent.width
                    spacing: Theme.spacing
                    Repeater {
                        model: Statistics.sections
                        delegate: Rectangle {
                            required property string sectionId
                            required property string heading
                            required property var rows
                            objectName: "section-" + sectionId
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
                                        Text { id: label; anchors.left: parent.left; width: parent.width - 80; text: modelData.label; elide: Text.ElideRight; font.pixelSize: Theme.fontSmall; font.bold: modelData.total; color: Theme.text }
                                        Text { anchors.right: parent.right; text: modelData.shown; font.pixelSize: Theme.fontSmall; font.bold: modelData.total; color: Theme.text }
                                    }
                                }
                            }
                        }
                    }
                }
                Text {
                    objectName: "statisticsFootnotes"
                    width: parent.width
                    text: Statistics.footnoteText
                    wrapMode: Text.WordWrap
                    font.pixelSize: Theme.fontSmall; color: Theme.textMuted
                }
            }
        }
    }
}
