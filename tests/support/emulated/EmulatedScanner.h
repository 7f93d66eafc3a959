#pragma once
// An emulated keyboard-wedge USB scanner in a umockdev testbed (TESTING.md, "Keyboard-wedge
// scanners"): the evdev node, its /dev/input/by-id link and its parent input device from
// tests/drivers/data/input/scanner-kbd.umockdev, the node's recorded ioctl answers
// (scanner-kbd.ioctl), udev's "add" and "remove" as it is plugged in and out, and key events
// "typed" into the node. Used by drivers_udev and by the device rig (tests/apps/rig).
//
// Plugged in again, a scanner usually gets the next event node (its by-id link stays): so here too,
// which also keeps umockdev 0.17 happy (it cannot add a node it has had once).
//
// The programs that read the scanner run under umockdev's preload library (UmockdevRun.h). Failures
// throw std::runtime_error with what went wrong.

#include <QString>

typedef struct _UMockdevTestbed UMockdevTestbed;

namespace aktest {

class EmulatedScanner {
public:
    // The testbed is not owned and must outlive the scanner.
    explicit EmulatedScanner(UMockdevTestbed* testbed);
    EmulatedScanner(const EmulatedScanner&) = delete;
    EmulatedScanner& operator=(const EmulatedScanner&) = delete;

    // Where the configuration finds it: /dev/input/by-id/usb-Aktivkafe_Test_Wedge_Scanner_0001-event-kbd
    static QString byIdPath();
    // The folder of the scanner's description and of the tests' event files (*.evemu).
    static QString dataDir();

    QString node() const;  // /dev/input/eventN while plugged in
    QString sysPath() const;
    bool plugged() const { return plugged_; }

    void plug();
    void unplug();

    // Replays an evemu events file (a name in dataDir(), or a path) into the node.
    void play(const QString& evemuFile);
    // The scanner reads `text`: its key presses on `layout` ("no", "dk", "us"; the layouts of
    // drivers/input/KeyboardLayout), then Enter, written into the node at once.
    void type(const QString& text, const QString& layout);

private:
    UMockdevTestbed* const bed_;
    int event_ = 5;
    bool plugged_ = false;
};

}  // namespace aktest
