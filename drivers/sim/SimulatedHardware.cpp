#include "drivers/sim/SimulatedHardware.h"

#include "drivers/devices/DeviceManager.h"
#include "drivers/sim/SimulatedReceiptPrinter.h"
#include "drivers/sim/SimulatedScanner.h"

namespace ak::dev {

SimulatedHardware::SimulatedHardware(DeviceManager& manager, QObject* parent)
    : DeviceMonitor(parent), manager_(manager) {}

QString SimulatedHardware::setPlugged(const QString& id, bool plugged) {
    DeviceEvent e;
    e.action = plugged ? DeviceEvent::Action::Added : DeviceEvent::Action::Removed;
    e.node = QStringLiteral("simulated:%1").arg(id);
    if (id == QLatin1String("printer")) {
        auto* printer = qobject_cast<SimulatedReceiptPrinter*>(manager_.printer());
        if (!printer) return QStringLiteral("the printer is not the simulated one");
        printer->setFault(plugged ? SimulatedReceiptPrinter::Fault::None : SimulatedReceiptPrinter::Fault::Unplugged);
        e.family = DeviceEvent::Family::Printer;
    } else {
        auto* scanner = qobject_cast<SimulatedScanner*>(manager_.readers().reader(id));
        if (!scanner) return QStringLiteral("no simulated reader \"%1\"").arg(id);
        scanner->setPlugged(plugged);
        e.family = DeviceEvent::Family::Scanner;
    }
    emit deviceEvent(e);
    return {};
}

}  // namespace ak::dev
