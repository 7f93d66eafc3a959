// Backups (issue 11, item 4): a checked copy named with the journal's head, restored into a fresh
// file with the same totals; a missing, read-only or full folder said in plain words with nothing
// half-written; rotation; restore refusing a bad file and keeping what it replaces.

#include "core/cash/DayClose.h"
#include "core/staff/StaffRepository.h"
#include "core/storage/Backup.h"
#include "tests/core/BackupTestFixture.h"
#include "tests/core/ShiftTestFixture.h"
#include "tests/support/ScratchMount.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>

#include <boost/test/unit_test.hpp>

using namespace ak;
using namespace ak::test;

namespace {

const QDateTime kNow = kBackupTime;

// A café file with a day of sales closed by its Z.
void closedDay(const QString& path) {
    ShiftCafe c(path);
    c.open(c.kari);
    c.sellForCash({{"coffee", 2}}, 5000);
    c.sellByCard(c.draft({{"sandwich", 1}}));
    c.closeWith(c.cash({"", "", "5", "", "2", "4", "", "", ""}));
    valueOrFail(c.days.z(kTill, c.mona, c.journal));
}

std::unique_ptr<Database> openFile(const QString& path) {
    auto db = Database::open(path);
    BOOST_TEST_REQUIRE(db.ok(), (db.ok() ? QString() : db.error().message).toStdString());
    return std::move(db).value();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(backups)

BOOST_AUTO_TEST_CASE(a_backup_restored_into_a_fresh_file_has_the_same_day) {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("cafe.sqlite"));
    closedDay(path);
    QDir().mkpath(dir.file(QStringLiteral("backups")));
    auto db = openOrFail(path);
    const BackupFile b = valueOrFail(Backup::write(*db, dir.file(QStringLiteral("backups")), QStringLiteral("z1-till-1"), kNow));
    const QString head = valueOrFail(Journal(*db, SystemClock(), kTill).head()).hash;
    BOOST_TEST(QFileInfo(b.path).fileName() ==
               QStringLiteral("aktivkafe-z1-till-1-20250306-170500-%1.sqlite").arg(head.left(12)));
    BOOST_TEST(Backup::isBackupName(QFileInfo(b.path).fileName()));
    BOOST_TEST(b.journalEntries > 5);
    BOOST_TEST(backupsIn(dir.file(QStringLiteral("backups"))).size() == 1);  // no temporary file left
    db.reset();

    // Restored into a fresh file: the checks pass and the Z says the same.
    const QString fresh = dir.file(QStringLiteral("fresh.sqlite"));
    const RestoreOutcome r = valueOrFail(Backup::restore(b.path, fresh, kNow));
    BOOST_TEST(r.keptAs.isEmpty());
    BOOST_TEST(valueOrFail(Backup::check(fresh)) == b.journalEntries);
    auto original = openOrFail(path);
    auto restored = openFile(fresh);  // the restored file itself, on either run
    ManualClock clock(kNow);
    const ZReport before = valueOrFail(DayReport(*original, clock, Currency::NOK).storedZ(kTill, 1));
    const ZReport after = valueOrFail(DayReport(*restored, clock, Currency::NOK).storedZ(kTill, 1));
    BOOST_TEST(after.figures.toJson() == before.figures.toJson());
    BOOST_TEST(after.figures.netSales() == Money(10990, Currency::NOK));
}

BOOST_AUTO_TEST_CASE(restore_keeps_what_it_replaces_and_refuses_a_bad_file, *boost::unit_test::precondition(onSqlite)) {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("cafe.sqlite"));
    closedDay(path);
    auto db = openOrFail(path);
    const BackupFile b = valueOrFail(Backup::write(*db, dir.path(), QStringLiteral("manual"), kNow));
    db.reset();
    // The next morning a shift is opened; then the manager restores yesterday's backup over it.
    qint64 entriesThen = 0;
    {
        auto later = openOrFail(path);
        ManualClock clock(kNow.addSecs(15 * 3600));
        Journal journal(*later, clock, kTill);
        ShiftRepository shifts(*later, clock, Currency::NOK, 5000);
        const StaffMember kari = valueOrFail(StaffRepository(*later, PinHashCost::Minimum).list(false)).front();
        valueOrFail(shifts.open(kTill, CashCount(Currency::NOK), kari, journal));
        entriesThen = valueOrFail(journal.verify()).entries;
    }
    const RestoreOutcome r = valueOrFail(Backup::restore(b.path, path, kNow.addDays(1)));
    BOOST_TEST(r.keptAs == path + QStringLiteral(".before-restore-20250307-170500.sqlite"));
    BOOST_TEST(valueOrFail(Backup::check(r.keptAs)) == entriesThen);     // what was replaced, whole
    BOOST_TEST(valueOrFail(Backup::check(path)) == b.journalEntries);    // the backup, in its place
    BOOST_TEST(!QFile::exists(path + QStringLiteral("-wal")));

