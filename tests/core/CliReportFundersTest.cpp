// aktivkafe report funders: the real binary (AK_CLI) on a café file seeded as in FunderTestFixture.h,
// as a table, as CSV and as a PDF read back with poppler-utils (pdftotext, pdftoppm); a PDF into a
// missing folder, and bad command lines. Exits 77 (CTest: skipped) without poppler-utils.

#include "core/reports/FunderReport.h"
#include "core/util/Clock.h"
#include "tests/core/CliRun.h"
#include "tests/core/CsvRecords.h"
#include "tests/core/FunderTestFixture.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QRegularExpression>

#include <boost/test/unit_test.hpp>

#include <cstdio>
#include <cstdlib>

using namespace ak;
using namespace ak::test;

namespace {

struct PopplerAvailable {
    PopplerAvailable() {
        for (const char* tool : {"/usr/bin/pdftotext", "/usr/bin/pdftoppm"}) {
            if (QFile::exists(QString::fromLatin1(tool))) continue;
            std::fprintf(stderr, "SKIP: %s is missing (Debian poppler-utils)\n", tool);
            std::_Exit(77);
        }
    }
};

const QStringList kMarch = {QStringLiteral("--from"), QStringLiteral("2025-03-01"), QStringLiteral("--to"),
                            QStringLiteral("2025-03-31")};

// A café file with the fixture's March, in `dir`.
QString cafeFile(const TempDir& dir) {
    const QString path = dir.file(QStringLiteral("cafe.db"));
    FunderCafe cafe(path);
    return path;
}

QStringList report(const QString& db, const QStringList& more = {}) {
    return QStringList{QStringLiteral("report"), QStringLiteral("funders"), QStringLiteral("--db"), db} + kMarch + more;
}

// The report as the command makes it (same file, same "now" to the minute): what every output shows.
FunderReport expected(const QString& db) {
    DatabaseOptions readOnly;
    readOnly.createIfMissing = false;
    readOnly.migrate = false;
    auto database = openOrFail(db, readOnly);
    SystemClock clock;
    auto r = FunderReport::build(*database, QDate(2025, 3, 1), QDate(2025, 3, 31), osloZone(), clock);
    BOOST_TEST_REQUIRE(r.ok(), whyNot(r));
    return r.value();
}

bool isSmallNumber(const QString& s) {
    bool number = false;
    const int n = s.toInt(&number);
    return number && n >= 1 && n <= 4;
}

// Each row of `r`, in order, as a line of `text` that starts with its label and ends with its shown
// value (other lines — headings, page footers, footnotes — in between are skipped).
void expectRowsInOrder(const QString& text, const FunderReport& r) {
    const QStringList lines = text.split(u'\n');
    qsizetype at = 0;
    for (const FunderSection& s : r.sections())
        for (const FunderRow& row : s.rows) {
            bool found = false;
            for (; at < lines.size() && !found; ++at) {
                const QStringList cells = lines[at].trimmed().split(QRegularExpression(QStringLiteral("\\s{2,}")));
                found = cells.size() >= 2 && cells.first() == row.label && cells.last() == row.shown;
            }
            BOOST_TEST_REQUIRE(found, s.id << "/" << row.key << " (" << row.label << " " << row.shown << ")");
        }
}

}  // namespace

BOOST_TEST_GLOBAL_FIXTURE(PopplerAvailable);

BOOST_AUTO_TEST_SUITE(cli_report_funders)

BOOST_AUTO_TEST_CASE(table_shows_every_row_suppressed) {
    TempDir dir;
    const QString db = cafeFile(dir);
    const QString config = sourceDir() + QStringLiteral("/config/aktivkafe.toml");
    const CliRun r = runAktivkafe(report(db, {QStringLiteral("--config"), config, QStringLiteral("--lang"),
                                              QStringLiteral("en")}));
    BOOST_TEST_REQUIRE(r.code == 0, r.err);
    BOOST_TEST_INFO("output:\n" << r.out);
    BOOST_TEST(r.out.startsWith(
        QStringLiteral("Report for funders\nAktivkafé Lyspunkt\n1 March 2025 – 31 March 2025\n")));
    expectRowsInOrder(r.out, expected(db));
    BOOST_TEST(r.out.contains(QStringLiteral("  Tue 4 Mar")));
    BOOST_TEST(r.out.contains(QStringLiteral("“:” is a count of 5 or more")));
    for (const QString& line : r.out.split(u'\n'))
        if (line.startsWith(QStringLiteral("  "))) BOOST_TEST(!isSmallNumber(line.split(u' ').last()), line);

    // The café's first language when --lang is not given (nb: month names; words as far as translated).
    const CliRun nb = runAktivkafe(report(db, {QStringLiteral("--config"), config}));
    BOOST_TEST_REQUIRE(nb.code == 0, nb.err);
    BOOST_TEST(nb.out.contains(QStringLiteral("mars 2025")), nb.out);
}

