// Qt Quick tests of the kiosk's screens, driven by touch: the whole kiosk (KioskApp, as main.cpp
// builds it) on an in-memory café with a test clock, a simulated scanner and slip printer.
#include <QFile>
#include <QQmlEngine>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

#include "KioskApp.h"
#include "core/activity/ActivityRepository.h"
#include "core/cards/CardType.h"
#include "core/cards/CoffeeCard.h"
#include "core/config/ConfigLoader.h"
#include "core/journal/Journal.h"
#include "core/staff/StaffRepository.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"
#include "drivers/devices/DeviceFactory.h"
#include "drivers/sim/SimulatedHardware.h"
#include "drivers/sim/SimulatedReceiptPrinter.h"
#include "drivers/sim/SimulatedScanner.h"

Q_IMPORT_QML_PLUGIN(Aktivkafe_UiPlugin)
Q_IMPORT_QML_PLUGIN(Aktivkafe_KioskPlugin)

namespace {
QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
}  // namespace

// What the QML tests may do besides touching the screen: hold a card under the scanner, move the
// clock, read the slip printer's paper and what the database holds about visits and sign-ups.
class TestKiosk : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString cardCode MEMBER cardCode CONSTANT)
    Q_PROPERTY(QString freeCardCode MEMBER freeCardCode CONSTANT)
public:
    QString cardCode;      // a punch card of 10 cups
    QString freeCardCode;  // 5 cups for 30 days from 23 November 2026: the last day is 22 December
    ak::ManualClock* clock = nullptr;
    ak::dev::SimulatedScanner* scanner = nullptr;
    ak::dev::SimulatedReceiptPrinter* printer = nullptr;
    ak::dev::SimulatedHardware* hardware = nullptr;
    ak::Database* db = nullptr;

    Q_INVOKABLE void scan(const QString& text) { (void)scanner->scan(text); }
    // The cable of the card reader or of the slip printer pulled out (and put back), as the device
    // manager's monitor sees it.
    Q_INVOKABLE void readerUnplugged(bool out) { (void)hardware->setPlugged(scanner->readerId(), !out); }
    Q_INVOKABLE void printerUnplugged(bool out) { (void)hardware->setPlugged(QStringLiteral("printer"), !out); }
    Q_INVOKABLE void advanceSeconds(int seconds) { clock->advanceSeconds(seconds); }
    Q_INVOKABLE QString allPrinted() const {
        QStringList texts;
        for (const auto& job : printer->jobs())
            if (job.completed) texts.append(job.rendered.text());
        return texts.join(QStringLiteral("\n=====\n"));
    }
    Q_INVOKABLE int visits() const { return scalar(QStringLiteral("SELECT count(*) FROM visits")).toInt(); }
    Q_INVOKABLE int visitsWhere(const QString& condition) const {
        return scalar(QStringLiteral("SELECT count(*) FROM visits WHERE ") + condition).toInt();
    }
    // The one visit with answers as stored (the tests answer once): exactly the allowed fields.
    Q_INVOKABLE QVariantMap lastVisit() const {
        QVariantMap row;
        auto q = db->query(QStringLiteral("SELECT at, kiosk_id, first_visit, reason, mood, token FROM visits"
                                          " WHERE first_visit IS NOT NULL LIMIT 1"));
        if (q && q->next()) {
            for (int i = 0; i < 6; ++i) row.insert(q->record().fieldName(i), q->value(i));
        }
        return row;
    }
    Q_INVOKABLE QString cancelCodeOf(const QString& nickname) const {
        return scalar(QStringLiteral("SELECT cancel_code FROM signups WHERE nickname = ? ORDER BY id DESC LIMIT 1"), {nickname})
            .toString();
    }
    Q_INVOKABLE QString signupStatus(const QString& nickname) const {
        return scalar(QStringLiteral("SELECT status FROM signups WHERE nickname = ? ORDER BY id DESC LIMIT 1"), {nickname})
            .toString();
    }

private:
    QVariant scalar(const QString& sql, const QVariantList& values = {}) const {
        auto q = db->query(sql, values);
        return q && q->next() ? q->value(0) : QVariant();
    }
};

