#pragma once
// Everything the kiosk is made of once the configuration is read and the database is open: the
// journal, repositories, the kiosk's own print queue and printer (sign-up slips), the scanner, and
// the controllers QML sees. main.cpp builds one; the Qt Quick tests build one on an in-memory café.
// Members are declared in the order they are built; they go in reverse.

#include <QString>
#include <QTimer>
#include <QTimeZone>

#include "ActivitiesController.h"
#include "core/storage/ChangeFeed.h"
#include "CheckInController.h"
#include "CoffeeCardController.h"
#include "KioskController.h"
#include "LanguageController.h"
#include "core/activity/ActivityRepository.h"
#include "core/activity/SignupRepository.h"
#include "core/cards/CoffeeCard.h"
#include "core/config/AppConfig.h"
#include "core/journal/Journal.h"
#include "core/printqueue/PrintQueue.h"
#include "core/visits/VisitRepository.h"
#include "drivers/devices/DeviceManager.h"

#include <memory>

class QQmlEngine;

namespace ak {

namespace ui {
class AppShell;
}

class KioskApp {
public:
    // `devices`: the kiosk's printer (may be absent: sign-up slips, serving slips; without one the
    // visitor still sees the code on the screen) and readers (coffee cards), started here.
    // `capturing`: screenshots, self-test or walkthrough (never full screen then).
    KioskApp(const AppConfig& config, Database& db, const Clock& clock, QQmlEngine& engine,
             std::unique_ptr<dev::DeviceManager> devices, bool capturing = false);
    ~KioskApp();
    KioskApp(const KioskApp&) = delete;
    KioskApp& operator=(const KioskApp&) = delete;

    ui::LanguageController& language() { return language_; }
    dev::DeviceManager& devices() { return *devices_; }
    CoffeeCardController& coffeeCard() { return coffeeCard_; }

    // The kiosk's walkthrough steps: the simulated devices' (ui::addDeviceCommands).
    void addWalkthroughCommands(ui::AppShell& shell);

private:
    // The serving slip after a coffee-card redemption, when [kiosk] print_serving_slip is on.
    CoffeeCardController::ServingSlipPrinter servingSlipPrinter(const AppConfig& config, const Clock& clock);
    void onToken(const dev::TokenRead& token);
    bool readerReady() const;
    bool printerReady() const;

    std::unique_ptr<dev::DeviceManager> devices_;
    QTimeZone zone_;
    Journal journal_;
    ActivityRepository activities_;
    SignupRepository signups_;
    VisitRepository visits_;
    VisitOutbox outbox_;  // check-ins kept while the database is away
    CardRepository cards_;
    PrintQueue printQueue_;
    ui::LanguageController language_;
    KioskController kiosk_;
    CoffeeCardController coffeeCard_;
    CheckInController checkIn_;
    ActivitiesController activitiesController_;
    ChangeFeed feed_;  // places left follow sign-ups made at the till (or another kiosk)
};

}  // namespace ak