BOOST_AUTO_TEST_CASE(csv_has_only_shown_values) {
    TempDir dir;
    const QString db = cafeFile(dir);
    const CliRun r = runAktivkafe(report(db, {QStringLiteral("--csv")}));
    BOOST_TEST_REQUIRE(r.code == 0, r.err);
    const std::vector<QStringList> records = csvRecords(r.out);
    // The same as the report made here, but for the note that says when (to the minute) it was made.
    std::vector<QStringList> same = csvRecords(expected(db).toCsv());
    BOOST_TEST_REQUIRE(records.size() == same.size());
    for (std::size_t i = 0; i < records.size(); ++i)
        if (records[i][1] != QStringLiteral("activities")) BOOST_TEST(records[i].join(u'|') == same[i].join(u'|'));
    BOOST_TEST_REQUIRE(records.size() > 100u);
    BOOST_TEST(records[0].join(u',') == QStringLiteral("section,key,label,count"));
    for (const QStringList& rec : records) {
        BOOST_TEST_REQUIRE(rec.size() == 4);
        BOOST_TEST(!isSmallNumber(rec[3]), rec.join(u','));
    }
    BOOST_TEST(records[1].join(u',') == QStringLiteral("total,all,Visits in the period,30"));
    BOOST_TEST(records.back()[0] == QStringLiteral("note"));
}

BOOST_AUTO_TEST_CASE(pdf_reads_back_with_the_shown_values) {
    TempDir dir;
    const QString db = cafeFile(dir);
    const QString pdf = dir.file(QStringLiteral("funders.pdf"));
    const CliRun r = runAktivkafe(report(db, {QStringLiteral("--pdf"), pdf}));
    BOOST_TEST_REQUIRE(r.code == 0, r.err);
    BOOST_TEST(r.out == QStringLiteral("Wrote %1\n").arg(pdf));
    const QString text = toolOutput(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    BOOST_TEST_INFO("text:\n" << text);
    BOOST_TEST(text.contains(QStringLiteral("Report for funders")));
    BOOST_TEST(text.contains(QStringLiteral("1 March 2025 – 31 March 2025")));
    BOOST_TEST(text.contains(QStringLiteral("<5")));
    expectRowsInOrder(text, expected(db));  // so no exact count from 1 to 4 is printed as a row's value

    // Page 1 as a picture at 50 dpi: an A4 page with something on it.
    const QString png = dir.file(QStringLiteral("page1"));
    toolOutput(QStringLiteral("pdftoppm"),
        {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-f"), QStringLiteral("1"),
         QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-singlefile"), pdf, png});
    const QImage page(png + QStringLiteral(".png"));
    BOOST_TEST_REQUIRE(!page.isNull());
    BOOST_TEST(std::abs(page.width() - 413) <= 1, page.width());  // 210 mm at 50 dpi
    int ink = 0;
    for (int y = 0; y < page.height(); ++y)
        for (int x = 0; x < page.width(); ++x) ink += qGray(page.pixel(x, y)) < 200;
    BOOST_TEST(ink > page.width() * page.height() / 50, "dark pixels: " << ink);
}

BOOST_AUTO_TEST_CASE(pdf_into_a_missing_folder_fails_and_writes_nothing) {
    TempDir dir;
    const QString db = cafeFile(dir);
    const QString pdf = dir.file(QStringLiteral("reports/march.pdf"));
    const CliRun r = runAktivkafe(report(db, {QStringLiteral("--pdf"), pdf}));
    BOOST_TEST(r.code == 1);
    BOOST_TEST(r.err.contains(QStringLiteral("does not exist")), r.err);
    BOOST_TEST(r.err.contains(QStringLiteral("reports")), r.err);
    BOOST_TEST(!QFile::exists(pdf));
    BOOST_TEST(!QDir(dir.file(QStringLiteral("reports"))).exists());
}

BOOST_AUTO_TEST_CASE(bad_command_lines_are_refused) {
    TempDir dir;
    const QString db = cafeFile(dir);
    const QStringList base{QStringLiteral("report"), QStringLiteral("funders"), QStringLiteral("--db"), db};
    const auto refused = [&](const QStringList& more, const char* says, int code = 64) {
        const CliRun r = runAktivkafe(base + more);
        BOOST_TEST(r.code == code, more.join(u' '));
        BOOST_TEST(r.err.contains(QString::fromUtf8(says)), r.err);
        BOOST_TEST(r.out.isEmpty(), r.out);
    };
    refused({QStringLiteral("--from"), QStringLiteral("2025-02-30")}, "--from must be a date as YYYY-MM-DD");
    refused({QStringLiteral("--to"), QStringLiteral("31.03.2025")}, "--to must be a date as YYYY-MM-DD");
    refused(
        {QStringLiteral("--from"), QStringLiteral("2025-03-02"), QStringLiteral("--to"), QStringLiteral("2025-03-01")},
        "is after --to");
    refused({QStringLiteral("--frobnicate")}, "Unknown option");
    refused({QStringLiteral("--lang"), QStringLiteral("sv")}, "--lang must be nb, da or en");
    refused({QStringLiteral("extra")}, "unexpected 'extra'");
    refused({QStringLiteral("--config"), dir.file(QStringLiteral("none.toml"))}, "none.toml", 1);
    const CliRun noDb = runAktivkafe({QStringLiteral("report"), QStringLiteral("funders")});
    BOOST_TEST(noDb.code == 64);
    BOOST_TEST(noDb.err.contains(QStringLiteral("--db PATH is required")));
    const CliRun missing = runAktivkafe({QStringLiteral("report"), QStringLiteral("funders"), QStringLiteral("--db"),
                                        dir.file(QStringLiteral("no.db"))});
    BOOST_TEST(missing.code == 2);
}

BOOST_AUTO_TEST_SUITE_END()
