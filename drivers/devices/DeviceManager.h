#pragma once
// One app's devices: its receipt printer (with the cash drawer on it) and its token readers, and
// the monitors that see hardware come and go. Built by DeviceFactory::createManager from the
// configuration; the app keeps it for its whole run, and it owns every device.
//
// Hardware comes and goes underneath devices that stay: a reader whose scanner is unplugged reports
// an error and is started again by its ReaderGroup; a printer whose cable is pulled goes Off and
// comes back by itself. The manager hurries the comebacks: when a monitor sees a scanner or card
// reader arrive, missing readers are started at once; when it sees the printer's hardware arrive,
// the printer connects at once. The periodic attempts stay as the safety net for hardware no
// monitor reports.
//
// Controllers ask the manager and listen to changed(); none keeps a device pointer: printer()
// is used at once (it is null when the printer could not be set up, and printerProblem() says why).

#include "drivers/devices/DeviceMonitor.h"
#include "drivers/devices/ReaderGroup.h"
#include "drivers/devices/ReceiptPrinter.h"

#include <functional>
#include <memory>
#include <vector>

namespace ak::dev {

class DeviceManager : public QObject {
    Q_OBJECT
public:
    // `printer` may be null, then `printerProblem` says why in plain words; `readers` may be empty
    // (a group without readers) or null (the same).
    DeviceManager(std::unique_ptr<ReceiptPrinter> printer, QString printerProblem,
                  std::unique_ptr<ReaderGroup> readers, QObject* parent = nullptr);
    ~DeviceManager() override;
    DeviceManager(const DeviceManager&) = delete;
    DeviceManager& operator=(const DeviceManager&) = delete;

    // Which arrivals are the printer's hardware (DeviceFactory sets it from the configuration: a USB
    // printer's VID:PID and serial). Without it no arrival reconnects the printer.
    void setPrinterHardware(std::function<bool(const DeviceEvent&)> isPrinter);
    // The manager owns the monitor and starts it with start() (or at once when already started).
    void addMonitor(std::unique_ptr<DeviceMonitor> monitor);

    // Starts the printer, the readers and the monitors. Hardware that is not there is no error
    // here: the devices say so in their state, and come when it does.
    void start(int printerClaimTimeoutMs = 2000);

    // Use at once, do not keep. Null when the printer could not be set up.
    ReceiptPrinter* printer() const { return printer_.get(); }
    // Why there is no printer, or why it could not be started (while it is not), in plain words;
    // empty otherwise. What the printer's status says (paper, cover) is not a problem here.
    QString printerProblem() const;
    ReaderGroup& readers() { return *readers_; }
    const ReaderGroup& readers() const { return *readers_; }
    std::vector<const DeviceMonitor*> monitors() const;
    // The first monitor that is a T (the tests and the demo find SimulatedHardware so), or null.
    template <class T>
    T* monitor() const {
        for (const auto& m : monitors_)
            if (auto* t = qobject_cast<T*>(m.get())) return t;
        return nullptr;
    }

signals:
    // A device's state, status or presence changed: what the Devices page and the kiosk show.
    void changed();
    // Every token any reader read (the group's stream).
    void tokenRead(const ak::dev::TokenRead& token);
    // Hardware plugged in or unplugged, as a monitor or a PC/SC reader saw it (`devices watch`).
    void deviceEvent(const ak::dev::DeviceEvent& event);

private:
    void onDeviceEvent(const DeviceEvent& event);
    void startPrinter();

    std::unique_ptr<ReceiptPrinter> printer_;
    QString printerProblem_;
    QString printerStartProblem_;
    std::unique_ptr<ReaderGroup> readers_;
    std::vector<std::unique_ptr<DeviceMonitor>> monitors_;
    std::function<bool(const DeviceEvent&)> isPrinter_;
    bool started_ = false;
    int claimTimeoutMs_ = 2000;
};

}  // namespace ak::dev
