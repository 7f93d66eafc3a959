#include "FirstStartController.h"

#include <QLocale>
#include <QLoggingCategory>

#include "LanguageController.h"
#include "core/print/TestPage.h"
#include "drivers/devices/DeviceFactory.h"
#include "drivers/devices/DeviceManager.h"
#include "drivers/devices/ReceiptPrinter.h"

Q_LOGGING_CATEGORY(lcFirstStart, "aktivkafe.pos.firststart")

namespace ak {

namespace {
enum Page { Language, Cafe, Manager, Printer, Done };
}

FirstStartController::FirstStartController(AppConfig config, ui::LanguageController& language, PrinterLister listPrinters,
                                           QObject* parent)
    : QObject(parent), config_(std::move(config)), language_(language), listPrinters_(std::move(listPrinters)) {
    answers_.language = language_.current();
    connect(&language_, &ui::LanguageController::currentChanged, this, [this] {
        answers_.language = language_.current();
        if (!problem_.isEmpty()) setProblem(QString());  // a sentence in the old language would stay
        emit changed();
    });
}

FirstStartController::~FirstStartController() = default;

QStringList FirstStartController::pages() {
    return {QStringLiteral("language"), QStringLiteral("cafe"), QStringLiteral("manager"), QStringLiteral("printer"),
            QStringLiteral("done")};
}

void FirstStartController::setName(const QString& v) {
    answers_.name = v;
    emit changed();
}

void FirstStartController::setCountry(const QString& code) {
    answers_.country = code == QLatin1String("DK") ? Country::Denmark : Country::Norway;
    emit changed();
}

void FirstStartController::setOrgNumber(const QString& v) {
    answers_.orgNumber = v;
    emit changed();
}

void FirstStartController::setVatRegistered(bool v) {
    answers_.vatRegistered = v;
    emit changed();
}

void FirstStartController::setManagerName(const QString& v) {
    answers_.managerName = v;
    emit changed();
}

QStringList FirstStartController::printers() const {
    QStringList labels;
    for (const dev::UsbPrinterInfo& p : found_) {
        const QString name = QString(p.manufacturer + u' ' + p.product).trimmed();
        labels << (name.isEmpty() ? p.vendorName : name) + QStringLiteral(" (USB %1)").arg(p.identity.description());
    }
    return labels;
}

void FirstStartController::setPrinterIndex(int index) {
    printerIndex_ = index >= 0 && index < found_.size() ? index : -1;
    answers_.printer = {};
    if (printerIndex_ >= 0)
        answers_.printer = {PrinterChoice::Kind::Usb, found_[printerIndex_].identity.vendorId,
                            found_[printerIndex_].identity.productId};
    printerResult_.clear();
    emit changed();
}

QString FirstStartController::summary() const {
    QStringList lines{answers_.name.trimmed(),
                      answers_.country == Country::Norway ? tr("Norway") : tr("Denmark"),
                      answers_.orgNumber.trimmed().isEmpty() ? tr("No organisation number")
                                                             : tr("Organisation number %1").arg(answers_.orgNumber.trimmed()),
                      answers_.vatRegistered ? tr("Registered for VAT") : tr("Not registered for VAT"),
                      tr("Manager: %1").arg(answers_.managerName.trimmed()),
                      printerIndex_ >= 0 ? tr("Receipt printer: %1").arg(printers().value(printerIndex_))
                                         : tr("No receipt printer yet")};
    return lines.join(u'\n');
}

void FirstStartController::enterPin(const QString& pin) {
    if (answers_.managerPin.isEmpty() || !answers_.managerPinAgain.isEmpty()) {
        answers_.managerPin = pin;
        answers_.managerPinAgain.clear();
        setProblem(QString());
    } else {
        answers_.managerPinAgain = pin;
        const QString problem = CafeSetup::checkManager(answers_);
        if (!problem.isEmpty()) {  // start the PIN over: which of the two was mistyped is not known
            answers_.managerPin.clear();
            answers_.managerPinAgain.clear();
        }
        setProblem(problem);
    }
    emit changed();
}

void FirstStartController::next() {
    QString problem;
    switch (page_) {
    case Cafe: problem = CafeSetup::checkCafe(answers_); break;
    case Manager: problem = CafeSetup::checkManager(answers_); break;
    case Printer: makeCafe(); return;
    case Done: return;
    default: break;
    }
    setProblem(problem);
    if (problem.isEmpty()) {
        ++page_;
        if (page_ == Printer) findPrinters();
    }
    emit changed();
}

void FirstStartController::back() {
    if (page_ == Language || page_ == Done) return;
    --page_;
    setProblem(QString());
    emit changed();
}

void FirstStartController::showPage(const QString& name) {
    const qsizetype i = pages().indexOf(name);
    if (i >= 0) page_ = int(i);
    emit changed();
}

void FirstStartController::findPrinters() {
    found_.clear();
    if (listPrinters_)
        for (const dev::UsbPrinterInfo& p : listPrinters_())
            if (p.kind != dev::UsbPrinterKind::None) found_ << p;
    // The one plugged in is the one meant, most of the time.
    setPrinterIndex(found_.size() == 1 ? 0 : -1);
}

void FirstStartController::testPrint() {
    if (printerIndex_ < 0) return;
    dev::PrinterSettings settings;
    settings.kind = dev::PrinterSettings::Kind::Usb;
    settings.usbVendorId = answers_.printer.vendorId;
    settings.usbProductId = answers_.printer.productId;
    testDevices_ = dev::DeviceFactory::createManager(settings, {});
    testDevices_->start();
    dev::ReceiptPrinter* printer = testDevices_->printer();
    if (!printer) {
        printerResult_ = testDevices_->printerProblem();
        emit changed();
        return;
    }
    const TestPageInfo info{answers_.name.trimmed(), answers_.orgNumber, config_.cafe.registerId,
                            answers_.managerName.trimmed(), QDateTime::currentDateTimeUtc(), language_.locale(),
                            answers_.country == Country::Norway ? QTimeZone("Europe/Oslo") : QTimeZone("Europe/Copenhagen")};
    const int job = printer->print(TestPage::build(info));
    connect(printer, &dev::ReceiptPrinter::outputComplete, this, [this, job](int done) {
        if (done != job) return;
        printerResult_ = tr("The test page is printed. Does it look right? Then this is the café's printer.");
        emit changed();
    });
    connect(printer, &dev::ReceiptPrinter::errorOccurred, this, [this, job](const dev::DeviceError& error) {
        if (error.jobId != job && error.jobId != 0) return;
        printerResult_ = error.message;
        emit changed();
    });
    printerResult_ = tr("Printing the test page…");
    emit changed();
}

void FirstStartController::makeCafe() {
    testDevices_.reset();  // the printer is the till's from now on
    auto made = CafeSetup::create(config_, answers_);
    if (!made) {
        setProblem(made.error().message);
        emit changed();
        return;
    }
    qCInfo(lcFirstStart) << "the café is made";
    created_ = true;
    page_ = Done;
    setProblem(QString());
    emit changed();
}

void FirstStartController::setProblem(const QString& problem) { problem_ = problem; }

}  // namespace ak
