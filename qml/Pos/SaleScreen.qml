import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Aktivkafe.Ui
import Aktivkafe.Pos

// Selling: product buttons by category on the left, the sale with its running total on the right.
Page {
    id: page
    objectName: "saleScreen"
    background: Rectangle { color: Theme.background }
    signal pay()
    signal showPrinter()
    signal showReturn()
    signal showStaff()
    signal showCards()
    signal showActivities()
    signal showStatistics()
    signal showCash()
    signal showDayClose()

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Banner {
            objectName: "printerBanner"
            Layout.fillWidth: true
            text: Printer.problemText
        }
        Banner {   // the backup stick needs a look (core decides when); selling goes on
            objectName: "backupStickBanner"
            Layout.fillWidth: true
            text: BackupStick.warningText
        }

        TopBar {
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            BigButton {
                objectName: "parkedButton"
                compact: true
                primary: false
                visible: Sale.parked.count > 0
                text: qsTr("Parked (%1)").arg(Sale.parked.count)
                onClicked: parkedPopup.open()
            }
            BigButton {   // the manager's screens, behind one button: the bar holds no more
                objectName: "managerButton"
                visible: Session.isManager
                compact: true
                primary: false
                text: qsTr("Manager")
                onClicked: managerPopup.open()
            }
            BigButton {
                objectName: "cashButton"
                compact: true
                primary: false
                text: qsTr("Drawer")
                onClicked: page.showCash()
            }
            BigButton {
                objectName: "cardsButton"
                compact: true
                primary: false
                text: qsTr("Coffee cards")
                onClicked: page.showCards()
            }
            BigButton {
                objectName: "activitiesAdminButton"
                compact: true
                primary: false
                text: qsTr("Activities")
                onClicked: page.showActivities()
            }
            BigButton {
                objectName: "returnButton"
                compact: true
                primary: false
                text: qsTr("Receipts")
                onClicked: page.showReturn()
            }
            BigButton {
                objectName: "printerButton"
                compact: true
                primary: false
                text: qsTr("Devices")
                onClicked: page.showPrinter()
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.spacing
            spacing: Theme.spacing

            ColumnLayout {   // categories and products
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: Theme.spacing
                RowLayout {
                    spacing: 10
                    Repeater {
                        model: Catalogue.categories
                        delegate: BigButton {
                            required property var categoryId
                            required property string name
                            objectName: "category-" + categoryId
                            primary: Catalogue.currentCategory === categoryId
                            text: name
                            onClicked: Catalogue.currentCategory = categoryId
                        }
                    }
                }
                Flow {   // a café has a handful of products per category: no scrolling needed
                    id: productGrid
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    spacing: 10
                    readonly property real cellWidth: Math.floor((width - 2 * spacing) / 3)
                    Repeater {
                        model: Catalogue.products
                        delegate: BigButton {
                            required property var productId
                            required property string name
                            required property string priceText
                            objectName: "product-" + productId
                            width: productGrid.cellWidth
                            height: Theme.touchMin * 1.8
                            primary: false
                            text: name + "\n" + priceText
                            onClicked: Sale.add(productId)
                        }
                    }
                }
            }

            Rectangle {   // the sale
                Layout.preferredWidth: 440
                Layout.fillHeight: true
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border

                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    spacing: 10

                    Rectangle {   // from the kiosk: coffees redeemed there, waiting to be served
                        objectName: "fromKiosk"
                        visible: Serving.waiting.count > 0
                        Layout.fillWidth: true
                        implicitHeight: kioskColumn.implicitHeight + 20
                        radius: Theme.radius
                        color: Theme.accentSoft
                        ColumnLayout {
                            id: kioskColumn
                            anchors.fill: parent
                            anchors.margins: 10
                            spacing: 6
                            Text {
                                text: qsTr("From the kiosk")
                                font.pixelSize: Theme.fontBody; font.bold: true
                                color: Theme.text
                            }
                            Repeater {
                                model: Serving.waiting
                                delegate: RowLayout {
                                    required property var servingId
                                    required property string numberText
                                    required property string description
                                    required property string whenText
                                    Layout.fillWidth: true
                                    Text {
                                        Layout.fillWidth: true
                                        text: numberText + "  " + description + "  " + whenText
                                        elide: Text.ElideRight
                                        font.pixelSize: Theme.fontBody
                                        color: Theme.text
                                    }
                                    BigButton {
                                        objectName: "served-" + servingId
                                        text: qsTr("Served")
                                        onClicked: Serving.served(servingId)
                                    }
                                }
                            }
                        }
                    }

                    ListView {
                        id: lineList
                        objectName: "saleLines"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        clip: true
                        spacing: 6
                        model: Sale.lines
                        delegate: RowLayout {
                            required property var productId
                            required property string name
                            required property int quantity
                            required property string amountText
                            width: lineList.width
                            spacing: 6
                            BigButton {
                                objectName: "decrease-" + productId
                                primary: false; text: "−"
                                Accessible.name: qsTr("One less %1").arg(name)
                                implicitWidth: Theme.touchMin; implicitHeight: Theme.touchMin
                                onClicked: Sale.decrease(productId)
                            }
                            Text {
                                objectName: "quantity-" + productId
                                text: quantity
                                font.pixelSize: Theme.fontBody; font.bold: true
                                horizontalAlignment: Text.AlignHCenter
                                Layout.preferredWidth: 30
                                color: Theme.text
                            }
                            BigButton {
                                objectName: "increase-" + productId
                                primary: false; text: "+"
                                Accessible.name: qsTr("One more %1").arg(name)
                                implicitWidth: Theme.touchMin; implicitHeight: Theme.touchMin
                                onClicked: Sale.increase(productId)
                            }
                            Text {
                                text: name
                                Layout.fillWidth: true
                                elide: Text.ElideRight
                                font.pixelSize: Theme.fontBody
                                color: Theme.text
                            }
                            Text {
                                text: amountText
                                font.pixelSize: Theme.fontBody
                                color: Theme.text
                            }
                        }
                    }

                    Text {
                        visible: Sale.empty
                        Layout.fillWidth: true
                        text: qsTr("Tap a product to start a sale.")
                        wrapMode: Text.WordWrap
                        font.pixelSize: Theme.fontBody
                        color: Theme.textMuted
                    }

                    RowLayout {   // eat in or take away: only where the VAT differs
                        visible: Sale.offersTakeaway && !Sale.empty
                        spacing: 10
                        BigButton {
                            objectName: "eatIn"
                            primary: !Sale.takeaway
                            text: qsTr("Eat here")
                            onClicked: Sale.takeaway = false
                        }
                        BigButton {
                            objectName: "takeaway"
                            primary: Sale.takeaway
                            text: qsTr("Take away")
                            onClicked: Sale.takeaway = true
                        }
                    }

                    Text {
                        objectName: "discountText"
                        visible: text.length > 0
                        text: Sale.discountText
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                    }

                    Text {
                        objectName: "saleError"
                        visible: text.length > 0
                        Layout.fillWidth: true
                        text: Sale.errorText
                        wrapMode: Text.WordWrap
                        font.pixelSize: Theme.fontBody
                        color: Theme.errorText
                    }

                    RowLayout {
                        Layout.fillWidth: true
                        Text {
                            text: qsTr("Total")
                            font.pixelSize: Theme.fontTitle - 8
                            color: Theme.text
                            Layout.fillWidth: true
                        }
                        Text {
                            objectName: "saleTotal"
                            text: Sale.totalText
                            font.pixelSize: Theme.fontTitle; font.bold: true
                            color: Theme.text
                        }
                    }

                    RowLayout {
                        Layout.fillWidth: true
                        spacing: 10
                        BigButton {
                            objectName: "discountButton"
                            Layout.fillWidth: true
                            Layout.preferredWidth: 1
                            primary: false
                            enabled: !Sale.empty
                            text: qsTr("Discount")
                            onClicked: discountPopup.open()
                        }
                        BigButton {
                            objectName: "parkSale"
                            Layout.fillWidth: true
                            Layout.preferredWidth: 1
                            primary: false
                            enabled: !Sale.empty
                            text: qsTr("Park")
                            onClicked: Sale.park()
                        }
                        BigButton {
                            objectName: "cancelSale"
                            Layout.fillWidth: true
                            Layout.preferredWidth: 1
                            primary: false
                            enabled: !Sale.empty
                            text: qsTr("Cancel")
                            onClicked: cancelPopup.open()
                        }
                    }
                    BigButton {
                        objectName: "payButton"
                        Layout.fillWidth: true
                        enabled: !Sale.empty
                        text: qsTr("Pay")
                        font.pixelSize: Theme.fontTitle - 6
                        onClicked: page.pay()
                    }
                }
            }
        }
    }

    Popup {
        id: managerPopup
        objectName: "managerPopup"
        modal: true
        anchors.centerIn: Overlay.overlay
        padding: Theme.margin
        background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.border }
        ColumnLayout {
            spacing: Theme.spacing
            ScreenTitle { text: qsTr("For the manager") }
            BigButton {
                objectName: "staffButton"
                Layout.fillWidth: true
                primary: false
                text: qsTr("Staff")
                onClicked: { managerPopup.close(); page.showStaff() }
            }
            BigButton {
                objectName: "dayCloseButton"
                Layout.fillWidth: true
                primary: false
                text: qsTr("Close the day")
                onClicked: { managerPopup.close(); page.showDayClose() }
            }
            BigButton {
                objectName: "trainingButton"
                Layout.fillWidth: true
                primary: false
                text: Cash.training ? qsTr("End training mode") : qsTr("Training mode for a new volunteer")
                onClicked: { managerPopup.close(); Cash.setTraining(!Cash.training) }
            }
            BigButton {
                objectName: "statisticsButton"
                Layout.fillWidth: true
                primary: false
                text: qsTr("Statistics for funders")
                onClicked: { managerPopup.close(); page.showStatistics() }
            }
            BigButton {
                objectName: "closeManagerPopup"
                Layout.fillWidth: true
                primary: false
                text: qsTr("Close")
                onClicked: managerPopup.close()
            }
        }
    }

    ChoicePopup {
        id: parkedPopup
        objectName: "parkedPopup"
        title: qsTr("Parked sales")
        model: Sale.parked
        textRole: "summary"
        detailRole: "totalText"
        idRole: "parkedId"
        idPrefix: "resume-"
        onChosen: (id) => Sale.resume(id)
    }

    ChoicePopup {
        id: discountPopup
        objectName: "discountPopup"
        property int percent: 100
        title: qsTr("Discount on the whole sale: how much, and why?")
        model: Sale.discountReasons
        textRole: "text"
        idRole: "code"
        idPrefix: "reason-"
        onAboutToShow: percent = 100
        onChosen: (code) => Sale.setPercentDiscount(percent, code)
        RowLayout {
            spacing: 10
            Repeater {
                model: [25, 50, 100]
                BigButton {
                    required property int modelData
                    objectName: "percent-" + modelData
                    primary: discountPopup.percent === modelData
                    text: modelData === 100 ? qsTr("Free") : modelData + " %"
                    onClicked: discountPopup.percent = modelData
                }
            }
        }
    }

    ChoicePopup {
        id: cancelPopup
        objectName: "cancelPopup"
        title: qsTr("Cancel this sale? It is counted as cancelled.")
        model: [{ "key": "yes", "label": qsTr("Yes, cancel the sale") }]
        textRole: "label"
        idRole: "key"
        idPrefix: "cancel-"
        onChosen: Sale.abandon()
    }
}
