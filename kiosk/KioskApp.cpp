#include "KioskApp.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

#include "AppShell.h"
#include "ScreenCapture.h"
#include "core/print/ServingSlip.h"
#include "core/print/SignupSlip.h"
#include "core/settings/CafeZone.h"
#include "drivers/sim/SimulatedReceiptPrinter.h"
#include "drivers/devices/ReaderGroup.h"
#include "drivers/sim/SimulatedScanner.h"

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
                   std::unique_ptr<dev::ReceiptPrinter> printer, std::unique_ptr<dev::TokenReader> scanner,
                   bool capturing)
    : printer_(std::move(printer)),
      scanner_(std::move(scanner)),
      zone_(config.cafe.timeZone),
      journal_(db, clock, config.kiosk.id),
      activities_(db, clock, zone_),
      signups_(db, clock, zone_),
      visits_(db, clock, zone_),
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
      checkIn_(visits_, config.kiosk.id,
               {config.checkin.askFirstVisit, config.checkin.askReason, config.checkin.askMood}, language_),
      activitiesController_(activities_, signups_, journal_, clock, zone_, language_,
                            [this, info = SignupPrintInfo{config.cafe.name, QLocale(config.cafe.locale), zone_}](
                                const Activity& activity, const Signup& signup) {
                                // The slip is in the café's language, like every print-out.
                                auto job = printQueue_.enqueue(QStringLiteral("slip"), QString::number(signup.id),
                                                               SignupSlip::build(signup, activity, info));
                                if (!job) qCWarning(lcKiosk) << "the slip could not be queued:" << job.error().message;
                            },
                            config.signups.showNicknamesAtKiosk) {
    ui::LanguageController::setInstance(&language_);
    KioskController::setInstance(&kiosk_);
    CoffeeCardController::setInstance(&coffeeCard_);
    CheckInController::setInstance(&checkIn_);
    ActivitiesController::setInstance(&activitiesController_);
    // So that `aktivkafe report …` counts the café's days wherever it runs (written only once).
    if (auto r = CafeZone::record(db, config.cafe.timeZone); !r)
        qCWarning(lcKiosk) << "the café's time zone could not be recorded:" << r.error().message;
    if (scanner_) {
        QObject::connect(scanner_.get(), &dev::TokenReader::tokenRead, &kiosk_,
                         [this](const dev::TokenRead& token) { onToken(token); });
        const dev::DeviceResult r = scanner_->start(1000);
        if (!r) qCWarning(lcKiosk) << "the scanner could not be started:" << r.error().message;
    }
    if (printer_) {
        const dev::DeviceResult r = printer_->start(2000);
        if (!r) qCWarning(lcKiosk) << "the slip printer could not be started:" << r.error().message;
        printQueue_.setPrinter(printer_.get());
    }
    if (const auto started = printQueue_.start(); !started)
        qCWarning(lcKiosk) << "the print queue could not start:" << started.error().message;
    // The welcome and card screens say calmly when the reader or the printer is not there.
    const auto devicesChanged = [this] { kiosk_.setDevicesReady(readerReady(), printerReady()); };
    // Queued: a reader's state changes several times while it starts; the last word counts.
    if (scanner_) {
        QObject::connect(scanner_.get(), &dev::PosDevice::stateChanged, &kiosk_, devicesChanged, Qt::QueuedConnection);
        QObject::connect(scanner_.get(), &dev::PosDevice::errorOccurred, &kiosk_, devicesChanged, Qt::QueuedConnection);
        if (auto* group = qobject_cast<dev::ReaderGroup*>(scanner_.get()))
            QObject::connect(group, &dev::ReaderGroup::readersChanged, &kiosk_, devicesChanged, Qt::QueuedConnection);
    }
    if (printer_)
        QObject::connect(printer_.get(), &dev::ReceiptPrinter::statusChanged, &kiosk_, devicesChanged, Qt::QueuedConnection);
    devicesChanged();
}

bool KioskApp::readerReady() const {
    if (!scanner_) return false;
    if (auto* group = qobject_cast<const dev::ReaderGroup*>(scanner_.get()))
        return group->isEnabled() && group->readyCount() > 0;
    return scanner_->isWorking();
}

bool KioskApp::printerReady() const {
    // Without a printer the kiosk works as it was set up (the code on the screen); a printer that is
    // there but cannot print is worth a word.
    return !printer_ || printer_->status().canPrint();
}

KioskApp::~KioskApp() { printQueue_.setPrinter(nullptr); }  // the printer goes before the queue

void KioskApp::onToken(const dev::TokenRead& token) {
    // A card goes to whatever the visitor is doing; on the welcome screen it is not looked at.
    if (coffeeCard_.active()) coffeeCard_.scanned(token.text);
    else if (checkIn_.active()) checkIn_.scanned(token.text);
    else if (activitiesController_.active()) activitiesController_.scanned(token.text);
}

void KioskApp::addWalkthroughCommands(ui::AppShell& shell) {
    // `scan TEXT`: a card is held under the simulated scanner.
    shell.addWalkthroughCommand(QStringLiteral("scan"), [this](const QStringList& args) -> QString {
        auto* sim = dev::ReaderGroup::find<dev::SimulatedScanner>(scanner_.get());
        if (!sim) return QStringLiteral("the scanner is not the simulated one");
        const dev::DeviceResult r = sim->scan(args.join(u' '));
        return r ? QString() : r.error().message;
    });
    // `printed TEXT`: within 5 s a print-out of the kiosk shows TEXT.
    shell.addWalkthroughCommand(QStringLiteral("printed"), [this](const QStringList& args) -> QString {
        auto* sim = qobject_cast<dev::SimulatedReceiptPrinter*>(printer_.get());
        if (!sim) return QStringLiteral("the printer is not the simulated one");
        const QString want = args.join(u' ');
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 5000) {
            for (const auto& job : sim->jobs()) {
                if (job.completed && job.rendered.text().contains(want)) return {};
            }
            ui::settle(50);
        }
        return QStringLiteral("no print-out shows '%1'").arg(want);
    });
}

}  // namespace ak
