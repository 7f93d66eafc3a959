#pragma once
// The manager's day close at the till (QML singleton `DayClose`), one guided flow: what must be
// done first (count the drawer, finish a parked sale — core says), the X report as a preview, then
// the Z report with the backup before it (DayClose in core), printed on the receipt printer, saved
// as an A4 PDF in [till] reports_directory and sent to [till] report_printer when one is set.
// Managers only: core checks ViewReports for the X and CloseDay for the Z.
//
// The PDF goes to CUPS in a worker thread (seconds on a slow network); the till stays responsive.
// Ownership: TillApp owns it; everything it refers to outlives it.

#include <QObject>
#include <QPointer>
#include <QThread>
#include <QtQml/qqmlregistration.h>

#include "QmlSingleton.h"
#include "RowsModel.h"
#include "core/cash/DayClose.h"
#include "core/print/DayReportPrint.h"

#include <optional>

namespace ak {

class PrintQueue;
class ShiftRepository;
class SessionController;
namespace ui {
class LanguageController;
}

class DayCloseController : public QObject, public ui::QmlSingleton<DayCloseController> {
    Q_OBJECT
    QML_NAMED_ELEMENT(DayClose)
    QML_SINGLETON
    Q_PROPERTY(bool ready READ ready NOTIFY changed)             // a Z can be taken now
    Q_PROPERTY(QString readyText READ readyText NOTIFY changed)  // what to do first, or that it is ready
    Q_PROPERTY(bool needsCount READ needsCount NOTIFY changed)   // this till's shift is still open
    Q_PROPERTY(int differencesToSignOff READ differencesToSignOff NOTIFY changed)  // counts above the alert
    Q_PROPERTY(QAbstractItemModel* sections READ sections CONSTANT)
    Q_PROPERTY(QString titleText READ titleText NOTIFY changed)
    Q_PROPERTY(bool closed READ closed NOTIFY changed)  // the Z was just taken
    Q_PROPERTY(QString messageText READ messageText NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)
    Q_PROPERTY(bool printing READ printing NOTIFY changed)
    // The registers with a business day open (this till's first), and the one shown and closed.
    Q_PROPERTY(QStringList registers READ registers NOTIFY changed)
    Q_PROPERTY(QString registerId READ registerId NOTIFY changed)

public:
    struct Settings {
        QString registerId;
        ReceiptInfo cafe;
        BackupSettings backup;
        QString reportsDirectory;  // empty: the PDF is not saved (an in-memory café)
        QString reportPrinter;     // a CUPS queue; empty: none
        QStringList neverReplace;  // the database's and the configuration's files
    };

    DayCloseController(Database& db, DayReport& days, ShiftRepository& shifts, Journal& journal, SessionController& session,
                       PrintQueue& queue, const Clock& clock, Settings settings, ui::LanguageController& language,
                       QObject* parent = nullptr);
    ~DayCloseController() override;

    bool ready() const { return ready_; }
    QString readyText() const { return readyText_; }
    bool needsCount() const { return needsCount_; }
    int differencesToSignOff() const { return differencesToSignOff_; }
    QAbstractItemModel* sections() { return &sections_; }
    QString titleText() const { return title_; }
    bool closed() const { return z_.has_value(); }
    QString messageText() const { return message_; }
    QString errorText() const { return error_; }
    bool printing() const { return printer_ != nullptr; }
    QStringList registers() const { return registers_; }
    QString registerId() const { return register_; }

    // Where the Z report's PDF is saved.
    QString pdfPath(qint64 zNumber) const;

    // The X report of the day so far (journaled as an X), shown as the preview, and whether a Z
    // could be taken now.
    Q_INVOKABLE void preview();
    Q_INVOKABLE bool printX();
    // Backup, Z, then the print-outs; the screen then shows the Z as stored.
    Q_INVOKABLE bool takeZ();
    // The manager at the till signs off the day's count differences above the alert (her login is
    // her PIN here; core checks that she may).
    Q_INVOKABLE bool signOffDifferences();
    Q_INVOKABLE void reset();  // leaving the screen
    // Another register's day, closed from this till (a register whose own till is broken).
    Q_INVOKABLE void chooseRegister(const QString& registerId);

signals:
    void changed();

private:
    DayReportPrintInfo printInfo() const;
    void show(const DayFigures& figures, const std::optional<ZReport>& z);
    void sendToPrinter(const QString& pdf, const QString& title);
    void loadRegisters();
    void fail(const QString& error);
    void done(const QString& message);

    Database& db_;
    DayReport& days_;
    ShiftRepository& shifts_;
    Journal& journal_;
    SessionController& session_;
    PrintQueue& queue_;
    const Clock& clock_;
    Settings settings_;
    ui::LanguageController& language_;
    QString register_;  // the register shown and closed
    QStringList registers_;
    ui::RowsModel sections_{{"sectionId", "heading", "rows"}};
    bool ready_ = false;
    bool needsCount_ = false;
    int differencesToSignOff_ = 0;
    QString readyText_;
    QString title_;
    std::optional<DayFigures> x_;
    std::optional<ZReport> z_;
    QString message_;
    QString error_;
    QPointer<QThread> printer_;
};

}  // namespace ak
