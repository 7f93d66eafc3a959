// `aktivkafe journal verify` against a café tampered with through the real sqlite3 shell, on a copy
// (issue 10, item 2): the triggers dropped, then a total changed, a sale deleted, a sale inserted,
// the journal cut at its end with its head rewound. `aktivkafe init` puts the triggers back and
// says so in the journal. Exits 77 (CTest: skipped) without the sqlite3 shell.

#include "core/journal/JournalAnchor.h"
#include "tests/core/CliRun.h"
#include "tests/core/SaleTestFixture.h"

#include <QFile>
#include <QProcess>

#include <boost/test/unit_test.hpp>

#include <cstdio>
#include <cstdlib>

using namespace ak;
using namespace ak::test;

namespace {

struct Sqlite3Available {
    Sqlite3Available() {
        if (QFile::exists(QStringLiteral("/usr/bin/sqlite3"))) return;
        std::fprintf(stderr, "SKIP: /usr/bin/sqlite3 is missing (Debian sqlite3)\n");
        std::_Exit(77);
    }
};

const char kDropTriggers[] =
    "DROP TRIGGER journal_no_update; DROP TRIGGER journal_no_delete; DROP TRIGGER journal_head_forward;"
    " DROP TRIGGER sales_no_update; DROP TRIGGER sales_no_delete; DROP TRIGGER sale_lines_no_delete;"
    " DROP TRIGGER sale_payments_no_delete; DROP TRIGGER sale_vat_no_delete;";

// A café file with three card sales on till-1 (SaleWorld), closed again; the anchor kept as the
// till keeps it.
struct CafeCopy {
    TempDir dir;
    QString original = dir.file(QStringLiteral("cafe.sqlite"));
    QString copy = dir.file(QStringLiteral("copy.sqlite"));
    std::vector<CompletedSale> sold;
    CafeCopy() {
        {
            SaleWorld w(Country::Norway, true, QLocale::NorwegianBokmal, original);
            for (const char* product : {"coffee", "bun", "sandwich"}) sold.push_back(w.sellByCard(w.draft({{product, 1}})));
            requireOk(JournalAnchor::update(JournalAnchor::pathFor(copy), valueOrFail(w.journal.head()), {}));
        }
        BOOST_TEST_REQUIRE(QFile::copy(original, copy));
    }
    void sqlite3(const QString& sql) {
        QProcess p;
        p.start(QStringLiteral("/usr/bin/sqlite3"), {copy, sql});
        BOOST_TEST_REQUIRE(p.waitForFinished(30'000));
        BOOST_TEST_REQUIRE(p.exitCode() == 0, p.readAllStandardError().toStdString());
    }
    CliRun verify(const QStringList& more = {}) {
        return runAktivkafe(QStringList{QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--db"), copy} +
                            more);
    }
};

}  // namespace

BOOST_TEST_GLOBAL_FIXTURE(Sqlite3Available);

BOOST_AUTO_TEST_SUITE(cli_tamper)

BOOST_AUTO_TEST_CASE(an_untouched_copy_verifies) {
    CafeCopy c;
    const CliRun r = c.verify();
    BOOST_TEST(r.code == 0, r.out << r.err);
    BOOST_TEST(r.out.startsWith(QStringLiteral("OK: ")), r.out);
    BOOST_TEST(r.out.contains(QStringLiteral("Anchor: entry ")), r.out);
}

BOOST_AUTO_TEST_CASE(a_changed_deleted_or_inserted_sale_fails) {
    const QStringList tampering{
        QStringLiteral("UPDATE sales SET total_minor = 100 WHERE receipt_number = 2;"),
        QStringLiteral("DELETE FROM sale_vat WHERE sale_id = 2; DELETE FROM sale_payments WHERE sale_id = 2;"
                       " DELETE FROM sale_lines WHERE sale_id = 2; DELETE FROM sales WHERE id = 2;"),
        QStringLiteral("INSERT INTO sales (register_id, receipt_number, kind, operator_id, consumption, currency,"
                       " gross_minor, total_minor, created_at) SELECT register_id, 4, kind, operator_id, consumption,"
                       " currency, gross_minor, total_minor, created_at FROM sales WHERE id = 1;")};
    const QStringList said{QStringLiteral("Receipt 2 on till-1 was changed after it was recorded"),
                           QStringLiteral("Receipt 2, recorded in journal entry"),
                           QStringLiteral("Receipt 4 on till-1 has no entry in the journal")};
    for (int i = 0; i < tampering.size(); ++i) {
        CafeCopy c;
        c.sqlite3(QString::fromLatin1(kDropTriggers) + tampering[i]);
        const CliRun r = c.verify();
        BOOST_TEST_INFO(tampering[i] << "\n" << r.out);
        BOOST_TEST(r.code == 1);
        BOOST_TEST(r.out.startsWith(QStringLiteral("FAILED:")));
        BOOST_TEST(r.out.contains(said[i]));
        BOOST_TEST(r.out.contains(QStringLiteral("aktivkafe init")));  // the dropped triggers are named
    }
}

BOOST_AUTO_TEST_CASE(a_journal_cut_at_its_end_with_its_head_rewound_fails) {
    CafeCopy c;
    const CliRun clean = c.verify();
    const QString head = clean.out.section(QStringLiteral("Head: entry "), 1).section(u'\n', 0, 0);  // "N, hash H"
    const QString seq = head.section(u',', 0, 0);
    const QString hash = head.section(QStringLiteral("hash "), 1);
    c.sqlite3(QString::fromLatin1(kDropTriggers) +
              QStringLiteral("DELETE FROM sale_vat WHERE sale_id = 3; DELETE FROM sale_payments WHERE sale_id = 3;"
                             " DELETE FROM sale_lines WHERE sale_id = 3; DELETE FROM sales WHERE id = 3;"
                             " DELETE FROM journal WHERE seq = (SELECT MAX(seq) FROM journal);"
                             " UPDATE journal_head SET seq = (SELECT MAX(seq) FROM journal),"
                             " hash = (SELECT hash FROM journal ORDER BY seq DESC LIMIT 1);"));
    const CliRun r = c.verify();
    BOOST_TEST(r.code == 1, r.out);
    BOOST_TEST(r.out.contains(QStringLiteral("cut from its end")), r.out);
    // Without the anchor file, the head from a Z report shows it.
    QFile::remove(JournalAnchor::pathFor(c.copy));
    const CliRun paper = c.verify({QStringLiteral("--head"), seq + u':' + hash.left(16)});
    BOOST_TEST(paper.code == 1, paper.out);
    BOOST_TEST(paper.out.contains(QStringLiteral("cut from its end")), paper.out);
    BOOST_TEST(c.verify({QStringLiteral("--head"), QStringLiteral("12:zz")}).code == 64);
}

BOOST_AUTO_TEST_CASE(init_puts_the_triggers_back_and_the_journal_says_so) {
    CafeCopy c;
    c.sqlite3(QString::fromLatin1(kDropTriggers));
    BOOST_TEST(c.verify().code == 1);
    const CliRun init = runAktivkafe({QStringLiteral("init"), QStringLiteral("--db"), c.copy});
    BOOST_TEST(init.code == 0, init.err);
    BOOST_TEST(init.out.contains(QStringLiteral("Put back the protection")), init.out);
    const CliRun after = c.verify();
    BOOST_TEST(after.code == 0, after.out);
    QProcess p;
    p.start(QStringLiteral("/usr/bin/sqlite3"), {c.copy, QStringLiteral("SELECT count(*) FROM journal WHERE kind = "
                                                                         "'triggers_restored';")});
    BOOST_TEST_REQUIRE(p.waitForFinished(30'000));
    BOOST_TEST(p.readAllStandardOutput().trimmed() == QByteArray("1"));
    // And the guards hold again.
    QProcess blocked;
    blocked.start(QStringLiteral("/usr/bin/sqlite3"), {c.copy, QStringLiteral("UPDATE sales SET total_minor = 1;")});
    BOOST_TEST_REQUIRE(blocked.waitForFinished(30'000));
    BOOST_TEST(blocked.exitCode() != 0);
}

BOOST_AUTO_TEST_SUITE_END()
