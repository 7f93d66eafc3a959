#pragma once
// A receipt printer: prints PrintDocuments for its profile, reports its status, kicks the drawer.
// Implementations: SimulatedReceiptPrinter (sim/) and EscPosReceiptPrinter (escpos/) over a
// ByteTransport (USB, TCP, CUPS, the virtual printer). Built by DeviceFactory. The persistent print queue in core/ sits on top of this: one
// job in, exactly one outputComplete(jobId) or errorOccurred(error with that jobId) out.

#include "drivers/devices/PosDevice.h"
#include "drivers/devices/PrinterStatus.h"
#include "drivers/print/PrintDocument.h"
#include "drivers/print/PrinterProfile.h"

namespace ak::dev {

class ReceiptPrinter : public PosDevice {
    Q_OBJECT
public:
    // statusUpdated codes, numbered as UnifiedPOS POSPrinter / CashDrawer do.
    enum PrinterStatusCode {
        CoverOpen = 11, CoverOk = 12,
        ReceiptEmpty = 24, ReceiptNearEmpty = 25, ReceiptPaperOk = 26,
        DrawerClosed = 100, DrawerOpen = 101,  // CASH_SUE_DRAWER* (0/1) moved up, not to clash with the others
    };

    explicit ReceiptPrinter(QObject* parent = nullptr);

    virtual PrinterProfile profile() const = 0;
    // Queues a job and returns its id (> 0) at once; never blocks. The job ends in exactly one of
    // outputComplete(id) or errorOccurred(error.jobId == id), delivered from the event loop (also when
    // it fails at once, e.g. printing while not enabled). Jobs run in order.
    virtual int print(const PrintDocument& document) = 0;
    // The last known status; statusChanged fires when it changes.
    PrinterStatus status() const { return status_; }
    // A job holding only a drawer pulse (the drawer hangs off the printer).
    int pulseDrawer(int pin = 2);
    // The printer's hardware may be back (a device monitor saw it arrive): try to reach it now
    // rather than at the next periodic attempt. Does nothing where there is nothing to reach.
    virtual void reconnectNow() {}

signals:
    void statusChanged(const ak::dev::PrinterStatus& status);

protected:
    int nextJobId() { return ++lastJobId_; }
    // What every print() does first: takes the next job id and, if the printer is not enabled,
    // fails that job from the event loop. Returns false when the job was refused.
    bool acceptJob(int& jobId);
    // Stores the status; emits statusChanged and a statusUpdated code per changed aspect.
    void updateStatus(const PrinterStatus& status);
    // errorOccurred for this job from the event loop, so callers see the id before the error.
    void failJobLater(const DeviceError& error);
    // The error a print attempt gets from the current status, if any.
    std::optional<DeviceError> statusError(int jobId) const;

private:
    PrinterStatus status_;
    int lastJobId_ = 0;
};

}  // namespace ak::dev
