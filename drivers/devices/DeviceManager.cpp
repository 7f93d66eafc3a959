#include "drivers/devices/DeviceManager.h"

#include "drivers/Logging.h"
#include "drivers/nfc/PcscReader.h"

namespace ak::dev {

DeviceManager::DeviceManager(std::unique_ptr<ReceiptPrinter> printer, QString printerProblem,
                             std::unique_ptr<ReaderGroup> readers, QObject* parent)
    : QObject(parent),
      printer_(std::move(printer)),
      printerProblem_(std::move(printerProblem)),
      readers_(readers ? std::move(readers) : std::make_unique<ReaderGroup>()) {
    qRegisterMetaType<DeviceEvent>();
    connect(readers_.get(), &TokenReader::tokenRead, this, &DeviceManager::tokenRead);
    connect(readers_.get(), &ReaderGroup::readersChanged, this, &DeviceManager::changed);
    connect(readers_.get(), &PosDevice::stateChanged, this, &DeviceManager::changed);
    if (printer_) {
        connect(printer_.get(), &ReceiptPrinter::statusChanged, this, &DeviceManager::changed);
        connect(printer_.get(), &PosDevice::stateChanged, this, &DeviceManager::changed);
        connect(printer_.get(), &PosDevice::statusUpdated, this, &DeviceManager::changed);
    }
    // PC/SC readers watch their own hardware (pcscd tells them); what they see is news here too.
    for (const TokenReader* r : readers_->readers()) {
        if (auto* nfc = qobject_cast<const PcscReader*>(r)) {
            const auto announce = [this](DeviceEvent::Action action, const QString& name) {
                DeviceEvent e;
                e.action = action;
                e.family = DeviceEvent::Family::CardReader;
                e.node = name;
                emit deviceEvent(e);
                emit changed();
            };
            connect(nfc, &PcscReader::readerArrived, this,
                    [announce](const QString& name) { announce(DeviceEvent::Action::Added, name); });
            connect(nfc, &PcscReader::readerLeft, this,
                    [announce](const QString& name) { announce(DeviceEvent::Action::Removed, name); });
        }
    }
}

DeviceManager::~DeviceManager() {
    monitors_.clear();  // no news while the devices close
    (void)readers_->close();
    if (printer_) (void)printer_->close();
}

void DeviceManager::setPrinterHardware(std::function<bool(const DeviceEvent&)> isPrinter) {
    isPrinter_ = std::move(isPrinter);
}

void DeviceManager::addMonitor(std::unique_ptr<DeviceMonitor> monitor) {
    DeviceMonitor* m = monitor.get();
    connect(m, &DeviceMonitor::deviceEvent, this, &DeviceManager::onDeviceEvent);
    monitors_.push_back(std::move(monitor));
    if (started_ && !m->start()) qCInfo(lcDevice) << m->description() << "is not available here";
}

std::vector<const DeviceMonitor*> DeviceManager::monitors() const {
    std::vector<const DeviceMonitor*> out;
    for (const auto& m : monitors_) out.push_back(m.get());
    return out;
}

void DeviceManager::start(int printerClaimTimeoutMs) {
    if (started_) return;
    started_ = true;
    claimTimeoutMs_ = printerClaimTimeoutMs;
    startPrinter();
    // A group is usable with none of its readers there yet: they come when their hardware does.
    if (const DeviceResult r = readers_->start(1000); !r)
        qCWarning(lcDevice) << "the readers could not be started:" << r.error().message;
    for (const auto& m : monitors_) {
        if (!m->start()) qCInfo(lcDevice) << m->description() << "is not available here";
    }
    emit changed();
}

QString DeviceManager::printerProblem() const {
    if (!printer_) return printerProblem_;
    return printer_->isEnabled() ? QString() : printerStartProblem_;
}

void DeviceManager::startPrinter() {
    if (!printer_) return;
    (void)printer_->close();  // from whatever half state an earlier attempt left
    if (const DeviceResult r = printer_->start(claimTimeoutMs_); !r) {
        printerStartProblem_ = r.error().message;
        qCWarning(lcDevice) << "the printer could not be started:" << r.error().message;
    } else {
        printerStartProblem_.clear();
    }
}

void DeviceManager::onDeviceEvent(const DeviceEvent& event) {
    emit deviceEvent(event);
    if (event.action == DeviceEvent::Action::Added) {
        if (event.family == DeviceEvent::Family::Printer) {
            // A printer that could not even start (its hardware missing then) starts now; a started
            // one whose cable was pulled connects again.
            if (printer_ && isPrinter_ && isPrinter_(event)) {
                if (printer_->isEnabled()) printer_->reconnectNow();
                else startPrinter();
            }
        } else {
            // Which configured reader it is does not matter: starting the missing ones costs an open().
            readers_->startMissingNow();
        }
    }
    // A removal needs no action: the device's own reads or writes fail and it says so.
    emit changed();
}

}  // namespace ak::dev
