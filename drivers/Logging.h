#pragma once
// Logging categories of the drivers library, one per subsystem, under "aktivkafe.drivers".
// Enable with QT_LOGGING_RULES="aktivkafe.drivers.*.debug=true".

#include <QLoggingCategory>

namespace ak::dev {

Q_DECLARE_LOGGING_CATEGORY(lcEscPos)    // aktivkafe.drivers.escpos: encoding documents to bytes
Q_DECLARE_LOGGING_CATEGORY(lcRender)    // aktivkafe.drivers.render: reading bytes back (simulator)
Q_DECLARE_LOGGING_CATEGORY(lcDevice)    // aktivkafe.drivers.device: life cycle of every device
Q_DECLARE_LOGGING_CATEGORY(lcSim)       // aktivkafe.drivers.sim: simulated printer and scanner
Q_DECLARE_LOGGING_CATEGORY(lcTcp)       // aktivkafe.drivers.tcp: network printers on port 9100
Q_DECLARE_LOGGING_CATEGORY(lcCups)      // aktivkafe.drivers.cups: raw CUPS queues
Q_DECLARE_LOGGING_CATEGORY(lcFactory)   // aktivkafe.drivers.factory: building devices from settings
Q_DECLARE_LOGGING_CATEGORY(lcReport)    // aktivkafe.drivers.report: A4 reports as PDF, sent to CUPS
Q_DECLARE_LOGGING_CATEGORY(lcUsb)       // aktivkafe.drivers.usb: USB printers through libusb
Q_DECLARE_LOGGING_CATEGORY(lcInput)     // aktivkafe.drivers.input: evdev and hidraw scanners
Q_DECLARE_LOGGING_CATEGORY(lcPcsc)      // aktivkafe.drivers.pcsc: NFC readers through PC/SC
Q_DECLARE_LOGGING_CATEGORY(lcPrinter)   // aktivkafe.drivers.printer: ESC/POS jobs and status

}  // namespace ak::dev
