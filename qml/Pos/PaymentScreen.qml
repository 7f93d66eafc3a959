import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Aktivkafe.Ui
import Aktivkafe.Pos

// Paying: type an amount (or not) and tap how it is paid; what is left and the change are always
// in view. After the sale is stored: the change in big digits and "Receipt?".
Page {
    id: page
    objectName: "paymentScreen"
    background: Rectangle { color: Theme.background }
    signal back()

    // paying
    RowLayout {
        visible: Payment.stage === "paying"
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin * 1.5

        ColumnLayout {
            Layout.alignment: Qt.AlignTop
            spacing: Theme.spacing
            ScreenTitle { text: qsTr("Pay %1").arg(Payment.dueText); objectName: "paymentDue" }
            AmountPad { id: amount; objectName: "amountPad" }
            Text {
                text: qsTr("Type an amount to split the payment, or just tap how it is paid.")
                Layout.preferredWidth: 420
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
        }

        ColumnLayout {
            Layout.alignment: Qt.AlignTop
            Layout.fillWidth: true
            spacing: Theme.spacing

            Text { text: qsTr("Cash"); font.pixelSize: Theme.fontBody; font.bold: true; color: Theme.text }
            Flow {
                Layout.fillWidth: true
                spacing: 10
                BigButton {
                    objectName: "cashTyped"
                    visible: amount.typed.length > 0
                    text: qsTr("Cash %1").arg(amount.typed)
                    onClicked: { Payment.addCash(amount.typed); amount.clear() }
                }
                BigButton {
                    objectName: "cashExact"
                    visible: !Payment.paidInFull
                    text: qsTr("Exact %1").arg(Payment.remainingCashText)
                    onClicked: Payment.exactCash()
                }
                Repeater {
                    model: Payment.quickCash
                    delegate: BigButton {
                        required property string label
                        required property var minor
                        objectName: "cash-" + minor
                        primary: false
                        text: label
                        onClicked: Payment.addCashMinor(minor)
                    }
                }
            }
            Text { text: qsTr("Other ways"); font.pixelSize: Theme.fontBody; font.bold: true; color: Theme.text }
            RowLayout {
                spacing: 10
                BigButton {
                    objectName: "payCard"
                    primary: false
                    text: amount.typed.length > 0 ? qsTr("Card %1").arg(amount.typed) : qsTr("Card (terminal)")
                    onClicked: { Payment.addCard(amount.typed); amount.clear() }
                }
                BigButton {
                    objectName: "payMobile"
                    primary: false
                    text: amount.typed.length > 0 ? qsTr("Vipps / MobilePay %1").arg(amount.typed) : qsTr("Vipps / MobilePay")
                    onClicked: { Payment.addMobile(amount.typed, reference.text); amount.clear(); reference.clear() }
                }
                BigButton {
                    objectName: "payCoffeeCard"
                    visible: Payment.coffeeCardUnitsLeft > 0
                    primary: Payment.waitingForCoffeeCard
                    text: qsTr("Coffee card")
                    onClicked: Payment.waitingForCoffeeCard ? Payment.cancelCoffeeCard() : Payment.awaitCoffeeCard()
                }
            }
            RowLayout {   // a coffee card: scanned, or its code typed
                visible: Payment.waitingForCoffeeCard
                spacing: 10
                Text {
                    text: qsTr("Scan the coffee card, or type its code:")
                    font.pixelSize: Theme.fontBody; font.bold: true; color: Theme.accent
                }
                TextField {
                    id: coffeeCardCode
                    objectName: "coffeeCardCode"
                    Layout.preferredWidth: 260
                    implicitHeight: Theme.touchMin
                    font.pixelSize: Theme.fontBody
                    placeholderText: "AK1-…"
                    onAccepted: { Payment.coffeeCardScanned(text); clear() }
                }
                BigButton {
                    objectName: "coffeeCardOk"
                    primary: false
                    text: qsTr("OK")
                    onClicked: { Payment.coffeeCardScanned(coffeeCardCode.text); coffeeCardCode.clear() }
                }
            }
            TextField {   // typed on a keyboard or scanned; most cafés leave it empty
                id: reference
                objectName: "mobileReference"
                Layout.preferredWidth: 420
                implicitHeight: Theme.touchMin
                font.pixelSize: Theme.fontBody
                placeholderText: qsTr("Vipps / MobilePay reference (optional)")
                maximumLength: 40
            }

            Repeater {   // what has been paid so far
                model: Payment.entries
                delegate: RowLayout {
                    required property int index
                    required property string methodText
                    required property string amountText
                    spacing: 10
                    Text { text: methodText; font.pixelSize: Theme.fontBody; color: Theme.text; Layout.preferredWidth: 240 }
                    Text { text: amountText; font.pixelSize: Theme.fontBody; color: Theme.text; Layout.preferredWidth: 140 }
                    BigButton {
                        objectName: "removePayment-" + index
                        primary: false
                        text: qsTr("Take back")
                        onClicked: Payment.removeEntry(index)
                    }
                }
            }

            Text {
                objectName: "paymentError"
                visible: text.length > 0
                Layout.fillWidth: true
                text: Payment.errorText
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontBody
                color: Theme.errorText
            }
            Text {
                objectName: "remainingText"
                text: Payment.paidInFull ? qsTr("Paid in full") : qsTr("Left to pay: %1").arg(Payment.remainingText)
                font.pixelSize: Theme.fontTitle - 8; font.bold: true
                color: Theme.text
            }
            Text {
                visible: Payment.hasChange
                text: qsTr("Change: %1").arg(Payment.changeText)
                font.pixelSize: Theme.fontTitle - 8
                color: Theme.text
            }
            RowLayout {
                spacing: Theme.spacing
                BigButton {
                    objectName: "backToSale"
                    primary: false
                    text: qsTr("Back to the sale")
                    onClicked: { Payment.cancel(); page.back() }
                }
                BigButton {
                    objectName: "completeSale"
                    enabled: Payment.paidInFull
                    text: qsTr("Done")
                    onClicked: Payment.complete()
                }
            }
        }
    }

    // done: change and receipt
    ColumnLayout {
        visible: Payment.stage === "done"
        anchors.centerIn: parent
        spacing: Theme.spacing * 1.5
        Text {
            Layout.alignment: Qt.AlignHCenter
            text: Payment.hasChange ? qsTr("Give back") : qsTr("No change")
            font.pixelSize: Theme.fontTitle; color: Theme.textMuted
        }
        Text {
            objectName: "changeDigits"
            visible: Payment.hasChange
            Layout.alignment: Qt.AlignHCenter
            text: Payment.changeText
            font.pixelSize: 120; font.bold: true
            color: Theme.text
        }
        Text {
            Layout.alignment: Qt.AlignHCenter
            visible: text.length > 0
            text: Payment.roundingText
            font.pixelSize: Theme.fontBody; color: Theme.textMuted
        }
        Text {
            objectName: "cardsIssuedText"
            Layout.alignment: Qt.AlignHCenter
            visible: text.length > 0
            text: Payment.cardsIssuedText
            font.pixelSize: Theme.fontBody; font.bold: true; color: Theme.accent
        }
        Text {
            objectName: "receiptText"
            Layout.alignment: Qt.AlignHCenter
            text: Payment.receiptText
            font.pixelSize: Theme.fontBody; color: Theme.textMuted
        }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            spacing: Theme.spacing * 2
            BigButton {
                objectName: "receiptYes"
                text: qsTr("Receipt, please")
                onClicked: { Payment.printReceipt(); Payment.finish(); page.back() }
            }
            BigButton {
                objectName: "receiptNo"
                primary: false
                text: qsTr("No receipt")
                onClicked: { Payment.finish(); page.back() }
            }
        }
    }
}
