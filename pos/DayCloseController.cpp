#include "DayCloseController.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

#include "LanguageController.h"
#include "SessionController.h"
#include "core/print/DayReportPrint.h"
#include "core/cash/ShiftRepository.h"
#include "core/money/MoneyFormat.h"
#include "core/printqueue/PrintQueue.h"
#include "core/reports/FunderReport.h"
#include "drivers/report/CupsReportPrint.h"
#include "drivers/report/PdfReport.h"

#include <memory>

Q_LOGGING_CATEGORY(lcDayClose, "aktivkafe.pos.dayclose")

namespace ak {

DayCloseController::DayCloseController(Database& db, DayReport& days, ShiftRepository& shifts, Journal& journal,
                                       SessionController& session,
                                       PrintQueue& queue, const Clock& clock, Settings settings,
                                       ui::LanguageController& language, QObject* parent)
    : QObject(parent),
      db_(db),
      days_(days),
      shifts_(shifts),
      journal_(journal),
      session_(session),
      queue_(queue),
      clock_(clock),
      settings_(std::move(settings)),
      language_(language),
      register_(settings_.registerId) {
    connect(&session_, &SessionController::loggedInChanged, this, &DayCloseController::reset);
}

DayCloseController::~DayCloseController() {
    if (printer_) printer_->wait();  // a print job in flight finishes before the till goes
}

DayReportPrintInfo DayCloseController::printInfo() const {
    DayReportPrintInfo info;
    info.cafe = settings_.cafe;
    if (const StaffMember* by = session_.currentOperator()) info.printedBy = by->name;
    info.printedAt = clock_.now();
    return info;
}

QString DayCloseController::pdfPath(qint64 zNumber) const {
    if (settings_.reportsDirectory.isEmpty()) return {};
    return QDir(settings_.reportsDirectory)
        .filePath(QStringLiteral("z-report-%1-%2.pdf").arg(register_).arg(zNumber, 4, 10, QChar(u'0')));
}

void DayCloseController::show(const DayFigures& figures, const std::optional<ZReport>& z) {
    // The screen shows what the A4 page shows, in the café's language, as the page does.
    const dev::ReportDocument doc = DayReportPrint::a4(figures, z, printInfo());
    std::vector<QVariantMap> sections;
    int i = 0;
    for (const dev::ReportSection& s : doc.sections) {
        QVariantList rows;
        for (const dev::ReportRow& r : s.rows)
            rows.append(QVariantMap{{QStringLiteral("label"), r.label},
                                    {QStringLiteral("shown"), r.shown},
                                    {QStringLiteral("total"), r.total}});
        sections.push_back({{QStringLiteral("sectionId"), QString::number(i++)},
                            {QStringLiteral("heading"), s.heading},
                            {QStringLiteral("rows"), rows}});
    }
    // What was sold, product by product.
    if (auto products = days_.products(figures.businessDayId); products && !products->empty()) {
        QVariantList rows;
        for (const ProductTotal& p : products.value())
            rows.append(QVariantMap{{QStringLiteral("label"), QStringLiteral("%1 (%2)").arg(p.name).arg(p.quantity)},
                                    {QStringLiteral("shown"), formatMoney(p.amount, settings_.cafe.locale)},
                                    {QStringLiteral("total"), false}});
        sections.push_back({{QStringLiteral("sectionId"), QStringLiteral("products")},
                            {QStringLiteral("heading"), tr("Products")},
                            {QStringLiteral("rows"), rows}});
    }
    // The day's visitors and activities, counted as for funders: under 5 is "<5" (FunderReport.h).
    const QDate day = figures.dayOpenedAt.toTimeZone(settings_.cafe.timeZone).date();
    if (auto people = FunderReport::build(db_, day, day, settings_.cafe.timeZone, clock_, language_.locale())) {
        static const QStringList kShown{QStringLiteral("total"), QStringLiteral("reason"), QStringLiteral("mood"),
                                        QStringLiteral("activities_held"), QStringLiteral("signups"),
                                        QStringLiteral("signups_attended")};
        for (const FunderSection& s : people->sections()) {
            if (!kShown.contains(s.id)) continue;
            QVariantList rows;
            for (const FunderRow& r : s.rows)
                rows.append(QVariantMap{{QStringLiteral("label"), r.label},
                                        {QStringLiteral("shown"), r.shown},  // never the exact count under 5
                                        {QStringLiteral("total"), r.total}});
            sections.push_back({{QStringLiteral("sectionId"), s.id}, {QStringLiteral("heading"), s.heading},
                                {QStringLiteral("rows"), rows}});
        }
    }
    sections_.setRows(std::move(sections));
    title_ = doc.title + QStringLiteral(" — ") + doc.period;
}

void DayCloseController::preview() {
    const StaffMember* by = session_.currentOperator();
    if (!by) return;
    z_.reset();
    loadRegisters();
    auto x = days_.x(register_, *by, journal_);
    if (!x) {
        x_.reset();
        sections_.setRows({});
        title_.clear();
        fail(x.error().message);
        return;
    }
    x_ = x.value();
    show(x_.value(), std::nullopt);
    needsCount_ = x_->openShifts > 0;
    auto waiting = shifts_.awaitingSignOff(register_);
    differencesToSignOff_ = waiting ? int(waiting->size()) : 0;
    auto ready = days_.readyToClose(register_);
    ready_ = ready.ok();
    readyText_ = ready ? tr("Everything is counted: the day can be closed with the Z report.") : ready.error().message;
    message_.clear();
    error_.clear();
    emit changed();
}

bool DayCloseController::printX() {
    if (!x_) return false;
    auto job = queue_.enqueue(QStringLiteral("x-report"), QString(), DayReportPrint::receipt(x_.value(), std::nullopt, printInfo()));
    if (!job) {
        fail(job.error().message);
        return false;
    }
    done(tr("The X report is on its way to the receipt printer."));
    return true;
}

bool DayCloseController::takeZ() {
    const StaffMember* by = session_.currentOperator();
    if (!by || z_) return false;
    auto closed = DayClose::run(db_, days_, journal_, register_, *by, settings_.backup, clock_.now());
    if (!closed) {
        fail(closed.error().message);
        return false;
    }
    z_ = closed->z;
    ready_ = false;
    needsCount_ = false;
    readyText_.clear();
    show(z_->figures, z_);
    QStringList said{tr("Z report no. %1 is taken: the day is closed.").arg(z_->number)};
    if (!z_->backupFile.isEmpty()) said << tr("Backup: %1").arg(QFileInfo(z_->backupFile).fileName());
    // The Z is stored whatever happens to its print-outs and the stick's copy; each says for itself when it fails.
    QStringList problems;
    const SecondBackup& stick = closed->secondBackup;
    if (stick.written()) said << tr("Also on the backup stick.");
    else if (stick.wanted) problems << tr("The backup is on the till, but not on the backup stick: %1").arg(stick.problems.value(0));
    const DayReportPrintInfo info = printInfo();
    if (auto job = queue_.enqueue(QStringLiteral("z-report"), QString::number(z_->number),
                                  DayReportPrint::receipt(z_->figures, z_, info));
        !job)
        problems << job.error().message;
    const QString pdf = pdfPath(z_->number);
    if (!pdf.isEmpty()) {
        auto written = QDir().mkpath(settings_.reportsDirectory)
                           ? dev::PdfReport::write(DayReportPrint::a4(z_->figures, z_, info), pdf, settings_.neverReplace)
                           : dev::ReportOutcome<QString>(dev::ReportOutputError{
                                 dev::ReportOutputError::Kind::NoFolder,
                                 tr("The folder for reports could not be made: %1").arg(settings_.reportsDirectory)});
        if (written) {
            said << tr("Saved: %1").arg(QDir::toNativeSeparators(written.value()));
            if (!settings_.reportPrinter.isEmpty()) sendToPrinter(written.value(), tr("Z report %1").arg(z_->number));
        } else {
            problems << written.error().message;
        }
    }
    message_ = said.join(u'\n');
    error_ = problems.join(u'\n');
    emit changed();
    return true;
}

bool DayCloseController::signOffDifferences() {
    const StaffMember* by = session_.currentOperator();
    if (!by) return false;
    auto waiting = shifts_.awaitingSignOff(register_);
    if (!waiting) {
        fail(waiting.error().message);
        return false;
    }
    for (const Shift& s : waiting.value()) {
        if (auto r = shifts_.signOff(s.id, *by, journal_); !r) {
            fail(r.error().message);
            return false;
        }
    }
    preview();
    done(tr("%1 signed off the count differences.").arg(by->name));
    return true;
}

void DayCloseController::sendToPrinter(const QString& pdf, const QString& title) {
    if (printer_) return;
    const QString queue = settings_.reportPrinter;
    auto outcome = std::make_shared<std::optional<dev::ReportOutcome<int>>>();
    printer_ = QThread::create([outcome, pdf, queue, title] { *outcome = dev::CupsReportPrint::print(pdf, queue, title); });
    connect(printer_, &QThread::finished, this, [this, outcome, queue] {
        printer_->deleteLater();
        printer_ = nullptr;
        if (*outcome && (*outcome)->ok()) {
            message_ += u'\n' + tr("Sent to the printer %1.").arg(queue);
        } else {
            const QString why = *outcome ? (*outcome)->error().message : tr("The report could not be printed.");
            qCWarning(lcDayClose) << "the Z report's PDF was not printed:" << why;
            error_ = error_.isEmpty() ? why : error_ + u'\n' + why;
        }
        emit changed();
    });
    printer_->start();
}

void DayCloseController::loadRegisters() {
    // Every register with a business day open, this till's first: one till may close them all.
    QStringList open{settings_.registerId};
    if (auto others = days_.registersWithOpenDay()) {
        for (const QString& id : others.value())
            if (!open.contains(id)) open << id;
    }
    registers_ = open;
}

void DayCloseController::chooseRegister(const QString& registerId) {
    if (!registers_.contains(registerId) || registerId == register_) return;
    register_ = registerId;
    preview();
}

void DayCloseController::reset() {
    register_ = settings_.registerId;
    x_.reset();
    z_.reset();
    ready_ = false;
    needsCount_ = false;
    readyText_.clear();
    title_.clear();
    sections_.setRows({});
    message_.clear();
    error_.clear();
    emit changed();
}

void DayCloseController::fail(const QString& error) {
    error_ = error;
    message_.clear();
    emit changed();
}

void DayCloseController::done(const QString& message) {
    message_ = message;
    error_.clear();
    emit changed();
}

}  // namespace ak
