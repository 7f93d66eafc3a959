// PdfReport: a report of many sections breaks over several pages (counted by pdfinfo) and reads back
// with pdftotext (poppler-utils); a missing folder or a full disk (a file-size limit) leaves no file
// and an older report untouched; only an earlier report of the same kind is replaced. Exits 77 (CTest: skipped) without
// poppler-utils.

#include "drivers/report/PdfReport.h"
#include "tests/drivers/GuiAppFixture.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <boost/test/unit_test.hpp>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <sys/resource.h>

using namespace ak::dev;
using ak::test::TempDir;

namespace {

struct PopplerAvailable : GuiAppFixture {
    PopplerAvailable() {
        for (const char* tool : {"/usr/bin/pdfinfo", "/usr/bin/pdftotext"}) {
            if (QFile::exists(QString::fromLatin1(tool))) continue;
            std::fprintf(stderr, "SKIP: %s is missing (Debian poppler-utils)\n", tool);
            std::_Exit(77);
        }
    }
};

int pageCount(const QString& pdf) {
    const QString info = ak::test::toolOutput(QStringLiteral("pdfinfo"), {pdf});
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    BOOST_REQUIRE(m.hasMatch());
    return m.captured(1).toInt();
}

// Sixty days of bars (more than a page), a table of twelve, then eight activity sections.
ReportDocument longReport() {
    ReportDocument doc;
    doc.kind = QStringLiteral("funders");
    doc.title = QStringLiteral("Report for funders");
    doc.cafeName = QStringLiteral("Aktivkafé Lyspunkt");
    doc.period = QStringLiteral("1 March 2025 – 29 April 2025");
    ReportSection days{QStringLiteral("Visits per day"), ReportChart::Bars, {}};
    for (int d = 0; d < 60; ++d) {
        const int n = (d * 7) % 23;
        const bool hidden = n >= 1 && n <= 4;
        days.rows.push_back({QStringLiteral("Day %1").arg(d + 1), hidden ? QStringLiteral("<5") : QString::number(n),
                             hidden ? std::nullopt : std::optional<int>(n), false});
    }
    doc.sections.push_back(days);
    ReportSection months{QStringLiteral("Visits per month"), ReportChart::None, {}};
    for (int m = 1; m <= 12; ++m)
        months.rows.push_back({QStringLiteral("Month %1").arg(m), QStringLiteral(":"), {}, false});
    doc.sections.push_back(months);
    for (int s = 0; s < 8; ++s) {
        ReportSection a{QStringLiteral("Activity figure %1").arg(s + 1), ReportChart::Bars, {}};
        a.rows = {{QStringLiteral("Matklubb"), QStringLiteral("12"), 12, false},
                  {QStringLiteral("Tur, \"lang\" — a title long enough to be cut short in the label column"),
                   QStringLiteral("<5"), std::nullopt, false},
                  {QStringLiteral("All activities"), QStringLiteral("15"), 15, true}};
        doc.sections.push_back(a);
    }
    doc.footnotes = {QStringLiteral("“<5” is a count from 1 to 4."), QStringLiteral("“:” is a count of 5 or more.")};
    return doc;
}

}  // namespace

BOOST_TEST_GLOBAL_FIXTURE(PopplerAvailable);

BOOST_AUTO_TEST_SUITE(pdf_report)

