#pragma once
// The manager's statistics for funders at the till (QML singleton `Statistics`): visits and
// activities of a period (this month, last month, this year, or two typed dates) as the funder
// report shows them — every count under 5 as "<5", and ":" where a "<5" could otherwise be worked
// back (FunderReport.h) — saved as CSV and PDF in [till] reports_directory and printed on the CUPS
// printer [till] report_printer. Managers only (Permission::ViewReports).
//
// Printing waits for CUPS (up to seconds on a slow network) in a worker thread, so the till stays
// responsive; one print at a time. Ownership: TillApp owns it; everything it refers to outlives it.

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QThread>
#include <QTimeZone>
#include <QtQml/qqmlregistration.h>

#include "QmlSingleton.h"
#include "RowsModel.h"

#include <optional>

namespace ak {

class Clock;
class Database;
class FunderReport;
class SessionController;
namespace ui {
class LanguageController;
}

class StatisticsController : public QObject, public ui::QmlSingleton<StatisticsController> {
    Q_OBJECT
    QML_NAMED_ELEMENT(Statistics)
    QML_SINGLETON
    Q_PROPERTY(QAbstractItemModel* sections READ sections CONSTANT)
    Q_PROPERTY(QString fromText READ fromText NOTIFY changed)  // YYYY-MM-DD
    Q_PROPERTY(QString toText READ toText NOTIFY changed)
    Q_PROPERTY(QString periodText READ periodText NOTIFY changed)
    Q_PROPERTY(QString footnoteText READ footnoteText NOTIFY changed)
    Q_PROPERTY(bool canPrint READ canPrint CONSTANT)
    Q_PROPERTY(bool printing READ printing NOTIFY changed)
    Q_PROPERTY(QString messageText READ messageText NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)

public:
    struct Settings {
        QString cafeName;
        QString reportsDirectory;  // empty: nowhere to save (an in-memory café)
        QString reportPrinter;     // a CUPS queue; empty: no printing
        QStringList neverReplace;  // the database's and the configuration's files (ReportFile.h)
    };

    StatisticsController(Database& db, SessionController& session, const Clock& clock, QTimeZone zone,
                         Settings settings, ui::LanguageController& language, QObject* parent = nullptr);
    ~StatisticsController() override;

    QAbstractItemModel* sections() { return &sections_; }
    QString fromText() const { return from_.toString(Qt::ISODate); }
    QString toText() const { return to_.toString(Qt::ISODate); }
    QString periodText() const { return period_; }
    QString footnoteText() const { return footnotes_; }
    bool canPrint() const { return !settings_.reportPrinter.isEmpty(); }
    bool printing() const { return printer_ != nullptr; }
    QString messageText() const { return message_; }
    QString errorText() const { return error_; }

    // "thisMonth", "lastMonth", "thisYear"; the figures are built at once.
    Q_INVOKABLE void choosePeriod(const QString& which);
    // Two typed dates, YYYY-MM-DD; false (and a sentence) when they cannot be used.
    Q_INVOKABLE bool setPeriod(const QString& from, const QString& to);
    Q_INVOKABLE void reload();
    Q_INVOKABLE bool saveCsv();
    Q_INVOKABLE bool savePdf();
    Q_INVOKABLE bool print();

    // Where saveCsv() / savePdf() write for the current period.
    QString filePath(const QString& extension) const;

signals:
    void changed();

private:
    std::optional<FunderReport> build();
    bool allowed();
    // filePath(extension) with its folder made, or empty after saying why (a manager only)
    QString preparedPath(const QString& extension);
    void fail(const QString& error);
    void done(const QString& message);

    Database& db_;
    SessionController& session_;
    const Clock& clock_;
    QTimeZone zone_;
    Settings settings_;
    ui::LanguageController& language_;
    QDate from_;
    QDate to_;
    ui::RowsModel sections_{{"sectionId", "heading", "rows"}};
    QString period_;
    QString footnotes_;
    QString message_;
    QString error_;
    QPointer<QThread> printer_;
};

}  // namespace ak
