import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Aktivkafe.Ui
import Aktivkafe.Pos

// Devices: the receipt printer (its state in plain words, which printer it is, a test page) on the
// left; the cash drawer as its sensor says (a drawer test goes through core as a no-sale opening,
// journaled) and every card reader with its state and the last thing it read (masked) on the right.
Page {
    id: page
    objectName: "printerScreen"
    signal back()
    property bool drawerTested: false
    onVisibleChanged: drawerTested = false
    background: Rectangle { color: Theme.background }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Banner {
            objectName: "printerBanner"
            Layout.fillWidth: true
            text: Printer.problemText
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.margin
            spacing: Theme.spacing * 1.5

            TopBar {
                Layout.fillWidth: true
                BigButton {
                    objectName: "backToSelling"
                    primary: false
                    text: qsTr("Back to selling")
                    onClicked: page.back()
                }
            }

            ScreenTitle {
                Layout.topMargin: Theme.spacing
                text: qsTr("Devices")
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.margin * 2

                // Columns, not ColumnLayouts: with Qt 6.4 a ColumnLayout here stopped placing its
                // children once a test print showed its result or the reader list changed (they
                // piled up at the top); a Column places what is visible, every time.
                Column {   // the receipt printer
                    Layout.preferredWidth: 1
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    spacing: Theme.spacing
                    Text {
                        text: qsTr("Receipt printer")
                        font.pixelSize: Theme.fontBody; font.bold: true
                        color: Theme.text
                    }
                    Text {
                        objectName: "printerStatus"
                        width: parent ? parent.width : 0
                        text: Printer.statusText
                        wrapMode: Text.WordWrap
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                    }
                    Text {
                        width: parent ? parent.width : 0
                        text: Printer.deviceText
                        elide: Text.ElideRight
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                    }
                    BigButton {
                        objectName: "testPrint"
                        text: qsTr("Print a test page")
                        glyph: "🖨"
                        onClicked: Printer.testPrint()
                    }
                    Text {
                        objectName: "printResult"
                        width: parent ? parent.width : 0
                        visible: text !== ""
                        text: Printer.lastResultText
                        wrapMode: Text.WordWrap
                        font.pixelSize: Theme.fontBody
                        color: Theme.textMuted
                    }
                    Text {
                        visible: Printer.interrupted.count > 0
                        width: parent ? parent.width : 0
                        topPadding: Theme.spacing
                        text: qsTr("These were printing when the till stopped. Did they come out?")
                        wrapMode: Text.WordWrap
                        font.pixelSize: Theme.fontBody; font.bold: true
                        color: Theme.text
                    }
                    Repeater {
                        model: Printer.interrupted
                        delegate: Column {
                            required property var jobId
                            required property string title
                            required property string whenText
                            spacing: Theme.spacing / 2
                            Text { text: whenText + "  " + title; font.pixelSize: Theme.fontBody; color: Theme.text }
                            Row {
                                spacing: Theme.spacing
                                BigButton {
                                    objectName: "printedFine-" + jobId
                                    primary: false
                                    text: qsTr("Yes, it printed")
                                    onClicked: Printer.markPrinted(jobId)
                                }
                                BigButton {
                                    objectName: "printAgain-" + jobId
                                    text: qsTr("No, print it again")
                                    onClicked: Printer.printAgain(jobId)
                                }
                            }
                        }
                    }
                }

                Column {   // the cash drawer and the card readers
                    Layout.preferredWidth: 1
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    spacing: Theme.spacing
                    Text {
                        text: qsTr("Cash drawer")
                        font.pixelSize: Theme.fontBody; font.bold: true
                        color: Theme.text
                    }
                    Text {
                        objectName: "drawerState"
                        width: parent ? parent.width : 0
                        text: Devices.drawerText
                        wrapMode: Text.WordWrap
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                    }
                    BigButton {
                        objectName: "drawerTest"
                        compact: true
                        primary: false
                        text: qsTr("Test the drawer")
                        // An opening like any other: journaled and counted by core, with this reason.
                        onClicked: {
                            page.drawerTested = true
                            Cash.move("noSale", "", qsTr("Drawer test"))
                        }
                    }
                    Text {
                        objectName: "drawerTestResult"
                        width: parent ? parent.width : 0
                        // Only the drawer test's own answer (not what the till said when the shift opened).
                        visible: page.drawerTested && text !== ""
                        text: Cash.errorText !== "" ? Cash.errorText : Cash.messageText
                        wrapMode: Text.WordWrap
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                    }
                    Text {
                        topPadding: Theme.spacing
                        text: qsTr("Card readers")
                        font.pixelSize: Theme.fontBody; font.bold: true
                        color: Theme.text
                    }
                    Text {
                        visible: Devices.readers.count === 0
                        text: qsTr("No card reader is set up.")
                        font.pixelSize: Theme.fontBody
                        color: Theme.textMuted
                    }
                    Repeater {
                        model: Devices.readers
                        delegate: Column {
                            required property string readerId
                            required property string name
                            required property string stateText
                            required property bool ready
                            required property string lastText
                            required property string detailText
                            objectName: "reader-" + readerId
                            width: parent ? parent.width : 0
                            spacing: 2
                            Text {
                                objectName: "readerState-" + readerId
                                width: parent ? parent.width : 0
                                text: (ready ? "✓ " : "⚠ ") + readerId + ": " + stateText
                                wrapMode: Text.WordWrap
                                font.pixelSize: Theme.fontBody
                                color: ready ? Theme.text : Theme.errorText
                            }
                            Text {
                                objectName: "readerDetail-" + readerId
                                width: parent ? parent.width : 0
                                // Not ready: the driver's own words, for whoever set the reader up.
                                text: name + "  ·  " + (detailText !== "" ? detailText
                                                        : lastText !== "" ? qsTr("Last read: %1").arg(lastText)
                                                        : qsTr("Nothing read yet."))
                                wrapMode: Text.Wrap
                                font.pixelSize: Theme.fontSmall
                                color: Theme.textMuted
                            }
                        }
                    }
                }
            }
            Item { Layout.fillHeight: true }
        }
    }
}
