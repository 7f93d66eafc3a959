#pragma once
// A barcode/QR scanner or NFC reader. Emits tokenRead only while enabled (UnifiedPOS: no data events
// unless DeviceEnabled), and dataReceived alongside for code that only watches PosDevice.

#include "drivers/devices/PosDevice.h"
#include "drivers/devices/TokenRead.h"

namespace ak::dev {

class TokenReader : public PosDevice {
    Q_OBJECT
public:
    using PosDevice::PosDevice;
    virtual QString readerId() const = 0;

signals:
    void tokenRead(const ak::dev::TokenRead& token);
};

}  // namespace ak::dev