class Setup : public QObject {
    Q_OBJECT
public slots:
    void qmlEngineAvailable(QQmlEngine* engine) {
        kiosk_.reset();
        db_.reset();
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        const QString root = QStringLiteral(AK_SOURCE_DIR);
        auto config = ak::parseConfig(std::vector<ak::ConfigText>{
            {readFile(root + QStringLiteral("/config/aktivkafe.toml")), QStringLiteral("aktivkafe.toml")},
            {QByteArrayLiteral("[cafe]\nname = \"Testkafeen\"\nlanguages = [\"nb\", \"da\", \"en\"]\n"
                               "[kiosk]\nid = \"inngang\"\nlanguages = [\"nb\", \"da\", \"en\"]\nfullscreen = false\n"
                               "[opening_hours]\nmonday = \"10:00-16:00\"\n"),
             QStringLiteral("test overlay")}});
        if (!config) qFatal("config: %s", qPrintable(config.error().message));
        config_ = config.value();
        config_.kiosk.idleTimeoutSeconds = 4;  // shorter than the configuration allows: the idle test waits for it
        // ui_kiosk_names runs kiosk-names/ as a café that shows nicknames at the kiosk
        config_.kiosk.printServingSlip = true;  // the café wants the slip with the serving number
        config_.signups.showNicknamesAtKiosk = qEnvironmentVariableIsSet("AK_TEST_SHOW_NICKNAMES");

        auto db = ak::Database::open(QStringLiteral(":memory:"));
        if (!db) qFatal("db: %s", qPrintable(db.error().message));
        db_ = std::move(db).value();
        ak::Journal journal(*db_, clock_, QStringLiteral("inngang"));
        ak::StaffRepository staff(*db_, clock_, ak::PinHashCost::Minimum);
        auto manager = staff.addDemo(QStringLiteral("Kari"), ak::StaffRole::Manager, QStringLiteral("1234"));
        if (!manager) qFatal("staff: %s", qPrintable(manager.error().message));

        // Cards: a punch card of 10 cups and a free welcome card.
        ak::CardTypeRepository types(*db_, clock_, config_.cafe.timeZone);
        ak::CardRepository cards(*db_, clock_, config_.cafe.timeZone);
        auto issueOf = [&](ak::CardType t) {
            auto type = types.add(t, manager.value(), journal);
            if (!type) qFatal("type: %s", qPrintable(type.error().message));
            auto issued = cards.issue(type->id, {}, manager.value(), journal);
            if (!issued) qFatal("issue: %s", qPrintable(issued.error().message));
            return issued->code.toString();
        };
        ak::CardType punch;
        punch.kind = ak::CardKind::Punch;
        punch.name = QStringLiteral("Klippekort");
        punch.cups = 10;
        testKiosk_.cardCode = issueOf(punch);
        ak::CardType welcome;
        welcome.kind = ak::CardKind::Free;
        welcome.name = QStringLiteral("Velkommen");
        welcome.cups = 5;
        welcome.validityDays = 30;
        welcome.programme = QStringLiteral("Velkommen");
        testKiosk_.freeCardCode = issueOf(welcome);

        // Activities: a walk on Thursday (one place, then a waiting list) and a film on Friday.
        ak::ActivityRepository activities(*db_, clock_, config_.cafe.timeZone);
        auto addActivity = [&](const char* title, const char* place, QDate day, QTime at, std::optional<int> capacity) {
            ak::Activity a;
            a.title = QString::fromUtf8(title);
            a.place = QString::fromUtf8(place);
            a.startsAt = QDateTime(day, at, config_.cafe.timeZone).toUTC();  // the café's 11:00
            a.endsAt = a.startsAt.addSecs(90 * 60);
            a.capacity = capacity;
            a.waitlist = true;
            a.price = ak::Money(0, ak::Currency::NOK);
            if (auto r = activities.add(a); !r) qFatal("activity: %s", qPrintable(r.error().message));
        };
        addActivity("Walk by the river", "Meet at the café", QDate(2026, 11, 26), QTime(11, 0), 1);
        addActivity("Kinokveld", "Peisestua", QDate(2026, 11, 27), QTime(18, 0), std::nullopt);

        // Simulated devices, built as main.cpp builds real ones (their cables: SimulatedHardware).
        ak::dev::ScannerSettings scanner;
        scanner.id = QStringLiteral("sim-scanner");
        auto devices = ak::dev::DeviceFactory::createManager(ak::dev::PrinterSettings{}, {scanner});
        testKiosk_.printer = qobject_cast<ak::dev::SimulatedReceiptPrinter*>(devices->printer());
        testKiosk_.scanner = ak::dev::ReaderGroup::find<ak::dev::SimulatedScanner>(&devices->readers());
        testKiosk_.hardware = devices->monitor<ak::dev::SimulatedHardware>();
        testKiosk_.clock = &clock_;
        testKiosk_.db = db_.get();
        kiosk_ = std::make_unique<ak::KioskApp>(config_, *db_, clock_, *engine, std::move(devices), true);
        qmlRegisterSingletonInstance("AktivkafeTest", 1, 0, "TestKiosk", &testKiosk_);
    }

    void cleanupTestCase() {
        kiosk_.reset();
        db_.reset();
    }

private:
    // a Monday noon in the café (Europe/Oslo), whatever the machine's zone (TZ is set to another)
    ak::ManualClock clock_{QDateTime(QDate(2026, 11, 23), QTime(12, 0), QTimeZone(QByteArrayLiteral("Europe/Oslo")))};
    ak::AppConfig config_;
    std::unique_ptr<ak::Database> db_;
    TestKiosk testKiosk_;
    std::unique_ptr<ak::KioskApp> kiosk_;
};

QUICK_TEST_MAIN_WITH_SETUP(kiosk, Setup)

#include "tst_kiosk_main.moc"
