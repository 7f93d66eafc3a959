import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import Aktivkafe.Ui

// The on-screen keyboard, in the visitor's language (nb, da and en layouts). Its own file so that
// Main.qml can load it after the first frame: importing the keyboard loads all its plugins
// (layouts, styles, hunspell), which more than doubled the kiosk's time to its first frame.
InputPanel {
    visible: active
    Binding {
        target: VirtualKeyboardSettings
        property: "locale"
        value: Language.current === "nb" ? "nb_NO" : Language.current === "da" ? "da_DK" : "en_GB"
    }
}
