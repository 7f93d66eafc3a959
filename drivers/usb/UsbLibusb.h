#pragma once
// Internal to drivers/usb: the few conversions from libusb's types that enumeration, the transport
// and the hot-plug monitor share. Includes <libusb.h>, so it must never reach a public header.

#include "drivers/usb/UsbPrinters.h"

#include <QString>

#include <libusb.h>

namespace ak::dev::usb {

// Descriptor values of a device's active configuration (the first one when none is active).
std::optional<UsbDeviceSummary> summarize(libusb_device* device);
// VID:PID, bus, address and port path; not the serial (that needs the device opened).
UsbDeviceIdentity identityOf(libusb_device* device, const libusb_device_descriptor& descriptor);
// A string descriptor as text; empty when the index is 0 or the device does not answer.
QString readString(libusb_device_handle* handle, quint8 index);
// "LIBUSB_ERROR_ACCESS (Access denied (insufficient permissions))": for the log.
QString errorText(int code);

}  // namespace ak::dev::usb
