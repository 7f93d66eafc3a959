#include "drivers/devices/ReceiptPrinter.h"

#include <QMetaObject>

namespace ak::dev {

ReceiptPrinter::ReceiptPrinter(QObject* parent) : PosDevice(parent) {}

int ReceiptPrinter::pulseDrawer(int pin) {
    PrintDocument doc(QStringLiteral("drawer"));
    doc.drawerPulse(pin);
    return print(doc);
}

void ReceiptPrinter::updateStatus(const PrinterStatus& status) {
    if (status == status_) return;
    const PrinterStatus old = status_;
    status_ = status;
    if (old.online != status.online) setPowerState(status.online ? PowerState::Online : PowerState::Offline);
    if (old.coverOpen != status.coverOpen) emit statusUpdated(status.coverOpen ? CoverOpen : CoverOk);
    if (old.paper != status.paper) {
        emit statusUpdated(status.paper == PrinterStatus::Paper::Out       ? ReceiptEmpty
                           : status.paper == PrinterStatus::Paper::NearEnd ? ReceiptNearEmpty
                                                                           : ReceiptPaperOk);
    }
    if (old.drawerOpen != status.drawerOpen && status.drawerOpen)
        emit statusUpdated(*status.drawerOpen ? DrawerOpen : DrawerClosed);
    emit statusChanged(status_);
}

void ReceiptPrinter::failJobLater(const DeviceError& error) {
    QMetaObject::invokeMethod(this, [this, error] { reportError(error); }, Qt::QueuedConnection);
}

std::optional<DeviceError> ReceiptPrinter::statusError(int jobId) const {
    if (status_.coverOpen) return DeviceError::make(DeviceError::Kind::CoverOpen, {}, jobId);
    if (status_.paper == PrinterStatus::Paper::Out) return DeviceError::make(DeviceError::Kind::PaperOut, {}, jobId);
    if (status_.error)
        return DeviceError{DeviceError::Kind::Offline,
                           QCoreApplication::translate("DeviceError", "The printer reports an error: open the cover, "
                                                                      "take out any stuck paper and close it again."),
                           jobId};
    // Paper and cover first: a printer out of paper also says it is offline, and "put in a new roll"
    // is what the volunteer can act on.
    if (!status_.online) return DeviceError::make(DeviceError::Kind::Offline, {}, jobId);
    return std::nullopt;
}

bool ReceiptPrinter::acceptJob(int& jobId) {
    jobId = nextJobId();
    if (DeviceResult r = requireEnabled(QStringLiteral("print")); !r) {
        DeviceError e = r.error();
        e.jobId = jobId;
        failJobLater(e);
        return false;
    }
    return true;
}

}  // namespace ak::dev
