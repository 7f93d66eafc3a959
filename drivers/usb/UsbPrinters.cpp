// Descriptor matching for USB receipt printers and the list behind `aktivkafe devices`.
#include "drivers/usb/UsbPrinters.h"

#include "drivers/Logging.h"
#include "drivers/usb/UsbLibusb.h"

#include <QRegularExpression>
#include <QStringList>

#include <array>
#include <memory>

namespace ak::dev {

namespace {

constexpr quint8 kClassPrinter = 0x07;
constexpr quint8 kClassVendor = 0xff;

struct KnownVendor {
    quint16 vendorId;
    quint16 productId;  // 0: every product of the vendor
    const char* name;
};

// Vendors whose receipt printers show a vendor-specific interface (or that we have met with one).
// Class-7 printers need no entry: they match on their class alone.
constexpr std::array kKnownVendors{
    KnownVendor{0x04b8, 0x0202, "Epson (TM series)"},
    KnownVendor{0x04b8, 0, "Epson"},
    KnownVendor{0x0519, 0, "Star Micronics"},
    KnownVendor{0x1504, 0, "Bixolon"},
    KnownVendor{0x1d90, 0, "Citizen"},
    KnownVendor{0x2730, 0, "Citizen"},
    KnownVendor{0x0dd4, 0, "Custom"},
    KnownVendor{0x0fe6, 0x811e, "ICS Advent (generic 80 mm printer)"},
    KnownVendor{0x0416, 0x5011, "Winbond (generic 58/80 mm printer)"},
    KnownVendor{0x28e9, 0x0289, "GD32 (generic 58/80 mm printer)"},
};

// The interface's bulk endpoints, or nothing when it has no bulk OUT.
std::optional<UsbPrinterInterface> bulkPair(const UsbInterfaceSummary& iface, UsbPrinterKind kind,
                                            quint8 configuration) {
    UsbPrinterInterface result;
    result.kind = kind;
    result.configurationValue = configuration;
    result.interfaceNumber = iface.number;
    result.alternateSetting = iface.alternateSetting;
    bool haveOut = false;
    for (const UsbEndpointSummary& ep : iface.endpoints) {
        if (!ep.isBulk()) continue;
        if (ep.isIn()) {
            if (!result.inEndpoint) {
                result.inEndpoint = ep.address;
                if (ep.maxPacketSize > 0) result.inMaxPacketSize = ep.maxPacketSize;
            }
        } else if (!haveOut) {
            result.outEndpoint = ep.address;
            haveOut = true;
        }
    }
    if (!haveOut) return std::nullopt;
    return result;
}

}  // namespace

QString toString(UsbPrinterKind kind) {
    switch (kind) {
        case UsbPrinterKind::None:
            return QStringLiteral("none");
        case UsbPrinterKind::PrinterClass:
            return QStringLiteral("printer class");
        case UsbPrinterKind::VendorReceipt:
            return QStringLiteral("vendor-specific receipt printer");
        case UsbPrinterKind::Explicit:
            return QStringLiteral("chosen by id");
    }
    return {};
}

std::optional<UsbDeviceSummary> parseUsbDescriptors(const QByteArray& raw) {
    const auto byte = [&raw](qsizetype i) { return static_cast<quint8>(raw.at(i)); };
    const auto word = [&](qsizetype i) { return static_cast<quint16>(byte(i) | (byte(i + 1) << 8)); };
    if (raw.size() < 18 || byte(0) < 18 || byte(1) != 0x01) return std::nullopt;  // device descriptor
    UsbDeviceSummary device;
    device.deviceClass = byte(4);
    device.vendorId = word(8);
    device.productId = word(10);
    qsizetype pos = byte(0);
    if (pos + 9 > raw.size() || byte(pos + 1) != 0x02) return device;  // no configuration: no interfaces
    const qsizetype configEnd = std::min<qsizetype>(raw.size(), pos + word(pos + 2));
    device.configurationValue = byte(pos + 5);
    pos += byte(pos);
    UsbInterfaceSummary* current = nullptr;
    while (pos + 2 <= configEnd) {
        const quint8 length = byte(pos);
        const quint8 type = byte(pos + 1);
        if (length < 2 || pos + length > configEnd) break;  // truncated: keep what was whole
        if (type == 0x04 && length >= 9) {
            UsbInterfaceSummary iface;
            iface.number = byte(pos + 2);
            iface.alternateSetting = byte(pos + 3);
            iface.interfaceClass = byte(pos + 5);
            iface.interfaceSubClass = byte(pos + 6);
            iface.interfaceProtocol = byte(pos + 7);
            device.interfaces.push_back(iface);
            current = &device.interfaces.back();
        } else if (type == 0x05 && length >= 7 && current) {
            current->endpoints.push_back(UsbEndpointSummary{byte(pos + 2), byte(pos + 3), word(pos + 4)});
        }
        pos += length;
    }
    return device;
}

QString knownReceiptPrinterVendor(quint16 vendorId, quint16 productId) {
    for (const KnownVendor& v : kKnownVendors)
        if (v.vendorId == vendorId && (v.productId == 0 || v.productId == productId))
            return QString::fromLatin1(v.name);
    return {};
}

std::optional<UsbPrinterInterface> findPrinterInterface(const UsbDeviceSummary& device, bool explicitlyRequested) {
    // Prefer a real printer interface, and among those the bidirectional one (protocol 2) at the
    // lowest alternate setting: that is where the status bytes come back.
    std::optional<UsbPrinterInterface> best;
    for (const UsbInterfaceSummary& iface : device.interfaces) {
        if (iface.interfaceClass != kClassPrinter) continue;
        auto candidate = bulkPair(iface, UsbPrinterKind::PrinterClass, device.configurationValue);
        if (!candidate) continue;
        if (!best || (candidate->inEndpoint && !best->inEndpoint)) best = candidate;
    }
    if (best) return best;
    const bool knownVendor = !knownReceiptPrinterVendor(device.vendorId, device.productId).isEmpty();
    for (const UsbInterfaceSummary& iface : device.interfaces) {
        if (iface.interfaceClass != kClassVendor || iface.alternateSetting != 0) continue;
        if (!knownVendor && !explicitlyRequested) continue;
        if (auto candidate = bulkPair(iface, knownVendor ? UsbPrinterKind::VendorReceipt : UsbPrinterKind::Explicit,
                                      device.configurationValue))
            return candidate;
    }
    if (!explicitlyRequested) return std::nullopt;
    // Chosen by id but neither class fits (some clones say "mass storage"): any bulk OUT will do,
    // except hubs, which never print.
    if (device.deviceClass == 0x09) return std::nullopt;
    for (const UsbInterfaceSummary& iface : device.interfaces) {
        if (iface.interfaceClass == 0x09 || iface.alternateSetting != 0) continue;
        if (auto candidate = bulkPair(iface, UsbPrinterKind::Explicit, device.configurationValue)) return candidate;
    }
    return std::nullopt;
}

UsbPrinterMatch UsbPrinterMatch::device(quint16 vendorId, quint16 productId, QString serial, QString portPath) {
    UsbPrinterMatch m;
    m.vendorId = vendorId;
    m.productId = productId;
    m.serial = std::move(serial);
    m.portPath = std::move(portPath);
    return m;
}

std::optional<UsbPrinterMatch> UsbPrinterMatch::parse(const QString& text) {
    const QString t = text.trimmed();
    if (t.isEmpty() || t.compare(QLatin1String("auto"), Qt::CaseInsensitive) == 0) return automatic();
    static const QRegularExpression re(
        QStringLiteral("^([0-9a-fA-F]{4}):([0-9a-fA-F]{4})(?:/([^@]+))?(?:@(\\d+(?:-\\d+(?:\\.\\d+)*)?))?$"));
    const QRegularExpressionMatch m = re.match(t);
    if (!m.hasMatch()) return std::nullopt;
    const quint16 vid = m.captured(1).toUShort(nullptr, 16);
    if (vid == 0) return std::nullopt;  // 0 means auto: a VID of 0000 is a typo, not a wish
    return device(vid, m.captured(2).toUShort(nullptr, 16), m.captured(3), m.captured(4));
}

QString UsbPrinterMatch::toString() const {
    if (isAuto()) return QStringLiteral("auto");
    QString s = QStringLiteral("%1:%2").arg(vendorId, 4, 16, QLatin1Char('0')).arg(productId, 4, 16, QLatin1Char('0'));
    if (!serial.isEmpty()) s += u'/' + serial;
    if (!portPath.isEmpty()) s += u'@' + portPath;
    return s;
}

std::optional<UsbPrinterInterface> UsbPrinterMatch::accepts(const UsbDeviceSummary& device, const QString& path) const {
    if (!portPath.isEmpty() && portPath != path) return std::nullopt;
    if (isAuto()) return findPrinterInterface(device, false);
    if (device.vendorId != vendorId || device.productId != productId) return std::nullopt;
    return findPrinterInterface(device, true);
}

QString UsbDeviceIdentity::description() const {
    QString s =
        QStringLiteral("usb %1:%2").arg(vendorId, 4, 16, QLatin1Char('0')).arg(productId, 4, 16, QLatin1Char('0'));
    if (!serial.isEmpty()) s += QStringLiteral(" (serial %1)").arg(serial);
    if (!portPath.isEmpty()) s += QStringLiteral(" on ") + portPath;
    return s;
}

QString UsbPrinterInfo::summaryLine() const {
    QString s = QStringLiteral("%1:%2")
                    .arg(identity.vendorId, 4, 16, QLatin1Char('0'))
                    .arg(identity.productId, 4, 16, QLatin1Char('0'));
    const QString names = QStringList{manufacturer, product}.join(u' ').trimmed();
    if (!names.isEmpty()) s += u' ' + names;
    if (!identity.serial.isEmpty()) s += QStringLiteral(", serial ") + identity.serial;
    s += QStringLiteral(", on ") + identity.portPath + QStringLiteral(": ") + toString(kind);
    if (!vendorName.isEmpty()) s += QStringLiteral(" (") + vendorName + u')';
    if (printerInterface)
        s += printerInterface->inEndpoint ? QStringLiteral(", bidirectional") : QStringLiteral(", output only");
    if (!readable) s += QStringLiteral(", cannot be opened (permission?)");
    if (printerInterface) {
        const UsbPrinterMatch m = UsbPrinterMatch::device(identity.vendorId, identity.productId, identity.serial);
        s += QStringLiteral("; match ") + m.toString();
    }
    return s;
}

QString usbPortPath(quint8 busNumber, const quint8* ports, int count) {
    QString s = QString::number(busNumber);
    for (int i = 0; i < count; ++i) s += (i == 0 ? u'-' : u'.') + QString::number(ports[i]);
    return s;
}

QList<UsbPrinterInfo> listUsbPrinters(bool includeAll) {
    QList<UsbPrinterInfo> result;
    libusb_context* ctx = nullptr;
    if (const int rc = libusb_init(&ctx); rc != 0) {
        qCWarning(lcUsb) << "cannot start libusb to list printers:" << usb::errorText(rc);
        return result;
    }
    const std::unique_ptr<libusb_context, void (*)(libusb_context*)> ctxGuard(ctx, libusb_exit);
    libusb_device** list = nullptr;
    const ssize_t count = libusb_get_device_list(ctx, &list);
    if (count < 0) {
        qCWarning(lcUsb) << "cannot list USB devices:" << usb::errorText(static_cast<int>(count));
        return result;
    }
    for (ssize_t i = 0; i < count; ++i) {
        libusb_device* dev = list[i];
        libusb_device_descriptor dd{};
        if (libusb_get_device_descriptor(dev, &dd) != 0) continue;
        UsbPrinterInfo info;
        info.identity = usb::identityOf(dev, dd);
        info.vendorName = knownReceiptPrinterVendor(dd.idVendor, dd.idProduct);
        if (auto summary = usb::summarize(dev)) info.printerInterface = findPrinterInterface(*summary, false);
        info.kind = info.printerInterface ? info.printerInterface->kind : UsbPrinterKind::None;
        if (!info.printerInterface && !includeAll) continue;
        libusb_device_handle* handle = nullptr;
        if (const int rc = libusb_open(dev, &handle); rc == 0) {
            info.readable = true;
            info.manufacturer = usb::readString(handle, dd.iManufacturer);
            info.product = usb::readString(handle, dd.iProduct);
            info.identity.serial = usb::readString(handle, dd.iSerialNumber);
            libusb_close(handle);
        } else {
            qCInfo(lcUsb) << info.identity.description() << "cannot be opened to read its names:" << usb::errorText(rc);
        }
        result.append(info);
    }
    libusb_free_device_list(list, 1);
    return result;
}

}  // namespace ak::dev
