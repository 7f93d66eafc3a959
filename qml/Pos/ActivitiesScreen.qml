import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Aktivkafe.Ui
import Aktivkafe.Pos

// Activities at the till: the programme of this week and next; a new activity (weekly repeats), edit
// or cancel one; who signed up (nicknames are for staff only), attendance ticks, cancelling for
// someone, and the attendance list on the receipt printer.
Page {
    id: page
    objectName: "activitiesAdminScreen"
    background: Rectangle { color: Theme.background }
    signal back()
    property bool creating: ActivityAdmin.selectedId === 0
    property int repeatWeeks: 1
    Component.onCompleted: { ActivityAdmin.clearSelection(); ActivityAdmin.reload(); fill() }

    function fill() {   // the form shows the selected activity, or an empty new one
        const s = ActivityAdmin.selected
        const empty = ActivityAdmin.selectedId === 0
        title.text = empty ? "" : s.title
        place.text = empty ? "" : s.place
        description.text = empty ? "" : s.description
        date.text = empty ? "" : s.date
        start.text = empty ? "" : s.start
        minutes.text = empty ? "90" : String(s.minutes)
        capacity.text = empty ? "" : (s.capacity > 0 ? String(s.capacity) : "")
        waitlist.checked = empty ? true : s.waitlist
        deadline.text = empty ? "" : (s.deadlineHours > 0 ? String(s.deadlineHours) : "")
        price.text = empty ? "" : s.price
        repeatWeeks = 1
    }
    function form() {
        return { title: title.text, place: place.text, description: description.text, date: date.text,
                 start: start.text, minutes: parseInt(minutes.text) || 0, capacity: parseInt(capacity.text) || 0,
                 waitlist: waitlist.checked, price: price.text, deadlineHours: parseInt(deadline.text) || 0 }
    }

    Item {
        anchors.fill: parent
        anchors.margins: Theme.spacing

        Column {   // the bar, and a sentence after each action (a Column: no height bindings to loop)
            id: header
            anchors { left: parent.left; right: parent.right; top: parent.top }
            spacing: 8
            TopBar {
                width: parent.width
                BigButton {
                    objectName: "backFromActivities"
                    primary: false
                    text: qsTr("Back to selling")
                    onClicked: page.back()
                }
            }
            MessageLine {
                objectName: "activitiesMessage"
                width: parent.width
                text: ActivityAdmin.errorText.length > 0 ? ActivityAdmin.errorText : ActivityAdmin.messageText
                error: ActivityAdmin.errorText.length > 0
            }
        }

        Flickable {   // the programme
            id: listFlick
            anchors { left: parent.left; top: header.bottom; bottom: parent.bottom; topMargin: Theme.spacing }
            width: parent.width * 0.36
            contentHeight: listColumn.implicitHeight
            clip: true
            Column {
                id: listColumn
                width: listFlick.width
                spacing: 8
                ScreenTitle { text: qsTr("This week and next") }
                BigButton {
                    objectName: "newActivity"
                    primary: page.creating
                    text: qsTr("New activity")
                    onClicked: { ActivityAdmin.clearSelection(); page.fill() }
                }
                Repeater {
                    model: ActivityAdmin.activities
                    delegate: Rectangle {
                        required property var activityId
                        required property string title
                        required property string whenText
                        required property string placesText
                        required property bool cancelled
                        objectName: "adminActivity-" + activityId
                        width: listColumn.width
                        height: entry.implicitHeight + 16
                        radius: Theme.radius
                        color: ActivityAdmin.selectedId === activityId ? Theme.accentSoft : Theme.surface
                        border.color: Theme.border
                        Column {
                            id: entry
                            anchors { left: parent.left; right: parent.right; top: parent.top; margins: 8 }
                            Text { width: parent.width; text: title; elide: Text.ElideRight; font.pixelSize: Theme.fontBody; font.bold: true; font.strikeout: cancelled; color: Theme.text }
                            Text { width: parent.width; text: whenText + " · " + placesText; elide: Text.ElideRight; font.pixelSize: Theme.fontSmall; color: Theme.textMuted }
                        }
                        MouseArea { anchors.fill: parent; onClicked: { ActivityAdmin.select(activityId); page.fill(); formFlick.contentY = 0 } }
                    }
                }
            }
        }

        Flickable {   // who signed up, and the form
            id: formFlick
            anchors { left: listFlick.right; leftMargin: Theme.margin; right: parent.right; top: header.bottom
                      bottom: parent.bottom; topMargin: Theme.spacing }
            contentHeight: formColumn.implicitHeight
            clip: true
            Column {
                id: formColumn
                width: formFlick.width
                spacing: 8
                // who signed up first: on the day, ticking who came is the job
                ScreenTitle { visible: !page.creating; text: qsTr("Signed up") }
                Text {
                    visible: !page.creating && ActivityAdmin.signups.count === 0
                    text: qsTr("Nobody yet.")
                    font.pixelSize: Theme.fontBody; color: Theme.textMuted
                }
                Repeater {
                    model: ActivityAdmin.signups
                    delegate: RowLayout {
                        required property var signupId
                        required property string nickname
                        required property string statusText
                        required property bool attended
                        required property bool live
                        required property bool cancellable
                        spacing: 8
                        Text { text: nickname; Layout.preferredWidth: 240; elide: Text.ElideRight; font.pixelSize: Theme.fontBody; color: Theme.text }
                        Text { text: statusText; Layout.preferredWidth: 200; font.pixelSize: Theme.fontSmall; color: Theme.textMuted }
                        BigButton {
                            objectName: "attended-" + signupId
                            visible: live
                            primary: attended
                            text: attended ? qsTr("Came ✓") : qsTr("Came")
                            onClicked: ActivityAdmin.setAttended(signupId, !attended)
                        }
                        BigButton {
                            objectName: "cancelSignup-" + signupId
                            visible: cancellable
                            primary: false
                            text: qsTr("Cancel")
                            onClicked: ActivityAdmin.cancelSignup(signupId)
                        }
                    }
                }
                Flow {
                    visible: !page.creating
                    width: parent.width
                    spacing: 8
                    BigButton {
                        objectName: "printAttendance"
                        visible: !page.creating
                        primary: false
                        text: qsTr("Print the attendance list")
                        onClicked: ActivityAdmin.printAttendance()
                    }
                }
                ScreenTitle { text: page.creating ? qsTr("New activity") : qsTr("Edit the activity") }
                Grid {
                    columns: 2
                    columnSpacing: Theme.spacing
                    rowSpacing: 8
                    verticalItemAlignment: Grid.AlignVCenter
                    Text { text: qsTr("Title"); font.pixelSize: Theme.fontBody; color: Theme.text }
                    TextField { id: title; objectName: "activityTitle"; width: 440; implicitHeight: Theme.touchMin; font.pixelSize: Theme.fontBody }
                    Text { text: qsTr("Place"); font.pixelSize: Theme.fontBody; color: Theme.text }
                    TextField { id: place; objectName: "activityPlace"; width: 440; implicitHeight: Theme.touchMin; font.pixelSize: Theme.fontBody }
                    Text { text: qsTr("About it"); font.pixelSize: Theme.fontBody; color: Theme.text }
                    TextField { id: description; objectName: "activityDescription"; width: 440; implicitHeight: Theme.touchMin; font.pixelSize: Theme.fontBody }
                    Text { text: qsTr("Date"); font.pixelSize: Theme.fontBody; color: Theme.text }
                    TextField { id: date; objectName: "activityDate"; width: 200; implicitHeight: Theme.touchMin; font.pixelSize: Theme.fontBody; placeholderText: "2026-11-26" }
                    Text { text: qsTr("Starts at"); font.pixelSize: Theme.fontBody; color: Theme.text }
                    TextField { id: start; objectName: "activityStart"; width: 120; implicitHeight: Theme.touchMin; font.pixelSize: Theme.fontBody; placeholderText: "11:00" }
                    Text { text: qsTr("Minutes"); font.pixelSize: Theme.fontBody; color: Theme.text }
                    TextField { id: minutes; objectName: "activityMinutes"; width: 120; implicitHeight: Theme.touchMin; font.pixelSize: Theme.fontBody; validator: IntValidator { bottom: 1; top: 1440 } }
                    Text { text: qsTr("Places (empty: no limit)"); font.pixelSize: Theme.fontBody; color: Theme.text }
                    TextField { id: capacity; objectName: "activityCapacity"; width: 120; implicitHeight: Theme.touchMin; font.pixelSize: Theme.fontBody; validator: IntValidator { bottom: 1; top: 1000 } }
                    Text { text: qsTr("Waiting list when full"); font.pixelSize: Theme.fontBody; color: Theme.text }
                    Switch { id: waitlist; objectName: "activityWaitlist"; implicitHeight: Theme.touchMin }
                    Text { text: qsTr("Sign-up closes, hours before (empty: at the start)"); width: 330; wrapMode: Text.WordWrap; font.pixelSize: Theme.fontBody; color: Theme.text }
                    TextField { id: deadline; objectName: "activityDeadline"; width: 120; implicitHeight: Theme.touchMin; font.pixelSize: Theme.fontBody; validator: IntValidator { bottom: 0; top: 720 } }
                    Text { text: qsTr("Price (empty: free)"); font.pixelSize: Theme.fontBody; color: Theme.text }
                    TextField { id: price; objectName: "activityPrice"; width: 120; implicitHeight: Theme.touchMin; font.pixelSize: Theme.fontBody }
                    Text { visible: page.creating; text: qsTr("Weeks in a row"); font.pixelSize: Theme.fontBody; color: Theme.text }
                    Row {   // big − and + for a finger (a SpinBox's arrows are too small on a till)
                        visible: page.creating
                        spacing: 8
                        BigButton { objectName: "repeatFewer"; primary: false; text: "−"; enabled: page.repeatWeeks > 1; onClicked: page.repeatWeeks-- }
                        Text {
                            objectName: "activityRepeat"
                            width: 64; height: Theme.touchMin
                            horizontalAlignment: Text.AlignHCenter; verticalAlignment: Text.AlignVCenter
                            text: page.repeatWeeks
                            font.pixelSize: Theme.fontBody; font.bold: true; color: Theme.text
                        }
                        BigButton { objectName: "repeatMore"; primary: false; text: "+"; enabled: page.repeatWeeks < 52; onClicked: page.repeatWeeks++ }
                    }
                }
                Flow {
                    width: parent.width
                    spacing: 8
                    BigButton {
                        objectName: "saveActivity"
                        enabled: !ActivityAdmin.selected.cancelled
                        text: page.creating ? qsTr("Put it on the programme") : qsTr("Save")
                        onClicked: {
                            const ok = page.creating ? ActivityAdmin.addActivity(page.form(), page.repeatWeeks)
                                                     : ActivityAdmin.save(page.form())
                            if (ok) page.fill()
                        }
                    }
                    BigButton {
                        objectName: "cancelActivity"
                        visible: !page.creating && !ActivityAdmin.selected.cancelled
                        primary: false
                        text: qsTr("Cancel the activity")
                        onClicked: ActivityAdmin.cancelActivity()
                    }
                }

            }
        }
    }
}
