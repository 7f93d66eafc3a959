#include "drivers/Logging.h"

namespace ak::dev {

Q_LOGGING_CATEGORY(lcEscPos, "aktivkafe.drivers.escpos")
Q_LOGGING_CATEGORY(lcRender, "aktivkafe.drivers.render")
Q_LOGGING_CATEGORY(lcDevice, "aktivkafe.drivers.device")
Q_LOGGING_CATEGORY(lcSim, "aktivkafe.drivers.sim")
Q_LOGGING_CATEGORY(lcTcp, "aktivkafe.drivers.tcp")
Q_LOGGING_CATEGORY(lcCups, "aktivkafe.drivers.cups")
Q_LOGGING_CATEGORY(lcFactory, "aktivkafe.drivers.factory")
Q_LOGGING_CATEGORY(lcReport, "aktivkafe.drivers.report")
Q_LOGGING_CATEGORY(lcUsb, "aktivkafe.drivers.usb")
Q_LOGGING_CATEGORY(lcInput, "aktivkafe.drivers.input")
Q_LOGGING_CATEGORY(lcPcsc, "aktivkafe.drivers.pcsc")
Q_LOGGING_CATEGORY(lcPrinter, "aktivkafe.drivers.printer")

}  // namespace ak::dev
