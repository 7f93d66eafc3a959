// The backup stick (issue 15, item 4): every backup also copied, checked and rotated into
// [database] second_backup_directory; a stick that is missing, full or read-only never costs the
// first copy or the Z, and is said in words; the rule behind the till's notice (SecondBackupAge):
// days since the newest good backup there, a warning from 7 days on, and at once when the folder
// is missing or has none.

#include "core/cash/DayClose.h"
#include "core/storage/Backup.h"
#include "core/storage/BackupCopies.h"
#include "core/storage/SecondBackupAge.h"
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

// A café file with a day's sales, ready for its Z; `c.db` is its database.
struct StickCafe {
    TempDir dir;
    ShiftCafe c{dir.file(QStringLiteral("cafe.sqlite"))};
    StickCafe() {
        c.open(c.kari);
        c.sellForCash({{"coffee", 1}}, 2500);
        c.closeWith(c.float500());
    }
    QString folder(const char* name) const { return dir.file(QString::fromLatin1(name)); }
    BackupSettings settings(const QString& stick) const {
        return BackupSettings{folder("backups"), 90, true, stick};
    }
};

// A real backup's bytes under the name of a backup taken at `at` in `folder`.
QString backupAt(const QString& source, const QString& folder, const QDateTime& at) {
    const QString path = QDir(folder).filePath(
        QStringLiteral("aktivkafe-manual-%1-0123456789ab.sqlite").arg(at.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    BOOST_TEST_REQUIRE(QFile::copy(source, path), path);
    return path;
}

void writeBytes(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    BOOST_TEST_REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    BOOST_TEST_REQUIRE(f.write(bytes) == bytes.size());
}

}  // namespace

BOOST_AUTO_TEST_SUITE(second_backup)

BOOST_AUTO_TEST_CASE(every_backup_is_also_copied_and_checked_on_the_stick) {
    StickCafe cafe;
    const QString stick = cafe.folder("stick");
    BOOST_TEST_REQUIRE(QDir().mkpath(stick));
    const WrittenBackups w = valueOrFail(BackupCopies::write(*cafe.c.db, cafe.settings(stick), QStringLiteral("manual"), kNow));
    BOOST_TEST(QFileInfo(w.first.path).absolutePath() == cafe.folder("backups"));
    BOOST_TEST_REQUIRE(w.second.written(), w.second.problems.join(u' '));
    BOOST_TEST(w.second.problems.isEmpty());
    BOOST_TEST(QFileInfo(w.second.path).absolutePath() == stick);
    BOOST_TEST(QFileInfo(w.second.path).fileName() == QFileInfo(w.first.path).fileName());
    BOOST_TEST(readFile(w.second.path) == readFile(w.first.path));
    BOOST_TEST(w.second.journalEntries == w.first.journalEntries);  // checked where it lies
    BOOST_TEST(valueOrFail(Backup::check(w.second.path)) == w.first.journalEntries);
    BOOST_TEST(backupsIn(stick) == QStringList{QFileInfo(w.second.path).fileName()});  // no temporary file left
    // Without a second folder nothing more is asked for.
    const WrittenBackups alone = valueOrFail(BackupCopies::write(*cafe.c.db, cafe.settings(QString()), QStringLiteral("manual"),
                                                                 kNow.addSecs(60)));
    BOOST_TEST(!alone.second.wanted);
    BOOST_TEST(backupsIn(stick).size() == 1);
}

BOOST_AUTO_TEST_CASE(a_stick_that_is_not_plugged_in_never_costs_the_first_copy) {
    StickCafe cafe;
    const QString stick = cafe.folder("media/backup-stick/aktivkafe");
    const WrittenBackups w = valueOrFail(BackupCopies::write(*cafe.c.db, cafe.settings(stick), QStringLiteral("manual"), kNow));
    BOOST_TEST(valueOrFail(Backup::check(w.first.path)) == w.first.journalEntries);
    BOOST_TEST(w.second.wanted);
    BOOST_TEST(!w.second.written());
    BOOST_TEST_REQUIRE(w.second.problems.size() == 1);
    BOOST_TEST(w.second.problems[0].contains(QStringLiteral("is not there")), w.second.problems[0]);
    BOOST_TEST(w.second.problems[0].contains(QStringLiteral("backup stick plugged in")), w.second.problems[0]);
    BOOST_TEST(w.second.problems[0].contains(stick), w.second.problems[0]);
    // The folder is never made: it would be on the till's own disk, not on the stick.
    BOOST_TEST(!QFileInfo::exists(stick));
    BOOST_TEST(!QFileInfo::exists(cafe.folder("media")));
    // A file where the folder should be is said too.
    writeBytes(cafe.folder("not-a-folder"), "x");
    const WrittenBackups f = valueOrFail(BackupCopies::write(*cafe.c.db, cafe.settings(cafe.folder("not-a-folder")),
                                                             QStringLiteral("manual"), kNow.addSecs(1)));
    BOOST_TEST_REQUIRE(!f.second.written());
    BOOST_TEST(f.second.problems[0].contains(QStringLiteral("is not a folder")), f.second.problems[0]);
}

BOOST_AUTO_TEST_CASE(a_full_or_read_only_stick_is_said_and_leaves_nothing_there, *boost::unit_test::precondition(asRoot)) {
    StickCafe cafe;
    {
        ScratchMount stick(64 * 1024);
        BOOST_TEST_REQUIRE(stick.ok());
        BOOST_TEST_REQUIRE(stick.fill());
        const WrittenBackups w = valueOrFail(BackupCopies::write(*cafe.c.db, cafe.settings(stick.path()),
                                                                 QStringLiteral("manual"), kNow));
        BOOST_TEST(QFile::exists(w.first.path));
        BOOST_TEST_REQUIRE(!w.second.written());
        BOOST_TEST(w.second.problems[0].contains(QStringLiteral("is full")), w.second.problems[0]);
        for (const QString& name : backupsIn(stick.path())) BOOST_TEST(!name.contains(QStringLiteral("aktivkafe")), name);
    }
    {
        ScratchMount stick(4 * 1024 * 1024);
        BOOST_TEST_REQUIRE(stick.ok());
        BOOST_TEST_REQUIRE(stick.makeReadOnly());
        const WrittenBackups w = valueOrFail(BackupCopies::write(*cafe.c.db, cafe.settings(stick.path()),
                                                                 QStringLiteral("manual"), kNow.addSecs(1)));
        BOOST_TEST(QFile::exists(w.first.path));
        BOOST_TEST_REQUIRE(!w.second.written());
        BOOST_TEST(w.second.problems[0].contains(QStringLiteral("may not write on the backup stick")), w.second.problems[0]);
        BOOST_TEST(backupsIn(stick.path()).isEmpty());
    }
    BOOST_TEST(backupsIn(cafe.folder("backups")).size() == 2);
}

BOOST_AUTO_TEST_CASE(old_backups_on_the_stick_go_as_in_the_first_folder) {
    StickCafe cafe;
    const QString stick = cafe.folder("stick");
    BOOST_TEST_REQUIRE(QDir().mkpath(stick));
    for (const char* name : {"aktivkafe-z1-till-1-20240101-170000-aaaaaaaaaaaa.sqlite",
                             "aktivkafe-z2-till-1-20240102-170000-bbbbbbbbbbbb.sqlite",
                             "aktivkafe-z3-till-1-20240103-170000-cccccccccccc.sqlite",
                             "aktivkafe-z4-till-1-20250301-170000-dddddddddddd.sqlite", "aktivkafe-notes.sqlite"})
        writeBytes(QDir(stick).filePath(QString::fromLatin1(name)), "old");
    // keep_days 90: the ones from 2024 are older, but the newest three always stay.
    const WrittenBackups w = valueOrFail(BackupCopies::write(*cafe.c.db, cafe.settings(stick), QStringLiteral("manual"), kNow));
    BOOST_TEST(w.second.written());
    BOOST_TEST(w.second.deleted == QStringList{QStringLiteral("aktivkafe-z1-till-1-20240101-170000-aaaaaaaaaaaa.sqlite")});
    BOOST_TEST(QFile::exists(QDir(stick).filePath(QStringLiteral("aktivkafe-notes.sqlite"))));  // not a backup's name
    BOOST_TEST(backupsIn(stick).size() == 5);
    // The next night last night's copy counts among the newest three.
    const WrittenBackups next = valueOrFail(BackupCopies::write(*cafe.c.db, cafe.settings(stick), QStringLiteral("manual"),
                                                                kNow.addDays(1)));
    BOOST_TEST(next.second.deleted == QStringList{QStringLiteral("aktivkafe-z2-till-1-20240102-170000-bbbbbbbbbbbb.sqlite")});
    BOOST_TEST(backupsIn(stick).size() == 5);
}

BOOST_AUTO_TEST_CASE(the_z_completes_without_the_stick_and_says_so) {
    StickCafe without;
    const QString missing = without.folder("stick");
    const ClosedDay closed = valueOrFail(DayClose::run(*without.c.db, without.c.days, without.c.journal, kTill,
                                                       without.c.mona, without.settings(missing), kNow));
    BOOST_TEST(closed.z.number == 1);
    BOOST_TEST(QFile::exists(closed.z.backupFile));
    BOOST_TEST(!valueOrFail(without.c.days.openDay(kTill)).has_value());  // the day is closed
    BOOST_TEST(!closed.secondBackup.written());
    BOOST_TEST_REQUIRE(!closed.secondBackup.problems.isEmpty());
    BOOST_TEST(closed.secondBackup.problems[0].contains(missing), closed.secondBackup.problems[0]);

    // With the stick in, the Z's backup is on it too.
    StickCafe with;
    const QString stick = with.folder("stick");
    BOOST_TEST_REQUIRE(QDir().mkpath(stick));
    const ClosedDay copied = valueOrFail(DayClose::run(*with.c.db, with.c.days, with.c.journal, kTill, with.c.mona,
                                                       with.settings(stick), kNow));
    BOOST_TEST_REQUIRE(copied.secondBackup.written(), copied.secondBackup.problems.join(u' '));
    BOOST_TEST(QFileInfo(copied.secondBackup.path).fileName() == QFileInfo(copied.z.backupFile).fileName());
    BOOST_TEST(readFile(copied.secondBackup.path) == readFile(copied.z.backupFile));
}

// The rule behind the till's notice.

BOOST_AUTO_TEST_CASE(no_second_folder_means_nothing_to_say) {
    const ManualClock clock(kNow);
    const SecondBackupState s = SecondBackupAge::check(QString(), clock);
    BOOST_TEST((s.kind == SecondBackupState::Kind::NotConfigured));
    BOOST_TEST(!s.warn);
}

BOOST_AUTO_TEST_CASE(a_missing_folder_or_one_without_a_good_backup_is_said_at_once) {
    TempDir dir;
    const ManualClock clock(kNow);
    const QString stick = dir.file(QStringLiteral("stick"));
    const SecondBackupState missing = SecondBackupAge::check(stick, clock);
    BOOST_TEST((missing.kind == SecondBackupState::Kind::FolderMissing));
    BOOST_TEST(missing.warn);
    BOOST_TEST(missing.days == -1);

    BOOST_TEST_REQUIRE(QDir().mkpath(stick));
    BOOST_TEST((SecondBackupAge::check(stick, clock).kind == SecondBackupState::Kind::NoBackup));
    BOOST_TEST(SecondBackupAge::check(stick, clock).warn);
    // Files that are no good backup do not count: another name, a copy cut off half-way, an empty
    // file, a copy still being written (hidden temporary name).
    writeBytes(QDir(stick).filePath(QStringLiteral("aktivkafe.sqlite")), "SQLite format 3");
    writeBytes(QDir(stick).filePath(QStringLiteral("aktivkafe-manual-20250306-120000-0123456789ab.sqlite")),
               QByteArray(4096, 'x'));
    writeBytes(QDir(stick).filePath(QStringLiteral("aktivkafe-manual-20250306-130000-0123456789ab.sqlite")), {});
    writeBytes(QDir(stick).filePath(QStringLiteral(".aktivkafe-manual-20250306-140000-0123456789ab.sqlite.partial")),
               QByteArray(4096, 'x'));
    const SecondBackupState none = SecondBackupAge::check(stick, clock);
    BOOST_TEST((none.kind == SecondBackupState::Kind::NoBackup));
    BOOST_TEST(none.warn);
    BOOST_TEST(!none.newestAt.isValid());
}

BOOST_AUTO_TEST_CASE(from_seven_days_after_the_newest_good_backup_the_till_warns) {
    StickCafe cafe;
    const BackupFile real = valueOrFail(Backup::write(*cafe.c.db, cafe.dir.path(), QStringLiteral("manual"), kNow));
    const QString stick = cafe.folder("stick");
    BOOST_TEST_REQUIRE(QDir().mkpath(stick));
    const QDateTime night = kNow.addDays(-1);
    backupAt(real.path, stick, night.addDays(-20));  // older ones do not matter
    backupAt(real.path, stick, night);
    ManualClock clock(night.addDays(7).addSecs(-1));
    SecondBackupState s = SecondBackupAge::check(stick, clock);
    BOOST_TEST((s.kind == SecondBackupState::Kind::Recent));
    BOOST_TEST(s.newestAt == night);
    BOOST_TEST(s.days == 6);
    BOOST_TEST(!s.warn);

    clock.advanceSeconds(1);  // 7 days to the second
    s = SecondBackupAge::check(stick, clock);
    BOOST_TEST((s.kind == SecondBackupState::Kind::Old));
    BOOST_TEST(s.days == 7);
    BOOST_TEST(s.warn);
    clock.set(night.addDays(30).addSecs(3600));
    BOOST_TEST(SecondBackupAge::check(stick, clock).days == 30);

    // A newer copy cut off on the stick (pulled out while writing) is no good backup ...
    const QString cut = backupAt(real.path, stick, night.addDays(5));
    QFile::resize(cut, QFileInfo(cut).size() - 1024);
    clock.set(night.addDays(9));
    BOOST_TEST(SecondBackupAge::check(stick, clock).days == 9);
    // ... a whole one is: the notice goes.
    QFile::remove(cut);
    backupAt(real.path, stick, night.addDays(5));
    s = SecondBackupAge::check(stick, clock);
    BOOST_TEST(s.days == 4);
    BOOST_TEST(!s.warn);
    // A backup from a clock that ran ahead counts as new, never as negative days.
    clock.set(night.addDays(4));
    BOOST_TEST(SecondBackupAge::check(stick, clock).days == 0);
}

BOOST_AUTO_TEST_CASE(a_whole_backup_is_told_from_a_cut_or_foreign_file) {
    StickCafe cafe;
    const BackupFile real = valueOrFail(Backup::write(*cafe.c.db, cafe.dir.path(), QStringLiteral("manual"), kNow));
    BOOST_TEST(SecondBackupAge::looksWhole(real.path));
    const QByteArray bytes = readFile(real.path);
    const QString copy = cafe.folder("copy.sqlite");
    writeBytes(copy, bytes.left(bytes.size() - 4096));  // a page short
    BOOST_TEST(!SecondBackupAge::looksWhole(copy));
    writeBytes(copy, bytes.left(bytes.size() - 100));   // cut inside a page
    BOOST_TEST(!SecondBackupAge::looksWhole(copy));
    writeBytes(copy, bytes + QByteArray(4096, '\0'));   // a page too many
    BOOST_TEST(!SecondBackupAge::looksWhole(copy));
    writeBytes(copy, QByteArray(bytes.size(), 'x'));    // not SQLite
    BOOST_TEST(!SecondBackupAge::looksWhole(copy));
    writeBytes(copy, bytes.left(50));
    BOOST_TEST(!SecondBackupAge::looksWhole(copy));
    BOOST_TEST(!SecondBackupAge::looksWhole(cafe.folder("nothing.sqlite")));
    writeBytes(copy, bytes);
    BOOST_TEST(SecondBackupAge::looksWhole(copy));
}

BOOST_AUTO_TEST_SUITE_END()
