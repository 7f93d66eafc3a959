#pragma once
// The one ESC/POS receipt printer: any transport underneath (USB bulk, TCP port 9100, a raw CUPS
// queue, the simulation), one job queue, one status reader.
//
// A job: connect the transport if it is not (a USB printer unplugged and plugged back is found
// again here), ask the printer's status where it can answer (DLE EOT 1, 2, 4; 3 when 2 says there
// is an error) and refuse the job with the matching error if it cannot print, send the bytes,
// and end in exactly one outputComplete(id) or errorOccurred(error with id) — a job cut short
// (unplugged, paper out mid-receipt) is reported failed with its id, and the print queue above
// decides to send it again once the printer can print.
//
// While idle, a bidirectional printer is asked its status every statusIntervalMs (the drawer
// sensor and the paper are read this way), or, where the profile says the model has it, the
// printer sends automatic status back (GS a) by itself and nothing is asked. A transport that
// reads the printer's state its own way (a CUPS queue) is asked at the same interval. A
// transport that is gone is tried again at that interval, so a printer plugged back in comes
// back by itself.
//
// Ownership: owns its transport.

#include "drivers/devices/ReceiptPrinter.h"
#include "drivers/print/EscPosStatus.h"
#include "drivers/transport/ByteTransport.h"

#include <QElapsedTimer>
#include <QTimer>

#include <deque>
#include <memory>
#include <optional>
#include <vector>

namespace ak::dev {

class EscPosReceiptPrinter : public ReceiptPrinter {
    Q_OBJECT
public:
    struct Options {
        DrawerPolarity drawerPolarity = DrawerPolarity::OpenWhenHigh;
        bool drawerSensor = true;        // the drawer has a switch wired to pin 3
        int statusIntervalMs = 2000;     // idle status questions and reconnection attempts
        int queryTimeoutMs = 500;        // for one DLE EOT answer
        // While the transport is gone, how often to try it again. A printer with a hot-plug monitor
        // is tried at once when it arrives (reconnectNow), so this is only a safety net then.
        int reconnectIntervalMs = 2000;
    };

    EscPosReceiptPrinter(PrinterProfile profile, std::unique_ptr<ByteTransport> transport, Options options,
                         QObject* parent = nullptr);
    ~EscPosReceiptPrinter() override;

    PrinterProfile profile() const override { return profile_; }
    int print(const PrintDocument& document) override;
    QString description() const override;

    ByteTransport& transport() { return *transport_; }
    // The printer may be back (a hot-plug monitor saw it arrive): try the transport now, not at the
    // next reconnect interval. Does nothing while connected or busy.
    void reconnectNow() override;
    void setReconnectInterval(int ms) { options_.reconnectIntervalMs = ms; }
    // Status bytes that could not be read (garbage, not ESC/POS): for the log and the Devices page.
    qint64 unreadableStatusBytes() const { return unreadable_; }

protected:
    DeviceResult enableDevice(bool enabled) override;
    void closeDevice() override;

private:
    enum class Step { Idle, Connecting, Asking, Sending };
    struct Job {
        int id;
        QString title;
        QByteArray bytes;
    };

    void startNext();
    void afterConnected();
    void ask(std::vector<int> questions, bool forJob);
    void askNext();
    void sendCurrent();
    void finish(std::optional<DeviceError> error);
    void pollStatus();
    void enableAutoStatus();

    void onConnected();
    void onSent(qint64 bytes);
    void onReplied(const QByteArray& reply);
    void onReceived(const QByteArray& bytes);
    void onFailed(const DeviceError& error, qint64 bytesWritten);
    void onGone();

    PrinterProfile profile_;
    std::unique_ptr<ByteTransport> transport_;
    Options options_;
    EscPosStatus::AutoStatusReader autoStatus_;
    QTimer poll_;
    QElapsedTimer sinceReconnect_;  // the last attempt to bring a gone transport back
    std::deque<Job> pending_;
    std::optional<Job> current_;
    Step step_ = Step::Idle;
    std::vector<int> questions_;  // DLE EOT numbers still to ask
    bool askingForJob_ = false;
    std::optional<DeviceError> failedSend_;  // a send that stopped: its status is asked to say why
    PrinterStatus asked_;         // the status being put together from the answers
    bool autoStatusOn_ = false;
    qint64 unreadable_ = 0;
};

}  // namespace ak::dev
