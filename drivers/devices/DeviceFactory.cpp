#include "drivers/devices/DeviceFactory.h"

#include "drivers/Logging.h"
#include "drivers/cups/CupsTransport.h"
#include "drivers/escpos/EscPosReceiptPrinter.h"
#include "drivers/input/EvdevWedgeReader.h"
#include "drivers/input/HidPosReader.h"
#include "drivers/net/TcpTransport.h"
#include "drivers/nfc/PcscReader.h"
#include "drivers/usb/UsbHotplug.h"
#include "drivers/usb/UsbTransport.h"
#include "drivers/sim/SimulatedReceiptPrinter.h"
#include "drivers/sim/SimulatedHardware.h"
#include "drivers/sim/SimulatedScanner.h"
#include "drivers/udev/UdevMonitor.h"

namespace ak::dev {

namespace {
template <class T>
Created<T> failure(DeviceError::Kind kind, const QString& detail) {
    DeviceError e = DeviceError::make(kind, detail);
    qCWarning(lcFactory) << "no device:" << e.message;
    return Created<T>{nullptr, e};
}
EscPosReceiptPrinter::Options options(const PrinterSettings& settings) {
    EscPosReceiptPrinter::Options o;
    o.drawerPolarity = settings.drawerOpenWhenHigh ? DrawerPolarity::OpenWhenHigh : DrawerPolarity::OpenWhenLow;
    o.drawerSensor = settings.drawerSensor;
    return o;
}
// vendor_id 0: the first receipt printer found (printer class, or a known vendor's own class).
UsbPrinterMatch usbMatch(const PrinterSettings& settings) {
    return settings.usbVendorId == 0
               ? UsbPrinterMatch::automatic()
               : UsbPrinterMatch::device(settings.usbVendorId, settings.usbProductId, settings.usbSerial);
}
}  // namespace

Created<ReceiptPrinter> DeviceFactory::createReceiptPrinter(const PrinterSettings& settings) {
    const std::optional<PrinterProfile> profile = PrinterProfile::byId(settings.profile);
    if (!profile) {
        return failure<ReceiptPrinter>(DeviceError::Kind::Config,
                                       QStringLiteral("Unknown printer profile \"%1\".").arg(settings.profile));
    }
    switch (settings.kind) {
    case PrinterSettings::Kind::Simulated: {
        auto printer = std::make_unique<SimulatedReceiptPrinter>(*profile);
        printer->setOutputDirectory(settings.outputDirectory);
        return Created<ReceiptPrinter>{std::move(printer), std::nullopt};
    }
    case PrinterSettings::Kind::Tcp:
        if (settings.host.isEmpty())
            return failure<ReceiptPrinter>(DeviceError::Kind::Config, QStringLiteral("The printer has no host name."));
        return Created<ReceiptPrinter>{
            std::make_unique<EscPosReceiptPrinter>(
                *profile, std::make_unique<TcpTransport>(settings.host, settings.port, settings.jobTimeoutMs), options(settings)),
            std::nullopt};
    case PrinterSettings::Kind::Cups:
        if (settings.cupsQueue.isEmpty())
            return failure<ReceiptPrinter>(DeviceError::Kind::Config, QStringLiteral("No CUPS queue is named."));
        return Created<ReceiptPrinter>{
            std::make_unique<EscPosReceiptPrinter>(
                *profile, std::make_unique<CupsTransport>(settings.cupsQueue, settings.cupsServer, settings.jobTimeoutMs),
                options(settings)),
            std::nullopt};
    case PrinterSettings::Kind::Usb: {
        const UsbPrinterMatch match = usbMatch(settings);
        UsbTransportOptions usb;
        usb.chunkTimeoutMs = std::min(settings.jobTimeoutMs, 5000);
        return Created<ReceiptPrinter>{std::make_unique<EscPosReceiptPrinter>(
                                           *profile, std::make_unique<UsbTransport>(match, usb), options(settings)),
                                       std::nullopt};
    }
    }
    return failure<ReceiptPrinter>(DeviceError::Kind::Config, QStringLiteral("Unknown printer kind."));
}

std::function<bool(const DeviceEvent&)> DeviceFactory::usbPrinterHardware(const UsbPrinterMatch& match) {
    return [match](const DeviceEvent& e) {
        return e.family == DeviceEvent::Family::Printer &&
               (match.isAuto() || (e.vendorId == match.vendorId && e.productId == match.productId &&
                                   match.acceptsSerial(e.serial)));
    };
}

Created<TokenReader> DeviceFactory::createTokenReader(const ScannerSettings& settings) {
    switch (settings.kind) {
    case ScannerSettings::Kind::Simulated: {
        auto scanner = std::make_unique<SimulatedScanner>(settings.id);
        scanner->setTyping(settings.typing);
        return Created<TokenReader>{std::move(scanner), std::nullopt};
    }
    case ScannerSettings::Kind::Keyboard: {
        if (!KeyboardLayout::byName(settings.layout))
            return failure<TokenReader>(DeviceError::Kind::Config,
                                        QStringLiteral("Unknown keyboard layout \"%1\".").arg(settings.layout));
        EvdevWedgeReader::Settings s;
        s.path = settings.evdevPath;
        s.layout = settings.layout;
        s.grab = settings.grab;
        s.readerId = settings.id;
        return Created<TokenReader>{std::make_unique<EvdevWedgeReader>(s), std::nullopt};
    }
    case ScannerSettings::Kind::HidPos: {
        HidPosReader::Settings s;
        s.path = settings.hidrawPath;
        s.readerId = settings.id;
        return Created<TokenReader>{std::make_unique<HidPosReader>(s), std::nullopt};
    }
    case ScannerSettings::Kind::Nfc:
        return Created<TokenReader>{std::make_unique<PcscReader>(settings.readerName, settings.id), std::nullopt};
    }
    return failure<TokenReader>(DeviceError::Kind::Config, QStringLiteral("Unknown scanner kind."));
}

std::unique_ptr<ReaderGroup> DeviceFactory::createReaders(const std::vector<ScannerSettings>& settings) {
    auto group = std::make_unique<ReaderGroup>();
    for (const ScannerSettings& s : settings) {
        Created<TokenReader> reader = createTokenReader(s);
        if (reader.ok()) group->add(std::move(reader.device));
        else group->addProblem(s.id, *reader.error);
    }
    return group;
}

std::unique_ptr<DeviceManager> DeviceFactory::createManager(const PrinterSettings& printerSettings,
                                                           const std::vector<ScannerSettings>& readerSettings) {
    Created<ReceiptPrinter> printer = createReceiptPrinter(printerSettings);
    const QString problem = printer.ok() ? QString() : printer.error->message;
    auto* escpos = qobject_cast<EscPosReceiptPrinter*>(printer.device.get());
    auto manager = std::make_unique<DeviceManager>(std::move(printer.device), problem, createReaders(readerSettings));
    if (escpos && printerSettings.kind == PrinterSettings::Kind::Usb && UsbHotplug::isSupported()) {
        manager->setPrinterHardware(usbPrinterHardware(usbMatch(printerSettings)));
        manager->addMonitor(std::make_unique<UsbHotplug>(true));
        // The periodic attempt stays as a slow safety net: no libusb session every 2 s while it is away.
        escpos->setReconnectInterval(30000);
    }
    const bool nodes = std::any_of(readerSettings.begin(), readerSettings.end(), [](const ScannerSettings& s) {
        return s.kind == ScannerSettings::Kind::Keyboard || s.kind == ScannerSettings::Kind::HidPos;
    });
    if (nodes) manager->addMonitor(std::make_unique<UdevMonitor>());
    // Simulated devices have simulated cables: the demo's and the tests' SimulatedHardware.
    const bool simulatedReader = std::any_of(readerSettings.begin(), readerSettings.end(), [](const ScannerSettings& s) {
        return s.kind == ScannerSettings::Kind::Simulated;
    });
    const bool simulatedPrinter = printerSettings.kind == PrinterSettings::Kind::Simulated;
    if (simulatedPrinter)
        manager->setPrinterHardware([](const DeviceEvent& e) { return e.node == QLatin1String("simulated:printer"); });
    if (simulatedPrinter || simulatedReader) manager->addMonitor(std::make_unique<SimulatedHardware>(*manager));
    return manager;
}

}  // namespace ak::dev