    // A damaged copy is refused and the database is left byte for byte.
    const QString damaged = dir.file(QStringLiteral("damaged.sqlite"));
    QByteArray bytes = readFile(b.path);
    bytes.replace(bytes.size() / 2, 4096, QByteArray(4096, '\xAA'));
    QFile f(damaged);
    BOOST_TEST_REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    const QByteArray now = readFile(path);
    const auto refused = Backup::restore(damaged, path, kNow.addDays(2));
    BOOST_TEST_REQUIRE(!refused.ok());
    BOOST_TEST(refused.error().message.contains(QStringLiteral("was not restored")), refused.error().message);
    BOOST_TEST(readFile(path) == now);
    const auto notOurs = Backup::restore(dir.file(QStringLiteral("nothing-here.sqlite")), path, kNow.addDays(2));
    BOOST_TEST(!notOurs.ok());
    BOOST_TEST(readFile(path) == now);
}

BOOST_AUTO_TEST_CASE(rotation_deletes_old_backups_but_keeps_the_newest_three) {
    TempDir dir;
    const auto touch = [&](const char* name) {
        QFile f(dir.file(QString::fromLatin1(name)));
        BOOST_TEST_REQUIRE(f.open(QIODevice::WriteOnly));
    };
    touch("aktivkafe-z1-till-1-20240101-170000-aaaaaaaaaaaa.sqlite");
    touch("aktivkafe-z2-till-1-20240102-170000-bbbbbbbbbbbb.sqlite");
    touch("aktivkafe-z3-till-1-20240103-170000-cccccccccccc.sqlite");
    touch("aktivkafe-z4-till-1-20250301-170000-dddddddddddd.sqlite");
    touch("aktivkafe-notes.sqlite");  // not a backup's name: never touched
    touch("cafe.sqlite");
    const QStringList deleted = valueOrFail(Backup::rotate(dir.path(), 90, kNow, 3));
    BOOST_TEST(deleted == QStringList{QStringLiteral("aktivkafe-z1-till-1-20240101-170000-aaaaaaaaaaaa.sqlite")});
    BOOST_TEST(QFile::exists(dir.file(QStringLiteral("aktivkafe-notes.sqlite"))));
    BOOST_TEST(QFile::exists(dir.file(QStringLiteral("cafe.sqlite"))));
    BOOST_TEST(valueOrFail(Backup::rotate(dir.path(), 1, kNow, 1)).size() == 2u);
}

BOOST_AUTO_TEST_CASE(a_missing_folder_is_named) {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("cafe.sqlite"));
    closedDay(path);
    auto db = openOrFail(path);
    const auto r = Backup::write(*db, dir.file(QStringLiteral("no-such-folder")), QStringLiteral("manual"), kNow);
    BOOST_TEST_REQUIRE(!r.ok());
    BOOST_TEST(r.error().message.contains(QStringLiteral("does not exist")), r.error().message);
    BOOST_TEST(r.error().message.contains(QStringLiteral("no-such-folder")), r.error().message);
}

