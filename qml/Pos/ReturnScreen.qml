import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Aktivkafe.Ui
import Aktivkafe.Pos

// A receipt copy or a return: the receipt number, what comes back, why, how the money goes back, and a manager's
// PIN. A completed sale is never changed: the return is a sale of its own with minus amounts.
Page {
    id: page
    objectName: "returnScreen"
    background: Rectangle { color: Theme.background }
    signal back()
    Component.onCompleted: Returns.start()
    property int approverId: -1

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin

        ColumnLayout {   // find the receipt
            Layout.alignment: Qt.AlignTop
            spacing: Theme.spacing
            ScreenTitle { text: qsTr("Receipts and returns") }
            Text { text: qsTr("Receipt number"); font.pixelSize: Theme.fontBody; color: Theme.text }
            AmountPad {
                id: number
                objectName: "receiptNumberPad"
                placeholder: qsTr("Receipt no.")
                allowComma: false
            }
            RowLayout {
                spacing: 10
                BigButton {
                    objectName: "findReceipt"
                    enabled: number.typed.length > 0
                    text: qsTr("Find the receipt")
                    onClicked: { Returns.find(number.typed); number.clear() }
                }
                BigButton {
                    objectName: "backFromReturn"
                    primary: false
                    text: qsTr("Back to selling")
                    onClicked: page.back()
                }
            }
        }

        ColumnLayout {   // what, why, how, who approves
            Layout.alignment: Qt.AlignTop
            Layout.fillWidth: true
            spacing: 12

            Text {
                objectName: "returnDone"
                visible: text.length > 0
                Layout.fillWidth: true
                text: Returns.doneText
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontTitle - 10; font.bold: true
                color: Theme.text
            }
            Text {
                objectName: "returnError"
                visible: text.length > 0
                Layout.fillWidth: true
                text: Returns.errorText
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontBody
                color: Theme.errorText
            }
            RowLayout {
                visible: Returns.found
                spacing: Theme.spacing
                Text {
                    text: Returns.saleText
                    font.pixelSize: Theme.fontBody; font.bold: true
                    color: Theme.text
                }
                BigButton {
                    objectName: "printCopy"
                    primary: false
                    text: qsTr("Print a copy")
                    onClicked: Returns.printCopy()
                }
            }
            Text {
                visible: Returns.found
                text: qsTr("To return something, choose how many of each come back:")
                font.pixelSize: Theme.fontSmall; color: Theme.textMuted
            }
            Repeater {
                model: Returns.lines
                delegate: RowLayout {
                    required property var saleLineId
                    required property string name
                    required property int sold
                    required property int back
                    required property string amountText
                    spacing: 8
                    BigButton {
                        objectName: "returnLess-" + saleLineId
                        primary: false; text: "−"
                        implicitWidth: Theme.touchMin
                        onClicked: Returns.decrease(saleLineId)
                    }
                    Text { text: back + " / " + sold; font.pixelSize: Theme.fontBody; font.bold: true; color: Theme.text }
                    BigButton {
                        objectName: "returnMore-" + saleLineId
                        primary: false; text: "+"
                        implicitWidth: Theme.touchMin
                        onClicked: Returns.increase(saleLineId)
                    }
                    Text { text: name + "  " + amountText; font.pixelSize: Theme.fontBody; color: Theme.text }
                }
            }
            Text {
                objectName: "refundText"
                visible: text.length > 0
                text: Returns.refundText
                font.pixelSize: Theme.fontBody + 2; font.bold: true
                color: Theme.text
            }
            Flow {   // why
                visible: Returns.found
                Layout.fillWidth: true
                spacing: 8
                Repeater {
                    model: Returns.reasons
                    BigButton {
                        required property string modelData
                        required property int index
                        objectName: "returnReason-" + index
                        primary: Returns.reason === modelData
                        text: modelData
                        onClicked: Returns.reason = modelData
                    }
                }
            }
            RowLayout {   // how the money goes back
                visible: Returns.found
                spacing: 8
                BigButton {
                    objectName: "refundCash"
                    primary: !Returns.refundToCard
                    text: qsTr("Cash back")
                    onClicked: Returns.refundToCard = false
                }
                BigButton {
                    objectName: "refundCard"
                    primary: Returns.refundToCard
                    text: qsTr("Back to the card")
                    onClicked: Returns.refundToCard = true
                }
            }
            Text {
                visible: Returns.ready
                text: page.approverId < 0 ? qsTr("A manager approves:") : qsTr("Manager's PIN:")
                font.pixelSize: Theme.fontBody; color: Theme.text
            }
            Flow {
                visible: Returns.ready && page.approverId < 0
                Layout.fillWidth: true
                spacing: 8
                Repeater {
                    model: Returns.managers
                    delegate: BigButton {
                        required property var staffId
                        required property string name
                        objectName: "approver-" + staffId
                        primary: false
                        text: name
                        onClicked: page.approverId = staffId
                    }
                }
            }
            PinPad {
                objectName: "approverPin"
                visible: Returns.ready && page.approverId >= 0
                okText: qsTr("Approve")
                onAccepted: (pin) => { if (Returns.approve(page.approverId, pin)) page.approverId = -1 }
            }
        }
    }
}
