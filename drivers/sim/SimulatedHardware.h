#pragma once
// The demo's and the tests' hands on the cables: unplugs and plugs back the simulated devices of one
// device manager, and announces it as a device monitor does (the manager starts a reader again the
// moment it is back, as it does when udev tells it about a real scanner). The Qt Quick tests unplug
// the kiosk's scanner and the till's printer this way; the walkthroughs with `unplug`/`plug`.

#include "drivers/devices/DeviceMonitor.h"

namespace ak::dev {

class DeviceManager;

class SimulatedHardware : public DeviceMonitor {
    Q_OBJECT
public:
    explicit SimulatedHardware(DeviceManager& manager, QObject* parent = nullptr);

    bool start() override { return true; }
    QString description() const override { return QStringLiteral("simulated hardware"); }

    // `id`: "printer" or a simulated reader's id. An empty string on success, otherwise why not
    // (no such device, or it is not a simulated one).
    QString setPlugged(const QString& id, bool plugged);

private:
    DeviceManager& manager_;
};

}  // namespace ak::dev
