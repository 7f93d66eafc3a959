#pragma once
// NFC readers through PC/SC (pcscd + CCID, e.g. the ACR122U): a card on any matching reader becomes
// one TokenRead with its UID. PC/SC calls block (SCardGetStatusChange waits for the next event), so
// one worker thread per PcscReader owns the PC/SC context and hands results to the object's thread by
// queued calls; nothing here polls.
//
// Life cycle: the worker runs from open() to close() (and the destructor), not only while enabled,
// so that a card left lying on the reader while the app is disabled is still the same presentation
// when it is enabled again, and is not read (and redeemed) twice. Tokens are delivered only while
// enabled; a card presented while disabled is dropped.
//
// pcsclite stays inside the .cpp: this header is all a device factory needs.

#include "drivers/devices/TokenReader.h"

#include <QStringList>

#include <chrono>
#include <memory>

namespace ak::dev {

class PcscReader : public TokenReader {
    Q_OBJECT
public:
    // readerFilter: part of the PC/SC reader name ("ACR122"), case-insensitive; empty: every reader.
    // readerId: what tokens carry in TokenRead::readerId.
    explicit PcscReader(QString readerFilter = {}, QString readerId = QStringLiteral("nfc"), QObject* parent = nullptr);
    ~PcscReader() override;

    QString readerId() const override { return readerId_; }
    QString description() const override;
    QString readerFilter() const { return filter_; }
    // The matching readers present now, as last reported by the worker.
    QStringList readers() const { return readers_; }
    // What is wrong, in plain words for the device screen; empty while a reader is there.
    QString statusText() const { return statusText_; }
    // How long to wait before asking pcscd again when it is not running (default 2 s). Takes effect
    // at the next open().
    void setRetryInterval(std::chrono::milliseconds interval) { retry_ = interval; }

signals:
    // A matching reader was plugged in (or was there when the reader opened / pcscd came back).
    void readerArrived(const QString& name);
    // A matching reader was unplugged, pcscd went away with it, or this PcscReader was closed.
    void readerLeft(const QString& name);

protected:
    DeviceResult openDevice() override;
    void closeDevice() override;

private:
    class Worker;
    enum class Problem { Starting, None, Lost, NoService, NoReader };

    // Called on the object's thread through queued calls from the worker of generation `gen`;
    // calls from a worker of an earlier open() are ignored.
    void onServiceDown(quint64 gen, const QString& detail);
    void onServiceLost(quint64 gen, const QStringList& left);
    void onReaders(quint64 gen, const QStringList& arrived, const QStringList& left);
    void onCard(quint64 gen, const QString& reader, const QByteArray& uid);
    void setProblem(Problem problem);

    QString filter_;
    QString readerId_;
    std::chrono::milliseconds retry_{2000};
    std::unique_ptr<Worker> worker_;
    quint64 generation_ = 0;
    QStringList readers_;
    QString statusText_;
    Problem problem_ = Problem::Starting;
};

// The PC/SC readers present now, for `aktivkafe devices` and setup screens.
struct PcscReaders {
    // Empty with *problem set (plain words) when pcscd cannot be asked; empty without it when it has
    // no reader.
    static QStringList list(QString* problem = nullptr);
};

}  // namespace ak::dev
