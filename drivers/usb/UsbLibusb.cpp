// Conversions from libusb's types shared by enumeration, the transport and hot-plug.
#include "drivers/usb/UsbLibusb.h"

#include <array>

namespace ak::dev::usb {

std::optional<UsbDeviceSummary> summarize(libusb_device* device) {
    libusb_device_descriptor dd{};
    if (libusb_get_device_descriptor(device, &dd) != 0) return std::nullopt;
    UsbDeviceSummary summary;
    summary.vendorId = dd.idVendor;
    summary.productId = dd.idProduct;
    summary.deviceClass = dd.bDeviceClass;
    libusb_config_descriptor* config = nullptr;
    // A device that is not configured yet still tells what its first configuration would be.
    if (libusb_get_active_config_descriptor(device, &config) != 0 &&
        libusb_get_config_descriptor(device, 0, &config) != 0)
        return summary;
    summary.configurationValue = config->bConfigurationValue;
    for (int i = 0; i < config->bNumInterfaces; ++i) {
        const libusb_interface& iface = config->interface[i];
        for (int a = 0; a < iface.num_altsetting; ++a) {
            const libusb_interface_descriptor& alt = iface.altsetting[a];
            UsbInterfaceSummary s;
            s.number = alt.bInterfaceNumber;
            s.alternateSetting = alt.bAlternateSetting;
            s.interfaceClass = alt.bInterfaceClass;
            s.interfaceSubClass = alt.bInterfaceSubClass;
            s.interfaceProtocol = alt.bInterfaceProtocol;
            for (int e = 0; e < alt.bNumEndpoints; ++e) {
                const libusb_endpoint_descriptor& ep = alt.endpoint[e];
                s.endpoints.push_back(UsbEndpointSummary{ep.bEndpointAddress, ep.bmAttributes, ep.wMaxPacketSize});
            }
            summary.interfaces.push_back(std::move(s));
        }
    }
    libusb_free_config_descriptor(config);
    return summary;
}

UsbDeviceIdentity identityOf(libusb_device* device, const libusb_device_descriptor& descriptor) {
    UsbDeviceIdentity id;
    id.vendorId = descriptor.idVendor;
    id.productId = descriptor.idProduct;
    id.busNumber = libusb_get_bus_number(device);
    id.deviceAddress = libusb_get_device_address(device);
    std::array<quint8, 8> ports{};  // USB 3 allows at most 7 tiers below the root
    const int n = libusb_get_port_numbers(device, ports.data(), static_cast<int>(ports.size()));
    id.portPath = usbPortPath(id.busNumber, ports.data(), std::max(n, 0));
    return id;
}

QString readString(libusb_device_handle* handle, quint8 index) {
    if (index == 0) return {};
    std::array<unsigned char, 256> buffer{};
    const int n = libusb_get_string_descriptor_ascii(handle, index, buffer.data(), static_cast<int>(buffer.size()));
    if (n <= 0) return {};
    return QString::fromLatin1(reinterpret_cast<const char*>(buffer.data()), n).trimmed();
}

QString errorText(int code) {
    return QStringLiteral("%1 (%2)").arg(QString::fromLatin1(libusb_error_name(code)),
                                         QString::fromLatin1(libusb_strerror(static_cast<libusb_error>(code))));
}

}  // namespace ak::dev::usb
