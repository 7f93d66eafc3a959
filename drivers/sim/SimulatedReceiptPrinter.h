#pragma once
// A receipt printer without hardware, for the demo and for tests: encodes every job for its
// profile, keeps the bytes, renders them (text + picture) and, if an output directory is set,
// writes job-0001.bin / .txt / .png there. Faults can be injected to rehearse what volunteers see.

#include "drivers/devices/ReceiptPrinter.h"
#include "drivers/sim/EscPosRenderer.h"

#include <QImage>
#include <QList>
#include <QString>

#include <deque>
#include <optional>

namespace ak::dev {

class SimulatedReceiptPrinter : public ReceiptPrinter {
    Q_OBJECT
public:
    enum class Fault { None, PaperOut, Offline, Unplugged, CoverOpen };

    struct Job {
        int id = 0;
        QString title;
        QByteArray bytes;   // what reached the paper (cut short on a mid-job failure, empty if refused)
        RenderedReceipt rendered;
        bool completed = false;
        std::optional<DeviceError> error;
    };

    explicit SimulatedReceiptPrinter(PrinterProfile profile, QObject* parent = nullptr);
    ~SimulatedReceiptPrinter() override;

    PrinterProfile profile() const override { return profile_; }
    int print(const PrintDocument& document) override;
    QString description() const override;

    // Every job that ran, in order, failed ones included.
    const QList<Job>& jobs() const { return jobs_; }
    void setOutputDirectory(const QString& directory) { outputDirectory_ = directory; }
    QString outputDirectory() const { return outputDirectory_; }
    // Jobs wait this long before they "print" (default 0: the next event-loop turn); lets tests see Busy.
    void setPrintDelayMs(int ms) { printDelayMs_ = ms; }

    // Fault injection. setFault changes the status at once (statusChanged); the next job fails
    // with the matching DeviceError. Fault::None puts paper back, closes the cover, reconnects.
    void setFault(Fault fault);
    Fault fault() const { return fault_; }
    // The next job stops after n bytes as if the paper ran out: those bytes are kept, the job fails
    // with PaperOut and the fault stays PaperOut.
    void failNextJobAfterBytes(qsizetype n) { failAfterBytes_ = n; }
    void setPaperNearEnd(bool nearEnd);
    // The drawer opens on every pulse; a person closes it.
    void closeDrawer();

protected:
    DeviceResult openDevice() override;
    DeviceResult enableDevice(bool enabled) override;
    void closeDevice() override;

private:
    struct Pending {
        int id;
        QString title;
        QByteArray bytes;
    };
    void processNext();
    void finish(Job job);
    void writeFiles(const Job& job) const;

    PrinterProfile profile_;
    QString outputDirectory_;
    Fault fault_ = Fault::None;
    std::optional<qsizetype> failAfterBytes_;
    int printDelayMs_ = 0;
    bool processing_ = false;
    std::deque<Pending> pending_;
    QList<Job> jobs_;
};

}  // namespace ak::dev
