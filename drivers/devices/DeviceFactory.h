#pragma once
// Builds devices from configuration. Called from the apps' composition roots (main.cpp) only.
// A kind that cannot be built is a DeviceError, never a stand-in that pretends to print.

#include "drivers/devices/DeviceError.h"
#include "drivers/devices/DeviceSettings.h"
#include "drivers/devices/ReaderGroup.h"
#include "drivers/devices/ReceiptPrinter.h"
#include "drivers/devices/TokenReader.h"

#include <memory>
#include <vector>

namespace ak::dev {

class EscPosReceiptPrinter;
struct UsbPrinterMatch;

// The device, or why there is none. The caller owns the device (give it a QObject parent after
// release() if that suits better). The device is created closed: open(), claim(), enable next.
template <class T>
struct [[nodiscard]] Created {
    std::unique_ptr<T> device;
    std::optional<DeviceError> error;
    bool ok() const { return device != nullptr; }
};

class DeviceFactory {
public:
    static Created<ReceiptPrinter> createReceiptPrinter(const PrinterSettings& settings);
    static Created<TokenReader> createTokenReader(const ScannerSettings& settings);
    // Plugged back in, a USB printer is connected at once: libusb's hot-plug monitor (a child of the
    // printer) tells it when a device `match` accepts arrives. False when hot-plug is not available.
    static bool followUsbHotplug(EscPosReceiptPrinter& printer, const UsbPrinterMatch& match);
    // Every configured reader in one group ([devices.scanner] and [[devices.reader]]); a reader that
    // cannot be built is kept in the group as a named problem, the others work.
    static std::unique_ptr<ReaderGroup> createReaders(const std::vector<ScannerSettings>& settings);
};

}  // namespace ak::dev