BOOST_AUTO_TEST_CASE(many_sections_break_over_pages_and_read_back) {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("funders.pdf"));
    const auto written = PdfReport::write(longReport(), path);
    BOOST_TEST_REQUIRE(written.ok(), (written.ok() ? QString() : written.error().message));
    BOOST_TEST(written.value() == path);
    const int pages = pageCount(path);
    BOOST_TEST(pages >= 3);
    const QString text =
        ak::test::toolOutput(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    BOOST_TEST_INFO("text:\n" << text);
    BOOST_TEST(text.contains(QStringLiteral("Report for funders")));
    BOOST_TEST(text.contains(QStringLiteral("Aktivkafé Lyspunkt")));
    BOOST_TEST(text.contains(QStringLiteral("1 March 2025 – 29 April 2025")));
    BOOST_TEST(text.contains(QStringLiteral("Visits per day (continued)")));
    BOOST_TEST(text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
    BOOST_TEST(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    BOOST_TEST(text.contains(QStringLiteral("Day 60")));  // nothing cut off at the end of a page
    BOOST_TEST(text.contains(QStringLiteral("“:” is a count of 5 or more.")));
    BOOST_TEST(text.contains(QStringLiteral("Tur, \"lang\"")));
    BOOST_TEST(!text.contains(QStringLiteral("label column")));  // elided, not run into the bars
    // Every day appears exactly once: no row is lost or doubled at a page break.
    for (int d = 1; d <= 60; ++d)
        BOOST_TEST(text.count(QRegularExpression(QStringLiteral("\\bDay %1\\b").arg(d))) == 1, "Day " << d);
    BOOST_TEST(QDir(dir.path()).entryList(QDir::Files).join(u',') == QStringLiteral("funders.pdf"));
}

BOOST_AUTO_TEST_CASE(a_missing_folder_is_named_and_nothing_is_written) {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("no-such-folder/funders.pdf"));
    const auto written = PdfReport::write(longReport(), path);
    BOOST_TEST_REQUIRE(!written.ok());
    BOOST_TEST((written.error().kind == ReportOutputError::Kind::NoFolder));
    BOOST_TEST(written.error().message.contains(QStringLiteral("no-such-folder")), written.error().message);
    BOOST_TEST(!QFile::exists(path));
    BOOST_TEST(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}

BOOST_AUTO_TEST_CASE(a_full_disk_leaves_the_old_report_as_it_was) {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("funders.pdf"));
    ReportDocument lastMonth = longReport();
    lastMonth.sections.resize(1);
    BOOST_TEST_REQUIRE(PdfReport::write(lastMonth, path).ok());
    QFile old(path);
    BOOST_REQUIRE(old.open(QIODevice::ReadOnly));
    const QByteArray before = old.readAll();
    old.close();
    // A file-size limit makes write() fail with EFBIG, as a full disk fails with ENOSPC.
    rlimit saved{};
    BOOST_REQUIRE(getrlimit(RLIMIT_FSIZE, &saved) == 0);
    const auto oldSignal = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = saved;
    small.rlim_cur = 4096;
    BOOST_REQUIRE(setrlimit(RLIMIT_FSIZE, &small) == 0);
    const auto written = PdfReport::write(longReport(), path);
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, oldSignal);

    BOOST_TEST_REQUIRE(!written.ok());
    BOOST_TEST((written.error().kind == ReportOutputError::Kind::DiskFull));
    BOOST_TEST(written.error().message.contains(path), written.error().message);
    BOOST_REQUIRE(old.open(QIODevice::ReadOnly));
    BOOST_TEST(old.readAll() == before);
    BOOST_TEST(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).join(u',') == QStringLiteral("funders.pdf"));
}

BOOST_AUTO_TEST_CASE(only_an_earlier_report_of_the_same_kind_is_replaced) {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("report.pdf"));
    ReportDocument other = longReport();
    other.kind = QStringLiteral("cards");
    BOOST_TEST_REQUIRE(PdfReport::write(other, path).ok());
    const auto funders = PdfReport::write(longReport(), path);  // a card report is not a funder report
    BOOST_TEST_REQUIRE(!funders.ok());
    BOOST_TEST((funders.error().kind == ReportOutputError::Kind::Protected));
    BOOST_TEST(PdfReport::write(other, path).ok());  // but a newer card report may replace it
    // A file named in neverReplace is refused even when it is an earlier report of the kind.
    const auto kept = PdfReport::write(other, path, {dir.file(QStringLiteral("./report.pdf"))});
    BOOST_TEST_REQUIRE(!kept.ok());
    BOOST_TEST((kept.error().kind == ReportOutputError::Kind::Protected));
}

BOOST_AUTO_TEST_SUITE_END()
