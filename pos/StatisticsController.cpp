#include "StatisticsController.h"

#include "LanguageController.h"
#include "SessionController.h"
#include "core/reports/FunderReport.h"
#include "core/reports/ReportPeriod.h"
#include "core/staff/Permissions.h"
#include "core/util/Clock.h"
#include "drivers/report/CupsReportPrint.h"
#include "drivers/report/PdfReport.h"
#include "drivers/report/ReportFile.h"

#include <QDir>

namespace ak {

StatisticsController::StatisticsController(Database& db, SessionController& session, const Clock& clock, QTimeZone zone,
                                           Settings settings, ui::LanguageController& language, QObject* parent)
    : QObject(parent),
      db_(db),
      session_(session),
      clock_(clock),
      zone_(std::move(zone)),
      settings_(std::move(settings)),
      language_(language) {
    connect(&language_, &ui::LanguageController::currentChanged, this, &StatisticsController::reload);
    const QDate today = clock_.now().toTimeZone(zone_).date();
    from_ = QDate(today.year(), today.month(), 1);
    to_ = today;
}

StatisticsController::~StatisticsController() {
    // a print still talking to CUPS finishes before the till's objects go
    if (printer_) printer_->wait();
}

bool StatisticsController::allowed() {
    const StaffMember* by = session_.currentOperator();
    if (!by) return false;
    if (auto r = requirePermission(*by, Permission::ViewReports); !r) {
        fail(r.error().message);
        return false;
    }
    return true;
}

std::optional<FunderReport> StatisticsController::build() {
    const StaffMember* by = session_.currentOperator();
    if (!by) return std::nullopt;
    // Core checks the permission again (the role as stored now, not as it was at login).
    auto report = FunderReport::buildFor(*by, db_, from_, to_, zone_, clock_, language_.locale());
    if (!report) {
        fail(report.error().message);
        return std::nullopt;
    }
    report->setCafeName(settings_.cafeName);
    return std::move(report).value();
}

void StatisticsController::choosePeriod(const QString& which) {
    const QDate today = clock_.now().toTimeZone(zone_).date();
    const QDate firstOfMonth(today.year(), today.month(), 1);
    if (which == QLatin1String("lastMonth")) {
        from_ = firstOfMonth.addMonths(-1);
        to_ = firstOfMonth.addDays(-1);
    } else if (which == QLatin1String("thisYear")) {
        from_ = QDate(today.year(), 1, 1);
        to_ = today;
    } else {
        from_ = firstOfMonth;
        to_ = today;
    }
    message_.clear();
    error_.clear();
    reload();
}

bool StatisticsController::setPeriod(const QString& from, const QString& to) {
    const QDate f = QDate::fromString(from.trimmed(), Qt::ISODate);
    const QDate t = QDate::fromString(to.trimmed(), Qt::ISODate);
    if (!f.isValid() || !t.isValid()) {
        fail(tr("Write the dates as year-month-day, e.g. 2026-11-01."));
        return false;
    }
    if (f > t) {
        fail(tr("The first day must come before the last."));
        return false;
    }
    // Only the days with records, and at most a year: the report is made to be printed.
    auto span = ReportPeriod::dataSpan(db_, zone_);
    if (!span) {
        fail(span.error().message);
        return false;
    }
    const auto fitted = ReportPeriod::clamp(f, t, span.value());
    if (!fitted) {
        fail(tr("Nothing was recorded between %1 and %2.").arg(f.toString(Qt::ISODate), t.toString(Qt::ISODate)));
        return false;
    }
    if (ReportPeriod::days(fitted->first, fitted->second) > ReportPeriod::kLongestOnPaper) {
        fail(tr("That is %1 days with records: choose a year or less, so that the report fits on a few pages.")
                 .arg(ReportPeriod::days(fitted->first, fitted->second)));
        return false;
    }
    from_ = fitted->first;
    to_ = fitted->second;
    error_.clear();
    reload();
    message_ = *fitted == std::pair{f, t} ? QString()
                                          : tr("The café's records run from %1 to %2: the figures cover those days.")
                                                .arg(span.value()->first.toString(Qt::ISODate),
                                                     span.value()->last.toString(Qt::ISODate));
    emit changed();
    return true;
}

void StatisticsController::reload() {
    if (!allowed()) {
        sections_.setRows({});
        emit changed();
        return;
    }
    auto report = build();
    if (!report) {
        sections_.setRows({});
        return;
    }
    std::vector<QVariantMap> sections;
    for (const FunderSection& s : report->sections()) {
        QVariantList rows;
        for (const FunderRow& r : s.rows)
            rows.append(QVariantMap{{QStringLiteral("label"), r.label},
                                    {QStringLiteral("shown"), r.shown},  // never the exact count
                                    {QStringLiteral("total"), r.total}});
        sections.push_back({{QStringLiteral("sectionId"), s.id},
                            {QStringLiteral("heading"), s.heading},
                            {QStringLiteral("rows"), rows}});
    }
    sections_.setRows(std::move(sections));
    period_ = report->period();
    footnotes_ = report->footnotes().join(u'\n');
    emit changed();
}

QString StatisticsController::filePath(const QString& extension) const {
    if (settings_.reportsDirectory.isEmpty()) return {};
    return QDir(settings_.reportsDirectory)
        .filePath(QStringLiteral("aktivkafe-%1-%2.%3").arg(fromText(), toText(), extension));
}

QString StatisticsController::preparedPath(const QString& extension) {
    if (!allowed()) return {};
    const QString path = filePath(extension);
    if (path.isEmpty() || !QDir().mkpath(settings_.reportsDirectory)) {
        fail(tr("There is no folder to save reports in. Ask whoever set up the till to set reports_directory."));
        return {};
    }
    return path;
}

bool StatisticsController::saveCsv() {
    const QString path = preparedPath(QStringLiteral("csv"));
    if (path.isEmpty()) return false;
    auto report = build();
    if (!report) return false;
    // All of it or nothing, and never over anything but an earlier CSV of this report.
    auto written =
        dev::ReportFile::write(path, report->toCsv().toUtf8(), report->csvFileKind(), settings_.neverReplace);
    if (!written) {
        fail(written.error().message);
        return false;
    }
    done(tr("Saved: %1").arg(QDir::toNativeSeparators(written.value())));
    return true;
}

bool StatisticsController::savePdf() {
    const QString path = preparedPath(QStringLiteral("pdf"));
    if (path.isEmpty()) return false;
    auto report = build();
    if (!report) return false;
    auto written = dev::PdfReport::write(report->toDocument(), path, settings_.neverReplace);
    if (!written) {
        fail(written.error().message);
        return false;
    }
    done(tr("Saved: %1").arg(QDir::toNativeSeparators(written.value())));
    return true;
}

bool StatisticsController::print() {
    if (!allowed() || printer_) return false;
    if (!canPrint()) {
        fail(tr("No report printer is set up. Ask whoever set up the till to set report_printer."));
        return false;
    }
    if (!savePdf()) return false;
    const QString path = filePath(QStringLiteral("pdf"));
    const QString queue = settings_.reportPrinter;
    auto report = build();
    if (!report) return false;
    const QString title = report->title() + QStringLiteral(" ") + report->period();
    auto outcome = std::make_shared<std::optional<dev::ReportOutcome<int>>>();
    printer_ =
        QThread::create([outcome, path, queue, title] { *outcome = dev::CupsReportPrint::print(path, queue, title); });
    connect(printer_, &QThread::finished, this, [this, outcome, queue] {
        printer_->deleteLater();
        printer_ = nullptr;
        if (*outcome && (*outcome)->ok())
            done(tr("Sent to the printer %1.").arg(queue));
        else
            fail(*outcome ? (*outcome)->error().message : tr("The report could not be printed."));
    });
    message_ = tr("Printing on %1 …").arg(queue);
    error_.clear();
    emit changed();
    printer_->start();
    return true;
}

void StatisticsController::fail(const QString& error) {
    error_ = error;
    message_.clear();
    emit changed();
}

void StatisticsController::done(const QString& message) {
    message_ = message;
    error_.clear();
    emit changed();
}

}  // namespace ak
