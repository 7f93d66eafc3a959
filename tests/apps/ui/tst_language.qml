import QtQuick
import QtTest
import Aktivkafe.Ui

// The language switch offers each language under its own name, and a tap changes every
// translated text at once.
Item {
    width: 900; height: 700

    LanguageSwitch { id: languageSwitch }
    PinPad { id: pad; y: 100 }

    TestCase {
        name: "LanguageSwitch"
        when: windowShown

        function init() { Language.reset() }

        function test_offers_languages_by_their_own_names() {
            compare(Language.languages.length, 3)
            compare(Language.languages[0].name, "Norsk")
            compare(Language.languages[1].name, "Dansk")
            compare(Language.languages[2].name, "English")
            compare(Language.current, "nb")
        }

        function test_tap_switches_translations() {
            const eraseKey = findChild(pad, "pinErase")
            compare(eraseKey.Accessible.name, "Slett")
            mouseClick(findChild(languageSwitch, "language-en"))
            compare(Language.current, "en")
            compare(eraseKey.Accessible.name, "Erase")
            mouseClick(findChild(languageSwitch, "language-da"))
            compare(Language.current, "da")
            compare(eraseKey.Accessible.name, "Slet")
        }

        function test_unknown_language_is_refused() {
            verify(!Language.setLanguage("xx"))
            compare(Language.current, "nb")
        }
    }
}
