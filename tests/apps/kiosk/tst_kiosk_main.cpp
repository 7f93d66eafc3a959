// Qt Quick tests of the kiosk's screens, with a test clock and a fixed next activity.
#include <QQmlEngine>
#include <QtQml/qqmlextensionplugin.h>
#include <QTimeZone>
#include <QtQuickTest>

#include "CoffeeCardController.h"
#include "KioskController.h"
#include "core/cards/CardType.h"
#include "core/cards/CoffeeCard.h"
#include "core/journal/Journal.h"
#include "core/staff/StaffRepository.h"
#include "core/storage/Database.h"
#include "LanguageController.h"
#include "core/util/Clock.h"

Q_IMPORT_QML_PLUGIN(Aktivkafe_UiPlugin)
Q_IMPORT_QML_PLUGIN(Aktivkafe_KioskPlugin)

// Lets the QML tests hold a card under the "scanner" and know the card the setup issued.
class TestKiosk : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString cardCode MEMBER cardCode CONSTANT)
    Q_PROPERTY(QString freeCardCode MEMBER freeCardCode CONSTANT)
public:
    QString cardCode;
    QString freeCardCode;  // 5 cups for 30 days from 23 November 2026: the last day is 22 December
    ak::CoffeeCardController* card = nullptr;
    ak::ManualClock* clock = nullptr;
    Q_INVOKABLE void scan(const QString& text) { card->scanned(text); }
    Q_INVOKABLE void advanceSeconds(int seconds) { clock->advanceSeconds(seconds); }
};

class Setup : public QObject {
    Q_OBJECT
public slots:
    void qmlEngineAvailable(QQmlEngine* engine) {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        language_ = new ak::ui::LanguageController(engine, {QStringLiteral("nb"), QStringLiteral("da"), QStringLiteral("en")}, this);
        ak::ui::LanguageController::setInstance(language_);
        ak::KioskSettings settings{QStringLiteral("Testkafeen"), false, 2000};
        auto next = [](const QDateTime&) {
            return std::optional<ak::UpcomingActivity>(ak::UpcomingActivity{
                QStringLiteral("Walk by the river"), QStringLiteral("Meet at the café"),
                QDateTime(QDate(2026, 11, 26), QTime(11, 0)).toUTC()});
        };
        kiosk_ = new ak::KioskController(settings, clock_, *language_, next, this);
        ak::KioskController::setInstance(kiosk_);

        // A café with one punch card of 10 cups, issued by the manager.
        auto db = ak::Database::open(QStringLiteral(":memory:"));
        if (!db) qFatal("db: %s", qPrintable(db.error().message));
        db_ = std::move(db).value();
        journal_ = std::make_unique<ak::Journal>(*db_, clock_, QStringLiteral("inngang"));
        ak::StaffRepository staff(*db_, clock_, ak::PinHashCost::Minimum);
        auto manager = staff.addBySystem(QStringLiteral("Kari"), ak::StaffRole::Manager, QStringLiteral("1234"));
        ak::CardTypeRepository types(*db_, clock_, QTimeZone::systemTimeZone());
        ak::CardType punch;
        punch.kind = ak::CardKind::Punch;
        punch.name = QStringLiteral("Klippekort");
        punch.cups = 10;
        auto type = types.add(punch, manager.value(), *journal_);
        if (!type) qFatal("type: %s", qPrintable(type.error().message));
        cards_ = std::make_unique<ak::CardRepository>(*db_, clock_, QTimeZone::systemTimeZone());
        auto issued = cards_->issue(type->id, {}, manager.value(), *journal_);
        if (!issued) qFatal("issue: %s", qPrintable(issued.error().message));
        ak::CardType welcome;
        welcome.kind = ak::CardKind::Free;
        welcome.name = QStringLiteral("Velkommen");
        welcome.cups = 5;
        welcome.validityDays = 30;
        welcome.programme = QStringLiteral("Velkommen");
        auto welcomeType = types.add(welcome, manager.value(), *journal_);
        if (!welcomeType) qFatal("type: %s", qPrintable(welcomeType.error().message));
        auto free = cards_->issue(welcomeType->id, {}, manager.value(), *journal_);
        if (!free) qFatal("issue: %s", qPrintable(free.error().message));
        testKiosk_.freeCardCode = free->code.toString();
        card_ = new ak::CoffeeCardController(*cards_, *journal_, clock_, QStringLiteral("inngang"), QStringLiteral("Kaffe"),
                                             *language_, this);
        ak::CoffeeCardController::setInstance(card_);
        testKiosk_.cardCode = issued->code.toString();
        testKiosk_.card = card_;
        testKiosk_.clock = &clock_;
        qmlRegisterSingletonInstance("AktivkafeTest", 1, 0, "TestKiosk", &testKiosk_);
    }

private:
    ak::ManualClock clock_{QDateTime(QDate(2026, 11, 23), QTime(12, 0))};
    ak::ui::LanguageController* language_ = nullptr;
    ak::KioskController* kiosk_ = nullptr;
    std::unique_ptr<ak::Database> db_;
    std::unique_ptr<ak::Journal> journal_;
    std::unique_ptr<ak::CardRepository> cards_;
    ak::CoffeeCardController* card_ = nullptr;
    TestKiosk testKiosk_;
};

QUICK_TEST_MAIN_WITH_SETUP(kiosk, Setup)

#include "tst_kiosk_main.moc"
