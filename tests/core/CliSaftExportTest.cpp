// aktivkafe saft export (issue 13, items 3 and 5): the file written whole or not at all — checked
// against the official schema with xmllint, journaled as journal_exported (SAF-T event 13020) — and
// the command's refusals: no organisation number, a Danish café, a full disk (the file that was
// there before stays as it was), a bad command line.
#include "tests/core/CliRun.h"
#include "tests/support/ScratchMount.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <boost/test/unit_test.hpp>

using ak::test::runAktivkafe;
using ak::test::ScratchMount;

namespace {

bool asRoot(boost::unit_test::test_unit_id) { return ScratchMount::available(); }

struct Cafe {
    Cafe() {
        db = dir.filePath(QStringLiteral("cafe.sqlite"));
        const auto init = runAktivkafe({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--seed"),
                                        ak::test::sourceDir() + QStringLiteral("/config/demo-seed.toml")});
        BOOST_TEST_REQUIRE(init.code == 0, init.err.toStdString());
        overlay(QString());
    }
    // The shipped configuration with this café's database and `extra` TOML lines in [cafe].
    void overlay(const QString& extra, const QString& more = QString()) {
        QFile f(dir.filePath(QStringLiteral("overlay.toml")));
        BOOST_TEST_REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QStringLiteral("[cafe]\n%1\n[database]\npath = \"%2\"\n%3\n").arg(extra, db, more).toUtf8());
    }
    ak::test::CliRun saft(const QString& output) {
        return runAktivkafe({QStringLiteral("saft"), QStringLiteral("export"), QStringLiteral("--config"),
                             ak::test::sourceDir() + QStringLiteral("/config/aktivkafe.toml"), QStringLiteral("--config"),
                             dir.filePath(QStringLiteral("overlay.toml")), QStringLiteral("--from"),
                             QStringLiteral("2026-01-01"), QStringLiteral("--to"), QStringLiteral("2026-12-31"),
                             QStringLiteral("-o"), output});
    }
    QTemporaryDir dir;
    QString db;
};

QByteArray contents(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(cli_saft_export)

BOOST_AUTO_TEST_CASE(the_file_validates_and_the_export_is_journaled) {
    Cafe c;
    const QString file = c.dir.filePath(QStringLiteral("saft.xml"));
    const auto run = c.saft(file);
    BOOST_TEST_REQUIRE(run.code == 0, run.err.toStdString());
    BOOST_TEST(run.out.contains(QStringLiteral("Wrote ")), run.out.toStdString());
    ak::test::toolOutput(QStringLiteral("xmllint"),
                         {QStringLiteral("--noout"), QStringLiteral("--schema"),
                          ak::test::sourceDir() + QStringLiteral("/config/saft/Norwegian_SAF-T_Cash_Register_Schema_v_1.00.xsd"),
                          file});
    const auto journal = runAktivkafe({QStringLiteral("journal"), QStringLiteral("export"), QStringLiteral("--db"), c.db});
    BOOST_TEST_REQUIRE(journal.code == 0, journal.err.toStdString());
    BOOST_TEST(journal.out.contains(QStringLiteral("journal_exported,13020")), journal.out.toStdString());
    BOOST_TEST(journal.out.contains(QStringLiteral("saft.xml")));
    // The export is an event of the register: the next export lists it.
    const auto again = c.saft(c.dir.filePath(QStringLiteral("again.xml")));
    BOOST_TEST_REQUIRE(again.code == 0, again.err.toStdString());
    BOOST_TEST(contents(c.dir.filePath(QStringLiteral("again.xml"))).contains("<eventType>journal_exported</eventType>"));
    const auto verify = runAktivkafe({QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--db"), c.db});
    BOOST_TEST(verify.code == 0, verify.out.toStdString());
}

BOOST_AUTO_TEST_CASE(a_cafe_without_organisation_number_or_in_denmark_is_refused_and_nothing_written) {
    Cafe c;
    const QString file = c.dir.filePath(QStringLiteral("saft.xml"));
    c.overlay(QStringLiteral("org_number = \"\"\nvat_registered = false"));
    const auto noNumber = c.saft(file);
    BOOST_TEST(noNumber.code == 1);
    BOOST_TEST(noNumber.err.contains(QStringLiteral("org_number")), noNumber.err.toStdString());
    BOOST_TEST(!QFile::exists(file));
    c.overlay(QStringLiteral("country = \"DK\"\ncurrency = \"DKK\"\nlocale = \"da_DK\"\nlanguages = [\"da\"]\n"
                             "time_zone = \"Europe/Copenhagen\"\norg_number = \"12345678\""),
              QStringLiteral("[kiosk]\nlanguages = [\"da\"]"));
    const auto danish = c.saft(file);
    BOOST_TEST(danish.code == 1, danish.err.toStdString());
    BOOST_TEST(danish.err.contains(QStringLiteral("docs/compliance.md")), danish.err.toStdString());
    BOOST_TEST(!QFile::exists(file));
    const auto noOutput = runAktivkafe({QStringLiteral("saft"), QStringLiteral("export"), QStringLiteral("--config"),
                                        c.dir.filePath(QStringLiteral("overlay.toml"))});
    BOOST_TEST(noOutput.code == 64);
}

BOOST_AUTO_TEST_CASE(a_full_disk_leaves_the_old_file_as_it_was, *boost::unit_test::precondition(asRoot)) {
    Cafe c;
    ScratchMount disk(64 * 1024);
    BOOST_TEST_REQUIRE(disk.ok());
    const QString file = disk.file(QStringLiteral("saft.xml"));
    {
        QFile old(file);
        BOOST_TEST_REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("last month's export\n");
    }
    BOOST_TEST_REQUIRE(disk.fill());
    const auto run = c.saft(file);
    BOOST_TEST(run.code == 74, run.err.toStdString());
    BOOST_TEST((run.err.contains(QStringLiteral("Nothing was left")) || run.err.contains(QStringLiteral("nothing was written"))),
               run.err.toStdString());
    BOOST_TEST(contents(file) == QByteArray("last month's export\n"));
    const QStringList left = QDir(disk.path()).entryList(QDir::Files);
    for (const QString& name : left) BOOST_TEST((name == QStringLiteral("saft.xml") || !name.contains(QStringLiteral("saft"))), name.toStdString());
    // Nothing written, nothing journaled.
    const auto journal = runAktivkafe({QStringLiteral("journal"), QStringLiteral("export"), QStringLiteral("--db"), c.db});
    BOOST_TEST(!journal.out.contains(QStringLiteral("journal_exported")));
}

BOOST_AUTO_TEST_SUITE_END()
