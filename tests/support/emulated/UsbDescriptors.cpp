// The USB descriptors of the emulated devices (UsbFakePrinter.h): printers in their usual shapes, and
// devices that are no printer; and the Epson the suite and the device rig both plug in.
#include "tests/support/emulated/UsbFakePrinter.h"

namespace aktest {

// Written by hand from the USB 2.0 specification, chapter 9: device descriptor (18 bytes), then the
// configuration descriptor and its interfaces and endpoints.
namespace descriptors {
const char* const epsonVendorClass =
    "1201000200000040b8040202000101020301"  // device: 04b8:0202, strings 1/2/3
    "09022000010100c032"                    // configuration 1, one interface
    "0904000002ff000000"                    // interface 0: class 0xff, two endpoints
    "07050102400000"                        // bulk OUT 0x01, 64 bytes
    "07058202400000";                       // bulk IN 0x82
const char* const printerClass =
    "120100020000004016041150000101020301"  // device: 0416:5011
    "09022000010100c032"
    "090400000207010200"  // interface 0: class 7, subclass 1, protocol 2 (bidirectional)
    "07050202400000"      // bulk OUT 0x02
    "07058102400000";     // bulk IN 0x81
const char* const printerClassOutOnly =
    "1201000200000040e60f1e81000101020001"  // device: 0fe6:811e, no serial
    "09021900010100c032"
    "090400000107010100"  // class 7, protocol 1 (unidirectional)
    "07050102400000";     // bulk OUT 0x01 only
const char* const keyboard =
    "12011001000000086d041cc3000101020001"  // device: 046d:c31c
    "09022200010100a032"
    "090400000103010100"  // HID boot keyboard
    "092111010001224100"  // HID descriptor
    "0705810308000a";     // interrupt IN
const char* const unknownVendorClass =
    "120100020000004034127856000101020301"  // device: 1234:5678
    "090220000101008032"
    "0904000002ff000000"
    "07050102400000"
    "07058102400000";
}  // namespace descriptors

UsbDeviceSpec epsonTmT88v(const QString& serial, int port, int devnum) {
    UsbDeviceSpec s;
    s.descriptorsHex = descriptors::epsonVendorClass;
    s.vendorId = 0x04b8;
    s.productId = 0x0202;
    s.manufacturer = QStringLiteral("EPSON");
    s.product = QStringLiteral("TM-T88V");
    s.serial = serial;
    s.port = port;
    s.devnum = devnum;
    return s;
}
}  // namespace aktest