BOOST_AUTO_TEST_CASE(a_full_or_read_only_folder_is_said_and_leaves_nothing, *boost::unit_test::precondition(asRoot)) {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("cafe.sqlite"));
    closedDay(path);
    auto db = openOrFail(path);
    {
        ScratchMount disk(64 * 1024);
        BOOST_TEST_REQUIRE(disk.ok());
        BOOST_TEST_REQUIRE(disk.fill());
        const auto full = Backup::write(*db, disk.path(), QStringLiteral("manual"), kNow);
        BOOST_TEST_REQUIRE(!full.ok());
        BOOST_TEST(full.error().message.contains(QStringLiteral("is full")), full.error().message);
        for (const QString& name : backupsIn(disk.path())) BOOST_TEST(!name.contains(QStringLiteral("aktivkafe")), name);
    }
    {
        ScratchMount disk(4 * 1024 * 1024);
        BOOST_TEST_REQUIRE(disk.ok());
        BOOST_TEST_REQUIRE(disk.makeReadOnly());
        const auto readOnly = Backup::write(*db, disk.path(), QStringLiteral("manual"), kNow);
        BOOST_TEST_REQUIRE(!readOnly.ok());
        BOOST_TEST(readOnly.error().message.contains(QStringLiteral("may not write")), readOnly.error().message);
        BOOST_TEST(backupsIn(disk.path()).isEmpty());
    }
    // The café itself is untouched by either.
    BOOST_TEST(valueOrFail(Journal(*db, SystemClock(), kTill).verify()).ok());
}

BOOST_AUTO_TEST_CASE(the_z_waits_for_its_backup_and_then_states_it) {
    TempDir dir;
    ShiftCafe c(dir.file(QStringLiteral("cafe.sqlite")));
    c.open(c.kari);
    c.sellForCash({{"coffee", 1}}, 2500);
    c.closeWith(c.float500());
    // The folder is not there (a USB stick not plugged in): no Z, the day stays open, nothing journaled.
    const BackupSettings missing{dir.file(QStringLiteral("stick")), 90};
    const auto waited = DayClose::run(*c.db, c.days, c.journal, kTill, c.mona, missing, kNow);
    BOOST_TEST_REQUIRE(!waited.ok());
    BOOST_TEST(waited.error().message.contains(QStringLiteral("does not exist")), waited.error().message);
    BOOST_TEST(valueOrFail(c.days.openDay(kTill)).has_value());
    BOOST_TEST(c.ofKind("z_report").empty());
    // A volunteer is refused before any backup is written.
    QDir().mkpath(missing.directory);
    BOOST_TEST(!DayClose::run(*c.db, c.days, c.journal, kTill, c.kari, missing, kNow).ok());
    BOOST_TEST(backupsIn(missing.directory).isEmpty());

    const ZReport z = valueOrFail(DayClose::run(*c.db, c.days, c.journal, kTill, c.mona, missing, kNow)).z;
    BOOST_TEST(z.number == 1);
    BOOST_TEST(QFileInfo(z.backupFile).fileName().startsWith(QStringLiteral("aktivkafe-z1-till-1-20250306-170500-")),
               z.backupFile);
    BOOST_TEST(QFile::exists(z.backupFile));
    BOOST_TEST(valueOrFail(c.days.storedZ(kTill, 1)).backupFile == z.backupFile);
    BOOST_TEST(c.ofKind("z_report")[0].payload.contains(QFileInfo(z.backupFile).fileName()));
    // The backup is of the day before its Z: restored, the day is open with the same sales.
    const QString fresh = dir.file(QStringLiteral("fresh.sqlite"));
    valueOrFail(Backup::restore(z.backupFile, fresh, kNow));
    auto restored = openFile(fresh);  // the restored file itself, on either run
    DayReport days(*restored, c.clock, Currency::NOK);
    const qint64 day = valueOrFail(days.readyToClose(kTill));
    BOOST_TEST(valueOrFail(days.figures(day, kNow)).receipts.amount == z.figures.receipts.amount);
}

BOOST_AUTO_TEST_SUITE_END()
