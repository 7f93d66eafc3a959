#pragma once
// Everything the till is made of once the configuration is read and the database is open: the
// journal, repositories, print queue, receipt printer and the controllers QML sees. main.cpp
// builds one; the Qt Quick tests build one on an in-memory café. Members are declared in the
// order they are built; they go in reverse.

#include <QJsonObject>
#include <QString>
#include <QTimer>

#include "ActivitiesAdminController.h"
#include "BackupStickController.h"
#include "CardTypesController.h"
#include "CardsController.h"
#include "CashController.h"
#include "CatalogueController.h"
#include "DayCloseController.h"
#include "DevicesController.h"
#include "IntegrityController.h"
#include "LanguageController.h"
#include "PaymentController.h"
#include "PrinterController.h"
#include "ReturnController.h"
#include "SaleController.h"
#include "ServingController.h"
#include "core/storage/ChangeFeed.h"
#include "SessionController.h"
#include "StatisticsController.h"
#include "StaffController.h"
#include "TillController.h"
#include "core/activity/ActivityRepository.h"
#include "core/activity/SignupRepository.h"
#include "core/audit/IntegrityGate.h"
#include "core/cards/CardType.h"
#include "core/cards/CoffeeCard.h"
#include "core/cash/CashDrawer.h"
#include "core/cash/DayReport.h"
#include "core/cash/ShiftRepository.h"
#include "core/catalogue/CatalogueRepository.h"
#include "core/config/AppConfig.h"
#include "core/journal/Journal.h"
#include "core/printqueue/PrintQueue.h"
#include "core/sales/DiscountReasonRepository.h"
#include "core/sales/SaleRepository.h"
#include "core/serving/ServingQueue.h"
#include "core/staff/StaffRepository.h"
#include "core/compliance/SaleSigner.h"
#include "drivers/devices/DeviceManager.h"

#include <memory>

class QQmlEngine;

namespace ak {

namespace ui {
class AppShell;
}

class TillApp {
public:
    // `devices`: the receipt printer (may be absent; the manager says why) with the cash drawer on
    // it, and the readers (staff cards: a scan logs in while the till is locked, or binds a card for
    // a manager; coffee cards at the payment), started here.
    TillApp(const AppConfig& config, Database& db, const Clock& clock, QQmlEngine& engine,
            std::unique_ptr<dev::DeviceManager> devices, PinHashCost pinCost = PinHashCost::Interactive);
    ~TillApp();
    TillApp(const TillApp&) = delete;
    TillApp& operator=(const TillApp&) = delete;

    ui::LanguageController& language() { return language_; }
    dev::DeviceManager& devices() { return *devices_; }
    PrintQueue& printQueue() { return printQueue_; }
    ServingQueue& servingQueue() { return servingQueue_; }
    Journal& journal() { return journal_; }
    SignupRepository& signups() { return signups_; }
    StatisticsController& statistics() { return statistics_; }
    IntegrityController& integrity() { return integrityController_; }
    DayCloseController& dayClose() { return dayClose_; }
    BackupStickController& backupStick() { return backupStick_; }

    // The till's walkthrough steps: the simulated devices' (ui::addDeviceCommands) and
    // `close-drawer` (a person pushes the simulated cash drawer shut).
    void addWalkthroughCommands(ui::AppShell& shell);

private:
    static ReceiptInfo receiptInfo(const AppConfig& config);
    static CardPrintInfo cardPrintInfo(const AppConfig& config);
    void onToken(const dev::TokenRead& token);
    void eraseOldNicknames();
    void keepAnchor();
    static QJsonObject programPayload();  // what the start and stop entries say

    std::unique_ptr<dev::DeviceManager> devices_;
    Journal journal_;
    // Signs each sale and return ([compliance]); refuses selling while it cannot.
    compliance::SaleSigner signer_;
    // The start check of the journal and sales; closed, it stops sales and returns (core decides).
    IntegrityGate integrity_;
    StaffRepository staff_;
    CatalogueRepository catalogue_;
    SaleRepository sales_;
    ShiftRepository shifts_;
    DayReport days_;
    DiscountReasonRepository discountReasons_;
    PrintQueue printQueue_;
    CashDrawer drawer_{&printQueue_};  // hangs off the receipt printer; opens through core only
    ServingQueue servingQueue_;
    CardTypeRepository cardTypes_;
    CardRepository cards_;
    ActivityRepository activities_;
    SignupRepository signups_;
    ui::LanguageController language_;
    TillController till_;
    SessionController session_;
    PrinterController printerController_;
    CatalogueController catalogueController_;
    SaleController saleController_;
    PaymentController payment_;
    ReturnController returns_;
    StaffController staffAdmin_;
    ServingController serving_;
    CardsController cardsController_;
    CardTypesController cardTypesController_;
    ActivitiesAdminController activitiesAdmin_;
    StatisticsController statistics_;
    IntegrityController integrityController_;
    CashController cash_;
    DayCloseController dayClose_;
    DevicesController devicesPage_;
    BackupStickController backupStick_;  // the notice when the backup stick needs a look
    // What the kiosk (or another till) writes shows here at once: "From the kiosk", sign-up counts.
    ChangeFeed feed_;
    // Keeps the anchor file beside the database up with the journal (JournalAnchor.h).
    QTimer anchor_;
    // Erases sign-up nicknames N days ([signups] erase_after_days) after their activity: at start and then every hour (the job
    // is idempotent and cheap; a till that runs all day does it soon after midnight).
    QTimer erasure_;
    int eraseAfterDays_;  // [signups] erase_after_days
};

}  // namespace ak
