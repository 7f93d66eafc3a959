#pragma once
// The receipt printer as the till shows it: its state in plain words, a banner when something
// needs a person (paper, cover, cable), and the test page. QML singleton `Printer`.
// Ownership: TillApp owns this, the device manager (whose printer may be absent when it could not
// be set up), the journal, the session and the print queue; they outlive it. The printer is asked
// through the manager each time, never kept. The banner speaks for the queue first: receipts
// waiting because of paper, cover or cable.

#include <QObject>
#include <QString>
#include <QTimeZone>
#include <QtQml/qqmlregistration.h>

#include "QmlSingleton.h"
#include "RowsModel.h"
#include "core/print/ReceiptBuilder.h"
#include "drivers/devices/DeviceError.h"
#include "drivers/devices/PrinterStatus.h"

namespace ak {

class Clock;
class Database;
class Journal;
class PrintQueue;
class SaleRepository;
class SessionController;
namespace dev {
class DeviceManager;
}

struct PrinterHeading {  // what the test page says about the café
    QString cafeName;
    QString orgNumber;
    QString registerId;
    QTimeZone zone;  // [cafe] time_zone: the times of the test page and of interrupted jobs
};

class PrinterController : public QObject, public ui::QmlSingleton<PrinterController> {
    Q_OBJECT
    QML_NAMED_ELEMENT(Printer)
    QML_SINGLETON
    Q_PROPERTY(QString statusText READ statusText NOTIFY changed)
    Q_PROPERTY(QString problemText READ problemText NOTIFY changed)
    Q_PROPERTY(QString deviceText READ deviceText NOTIFY changed)
    Q_PROPERTY(QString lastResultText READ lastResultText NOTIFY changed)
    Q_PROPERTY(bool printing READ printing NOTIFY changed)
    Q_PROPERTY(QAbstractItemModel* interrupted READ interrupted CONSTANT)

public:
    PrinterController(const dev::DeviceManager& devices, PrinterHeading heading, Database& db, Journal& journal,
                      const Clock& clock, SessionController& session, PrintQueue& queue, SaleRepository& sales,
                      ReceiptInfo receiptInfo, QObject* parent = nullptr);

    QString statusText() const;
    QString problemText() const;
    QString deviceText() const;  // which printer this is, for the person who sets it up
    QString lastResultText() const { return lastResult_; }
    bool printing() const { return pendingJob_ != 0; }

    // Prints the test page (journaled as test_print). Needs someone logged in.
    Q_INVOKABLE void testPrint();

    // Print-outs that were on their way to the paper when the till stopped: they may or may not
    // have printed, so a person decides. Receipts come again as their one allowed copy (KOPI).
    QAbstractItemModel* interrupted() { return &interrupted_; }
    Q_INVOKABLE void markPrinted(qint64 jobId);
    Q_INVOKABLE void printAgain(qint64 jobId);

signals:
    void changed();

private:
    void onComplete(int jobId);
    void refreshInterrupted();
    void onError(const dev::DeviceError& error);
    static QString problemFor(const dev::PrinterStatus& status);

    const dev::DeviceManager& devices_;
    PrinterHeading heading_;
    Database& db_;
    Journal& journal_;
    const Clock& clock_;
    SessionController& session_;
    PrintQueue& queue_;
    SaleRepository& sales_;
    ReceiptInfo receiptInfo_;
    ui::RowsModel interrupted_{{"jobId", "title", "whenText"}};
    int pendingJob_ = 0;
    QString lastResult_;
};

}  // namespace ak
