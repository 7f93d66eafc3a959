#include "KioskApp.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <QLoggingCategory>

#include "AppShell.h"
#include "ScreenCapture.h"
#include "core/print/ServingSlip.h"
#include "core/print/SignupSlip.h"
#include "core/settings/CafeZone.h"
#include "DeviceCommands.h"

Q_LOGGING_CATEGORY(lcKiosk, "aktivkafe.kiosk")

namespace ak {

namespace {

KioskSettings settingsFrom(const AppConfig& config, bool capturing) {
    KioskSettings s{config.cafe.name, config.kiosk.fullscreen && !capturing, config.kiosk.idleTimeoutSeconds * 1000,
                    config.cafe.timeZone, {}};
    const OpeningHours hours = config.openingHours;
    if (hours.isSet()) {
        s.openingHours = [hours](QDate day) -> std::optional<OpeningTimes> {
            const DayHours& d = hours.on(day);
            if (d.state == DayHours::State::NotSet) return std::nullopt;
            return OpeningTimes{d.state == DayHours::State::Closed, d.opens, d.closes};
        };
    }
    return s;
}

}  // namespace

CoffeeCardController::ServingSlipPrinter KioskApp::servingSlipPrinter(const AppConfig& config, const Clock& clock) {
    if (!config.kiosk.printServingSlip) return {};
    return [this, &clock, info = SignupPrintInfo{config.cafe.name, QLocale(config.cafe.locale), zone_},
            //: the serving slip's line under the number (in the café's language, like the list's)
            what = QObject::tr("Coffee (coffee card)")](int number) {
        auto job = printQueue_.enqueue(QStringLiteral("serving"), QString::number(number),
                                       ServingSlip::build(number, what, clock.now(), info));
        if (!job) qCWarning(lcKiosk) << "the serving slip could not be queued:" << job.error().message;
    };
}

KioskApp::KioskApp(const AppConfig& config, Database& db, const Clock& clock, QQmlEngine& engine,
                   std::unique_ptr<dev::DeviceManager> devices, bool capturing)
    : devices_(std::move(devices)),
      zone_(config.cafe.timeZone),
      journal_(db, clock, config.kiosk.id),
      activities_(db, clock, zone_),
      signups_(db, clock, zone_),
      visits_(db, clock, zone_),
      outbox_(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                  QStringLiteral("/aktivkafe/kept-check-ins-%1.jsonl").arg(config.kiosk.id),
              clock),
      cards_(db, clock, zone_),
      printQueue_(db, clock, PrintQueue::kioskStation(config.kiosk.id)),
      language_(&engine, config.kiosk.languages),
      kiosk_(settingsFrom(config, capturing), clock, language_,
             [this](const QDateTime& nowUtc) -> std::optional<UpcomingActivity> {
                 auto next = activities_.between(nowUtc, nowUtc.addDays(7));
                 if (!next) return std::nullopt;
                 // A cancelled activity stays on the programme (flagged) but is not "what's next".
                 for (const Activity& a : next.value())
                     if (!a.isCancelled()) return UpcomingActivity{a.title, a.place, a.startsAt};
                 return std::nullopt;
             }),
      //: what the counter's list says for a coffee redeemed at the kiosk (in the café's language)
      coffeeCard_(cards_, journal_, clock, zone_, config.kiosk.id, QObject::tr("Coffee (coffee card)"), language_,
                  servingSlipPrinter(config, clock)),
      checkIn_(visits_, outbox_, config.kiosk.id,
               {config.checkin.askFirstVisit, config.checkin.askReason, config.checkin.askMood}, language_),
      activitiesController_(activities_, signups_, journal_, clock, zone_, language_,
                            [this, info = SignupPrintInfo{config.cafe.name, QLocale(config.cafe.locale), zone_}](
                                const Activity& activity, const Signup& signup) {
                                // The slip is in the café's language, like every print-out.
                                auto job = printQueue_.enqueue(QStringLiteral("slip"), QString::number(signup.id),
                                                               SignupSlip::build(signup, activity, info));
                                if (!job) qCWarning(lcKiosk) << "the slip could not be queued:" << job.error().message;
                            },
                            config.signups.showNicknamesAtKiosk),
      feed_(db) {
    ui::LanguageController::setInstance(&language_);
    KioskController::setInstance(&kiosk_);
    CoffeeCardController::setInstance(&coffeeCard_);
    CheckInController::setInstance(&checkIn_);
    ActivitiesController::setInstance(&activitiesController_);
    // Check-ins kept while the database was away (the last run's too) go in now, and when it is back.
    const auto handOver = [this] {
        if (outbox_.pending() == 0) return;
        if (auto r = outbox_.handOver(visits_); !r) qCWarning(lcKiosk) << "kept check-ins:" << r.error().message;
    };
    QDir().mkpath(QFileInfo(outbox_.file()).absolutePath());
    handOver();
    QObject::connect(&feed_, &ChangeFeed::changed, &activitiesController_, [handOver](const QString& topic) {
        if (topic == QLatin1String(ChangeFeed::kAnything)) handOver();
    });
    QObject::connect(&feed_, &ChangeFeed::changed, &activitiesController_, [this](const QString& topic) {
        if (ChangeFeed::about(topic, ChangeFeed::kSignups) || ChangeFeed::about(topic, ChangeFeed::kActivities))
            activitiesController_.reload();
    });
    // So that `aktivkafe report …` counts the café's days wherever it runs (written only once).
    if (auto r = CafeZone::record(db, config.cafe.timeZone); !r)
        qCWarning(lcKiosk) << "the café's time zone could not be recorded:" << r.error().message;
    QObject::connect(devices_.get(), &dev::DeviceManager::tokenRead, &kiosk_,
                     [this](const dev::TokenRead& token) { onToken(token); });
    devices_->start();
    printQueue_.setPrinter(devices_->printer());
    if (const auto started = printQueue_.start(); !started)
        qCWarning(lcKiosk) << "the print queue could not start:" << started.error().message;
    // The welcome and card screens say calmly when the reader or the printer is not there.
    // Queued: a device's state changes several times while it starts; the last word counts.
    const auto devicesChanged = [this] { kiosk_.setDevicesReady(readerReady(), printerReady()); };
    QObject::connect(devices_.get(), &dev::DeviceManager::changed, &kiosk_, devicesChanged, Qt::QueuedConnection);
    devicesChanged();
}

bool KioskApp::readerReady() const {
    const dev::ReaderGroup& readers = devices_->readers();
    return readers.isEnabled() && readers.readyCount() > 0;
}

bool KioskApp::printerReady() const {
    // Without a printer the kiosk works as it was set up (the code on the screen); a printer that is
    // there but cannot print is worth a word.
    const dev::ReceiptPrinter* printer = devices_->printer();
    return !printer || printer->status().canPrint();
}

KioskApp::~KioskApp() { printQueue_.setPrinter(nullptr); }  // the printer goes before the queue

void KioskApp::onToken(const dev::TokenRead& token) {
    // A card goes to whatever the visitor is doing; on the welcome screen it is not looked at.
    if (coffeeCard_.active()) coffeeCard_.scanned(token.text);
    else if (checkIn_.active()) checkIn_.scanned(token.text);
    else if (activitiesController_.active()) activitiesController_.scanned(token.text);
}

void KioskApp::addWalkthroughCommands(ui::AppShell& shell) { ui::addDeviceCommands(shell, *devices_); }

}  // namespace ak
