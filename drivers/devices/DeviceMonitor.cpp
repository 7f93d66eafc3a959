#include "drivers/devices/DeviceMonitor.h"

namespace ak::dev {

QString DeviceEvent::describe() const {
    QString what;
    switch (family) {
    case Family::Printer: what = QStringLiteral("USB printer"); break;
    case Family::Scanner: what = QStringLiteral("scanner"); break;
    case Family::CardReader: what = QStringLiteral("card reader"); break;
    }
    QStringList details;
    if (vendorId != 0 || productId != 0)
        details << QStringLiteral("%1:%2").arg(vendorId, 4, 16, QLatin1Char('0')).arg(productId, 4, 16, QLatin1Char('0'));
    if (!name.isEmpty()) details << name;
    if (!serial.isEmpty()) details << QStringLiteral("serial %1").arg(serial);
    return QStringLiteral("%1 %2: %3%4")
        .arg(what, action == Action::Added ? QStringLiteral("plugged in") : QStringLiteral("unplugged"), node,
             details.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(details.join(QStringLiteral(", "))));
}

}  // namespace ak::dev
