import QtQuick
import Aktivkafe.Ui

Text {
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontTitle
    font.bold: true
    color: Theme.text
    wrapMode: Text.WordWrap
}
