#pragma once
// Builds devices from configuration. Called from the apps' composition roots (main.cpp) only.
// A kind that cannot be built is a DeviceError, never a stand-in that pretends to print.

#include "drivers/devices/DeviceError.h"
#include "drivers/devices/DeviceManager.h"
#include "drivers/devices/DeviceSettings.h"
#include "drivers/devices/ReaderGroup.h"
#include "drivers/devices/ReceiptPrinter.h"
#include "drivers/devices/TokenReader.h"

#include <memory>
#include <vector>

namespace ak::dev {

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
    // Which hot-plug arrivals are a USB printer `match` accepts (DeviceManager::setPrinterHardware).
    static std::function<bool(const DeviceEvent&)> usbPrinterHardware(const UsbPrinterMatch& match);
    // Every configured reader in one group ([devices.scanner] and [[devices.reader]]); a reader that
    // cannot be built is kept in the group as a named problem, the others work.
    static std::unique_ptr<ReaderGroup> createReaders(const std::vector<ScannerSettings>& settings);
    // An app's devices: the printer (or why there is none), every reader, and the monitors they
    // need — libusb's hot-plug for a USB printer, udev for wedge and HID POS scanners. Not started.
    static std::unique_ptr<DeviceManager> createManager(const PrinterSettings& printer,
                                                        const std::vector<ScannerSettings>& readers);
};

}  // namespace ak::dev
