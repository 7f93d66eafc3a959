// The frame after the Pay tap: the till shows the receipt number and total of the sale just made.
// main.cpp sets the two properties right after SaleRepository::complete() returns.
import QtQuick

Rectangle {
    id: root
    property string receipt: ""
    property string total: ""

    width: 480
    height: 160
    color: "#f4f1ea"

    Column {
        anchors.centerIn: parent
        spacing: 8
        Text { text: qsTr("Receipt %1").arg(root.receipt); font.pixelSize: 32 }
        Text { text: root.total; font.pixelSize: 24 }
    }
}
