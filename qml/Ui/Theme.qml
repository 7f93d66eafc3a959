pragma Singleton
import QtQuick

// Sizes, colours and type for both apps. Calm: one accent colour, warm light background,
// large type. Every text/background pair below reaches WCAG AA (4.5:1); the Quick test
// tst_theme.qml checks them. Touch targets are at least 64 px: 9 mm up to 180 dpi, which covers
// the 90–160 dpi touch screens cafés use.
//
// Accessible mode (one tap on the kiosk's welcome screen, off again when the kiosk goes idle):
// about a third larger type and touch targets, white background, darker text and accent; every
// pair then reaches WCAG AAA (7:1), also checked by tst_theme.qml.
QtObject {
    property bool accessible: false

    readonly property string fontFamily: "Noto Sans"
    readonly property string emojiFontFamily: "Noto Color Emoji"  // fonts-noto-color-emoji

    // colours
    readonly property color background: accessible ? "#FFFFFF" : "#F6F4EF"
    readonly property color surface: "#FFFFFF"
    readonly property color text: accessible ? "#000000" : "#1E2A32"
    readonly property color textMuted: accessible ? "#1E2A32" : "#4A5560"
    readonly property color accent: accessible ? "#0B4A3C" : "#1F6E5C"
    readonly property color textOnAccent: "#FFFFFF"
    readonly property color accentSoft: "#DCEDE7"
    readonly property color border: accessible ? "#3A3A3A" : "#C9C4B8"
    readonly property color warningBackground: "#FFF1C2"
    readonly property color warningText: accessible ? "#3D2D00" : "#5A4300"
    readonly property color errorBackground: "#FBE3E0"
    readonly property color errorText: accessible ? "#6A140C" : "#8A1C12"
    // the till's training band: a colour used for nothing else
    readonly property color trainingBackground: "#5B2A86"
    readonly property color trainingText: "#FFFFFF"

    // every pair of text on background the screens use, for the contrast test
    readonly property var contrastPairs: [
        { name: "text on background", fg: text, bg: background },
        { name: "muted text on background", fg: textMuted, bg: background },
        { name: "text on surface", fg: text, bg: surface },
        { name: "muted text on surface", fg: textMuted, bg: surface },
        { name: "on accent", fg: textOnAccent, bg: accent },
        { name: "text on soft accent", fg: text, bg: accentSoft },
        { name: "accent text on background", fg: accent, bg: background },
        { name: "warning", fg: warningText, bg: warningBackground },
        { name: "error", fg: errorText, bg: errorBackground },
        { name: "training band", fg: trainingText, bg: trainingBackground }
    ]

    // sizes (pixels)
    readonly property int touchMin: accessible ? 84 : 64
    readonly property int spacing: 16
    readonly property int margin: 32
    readonly property int radius: 14

    // type
    readonly property int fontBody: accessible ? 30 : 22
    readonly property int fontButton: accessible ? 32 : 24
    readonly property int fontTitle: accessible ? 52 : 40
    readonly property int fontHuge: accessible ? 80 : 64
    readonly property int fontSmall: accessible ? 26 : 18

    // durations (ms); short so nothing feels slow, long enough to see what moved
    readonly property int transition: 180
}
