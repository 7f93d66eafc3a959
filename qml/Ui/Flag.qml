import QtQuick

// Small flags drawn with rectangles (no image files): Norway, Denmark, and for English the
// Union Jack simplified to its crosses. `code` is a language code.
Item {
    id: flag
    property string code: "nb"
    implicitWidth: 66
    implicitHeight: 48
    clip: true

    readonly property real u: width / 22   // Nordic flags are 22 units wide (Norway) / 37:28 (Denmark) — close enough at this size

    Rectangle {   // field
        anchors.fill: parent
        color: flag.code === "en" ? "#012169" : "#C8102E"
    }
    // Nordic cross (nb, da): off-centre towards the hoist
    Rectangle {
        visible: flag.code === "nb" || flag.code === "da"
        x: flag.u * 6; width: flag.u * (flag.code === "nb" ? 4 : 2.5); height: flag.height
        color: "white"
        Rectangle {
            visible: flag.code === "nb"
            anchors.centerIn: parent; width: flag.u * 2; height: parent.height
            color: "#00205B"
        }
    }
    Rectangle {
        visible: flag.code === "nb" || flag.code === "da"
        y: (flag.height - height) / 2; width: flag.width; height: flag.u * (flag.code === "nb" ? 4 : 2.5)
        color: "white"
        Rectangle {
            visible: flag.code === "nb"
            anchors.centerIn: parent; height: flag.u * 2; width: parent.width
            color: "#00205B"
        }
    }
    // Union Jack: diagonals, then the white-bordered red cross
    Repeater {
        model: flag.code === "en" ? [Math.atan2(flag.height, flag.width), -Math.atan2(flag.height, flag.width)] : []
        Rectangle {
            required property var modelData
            anchors.centerIn: parent
            width: Math.sqrt(flag.width * flag.width + flag.height * flag.height); height: flag.height / 5
            rotation: modelData * 180 / Math.PI
            color: "white"
            Rectangle { anchors.centerIn: parent; width: parent.width; height: parent.height / 3; color: "#C8102E" }
        }
    }
    Rectangle {
        visible: flag.code === "en"
        anchors.centerIn: parent; width: flag.width; height: flag.height / 3; color: "white"
        Rectangle { anchors.centerIn: parent; width: parent.width; height: parent.height * 0.6; color: "#C8102E" }
    }
    Rectangle {
        visible: flag.code === "en"
        anchors.centerIn: parent; height: flag.height; width: flag.height / 3; color: "white"
        Rectangle { anchors.centerIn: parent; height: parent.height; width: parent.width * 0.6; color: "#C8102E" }
    }
    Rectangle { anchors.fill: parent; color: "transparent"; border.color: "#80000000"; border.width: 1 }
}
