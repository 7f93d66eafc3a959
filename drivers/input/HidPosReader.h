#pragma once
// A USB barcode/QR scanner in HID POS mode, read from its /dev/hidrawN node (or a stable udev link
// to it). Each read is one input report; HidPosDecoder makes codes of them, with the symbology the
// scanner names (QR codes come as TokenRead::Kind::Qr).
//
// Why hidraw and not libusb: the kernel's usbhid driver keeps the device, so its other interfaces
// (a keyboard, if the scanner has one) go on working, and no driver is detached. A POS scanner
// types nothing, so there is nothing to grab.
//
// Life cycle (PosDevice): open() opens the node (non-blocking), checks its report descriptor for
// the Bar Code Scanner usage page (0x8C) when the kernel gives it, and watches it with a
// QSocketNotifier; codes come out only while enabled. Unplugging (read fails with ENODEV/EIO)
// closes the node, reports NotFound, sets power Offline and emits gone(); close() and open() again
// later work once the scanner is back.

#include "drivers/devices/TokenReader.h"
#include "drivers/input/HidPosDecoder.h"

#include <QString>
#include <QTimer>

class QSocketNotifier;

namespace ak::dev {

class HidPosReader : public TokenReader {
    Q_OBJECT
public:
    struct Settings {
        QString path;          // /dev/hidrawN, or a udev link to it
        QString readerId;      // empty: the path
        HidPosDecoder::Options decoder;
    };

    explicit HidPosReader(Settings settings, QObject* parent = nullptr);
    ~HidPosReader() override;

    QString readerId() const override;
    QString description() const override;
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
    DeviceResult checkDescriptor(int fd) const;
    void onReadable();
    void handleReport(QByteArrayView report);
    void deliver(const HidPosScan& scan);
    void onGapTimeout();
    void unplugged(int err);
    void closeFd();

    Settings settings_;
    HidPosDecoder decoder_;
    int fd_ = -1;
    QSocketNotifier* notifier_ = nullptr;  // owned (child), only while fd_ is open
    QTimer gapTimer_;                      // a code whose last report does not come is dropped
};

}  // namespace ak::dev
