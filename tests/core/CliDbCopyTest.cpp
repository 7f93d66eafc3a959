// aktivkafe db copy (cli/DbCopyCommand.cpp) and restore onto a server: the demo café moved from its
// SQLite file onto a private PostgreSQL server gives the same reports there as in the file, its
// journal verifies there, a used target is refused, and it comes back into a new file whole.
// Exits 77 (skipped) without PostgreSQL.
#include <boost/test/unit_test.hpp>

#include "tests/core/CliRun.h"
#include "tests/core/SaleTestFixture.h"
#include "tests/support/PrivatePostgres.h"
#include "tests/support/TestSupport.h"

#include <QDir>

#include <cstdlib>
#include <iostream>
#include <memory>

using namespace ak::test;

namespace {

struct Server {
    Server() {
        if (const QString missing = aktest::postgresMissing(); !missing.isEmpty()) {
            std::cout << "skipped: " << missing.toStdString() << " is not installed\n";
            std::exit(77);
        }
        pg = std::make_unique<aktest::PrivatePostgres>();
        for (const char* name : {"cafe", "restored"}) pg->exec(QStringLiteral("CREATE DATABASE %1").arg(QLatin1String(name)));
    }
    QString url(const char* database) const {
        return pg->url(QString::fromLatin1(database), QString::fromLatin1(aktest::PrivatePostgres::kSuperuser));
    }
    std::unique_ptr<aktest::PrivatePostgres> pg;
};

CliRun ok(const QStringList& args) {
    const CliRun r = runAktivkafe(args);
    BOOST_TEST_REQUIRE(r.code == 0, args.join(u' ').toStdString() << ": " << r.err.toStdString());
    return r;
}

// The reports a café's manager and its funders read, and the journal, as CSV.
QStringList reports(const QString& db) {
    QStringList out;
    const QStringList period{QStringLiteral("--from"), QStringLiteral("2020-01-01"), QStringLiteral("--to"),
                             QStringLiteral("2030-12-31"), QStringLiteral("--csv")};
    for (const char* report : {"cards", "visits", "activities"})
        out << ok(QStringList{QStringLiteral("report"), QString::fromLatin1(report), QStringLiteral("--db"), db} + period).out;
    out << ok({QStringLiteral("journal"), QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--from"),
               QStringLiteral("2020-01-01"), QStringLiteral("--to"), QStringLiteral("2030-12-31")})
               .out;
    return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(the_demo_cafe_moves_to_a_server_with_the_same_reports_and_back) {
    Server server;
    TempDir dir;
    const QString file = dir.file(QStringLiteral("demo.sqlite"));
    ok({QStringLiteral("init"), QStringLiteral("--db"), file, QStringLiteral("--seed"),
        sourceDir() + QStringLiteral("/config/demo-seed.toml")});

    const CliRun copied = ok({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"), file,
                              QStringLiteral("--to"), server.url("cafe")});
    BOOST_TEST(copied.out.contains(QStringLiteral("The journal verifies on the copy")), copied.out.toStdString());
    const QStringList inFile = reports(file);
    BOOST_TEST(inFile.join(QString()).count(u'\n') > 10);
    BOOST_TEST(reports(server.url("cafe")) == inFile);
    const CliRun verified = ok({QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--db"), server.url("cafe")});
    BOOST_TEST(verified.out.startsWith(QStringLiteral("OK: ")), verified.out.toStdString());

    // Into a café in use: refused, and it is left as it was.
    const CliRun again = runAktivkafe({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"), file,
                                       QStringLiteral("--to"), server.url("cafe")});
    BOOST_TEST(again.code == 1);
    BOOST_TEST(again.err.contains(QStringLiteral("already holds a café")), again.err.toStdString());
    BOOST_TEST(reports(server.url("cafe")) == inFile);

    // Back from the server into a new file, and a backup restored onto an empty server database.
    const QString back = dir.file(QStringLiteral("back.sqlite"));
    ok({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"), server.url("cafe"), QStringLiteral("--to"), back});
    BOOST_TEST(reports(back) == inFile);
    QDir().mkpath(dir.file(QStringLiteral("backups")));
    const CliRun backup = ok({QStringLiteral("backup"), QStringLiteral("--db"), server.url("cafe"), QStringLiteral("--to"),
                              dir.file(QStringLiteral("backups"))});
    const QStringList written = QDir(dir.file(QStringLiteral("backups"))).entryList({QStringLiteral("aktivkafe-*.sqlite")});
    BOOST_TEST_REQUIRE(written.size() == 1, backup.out.toStdString());
    ok({QStringLiteral("restore"), dir.file(QStringLiteral("backups/") + written.first()), QStringLiteral("--db"),
        server.url("restored")});
    BOOST_TEST(reports(server.url("restored")) == inFile);
}

// A café that has sold: the day's report (Z figures, VAT, payments, by volunteer) is the same on the
// server as in the file.
BOOST_AUTO_TEST_CASE(a_day_of_sales_gives_the_same_day_report_on_the_server) {
    Server server;
    TempDir dir;
    const QString file = dir.file(QStringLiteral("sold.sqlite"));
    {
        SaleWorld w(ak::Country::Norway, true, QLocale::NorwegianBokmal, file);
        w.sellByCard(w.draft({{"coffee", 2}, {"bun", 1}}));
        w.sellByCard(w.draft({{"sandwich", 1}, {"squash", 3}}));
        const ak::SaleDraft d = w.draft({{"coffee", 1}});
        ak::PaymentPlan plan(d.totals(w.sales.vatTable()).total);
        requireOk(plan.add(ak::PaymentMethod::Cash, plan.remaining()));
        valueOrFail(w.sales.complete(d, plan, w.mona));
    }
    ok({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"), file, QStringLiteral("--to"), server.url("restored")});
    const QStringList day{QStringLiteral("report"), QStringLiteral("day"), QStringLiteral("--date"), QStringLiteral("2025-03-06"),
                          QStringLiteral("--register"), QStringLiteral("till-1"), QStringLiteral("--csv"), QStringLiteral("--db")};
    const QString inFile = ok(day + QStringList{file}).out;
    BOOST_TEST(inFile.contains(QStringLiteral("Kari")), inFile.toStdString());
    BOOST_TEST(ok(day + QStringList{server.url("restored")}).out == inFile);
}

BOOST_AUTO_TEST_CASE(a_target_that_cannot_be_reached_is_said_and_no_file_is_left) {
    TempDir dir;
    const QString file = dir.file(QStringLiteral("demo.sqlite"));
    ok({QStringLiteral("init"), QStringLiteral("--db"), file});
    const CliRun r = runAktivkafe({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"), file,
                                   QStringLiteral("--to"), QStringLiteral("postgresql://kafe@db.lyspunkt.invalid/aktivkafe")});
    BOOST_TEST(r.code == 2);
    BOOST_TEST(r.err.contains(QStringLiteral("is not known on this network")), r.err.toStdString());
    const CliRun typo = runAktivkafe({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"), file,
                                      QStringLiteral("--to"), QStringLiteral("postgresq://db/cafe")});
    BOOST_TEST(typo.code != 0);
    BOOST_TEST(!QFile::exists(QStringLiteral("postgresq://db/cafe")));
}
