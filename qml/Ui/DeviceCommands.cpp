#include "DeviceCommands.h"

#include "AppShell.h"
#include "ScreenCapture.h"
#include "drivers/devices/DeviceManager.h"
#include "drivers/sim/SimulatedHardware.h"
#include "drivers/sim/SimulatedReceiptPrinter.h"
#include "drivers/sim/SimulatedScanner.h"

#include <QElapsedTimer>

namespace ak::ui {

void addDeviceCommands(AppShell& shell, dev::DeviceManager& devices) {
    dev::DeviceManager* d = &devices;
    shell.addWalkthroughCommand(QStringLiteral("scan"), [d](const QStringList& args) -> QString {
        auto* sim = dev::ReaderGroup::find<dev::SimulatedScanner>(&d->readers());
        if (!sim) return QStringLiteral("the scanner is not the simulated one");
        const dev::DeviceResult r = sim->scan(args.join(u' '));
        return r ? QString() : r.error().message;
    });
    // Receipts and slips go through the print queue, so they print a moment after the tap.
    shell.addWalkthroughCommand(QStringLiteral("printed"), [d](const QStringList& args) -> QString {
        const QString want = args.join(u' ');
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 5000) {
            auto* sim = qobject_cast<dev::SimulatedReceiptPrinter*>(d->printer());
            if (!sim) return QStringLiteral("the printer is not the simulated one");
            for (const auto& job : sim->jobs()) {
                if (job.completed && job.rendered.text().contains(want)) return {};
            }
            settle(50);
        }
        return QStringLiteral("no print-out shows '%1'").arg(want);
    });
    for (const bool plugged : {false, true}) {
        shell.addWalkthroughCommand(plugged ? QStringLiteral("plug") : QStringLiteral("unplug"),
                                    [d, plugged](const QStringList& args) -> QString {
                                        auto* hardware = d->monitor<dev::SimulatedHardware>();
                                        if (!hardware) return QStringLiteral("no simulated devices");
                                        return hardware->setPlugged(args.join(u' '), plugged);
                                    });
    }
}

}  // namespace ak::ui
