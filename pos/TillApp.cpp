#include "TillApp.h"

#include <QLoggingCategory>
#include <QTimeZone>

#include "AppShell.h"
#include "ScreenCapture.h"
#include "core/journal/JournalAnchor.h"
#include "core/money/VatTable.h"
#include "core/sales/TrainingMode.h"
#include "core/settings/CafeZone.h"
#include "DeviceCommands.h"
#include "drivers/sim/SimulatedReceiptPrinter.h"

Q_LOGGING_CATEGORY(lcTill, "aktivkafe.pos")

namespace ak {

TillApp::TillApp(const AppConfig& config, Database& db, const Clock& clock, QQmlEngine& engine,
                 std::unique_ptr<dev::DeviceManager> devices, PinHashCost pinCost)
    : devices_(std::move(devices)),
      journal_(db, clock, config.cafe.registerId),
      signer_(compliance::SaleSigner::fromConfig(db, config.compliance, config.cafe.registerId, config.cafe.timeZone)),
      integrity_(db, journal_, JournalAnchor::pathFor(db.path()), Database::files(db.path())),
      staff_(db, clock, pinCost),
      catalogue_(db),
      sales_(db, journal_, clock, VatTable::forCountry(config.cafe.country, config.cafe.vatRegistered),
             QLocale(config.cafe.locale).language()),
      shifts_(db, clock, config.cafe.currency, config.till.countDifferenceAlertMinor),
      days_(db, clock, config.cafe.currency),
      discountReasons_(db),
      printQueue_(db, clock),
      servingQueue_(db, clock),
      cardTypes_(db, clock, config.cafe.timeZone),
      cards_(db, clock, config.cafe.timeZone),
      activities_(db, clock, config.cafe.timeZone),
      signups_(db, clock, config.cafe.timeZone),
      language_(&engine, config.cafe.languages),
      till_({config.cafe.name, config.cafe.registerId, config.till.idleLockSeconds * 1000}),
      session_(staff_, db, journal_),
      printerController_(*devices_,
                         {config.cafe.name, config.cafe.orgNumber, config.cafe.registerId, config.cafe.timeZone}, db, journal_, clock,
                         session_, printQueue_, sales_, receiptInfo(config)),
      catalogueController_(catalogue_, language_),
      saleController_(config.cafe.currency, QLocale(config.cafe.locale).language(), sales_, discountReasons_, session_,
                      language_, drawer_, config.cafe.timeZone),
      payment_(saleController_, sales_, session_, printQueue_, receiptInfo(config), language_,
               {db, cards_, journal_, cardPrintInfo(config)}),
      returns_(sales_, staff_, journal_, session_, printQueue_, receiptInfo(config), language_),
      staffAdmin_(staff_, journal_, session_),
      serving_(servingQueue_, journal_, session_, config.cafe.timeZone),
      cardsController_(db, cards_, cardTypes_, journal_, session_, printQueue_, cardPrintInfo(config), language_),
      cardTypesController_(db, cardTypes_, journal_, session_, clock, config.cafe.timeZone, language_),
      activitiesAdmin_(activities_, signups_, journal_, session_, printQueue_,
                       {config.cafe.name, QLocale(config.cafe.locale), config.cafe.timeZone}, language_),
      statistics_(db, session_, clock, config.cafe.timeZone,
                  {config.cafe.name, config.till.reportsDirectory, config.till.reportPrinter,
                   Database::files(db.path()) + config.sources},
                  language_),
      integrityController_(integrity_, session_),
      cash_(db, shifts_, sales_, staff_, journal_, session_, drawer_,
            {config.cafe.registerId, config.cafe.currency, Denominations::of(config.cafe.currency, config.till.denominations),
             config.cafe.timeZone},
            language_),
      dayClose_(db, days_, shifts_, journal_, session_, printQueue_, clock,
                {config.cafe.registerId, receiptInfo(config),
                 {config.database.backupDirectory, config.database.keepDays, config.database.backupDirectoryIsDefault,
                  config.database.secondBackupDirectory},
                 config.till.reportsDirectory, config.till.reportPrinter, Database::files(db.path()) + config.sources},
                language_),
      devicesPage_(*devices_, drawer_, language_),
      backupStick_(config.database.secondBackupDirectory, clock),
      feed_(db),
      eraseAfterDays_(config.signups.eraseAfterDays) {
    // Before anything is sold: the journal's newest entries, its head and anchor, the triggers and
    // the newest sales. What it finds stops selling until a manager has seen it.
    if (auto checked = integrity_.check(); !checked)
        qCWarning(lcTill) << "the journal could not be checked:" << checked.error().message;
    sales_.setGate(&integrity_);
    sales_.setSigner(&signer_);
    // The drawer's sensor is read by the receipt printer it hangs off; core keeps the rules.
    sales_.setDrawer(&drawer_);
    if (const dev::ReceiptPrinter* printer = devices_->printer()) {
        QObject::connect(printer, &dev::ReceiptPrinter::statusChanged, &drawer_,
                         [this](const dev::PrinterStatus& status) { drawer_.setOpen(status.drawerOpen); });
        drawer_.setOpen(printer->status().drawerOpen);
    }
    days_.setSignOffRule(&shifts_);  // a count difference above the alert waits for a manager before the Z
    cards_.setOpeningHours(config.openingHours);  // a day pass lasts until closing time, or the Z
    // Training mode survives a restart: a new volunteer's practice never turns into real sales.
    if (auto training = TrainingMode(db, config.cafe.registerId).isOn(); training && training.value())
        sales_.setTraining(true);
    // The till's start and stop are events the law counts (SAF-T 13001/13002).
    if (auto r = journal_.record(Journal::systemActor(), JournalKind::AppStarted, programPayload()); !r)
        qCWarning(lcTill) << "the till's start could not be journaled:" << r.error().message;
    // So that `aktivkafe report …` counts the café's days wherever it runs.
    if (auto r = CafeZone::record(db, config.cafe.timeZone); !r)
        qCWarning(lcTill) << "the café's time zone could not be recorded:" << r.error().message;
    anchor_.setInterval(60 * 1000);
    QObject::connect(&anchor_, &QTimer::timeout, &session_, [this] { keepAnchor(); });
    anchor_.start();
    keepAnchor();
    ui::LanguageController::setInstance(&language_);
    TillController::setInstance(&till_);
    SessionController::setInstance(&session_);
    PrinterController::setInstance(&printerController_);
    CatalogueController::setInstance(&catalogueController_);
    SaleController::setInstance(&saleController_);
    PaymentController::setInstance(&payment_);
    ReturnController::setInstance(&returns_);
    StaffController::setInstance(&staffAdmin_);
    ServingController::setInstance(&serving_);
    CardsController::setInstance(&cardsController_);
    CardTypesController::setInstance(&cardTypesController_);
    ActivitiesAdminController::setInstance(&activitiesAdmin_);
    QObject::connect(&feed_, &ChangeFeed::changed, &serving_, [this](const QString& topic) {
        if (ChangeFeed::about(topic, ChangeFeed::kServing)) serving_.refresh();
        if (ChangeFeed::about(topic, ChangeFeed::kSignups) || ChangeFeed::about(topic, ChangeFeed::kActivities))
            activitiesAdmin_.reload();
    });
    StatisticsController::setInstance(&statistics_);
    IntegrityController::setInstance(&integrityController_);
    CashController::setInstance(&cash_);
    DayCloseController::setInstance(&dayClose_);
    DevicesController::setInstance(&devicesPage_);
    BackupStickController::setInstance(&backupStick_);
    // A volunteer who logs in sees the stick as it is now; the Z writes a copy on it.
    QObject::connect(&session_, &SessionController::loggedInChanged, &backupStick_, &BackupStickController::refresh);
    QObject::connect(&dayClose_, &DayCloseController::changed, &backupStick_, &BackupStickController::refresh);
    erasure_.setInterval(60 * 60 * 1000);
    QObject::connect(&erasure_, &QTimer::timeout, &session_, [this] { eraseOldNicknames(); });
    erasure_.start();
    eraseOldNicknames();
    QObject::connect(devices_.get(), &dev::DeviceManager::tokenRead, &session_,
                     [this](const dev::TokenRead& token) { onToken(token); });
    devices_->start();
    // Receipts are queued in the database and printed when the printer can.
    printQueue_.setPrinter(devices_->printer());
    if (const auto started = printQueue_.start(); !started) {
        qCWarning(lcTill) << "the print queue could not start:" << started.error().message;
    }
}

void TillApp::onToken(const dev::TokenRead& token) {
    if (!session_.loggedIn()) {
        session_.loginWithCard(token.text);
    } else if (staffAdmin_.waitingForCard() != 0) {
        staffAdmin_.cardScanned(token.text);
    } else if (payment_.waitingForCoffeeCard()) {
        payment_.coffeeCardScanned(token.text);
    } else if (cardsController_.listening()) {
        cardsController_.scanned(token.text);
    }
}

void TillApp::eraseOldNicknames() {
    auto erased = signups_.eraseNicknames(eraseAfterDays_);
    if (!erased)
        qCWarning(lcTill) << "old sign-up nicknames could not be erased:" << erased.error().message;
    else if (erased.value() > 0)
        qCInfo(lcTill) << "erased the nicknames of" << erased.value() << "old sign-up(s)";
}

TillApp::~TillApp() {
    printQueue_.setPrinter(nullptr);  // the printer goes before the queue
    if (auto r = journal_.record(Journal::systemActor(), JournalKind::AppStopped, programPayload()); !r)
        qCWarning(lcTill) << "the till's stop could not be journaled:" << r.error().message;
    keepAnchor();
}

QJsonObject TillApp::programPayload() {
    return {{QStringLiteral("program"), QStringLiteral("aktivkafe-pos")}, {QStringLiteral("version"), QStringLiteral(AK_VERSION)}};
}

void TillApp::keepAnchor() {
    if (auto r = integrity_.anchor(); !r) qCWarning(lcTill) << "the journal's anchor could not be written:" << r.error().message;
}

ReceiptInfo TillApp::receiptInfo(const AppConfig& config) {
    ReceiptInfo info;
    info.cafeName = config.cafe.name;
    info.orgNumber = config.cafe.orgNumber;
    info.country = config.cafe.country;
    info.vatRegistered = config.cafe.vatRegistered;
    info.locale = QLocale(config.cafe.locale);
    info.timeZone = config.cafe.timeZone;
    return info;
}

CardPrintInfo TillApp::cardPrintInfo(const AppConfig& config) {
    CardPrintInfo info;
    info.cafeName = config.cafe.name;
    info.locale = QLocale(config.cafe.locale);
    info.timeZone = config.cafe.timeZone;
    return info;
}

void TillApp::addWalkthroughCommands(ui::AppShell& shell) {
    ui::addDeviceCommands(shell, *devices_);
    shell.addWalkthroughCommand(QStringLiteral("close-drawer"), [this](const QStringList&) -> QString {
        auto* sim = qobject_cast<dev::SimulatedReceiptPrinter*>(devices_->printer());
        if (!sim) return QStringLiteral("the printer is not the simulated one");
        sim->closeDrawer();
        return {};
    });
}

}  // namespace ak
