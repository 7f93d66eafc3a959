// Qt Quick tests of the till's screens, driven by touch, on an in-memory demo café with a
// simulated receipt printer and a test clock. The whole till is built as main.cpp builds it.
#include <QDir>
#include <QFileInfo>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

#include "TillApp.h"
#include "core/cash/ShiftRepository.h"
#include "core/config/ConfigLoader.h"
#include "core/journal/Journal.h"
#include "core/printqueue/PrintQueue.h"
#include "core/seed/DemoSeeder.h"
#include "core/staff/StaffRepository.h"
#include "core/storage/Backup.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"
#include "core/visits/VisitRepository.h"
#include "drivers/devices/DeviceFactory.h"
#include "drivers/sim/SimulatedHardware.h"
#include "drivers/sim/SimulatedReceiptPrinter.h"
#include "drivers/sim/SimulatedScanner.h"

Q_IMPORT_QML_PLUGIN(Aktivkafe_UiPlugin)
Q_IMPORT_QML_PLUGIN(Aktivkafe_PosPlugin)

namespace {
QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
}  // namespace

// What the QML tests may look at besides the screens: the simulated printer's paper.
class TestPrinter : public QObject {
    Q_OBJECT
public:
    explicit TestPrinter(ak::dev::SimulatedReceiptPrinter* printer) : printer_(printer) {}
    Q_INVOKABLE QString allPrinted() const {
        QStringList texts;
        for (const auto& job : printer_->jobs()) {
            if (job.completed) texts.append(job.rendered.text());
        }
        return texts.join(QStringLiteral("\n=====\n"));
    }
    Q_INVOKABLE int completedJobs() const {
        int n = 0;
        for (const auto& job : printer_->jobs()) n += job.completed ? 1 : 0;
        return n;
    }
    // The code printed on the newest coffee card (two lines under the QR code), as a person would
    // type it; empty when no card has been printed.
    Q_INVOKABLE QString lastCardCode() const {
        QString code;
        for (const auto& job : printer_->jobs()) {
            if (!job.completed) continue;
            const QStringList lines = job.rendered.text().split(u'\n');
            for (int i = 0; i + 1 < lines.size(); ++i) {
                if (lines[i].trimmed().startsWith(QLatin1String("AK1-")))
                    code = lines[i].trimmed() + u'-' + lines[i + 1].trimmed();
            }
        }
        return code;
    }
    Q_INVOKABLE void closeDrawer() { printer_->closeDrawer(); }
    Q_INVOKABLE void paperOut(bool out) {
        printer_->setFault(out ? ak::dev::SimulatedReceiptPrinter::Fault::PaperOut
                               : ak::dev::SimulatedReceiptPrinter::Fault::None);
    }
    Q_INVOKABLE void scan(const QString& text) { (void)scanner->scan(text); }
    // A cable pulled out and put back ("printer" or a reader's id), as the device manager sees it.
    Q_INVOKABLE void setPlugged(const QString& id, bool plugged) { (void)hardware->setPlugged(id, plugged); }
    // What the kiosk does when a visitor redeems a coffee (issue 4 calls this from the kiosk).
    Q_INVOKABLE bool kioskHandsOver(const QString& description) {
        return till->servingQueue().add(QStringLiteral("inngang"), QStringLiteral("coffee_card"), description,
                                        till->journal()).ok();
    }
    // A visitor signs up at the kiosk (another process in the café; here the same database):
    // the sign-up's status ("confirmed" / "waitlisted"), or the refusal's sentence.
    Q_INVOKABLE QString kioskSignsUp(qint64 activityId, const QString& nickname) {
        auto r = till->signups().signUp(activityId, ak::SignupBy::withNickname(nickname), till->journal());
        if (!r) return r.error().message;
        if (!r->ok()) return r->message;
        return r->signup->status == ak::SignupStatus::Waitlisted ? QStringLiteral("waitlisted")
                                                                  : QStringLiteral("confirmed");
    }
    // Visitors check in at the kiosk (the same database), `n` of them now, answering `reason`.
    Q_INVOKABLE bool kioskCheckIns(int n, const QString& reason) {
        ak::VisitRepository visits(*db, *clock, zone);
        for (int i = 0; i < n; ++i) {
            ak::VisitAnswers answers;
            if (!reason.isEmpty()) answers.reason = reason;
            if (!visits.checkIn(QStringLiteral("inngang"), answers, {})) return false;
        }
        return true;
    }
    Q_INVOKABLE QString readFile(const QString& path) const {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }
    Q_INVOKABLE qint64 fileSize(const QString& path) const { return QFileInfo(path).size(); }
    // Someone with the sqlite3 shell: drops the append-only triggers of completed sales and runs
    // `statement` on the till's database; then the till checks itself as it does at start.
    Q_INVOKABLE bool tamperAndRestart(const QString& statement) {
        for (const char* t : {"sales_no_update", "sales_no_delete"})
            if (!db->query(QStringLiteral("DROP TRIGGER IF EXISTS ") + QLatin1String(t))) return false;
        if (!db->query(statement)) return false;
        till->integrity().recheck();
        return true;
    }
    // A statement on the till's database, as another program on the same file would run it.
    Q_INVOKABLE bool exec(const QString& statement) { return db->query(statement).ok(); }
    // How many journal entries of `kind` there are.
    Q_INVOKABLE int journalEntries(const QString& kind) const {
        auto q = db->query(QStringLiteral("SELECT count(*) FROM journal WHERE kind = ?"), {kind});
        return q && q->next() ? q->value(0).toInt() : -1;
    }
    Q_INVOKABLE QString zReportPdf(int number) const { return till->dayClose().pdfPath(number); }
    // Another till (register `registerId`) opens a shift with `floatKroner` 1-kr coins and counts an
    // empty drawer: its day waits for a Z, which any till may take.
    Q_INVOKABLE bool otherTillCounted(const QString& registerId, int floatKroner) {
        ak::Journal journal(*db, *clock, registerId);
        ak::ShiftRepository shifts(*db, *clock, ak::Currency::NOK, 5000);
        auto kari = ak::StaffRepository(*db, ak::PinHashCost::Minimum).find(1);
        auto coins = ak::CashCount::fromTyped(ak::Currency::NOK, ak::Denominations::standard(ak::Currency::NOK),
                                              {QString::number(floatKroner), {}, {}, {}, {}, {}, {}, {}, {}});
        return kari && coins && shifts.open(registerId, coins.value(), kari.value(), journal) &&
               shifts.close(registerId, ak::CashCount(ak::Currency::NOK), kari.value(), std::nullopt, journal);
    }
    Q_INVOKABLE int backups() const {
        return int(QDir(config->database.backupDirectory).entryList({QStringLiteral("*.sqlite")}, QDir::Files).size());
    }
    // The backup stick ([database] second_backup_directory) plugged in, or pulled out with what is on it.
    Q_INVOKABLE bool plugInStick() const { return QDir().mkpath(config->database.secondBackupDirectory); }
    Q_INVOKABLE bool pullOutStick() const { return QDir(config->database.secondBackupDirectory).removeRecursively(); }
    // A real backup on the stick, as the nightly one `days` days ago would have left it.
    Q_INVOKABLE bool stickBackupDaysAgo(int days) const {
        return ak::Backup::write(*db, config->database.secondBackupDirectory, QStringLiteral("manual"),
                                 clock->now().addDays(-days))
            .ok();
    }
    Q_INVOKABLE QStringList stickBackups() const {
        return QDir(config->database.secondBackupDirectory).entryList({QStringLiteral("*.sqlite")}, QDir::Files);
    }
    Q_INVOKABLE QString reportPath(const QString& extension) const {
        return till->statistics().filePath(extension);
    }
    ak::Database* db = nullptr;
    const ak::Clock* clock = nullptr;
    QTimeZone zone;  // the café's
    ak::TillApp* till = nullptr;
    const ak::AppConfig* config = nullptr;
    ak::dev::SimulatedScanner* scanner = nullptr;
    ak::dev::SimulatedHardware* hardware = nullptr;

private:
    ak::dev::SimulatedReceiptPrinter* printer_;
};

