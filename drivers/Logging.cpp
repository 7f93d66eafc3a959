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

}  // namespace ak::dev
