// Runs the real aktivkafe binary (path in AK_CLI) against temporary databases.

#include "tests/core/CoreFixtures.h"
#include "tests/support/ScratchMount.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <boost/test/unit_test.hpp>

using namespace ak;
using namespace ak::test;

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run aktivkafe(const QStringList& args) {
    const QString program = qEnvironmentVariable("AK_CLI");
    BOOST_TEST_REQUIRE(!program.isEmpty(), "AK_CLI must name the aktivkafe binary");
    QProcess p;
    p.start(program, args);
    BOOST_TEST_REQUIRE(p.waitForFinished(60'000));
    BOOST_TEST_REQUIRE((p.exitStatus() == QProcess::NormalExit));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QString seedFile() { return sourceDir() + QStringLiteral("/config/demo-seed.toml"); }

const QString kDb = QStringLiteral("--db");

}  // namespace

BOOST_AUTO_TEST_SUITE(cli)

BOOST_AUTO_TEST_CASE(init_seeds_and_prints_staff_with_pins_then_journal_verifies) {
    TempDir dir;
    const QString db = dir.file(QStringLiteral("cafe.db"));
    const Run init = aktivkafe({QStringLiteral("init"), kDb, db, QStringLiteral("--seed"), seedFile()});
    BOOST_TEST(init.code == 0, init.err.toStdString());
    BOOST_TEST(init.out.contains(QStringLiteral("Kari Nordmann")));
    BOOST_TEST(init.out.contains(QStringLiteral("PIN 1234")));
    BOOST_TEST(init.out.contains(QStringLiteral("7 products")));
    BOOST_TEST(init.out.contains(QStringLiteral("3 coffee card types")));
    BOOST_TEST(init.err.isEmpty(), init.err.toStdString());

    const Run verify = aktivkafe({QStringLiteral("journal"), QStringLiteral("verify"), kDb, db});
    BOOST_TEST(verify.code == 0);
    BOOST_TEST(verify.out.startsWith(QStringLiteral("OK: 1 entries;")), verify.out);

    // Seeding again is refused and changes nothing.
    const Run again = aktivkafe({QStringLiteral("init"), kDb, db, QStringLiteral("--seed"), seedFile()});
    BOOST_TEST(again.code == 1);
    BOOST_TEST(again.err.contains(QStringLiteral("already")));
    BOOST_TEST(aktivkafe({QStringLiteral("journal"), QStringLiteral("verify"), kDb, db}).out.section(u'\n', 0, 0) ==
               QStringLiteral("OK: 1 entries; every sale matches its entry"));
}

BOOST_AUTO_TEST_CASE(init_without_seed_creates_an_empty_cafe) {
    TempDir dir;
    const QString db = dir.file(QStringLiteral("cafe.db"));
    const Run init = aktivkafe({QStringLiteral("init"), kDb, db});
    BOOST_TEST(init.code == 0);
    BOOST_TEST(QFile::exists(db));
    BOOST_TEST(aktivkafe({QStringLiteral("journal"), QStringLiteral("verify"), kDb, db}).out.section(u'\n', 0, 0) ==
               QStringLiteral("OK: 0 entries; every sale matches its entry"));
}

BOOST_AUTO_TEST_CASE(staff_add_journals_and_refuses_bad_input) {
    TempDir dir;
    const QString db = dir.file(QStringLiteral("cafe.db"));
    BOOST_TEST_REQUIRE(aktivkafe({QStringLiteral("init"), kDb, db}).code == 0);
    const QStringList add = {QStringLiteral("staff"), QStringLiteral("add"), kDb, db, QStringLiteral("--name"),
                             QStringLiteral("Åse"), QStringLiteral("--role")};

    const Run ok = aktivkafe(add + QStringList{QStringLiteral("manager"), QStringLiteral("--pin"), QStringLiteral("4821")});
    BOOST_TEST(ok.code == 0, ok.err.toStdString());
    BOOST_TEST(ok.out.contains(QStringLiteral("Added Åse (manager)")));

    const Run shortPin = aktivkafe(add + QStringList{QStringLiteral("volunteer"), QStringLiteral("--pin"), QStringLiteral("12")});
    BOOST_TEST(shortPin.code == 1);
    BOOST_TEST(shortPin.err.contains(QStringLiteral("4 to 6 digits")));

    const Run badRole = aktivkafe(add + QStringList{QStringLiteral("boss"), QStringLiteral("--pin"), QStringLiteral("1234")});
    BOOST_TEST(badRole.code == 64);
    BOOST_TEST(badRole.err.contains(QStringLiteral("volunteer or manager")));

    const Run easyPin = aktivkafe(add + QStringList{QStringLiteral("volunteer"), QStringLiteral("--pin"), QStringLiteral("0000")});
    BOOST_TEST(easyPin.code == 1);
    BOOST_TEST(easyPin.err.contains(QStringLiteral("first anyone would try")), easyPin.err);
    const Run twice = aktivkafe(add + QStringList{QStringLiteral("volunteer"), QStringLiteral("--pin"),
                                                  QStringLiteral("5830"), QStringLiteral("--pin"), QStringLiteral("0000")});
    BOOST_TEST(twice.code == 64);
    BOOST_TEST(twice.err.contains(QStringLiteral("--pin was given more than once")), twice.err);
    const Run sameName = aktivkafe({QStringLiteral("staff"), QStringLiteral("add"), kDb, db, QStringLiteral("--name"),
                                    QStringLiteral("ÅSE"), QStringLiteral("--role"), QStringLiteral("volunteer"),
                                    QStringLiteral("--pin"), QStringLiteral("5830")});
    BOOST_TEST(sameName.code == 1);
    BOOST_TEST(sameName.err.contains(QStringLiteral("already")), sameName.err);
    const Run longName = aktivkafe({QStringLiteral("staff"), QStringLiteral("add"), kDb, db, QStringLiteral("--name"),
                                    QString(500, u'x'), QStringLiteral("--role"), QStringLiteral("volunteer"),
                                    QStringLiteral("--pin"), QStringLiteral("5830")});
    BOOST_TEST(longName.code == 1);
    const Run brokenName = aktivkafe({QStringLiteral("staff"), QStringLiteral("add"), kDb, db, QStringLiteral("--name"),
                                      QStringLiteral("Ola\nNordmann"), QStringLiteral("--role"),
                                      QStringLiteral("volunteer"), QStringLiteral("--pin"), QStringLiteral("5830")});
    BOOST_TEST(brokenName.code == 1);
    const Run sharedPin = aktivkafe({QStringLiteral("staff"), QStringLiteral("add"), kDb, db, QStringLiteral("--name"),
                                     QStringLiteral("Per"), QStringLiteral("--role"), QStringLiteral("volunteer"),
                                     QStringLiteral("--pin"), QStringLiteral("4821")});
    BOOST_TEST(sharedPin.code == 1);
    BOOST_TEST(sharedPin.err.contains(QStringLiteral("already has this PIN")), sharedPin.err);

    const Run noPin = aktivkafe(add + QStringList{QStringLiteral("volunteer")});
    BOOST_TEST(noPin.code == 64);
    BOOST_TEST(noPin.err.contains(QStringLiteral("--pin")));

    const Run verify = aktivkafe({QStringLiteral("journal"), QStringLiteral("verify"), kDb, db});
    BOOST_TEST(verify.out.startsWith(QStringLiteral("OK: 1 entries;")), verify.out);
}

BOOST_AUTO_TEST_CASE(verify_reports_a_tampered_journal_and_leaves_it_as_found) {
    TempDir dir;
    const QString db = dir.file(QStringLiteral("cafe.db"));
    BOOST_TEST_REQUIRE(aktivkafe({QStringLiteral("init"), kDb, db, QStringLiteral("--seed"), seedFile()}).code == 0);
    for (const auto& [name, pin] : {std::pair{"Xena", "5830"}, std::pair{"Yusuf", "7391"}})
        BOOST_TEST_REQUIRE(aktivkafe({QStringLiteral("staff"), QStringLiteral("add"), kDb, db, QStringLiteral("--name"),
                                      QString::fromLatin1(name), QStringLiteral("--role"), QStringLiteral("volunteer"),
                                      QStringLiteral("--pin"), QString::fromLatin1(pin)})
                               .code == 0);
    {
        RawConnection raw(db);
        raw.dropJournalTriggers();
        raw.exec(QStringLiteral("UPDATE journal SET payload = '{\"role\":\"manager\",\"staff_id\":5}' WHERE seq = 2"));
    }
    const QByteArray before = readFile(db);
    const Run verify = aktivkafe({QStringLiteral("journal"), QStringLiteral("verify"), kDb, db});
    BOOST_TEST(verify.code == 1);
    BOOST_TEST(verify.out.startsWith(QStringLiteral("FAILED:")), verify.out.toStdString());
    BOOST_TEST(verify.out.contains(QStringLiteral("entry 2 was changed after it was written")), verify.out);
    BOOST_TEST(verify.out.contains(QStringLiteral("protection")), verify.out);  // the dropped triggers
    BOOST_TEST(readFile(db) == before);
}

BOOST_AUTO_TEST_CASE(unreadable_databases_exit_2) {
    TempDir dir;
    const Run missing = aktivkafe({QStringLiteral("journal"), QStringLiteral("verify"), kDb, dir.file(QStringLiteral("no.db"))});
    BOOST_TEST(missing.code == 2);
    BOOST_TEST(missing.err.contains(QStringLiteral("no.db")));
    BOOST_TEST(!QFile::exists(dir.file(QStringLiteral("no.db"))));

    const QString garbage = dir.file(QStringLiteral("garbage.db"));
    {
        QFile f(garbage);
        BOOST_TEST_REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(2048, 'g'));
    }
    const Run bad = aktivkafe({QStringLiteral("journal"), QStringLiteral("verify"), kDb, garbage});
    BOOST_TEST(bad.code == 2);
    BOOST_TEST(bad.err.contains(QStringLiteral("is not a database")), bad.err);

    const QString newer = dir.file(QStringLiteral("newer.db"));
    BOOST_TEST_REQUIRE(aktivkafe({QStringLiteral("init"), kDb, newer}).code == 0);
    {
        RawConnection raw(newer);
        raw.exec(QStringLiteral("PRAGMA user_version = 99"));
    }
    const Run future = aktivkafe({QStringLiteral("init"), kDb, newer});
    BOOST_TEST(future.code == 2);
    BOOST_TEST(future.err.contains(QStringLiteral("99")));
}

BOOST_AUTO_TEST_CASE(bad_usage_exits_64_with_a_message) {
    const Run none = aktivkafe({});
    BOOST_TEST(none.code == 64);
    BOOST_TEST(none.err.contains(QStringLiteral("Usage")));
    const Run unknown = aktivkafe({QStringLiteral("brew")});
    BOOST_TEST(unknown.code == 64);
    BOOST_TEST(unknown.err.contains(QStringLiteral("brew")));
    const Run noDb = aktivkafe({QStringLiteral("journal"), QStringLiteral("verify")});
    BOOST_TEST(noDb.code == 64);
    BOOST_TEST(noDb.err.contains(QStringLiteral("--db")));
    const Run wrongWord = aktivkafe({QStringLiteral("journal"), QStringLiteral("fix"), kDb, QStringLiteral("x.db")});
    BOOST_TEST(wrongWord.code == 64);
    const Run unknownOption = aktivkafe({QStringLiteral("init"), QStringLiteral("--colour")});
    BOOST_TEST(unknownOption.code == 64);
    BOOST_TEST(unknownOption.err.contains(QStringLiteral("colour")));
    const Run help = aktivkafe({QStringLiteral("init"), QStringLiteral("--help")});
    BOOST_TEST(help.code == 0);
    BOOST_TEST(help.out.contains(QStringLiteral("--seed")));
}

BOOST_AUTO_TEST_CASE(init_and_staff_refuse_another_programs_database) {
    TempDir dir;
    const QString notes = dir.file(QStringLiteral("notes.sqlite"));
    {
        RawConnection raw(notes);
        raw.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"));
    }
    const QByteArray before = readFile(notes);
    const Run init = aktivkafe({QStringLiteral("init"), kDb, notes, QStringLiteral("--seed"), seedFile()});
    BOOST_TEST(init.code == 2);
    BOOST_TEST(init.err.contains(QStringLiteral("another program")), init.err);
    const Run staff = aktivkafe({QStringLiteral("staff"), QStringLiteral("add"), kDb, notes, QStringLiteral("--name"),
                                 QStringLiteral("Kari"), QStringLiteral("--role"), QStringLiteral("manager"),
                                 QStringLiteral("--pin"), QStringLiteral("2468")});
    BOOST_TEST(staff.code == 2);
    BOOST_TEST(readFile(notes) == before);
    BOOST_TEST(!QFile::exists(notes + QStringLiteral("-wal")));
}

BOOST_AUTO_TEST_CASE(only_init_makes_a_cafe_and_never_a_folder) {
    TempDir dir;
    const QString typo = dir.file(QStringLiteral("cafee/cafe.sqlite"));
    const Run init = aktivkafe({QStringLiteral("init"), kDb, typo});
    BOOST_TEST(init.code == 2);
    BOOST_TEST(init.err.contains(QStringLiteral("does not exist")), init.err);
    BOOST_TEST(!QDir(dir.file(QStringLiteral("cafee"))).exists());
    const QString none = dir.file(QStringLiteral("cafe.sqlite"));
    const Run staff = aktivkafe({QStringLiteral("staff"), QStringLiteral("add"), kDb, none, QStringLiteral("--name"),
                                 QStringLiteral("Kari"), QStringLiteral("--role"), QStringLiteral("manager"),
                                 QStringLiteral("--pin"), QStringLiteral("2468")});
    BOOST_TEST(staff.code == 2);
    BOOST_TEST(staff.err.contains(QStringLiteral("aktivkafe init --db")), staff.err);
    BOOST_TEST(!QFile::exists(none));
}

BOOST_AUTO_TEST_CASE(verify_and_reports_work_on_a_read_only_copy,
                     *boost::unit_test::precondition([](boost::unit_test::test_unit_id) {
                         return ScratchMount::available();
                     })) {
    ScratchMount stick(8 * 1024 * 1024);
    BOOST_TEST_REQUIRE(stick.ok());
    const QString db = stick.file(QStringLiteral("cafe.sqlite"));
    BOOST_TEST_REQUIRE(aktivkafe({QStringLiteral("init"), kDb, db, QStringLiteral("--seed"), seedFile()}).code == 0);
    BOOST_TEST_REQUIRE(stick.makeReadOnly());
    const Run verify = aktivkafe({QStringLiteral("journal"), QStringLiteral("verify"), kDb, db});
    BOOST_TEST(verify.code == 0, verify.err);
    BOOST_TEST(verify.out.startsWith(QStringLiteral("OK")), verify.out);
    for (const char* report : {"cards", "visits", "activities", "funders"}) {
        const Run r = aktivkafe({QStringLiteral("report"), QString::fromLatin1(report), kDb, db});
        BOOST_TEST(r.code == 0, report << ": " << r.err);
    }
    const Run staff = aktivkafe({QStringLiteral("staff"), QStringLiteral("add"), kDb, db, QStringLiteral("--name"),
                                 QStringLiteral("Kari"), QStringLiteral("--role"), QStringLiteral("manager"),
                                 QStringLiteral("--pin"), QStringLiteral("2468")});
    BOOST_TEST(staff.code == 2);
    BOOST_TEST(staff.err.contains(QStringLiteral("read-only")), staff.err);
    BOOST_TEST(!staff.err.contains(QStringLiteral("damaged.")), staff.err);
}

BOOST_AUTO_TEST_CASE(help_names_the_program_and_every_report) {
    const Run version = aktivkafe({QStringLiteral("--version")});
    BOOST_TEST(version.code == 0);
    BOOST_TEST(version.out.startsWith(QStringLiteral("aktivkafe 0.")), version.out);
    const Run reports = aktivkafe({QStringLiteral("report"), QStringLiteral("--help")});
    BOOST_TEST(reports.code == 0);
    for (const char* report : {"cards", "visits", "activities", "funders"})
        BOOST_TEST(reports.out.contains(QStringLiteral("  %1 ").arg(QLatin1String(report))), report);
    const Run unknown = aktivkafe({QStringLiteral("report"), QStringLiteral("sales")});
    BOOST_TEST(unknown.code == 64);
    BOOST_TEST(unknown.err.contains(QStringLiteral("funders")));
    for (const QStringList& words : {QStringList{QStringLiteral("init")}, QStringList{QStringLiteral("journal")},
                                     QStringList{QStringLiteral("staff")},
                                     QStringList{QStringLiteral("report"), QStringLiteral("funders")},
                                     QStringList{QStringLiteral("report"), QStringLiteral("cards")}}) {
        const Run help = aktivkafe(words + QStringList{QStringLiteral("--help")});
        BOOST_TEST(help.code == 0);
        BOOST_TEST(help.out.startsWith(QStringLiteral("Usage: aktivkafe ") + words.join(u' ')), help.out);
        BOOST_TEST(!help.out.contains(qEnvironmentVariable("AK_CLI")), help.out);  // not the build path
    }
}

BOOST_AUTO_TEST_CASE(a_new_cafe_takes_no_anchor_from_an_earlier_one) {
    TempDir dir;
    const QString db = dir.file(QStringLiteral("cafe.sqlite"));
    const QString anchor = db + QStringLiteral(".anchor");
    {
        QFile f(anchor);
        BOOST_TEST_REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("aktivkafe-journal-anchor 1\nseq 812\nhash " + QByteArray(64, 'a') + "\n");
    }
    const Run init = aktivkafe({QStringLiteral("init"), kDb, db});
    BOOST_TEST(init.code == 0, init.err);
    BOOST_TEST(init.out.contains(QStringLiteral("Removed the journal anchor of an earlier café")), init.out);
    BOOST_TEST(!QFile::exists(anchor));
    const Run verify = aktivkafe({QStringLiteral("journal"), QStringLiteral("verify"), kDb, db});
    BOOST_TEST(verify.code == 0, verify.out);
    // An existing café keeps its anchor when init runs on it again.
    {
        QFile f(anchor);
        BOOST_TEST_REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("aktivkafe-journal-anchor 1\nseq 1\nhash " + QByteArray(64, 'b') + "\n");
    }
    BOOST_TEST(aktivkafe({QStringLiteral("init"), kDb, db}).code == 0);
    BOOST_TEST(QFile::exists(anchor));
}

BOOST_AUTO_TEST_CASE(the_configuration_as_a_seed_is_refused_and_the_right_seed_still_loads) {
    TempDir dir;
    const QString db = dir.file(QStringLiteral("cafe.sqlite"));
    const Run wrong = aktivkafe({QStringLiteral("init"), kDb, db, QStringLiteral("--seed"),
                                 sourceDir() + QStringLiteral("/config/aktivkafe.toml")});
    BOOST_TEST(wrong.code == 1);
    BOOST_TEST(wrong.err.contains(QStringLiteral("is not a seed file")), wrong.err);
    const Run right = aktivkafe({QStringLiteral("init"), kDb, db, QStringLiteral("--seed"), seedFile()});
    BOOST_TEST(right.code == 0, right.err);
    BOOST_TEST(right.out.contains(QStringLiteral("Demo data loaded")));
}

// Issue 10, item 6: from the year 1 to 9999 is the days with records; on paper at most a year.
BOOST_AUTO_TEST_CASE(report_periods_are_fitted_to_the_records_and_paper_has_a_limit) {
    TempDir dir;
    const QString db = dir.file(QStringLiteral("cafe.sqlite"));
    BOOST_TEST_REQUIRE(aktivkafe({QStringLiteral("init"), kDb, db, QStringLiteral("--seed"), seedFile()}).code == 0);
    const QStringList all{QStringLiteral("--from"), QStringLiteral("0001-01-01"), QStringLiteral("--to"),
                          QStringLiteral("9999-12-31")};
    for (const char* report : {"cards", "visits", "activities", "funders"}) {
        const Run r = aktivkafe(QStringList{QStringLiteral("report"), QString::fromLatin1(report), kDb, db,
                                            QStringLiteral("--csv")} + all);
        BOOST_TEST(r.code == 0, report << ": " << r.err);
        BOOST_TEST(r.err.contains(QStringLiteral("the report covers")), report << ": " << r.err);
        BOOST_TEST(r.out.size() < 100'000, report);  // a week of records, not 3.6 million days
    }
    // A year without records is all zeros, as asked; twenty years without any are refused.
    const Run quiet = aktivkafe({QStringLiteral("report"), QStringLiteral("visits"), kDb, db, QStringLiteral("--from"),
                                 QStringLiteral("2019-01-01"), QStringLiteral("--to"), QStringLiteral("2019-12-31")});
    BOOST_TEST(quiet.code == 0, quiet.err);
    BOOST_TEST(quiet.out.startsWith(QStringLiteral("Visits, 2019-01-01 to 2019-12-31")), quiet.out);
    const Run none = aktivkafe({QStringLiteral("report"), QStringLiteral("visits"), kDb, db, QStringLiteral("--from"),
                                QStringLiteral("2000-01-01"), QStringLiteral("--to"), QStringLiteral("2019-12-31")});
    BOOST_TEST(none.code == 1);
    BOOST_TEST(none.err.contains(QStringLiteral("nothing was recorded")), none.err);

    // Two years of records: a PDF of all of it is refused, unless asked for with --force.
    {
        RawConnection raw(db);
        raw.exec(QStringLiteral("INSERT INTO activities (title, starts_at, ends_at, currency) VALUES ('Juletur',"
                                " '2024-12-01T10:00:00.000Z', '2024-12-01T14:00:00.000Z', 'NOK')"));
    }
    const QString pdf = dir.file(QStringLiteral("all.pdf"));
    const QStringList funders = QStringList{QStringLiteral("report"), QStringLiteral("funders"), kDb, db,
                                            QStringLiteral("--pdf"), pdf} + all;
    const Run refused = aktivkafe(funders);
    BOOST_TEST(refused.code == 1);
    BOOST_TEST(refused.err.contains(QStringLiteral("add --force")), refused.err);
    BOOST_TEST(!QFile::exists(pdf));
    const Run forced = aktivkafe(funders + QStringList{QStringLiteral("--force")});
    BOOST_TEST(forced.code == 0, forced.err);
    BOOST_TEST(QFile::exists(pdf));
    // A table of the same period needs no --force: it is not paper.
    BOOST_TEST(aktivkafe(QStringList{QStringLiteral("report"), QStringLiteral("funders"), kDb, db} + all).code == 0);
}

BOOST_AUTO_TEST_CASE(backup_and_restore_through_the_command) {
    TempDir dir;
    const QString db = dir.file(QStringLiteral("cafe.db"));
    BOOST_TEST_REQUIRE(aktivkafe({QStringLiteral("init"), kDb, db, QStringLiteral("--seed"), seedFile()}).code == 0);
    const Run backup = aktivkafe({QStringLiteral("backup"), kDb, db});
    BOOST_TEST_REQUIRE(backup.code == 0, backup.err);
    BOOST_TEST(backup.out.startsWith(QStringLiteral("Wrote ") + dir.file(QStringLiteral("backups/aktivkafe-manual-"))),
               backup.out);
    BOOST_TEST(backup.out.contains(QStringLiteral("checked")));
    const QString file = backup.out.section(u' ', 1, 1);
    BOOST_TEST_REQUIRE(QFile::exists(file));

    // More happens in the café; then the backup is put back, and the later file kept beside it.
    BOOST_TEST_REQUIRE(aktivkafe({QStringLiteral("staff"), QStringLiteral("add"), kDb, db, QStringLiteral("--name"),
                                  QStringLiteral("Per"), QStringLiteral("--role"), QStringLiteral("volunteer"),
                                  QStringLiteral("--pin"), QStringLiteral("8264")})
                           .code == 0);
    const Run restore = aktivkafe({QStringLiteral("restore"), file, kDb, db});
    BOOST_TEST_REQUIRE(restore.code == 0, restore.err);
    BOOST_TEST(restore.out.contains(QStringLiteral("Restored ") + file), restore.out);
    BOOST_TEST(restore.out.contains(QStringLiteral(".before-restore-")), restore.out);
    BOOST_TEST(aktivkafe({QStringLiteral("journal"), QStringLiteral("verify"), kDb, db}).code == 0);

    // A file that is not a backup is refused, and the database left as it is.
    const QByteArray before = readFile(db);
    const Run bad = aktivkafe({QStringLiteral("restore"), seedFile(), kDb, db});
    BOOST_TEST(bad.code == 1);
    BOOST_TEST(bad.err.contains(QStringLiteral("was not restored")), bad.err);
    BOOST_TEST(readFile(db) == before);
    // No folder, no backup: said, not half-written.
    const Run nowhere = aktivkafe({QStringLiteral("backup"), kDb, db, QStringLiteral("--to"), dir.file(QStringLiteral("stick"))});
    BOOST_TEST(nowhere.code != 0);
    BOOST_TEST(nowhere.err.contains(QStringLiteral("does not exist")), nowhere.err);
}

BOOST_AUTO_TEST_CASE(the_nightly_backup_takes_its_database_and_folder_from_the_configuration) {
    // What aktivkafe-backup.service runs: `aktivkafe backup --config /etc/aktivkafe/aktivkafe.toml`.
    TempDir dir;
    const QString db = dir.file(QStringLiteral("cafe.db"));
    BOOST_TEST_REQUIRE(aktivkafe({QStringLiteral("init"), kDb, db, QStringLiteral("--seed"), seedFile()}).code == 0);
    BOOST_TEST_REQUIRE(QDir().mkpath(dir.file(QStringLiteral("nightly"))));
    const QString config = dir.file(QStringLiteral("aktivkafe.toml"));
    {
        QFile f(config);
        BOOST_TEST_REQUIRE(f.open(QIODevice::WriteOnly));
        // The shipped configuration, as the package's is made from it (packaging/CMakeLists.txt).
        QByteArray toml = readFile(sourceDir() + QStringLiteral("/config/aktivkafe.toml"));
        BOOST_TEST_REQUIRE(toml.contains("\npath = \"\"\n"));
        toml.replace("\npath = \"\"\n", "\npath = \"cafe.db\"\nbackup_directory = \"nightly\"\n");
        f.write(toml);
    }
    const Run nightly = aktivkafe({QStringLiteral("backup"), QStringLiteral("--config"), config});
    BOOST_TEST_REQUIRE(nightly.code == 0, nightly.err);
    BOOST_TEST(nightly.out.startsWith(QStringLiteral("Wrote ") + dir.file(QStringLiteral("nightly/aktivkafe-manual-"))),
               nightly.out);
    const Run neither = aktivkafe({QStringLiteral("backup")});
    BOOST_TEST(neither.code == 64);
    BOOST_TEST(neither.err.contains(QStringLiteral("--db PATH or --config PATH is required")), neither.err);
}

BOOST_AUTO_TEST_CASE(the_nightly_backup_also_goes_on_the_backup_stick_and_says_when_it_cannot) {
    TempDir dir;
    const QString db = dir.file(QStringLiteral("cafe.db"));
    BOOST_TEST_REQUIRE(aktivkafe({QStringLiteral("init"), kDb, db, QStringLiteral("--seed"), seedFile()}).code == 0);
    const QString config = dir.file(QStringLiteral("aktivkafe.toml"));
    {
        QFile f(config);
        BOOST_TEST_REQUIRE(f.open(QIODevice::WriteOnly));
        QByteArray toml = readFile(sourceDir() + QStringLiteral("/config/aktivkafe.toml"));
        toml.replace("\npath = \"\"\n", "\npath = \"cafe.db\"\nbackup_directory = \"nightly\"\n");
        toml.replace("\n#second_backup_directory = \"/media/backup-stick/aktivkafe\"\n",
                     "\nsecond_backup_directory = \"stick/aktivkafe\"\n");
        f.write(toml);
    }
    BOOST_TEST_REQUIRE(QDir().mkpath(dir.file(QStringLiteral("nightly"))));
    const QString stick = dir.file(QStringLiteral("stick/aktivkafe"));
    const QStringList nightly{QStringLiteral("backup"), QStringLiteral("--config"), config};

    // The stick is not plugged in: the backup is written all the same; the timer's journal says
    // what is missing, and the exit code tells it from a backup that failed (74).
    const Run without = aktivkafe(nightly);
    BOOST_TEST(without.code == 75, without.err);
    BOOST_TEST(without.out.startsWith(QStringLiteral("Wrote ") + dir.file(QStringLiteral("nightly/aktivkafe-manual-"))),
               without.out);
    const QString first = without.out.section(u' ', 1, 1);
    BOOST_TEST(QFile::exists(first));
    BOOST_TEST(without.err.contains(QStringLiteral("the backup is safe in ") + first), without.err);
    BOOST_TEST(without.err.contains(QStringLiteral("is not there: is the backup stick plugged in?")), without.err);
    BOOST_TEST(!QFileInfo::exists(dir.file(QStringLiteral("stick"))));  // never made on the till's disk

    // Plugged in: the same checked copy on it, and exit code 0.
    BOOST_TEST_REQUIRE(QDir().mkpath(stick));
    const Run with = aktivkafe(nightly);
    BOOST_TEST_REQUIRE(with.code == 0, with.err);
    BOOST_TEST(!with.err.contains(QStringLiteral("aktivkafe backup")), with.err);
    const QString written = with.out.section(u' ', 1, 1);
    const QString copied = QDir(stick).filePath(QFileInfo(written).fileName());
    const QString entries = with.out.section(u' ', 4, 4);  // "Wrote FILE (N KiB, N journal entries; checked)"
    BOOST_TEST(with.out.contains(QStringLiteral("Copied to %1 (%2 journal entries; checked)").arg(copied, entries)),
               with.out);
    BOOST_TEST(readFile(copied) == readFile(written));
    // --db alone knows no stick: one copy, exit code 0.
    const Run plain = aktivkafe({QStringLiteral("backup"), kDb, db});
    BOOST_TEST(plain.code == 0, plain.err);
    BOOST_TEST(!plain.out.contains(QStringLiteral("Copied to")), plain.out);
}

BOOST_AUTO_TEST_SUITE_END()
