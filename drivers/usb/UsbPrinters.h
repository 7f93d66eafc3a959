#pragma once
// Which USB devices are receipt printers, and which one the settings mean. The matching works on
// plain descriptor values (UsbDeviceSummary), never on libusb types: tests feed it descriptors
// written by hand, and code that includes this header does not need libusb's headers (libusb is
// linked privately into ak_drivers).
//
// A printer is an interface of class 7 (printer) with a bulk OUT endpoint. Several receipt
// printers (Epson's TM series as 04b8:0202, among others) present a vendor-specific interface
// (class 0xff) instead; those count only on vendors we know make receipt printers, so "auto" does
// not grab some unrelated gadget that happens to have a bulk OUT endpoint.

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace ak::dev {

struct UsbEndpointSummary {
    quint8 address = 0;     // bit 7 set: IN (device to host)
    quint8 attributes = 0;  // bits 0-1: 2 = bulk
    quint16 maxPacketSize = 0;
    bool isBulk() const { return (attributes & 0x03) == 0x02; }
    bool isIn() const { return (address & 0x80) != 0; }
};

struct UsbInterfaceSummary {
    quint8 number = 0;
    quint8 alternateSetting = 0;
    quint8 interfaceClass = 0;
    quint8 interfaceSubClass = 0;
    quint8 interfaceProtocol = 0;  // printers: 1 unidirectional, 2 bidirectional
    std::vector<UsbEndpointSummary> endpoints;
};

struct UsbDeviceSummary {
    quint16 vendorId = 0;
    quint16 productId = 0;
    quint8 deviceClass = 0;
    quint8 configurationValue = 1;
    std::vector<UsbInterfaceSummary> interfaces;  // of the active (or first) configuration
};

// Parses a device descriptor followed by configuration descriptors, as the kernel shows them in
// sysfs ("descriptors") and umockdev device files hold them. Only the first configuration is read.
std::optional<UsbDeviceSummary> parseUsbDescriptors(const QByteArray& raw);

// Why a device counts as a printer.
enum class UsbPrinterKind {
    None,           // not a printer we would talk to
    PrinterClass,   // interface class 7 with a bulk OUT endpoint
    VendorReceipt,  // class 0xff with a bulk OUT endpoint on a known receipt-printer vendor
    Explicit,       // asked for by VID:PID: any interface with a bulk OUT endpoint
};
QString toString(UsbPrinterKind kind);

// The interface and endpoints to use on one device.
struct UsbPrinterInterface {
    UsbPrinterKind kind = UsbPrinterKind::None;
    quint8 configurationValue = 1;
    quint8 interfaceNumber = 0;
    quint8 alternateSetting = 0;
    quint8 outEndpoint = 0;
    std::optional<quint8> inEndpoint;  // bidirectional when set
    quint16 inMaxPacketSize = 64;
};

// A vendor (or vendor and product) known to build ESC/POS receipt printers; its name for the
// Devices page. Empty when unknown.
QString knownReceiptPrinterVendor(quint16 vendorId, quint16 productId);

// The printer interface of a device. explicitlyRequested: the settings name this VID:PID, so a
// vendor-specific interface of an unknown vendor is accepted too (the volunteer chose it).
std::optional<UsbPrinterInterface> findPrinterInterface(const UsbDeviceSummary& device, bool explicitlyRequested);

// Which printer the settings mean: "auto" (vendorId 0) or VID:PID, optionally narrowed by serial
// number and by bus-port path ("1-2.3") for two printers of one model without serials.
struct UsbPrinterMatch {
    quint16 vendorId = 0;  // 0: auto
    quint16 productId = 0;
    QString serial;    // empty: any
    QString portPath;  // empty: any

    bool isAuto() const { return vendorId == 0; }
    static UsbPrinterMatch automatic() { return {}; }
    static UsbPrinterMatch device(quint16 vendorId, quint16 productId, QString serial = {}, QString portPath = {});
    // "auto", "04b8:0202", "04b8:0202/SERIAL", "04b8:0202@1-2.3", "04b8:0202/SERIAL@1-2.3".
    static std::optional<UsbPrinterMatch> parse(const QString& text);
    QString toString() const;
    // Whether a device with these ids fits, before its strings are read (serial needs the device
    // opened). Returns the interface to use.
    std::optional<UsbPrinterInterface> accepts(const UsbDeviceSummary& device, const QString& portPath) const;
    bool acceptsSerial(const QString& serial) const { return this->serial.isEmpty() || this->serial == serial; }
    bool needsSerial() const { return !serial.isEmpty(); }
};

// A stable identity for logs, hot-plug and the Devices page: VID:PID, serial, where it is plugged.
struct UsbDeviceIdentity {
    quint16 vendorId = 0;
    quint16 productId = 0;
    QString serial;    // empty when the device has none or it could not be read
    QString portPath;  // "1-2.3": bus 1, port 2 of the root hub, port 3 of the hub behind it
    quint8 busNumber = 0;
    quint8 deviceAddress = 0;
    // "usb 04b8:0202 (serial X) on 1-2"
    QString description() const;
    bool operator==(const UsbDeviceIdentity&) const = default;
};

// One USB device as `aktivkafe devices` lists it.
struct UsbPrinterInfo {
    UsbDeviceIdentity identity;
    QString manufacturer;  // from the string descriptors, when the device could be opened
    QString product;
    bool readable = false;  // could be opened (strings read); false: no permission or busy
    QString vendorName;     // known receipt-printer vendor, or empty
    UsbPrinterKind kind = UsbPrinterKind::None;
    std::optional<UsbPrinterInterface> printerInterface;
    // One line for `aktivkafe devices`: "04b8:0202 EPSON TM-T88V, serial J8WF012345, on 1-2:
    // vendor-specific receipt printer (Epson (TM series)), bidirectional; match 04b8:0202/J8WF012345".
    QString summaryLine() const;
};

// Every USB device that is a printer by findPrinterInterface (includeAll: every device, printers
// or not, for diagnosis). Blocks briefly (opens each printer to read its strings): call it from
// the command line or a worker, not from a screen. Empty when libusb cannot start (the reason is
// logged).
QList<UsbPrinterInfo> listUsbPrinters(bool includeAll = false);

// "1-2.3" from a bus number and the port numbers from the root hub down.
QString usbPortPath(quint8 busNumber, const quint8* ports, int count);

}  // namespace ak::dev