class Setup : public QObject {
    Q_OBJECT
public slots:
    // Called once per test file: each file gets a fresh café (the last one's till goes first, while
    // the database it refers to is still there).
    void qmlEngineAvailable(QQmlEngine* engine) {
        if (till_) {
            till_.reset();
            // The till journals its own stop (SAF-T 13002), as it journaled its start.
            auto stopped = db_->query(QStringLiteral("SELECT count(*) FROM journal WHERE kind = 'app_stopped'"));
            if (!stopped || !stopped->next() || stopped->value(0).toInt() != 1) qFatal("the till's stop was not journaled");
        }
        db_.reset();
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        const QString root = QStringLiteral(AK_SOURCE_DIR);
        // The shipped configuration with three languages and VAT (Norway: eat in 25 %, take away 15 %).
        auto config = ak::parseConfig(std::vector<ak::ConfigText>{
            {readFile(root + QStringLiteral("/config/aktivkafe.toml")), QStringLiteral("aktivkafe.toml")},
            {QByteArrayLiteral("[cafe]\nlanguages = [\"nb\", \"da\", \"en\"]\nvat_registered = true\n"
                               "[kiosk]\nlanguages = [\"nb\"]\n[devices.printer]\nkind = \"simulated\"\n"),
             QStringLiteral("test overlay")}});
        if (!config) qFatal("config: %s", qPrintable(config.error().message));
        config_ = config.value();
        // the manager's statistics are saved here (one temporary folder for the whole run)
        config_.till.reportsDirectory = reportsDir_.path();
        // ... and the backups before the Z reports here
        config_.database.backupDirectory = reportsDir_.filePath(QStringLiteral("backups"));
        config_.database.backupDirectoryIsDefault = true;
        // ... and printed on "Kontor" of a print server that is not there (nothing listens on port 1):
        // the till must say so and go on (printing itself is tested in cli_report_funders_print)
        config_.till.reportPrinter = QStringLiteral("Kontor");
        qputenv("CUPS_SERVER", "127.0.0.1:1");
        // A file, not memory: the day close writes a backup of it before the Z report.
        auto db = ak::Database::open(reportsDir_.filePath(QStringLiteral("cafe-%1.sqlite").arg(++cafes_)));
        if (!db) qFatal("db: %s", qPrintable(db.error().message));
        db_ = std::move(db).value();
        // ui_pos_backup_stick (AK_TEST_BACKUP_STICK=1): the café also keeps a copy on a backup stick,
        // in a folder that is not there until a test plugs the stick in.
        if (qEnvironmentVariableIsSet("AK_TEST_BACKUP_STICK"))
            config_.database.secondBackupDirectory = reportsDir_.filePath(QStringLiteral("stick-%1").arg(cafes_));
        ak::Journal journal(*db_, clock_, config_.cafe.registerId);
        auto seeded = ak::DemoSeeder::seed(*db_, journal, clock_, root + QStringLiteral("/config/demo-seed.toml"),
                                           ak::PinHashCost::Minimum);
        if (!seeded) qFatal("seed: %s", qPrintable(seeded.error().message));

        // A slip that was on its way to the paper when the till last stopped.
        {
            ak::PrintQueue before(*db_, clock_);
            auto job = before.enqueue(QStringLiteral("slip"), QString(),
                                      ak::dev::PrintDocument(QStringLiteral("Slip")).text(QStringLiteral("Interrupted slip")));
            if (!job || !db_->query(QStringLiteral("UPDATE print_jobs SET state = 'printing' WHERE id = ?"), {job.value()}))
                qFatal("could not prepare an interrupted job");
        }
        // Simulated devices, built as main.cpp builds real ones (their cables: SimulatedHardware).
        ak::dev::ScannerSettings scannerSettings;
        scannerSettings.id = QStringLiteral("sim-scanner");
        auto devices = ak::dev::DeviceFactory::createManager(ak::dev::PrinterSettings{}, {scannerSettings});
        printer_ = std::make_unique<TestPrinter>(qobject_cast<ak::dev::SimulatedReceiptPrinter*>(devices->printer()));
        printer_->hardware = devices->monitor<ak::dev::SimulatedHardware>();
        scanner_ = ak::dev::ReaderGroup::find<ak::dev::SimulatedScanner>(&devices->readers());
        till_ = std::make_unique<ak::TillApp>(config_, *db_, clock_, *engine, std::move(devices), ak::PinHashCost::Minimum);
        printer_->scanner = scanner_;
        printer_->till = till_.get();
        printer_->config = &config_;
        printer_->db = db_.get();
        printer_->clock = &clock_;
        printer_->zone = config_.cafe.timeZone;
        qmlRegisterSingletonInstance("AktivkafeTest", 1, 0, "TestPrinter", printer_.get());
    }

    void cleanupTestCase() {
        till_.reset();
        db_.reset();
    }

private:
    QTemporaryDir reportsDir_;
    int cafes_ = 0;  // one database file per test file
    // noon in the café (Europe/Oslo), whatever the machine's zone (TZ is set to another)
    ak::ManualClock clock_{QDateTime(QDate(2026, 11, 23), QTime(12, 0), QTimeZone(QByteArrayLiteral("Europe/Oslo")))};
    ak::AppConfig config_;
    std::unique_ptr<ak::Database> db_;
    std::unique_ptr<TestPrinter> printer_;
    ak::dev::SimulatedScanner* scanner_ = nullptr;
    std::unique_ptr<ak::TillApp> till_;
};

QUICK_TEST_MAIN_WITH_SETUP(pos, Setup)

#include "tst_pos_main.moc"
