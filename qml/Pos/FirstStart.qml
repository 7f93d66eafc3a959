import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Aktivkafe.Ui
import Aktivkafe.Pos

// The till's first start, when there is no café yet (pos/FirstStartController.h): a few questions,
// one page at a time, then the café is made and the till starts. The rules are core's: each page's
// problem is what FirstStart says.
ApplicationWindow {
    id: window
    width: 1280
    height: 800
    visible: true
    title: qsTr("Aktivkafe: a new café")
    color: Theme.background
    font.family: Theme.fontFamily

    // for --self-test, --screenshot and the walkthrough (see AppShell.h)
    readonly property var screens: ["language", "cafe", "manager", "printer", "done"]
    function showScreen(name) { FirstStart.showPage(name) }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Text {
            objectName: "firstStartStep"
            text: FirstStart.page === "done" ? "" : qsTr("New café — step %1 of 4").arg(window.screens.indexOf(FirstStart.page) + 1)
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
        }
        ScreenTitle {
            objectName: "firstStartTitle"
            Layout.fillWidth: true
            text: {
                switch (FirstStart.page) {
                case "language": return qsTr("Welcome to Aktivkafe")
                case "cafe": return qsTr("About the café")
                case "manager": return qsTr("The café's manager")
                case "printer": return qsTr("The receipt printer")
                default: return qsTr("The café is ready")
                }
            }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: window.screens.indexOf(FirstStart.page)

            ColumnLayout {   // language
                spacing: Theme.spacing
                Text {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    text: qsTr("There is no café on this PC yet. A few questions, and the till is ready. Everything can be changed later.")
                }
                Text {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.text
                    text: qsTr("Which language should the screens start in?")
                }
                LanguageSwitch {}
                Item { Layout.fillHeight: true }
            }

            GridLayout {   // café
                columns: 2
                columnSpacing: Theme.spacing * 2
                rowSpacing: Theme.spacing
                Text { text: qsTr("The café's name, as on the receipts"); font.pixelSize: Theme.fontBody; color: Theme.text }
                TextField {
                    objectName: "cafeName"
                    Layout.preferredWidth: 520
                    implicitHeight: Theme.touchMin
                    font.pixelSize: Theme.fontBody
                    text: FirstStart.name
                    onTextEdited: FirstStart.name = text
                }
                Text { text: qsTr("Country"); font.pixelSize: Theme.fontBody; color: Theme.text }
                RowLayout {
                    spacing: Theme.spacing
                    BigButton {
                        objectName: "countryNO"
                        primary: FirstStart.country === "NO"
                        text: qsTr("Norway")
                        onClicked: FirstStart.country = "NO"
                    }
                    BigButton {
                        objectName: "countryDK"
                        primary: FirstStart.country === "DK"
                        text: qsTr("Denmark")
                        onClicked: FirstStart.country = "DK"
                    }
                }
                Text {
                    text: FirstStart.country === "NO" ? qsTr("Organisation number (9 digits)") : qsTr("CVR number (8 digits)")
                    font.pixelSize: Theme.fontBody; color: Theme.text
                }
                TextField {
                    objectName: "orgNumber"
                    Layout.preferredWidth: 320
                    implicitHeight: Theme.touchMin
                    font.pixelSize: Theme.fontBody
                    inputMethodHints: Qt.ImhDigitsOnly
                    placeholderText: qsTr("none")
                    text: FirstStart.orgNumber
                    onTextEdited: FirstStart.orgNumber = text
                }
                Text { text: qsTr("Registered for VAT?"); font.pixelSize: Theme.fontBody; color: Theme.text }
                RowLayout {
                    spacing: Theme.spacing
                    BigButton {
                        objectName: "vatNo"
                        primary: !FirstStart.vatRegistered
                        text: qsTr("No")
                        onClicked: FirstStart.vatRegistered = false
                    }
                    BigButton {
                        objectName: "vatYes"
                        primary: FirstStart.vatRegistered
                        text: qsTr("Yes")
                        onClicked: FirstStart.vatRegistered = true
                    }
                }
                Item { Layout.fillHeight: true }
            }

            RowLayout {   // manager
                spacing: Theme.spacing * 3
                ColumnLayout {
                    Layout.alignment: Qt.AlignTop
                    Layout.preferredWidth: 520
                    spacing: Theme.spacing
                    Text {
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        font.pixelSize: Theme.fontBody; color: Theme.text
                        text: qsTr("The manager closes the day, adds volunteers and sees the reports. Their first name:")
                    }
                    TextField {
                        objectName: "managerName"
                        Layout.preferredWidth: 360
                        implicitHeight: Theme.touchMin
                        font.pixelSize: Theme.fontBody
                        placeholderText: qsTr("First name")
                        text: FirstStart.managerName
                        onTextEdited: FirstStart.managerName = text
                    }
                    Text {
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        font.pixelSize: Theme.fontBody; color: Theme.text
                        text: FirstStart.pinStage === 0 ? qsTr("Choose a PIN of 4 to 6 digits that is not easy to guess.")
                            : FirstStart.pinStage === 1 ? qsTr("Type the same PIN again.")
                            : qsTr("The PIN is set.")
                    }
                }
                PinPad {
                    objectName: "managerPin"
                    Layout.alignment: Qt.AlignTop
                    onAccepted: (pin) => FirstStart.enterPin(pin)
                }
            }

            ColumnLayout {   // printer
                spacing: Theme.spacing
                Text {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    font.pixelSize: Theme.fontBody; color: Theme.text
                    text: FirstStart.printers.length > 0
                          ? qsTr("These receipt printers are plugged in. Choose the café's, and print a test page to be sure.")
                          : qsTr("No receipt printer is plugged in. Plug it in (USB) and look again, or go on without one: the till then sells without paper receipts, and a printer can be added later.")
                }
                Repeater {
                    model: FirstStart.printers
                    BigButton {
                        required property string modelData
                        required property int index
                        objectName: "printer-" + index
                        primary: FirstStart.printerIndex === index
                        text: modelData
                        onClicked: FirstStart.printerIndex = index
                    }
                }
                RowLayout {
                    spacing: Theme.spacing
                    BigButton {
                        objectName: "noPrinter"
                        primary: FirstStart.printerIndex < 0
                        text: qsTr("No printer yet")
                        onClicked: FirstStart.printerIndex = -1
                    }
                    BigButton {
                        objectName: "findPrinters"
                        primary: false
                        text: qsTr("Look again")
                        onClicked: FirstStart.findPrinters()
                    }
                    BigButton {
                        objectName: "testPrint"
                        primary: false
                        visible: FirstStart.printerIndex >= 0
                        text: qsTr("Print a test page")
                        onClicked: FirstStart.testPrint()
                    }
                }
                MessageLine {
                    objectName: "printerResult"
                    Layout.fillWidth: true
                    text: FirstStart.printerResult
                }
                Item { Layout.fillHeight: true }
            }

            ColumnLayout {   // done
                spacing: Theme.spacing
                Text {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    font.pixelSize: Theme.fontBody; color: Theme.text
                    text: qsTr("The café is made. The manager logs in with their name and PIN; on the Staff page they add the volunteers.")
                }
                Text {
                    objectName: "firstStartSummary"
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    font.pixelSize: Theme.fontBody; color: Theme.textMuted
                    text: FirstStart.summary
                }
                Item { Layout.fillHeight: true }
            }
        }

        MessageLine {
            objectName: "firstStartProblem"
            Layout.fillWidth: true
            error: true
            text: FirstStart.problem
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            BigButton {
                objectName: "firstStartBack"
                primary: false
                visible: FirstStart.page !== "language" && FirstStart.page !== "done"
                text: qsTr("Back")
                onClicked: FirstStart.back()
            }
            Item { Layout.fillWidth: true }
            BigButton {
                objectName: "firstStartNext"
                visible: FirstStart.page !== "done"
                enabled: FirstStart.page !== "manager" || FirstStart.pinStage === 2
                text: FirstStart.page === "printer" ? qsTr("Make the café") : qsTr("Next")
                onClicked: FirstStart.next()
            }
            BigButton {
                objectName: "startTill"
                visible: FirstStart.page === "done"
                text: qsTr("Start the till")
                onClicked: Qt.quit()
            }
        }
    }
}
