#pragma once
// A keyboard-wedge barcode/QR scanner read from its own evdev node (/dev/input/eventN, or better
// a /dev/input/by-id/...-event-kbd link, which keeps its name when the scanner is plugged in again).
//
// Why not read the scanner as a keyboard through the window system: a scan would then type into
// whatever has the focus, and the kiosk could not tell the scanner from a person at a keyboard.
// Reading the node directly, with EVIOCGRAB, gives the scans to this reader alone; WedgeDecoder
// turns the key presses back into text on the layout the scanner was set up for.
//
// Life cycle (PosDevice): open() opens the node (non-blocking) and watches it with a
// QSocketNotifier; enabling takes the grab (if Settings::grab) and lets tokens out; disabling and
// closing give the grab back, so a disabled scanner is an ordinary keyboard again. Key events that
// arrive while disabled are read and thrown away. Unplugging (read fails with ENODEV/EIO) closes
// the node, reports NotFound, sets power Offline and emits gone(); close() and open() again later
// work once the scanner is back.

#include "drivers/devices/TokenReader.h"
#include "drivers/input/WedgeDecoder.h"

#include <QByteArray>
#include <QString>
#include <QTimer>

#include <memory>

class QSocketNotifier;

namespace ak::dev {

class EvdevWedgeReader : public TokenReader {
    Q_OBJECT
public:
    struct Settings {
        QString path;                        // /dev/input/eventN or a /dev/input/by-id/... link
        QString layout = QStringLiteral("no");  // the scanner's keyboard layout: "no", "dk" or "us"
        bool grab = true;                    // EVIOCGRAB while enabled: scans never reach the screen
        QString readerId;                    // empty: the path
        WedgeDecoder::Options decoder;       // longest code, longest pause inside one code
    };

    explicit EvdevWedgeReader(Settings settings, QObject* parent = nullptr);
    ~EvdevWedgeReader() override;

    QString readerId() const override;
    QString description() const override;
    // The node's file descriptor while open, -1 otherwise (tests; logs).
    int fd() const { return fd_; }

signals:
    // The scanner went away (unplugged): the device is in Error with power Offline. The device
    // manager closes it and opens it again when the scanner is back. Closing from a slot of this
    // signal is fine; deleting the reader there must be deleteLater().
    void gone();

protected:
    DeviceResult openDevice() override;
    DeviceResult enableDevice(bool enabled) override;
    void closeDevice() override;

private:
    void onReadable();
    void handleEvents(const char* data, qsizetype size);
    void onGapTimeout();
    void deliver(const WedgeToken& token);
    void releaseGrab();
    void unplugged(int err);
    void closeFd();

    Settings settings_;
    const KeyboardLayout* layout_ = nullptr;  // not owned; KeyboardLayout's tables live forever
    std::unique_ptr<WedgeDecoder> decoder_;
    int fd_ = -1;
    bool grabbed_ = false;
    QSocketNotifier* notifier_ = nullptr;  // owned (child), only while fd_ is open
    QByteArray pending_;                   // the start of an input_event a read cut in two
    QTimer gapTimer_;                      // a code left half-typed for this long is dropped
};

}  // namespace ak::dev
