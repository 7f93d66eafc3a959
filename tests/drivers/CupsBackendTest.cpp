// The CUPS module (drivers/cups/CupsBackend): the apps do not link libcups; it is loaded from next
// to the program when a CUPS printer or report needs it, and a missing or foreign module gives a
// sentence a manager can pass on, not a crash. drivers_cups and drivers_cups_ipp print through it.
#include "drivers/cups/CupsBackend.h"
#include "drivers/report/CupsReportPrint.h"
#include "tests/support/TestSupport.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <boost/test/unit_test.hpp>

using namespace ak::dev;

BOOST_AUTO_TEST_CASE(the_module_is_found_next_to_the_program_and_loaded) {
    BOOST_TEST_INFO("module path " << CupsBackend::modulePath().toStdString());
    BOOST_TEST(QFileInfo::exists(CupsBackend::modulePath()));
    QString problem;
    const CupsBackend* cups = CupsBackend::get(&problem);
    BOOST_TEST_INFO(problem.toStdString());
    BOOST_TEST(cups != nullptr);
    BOOST_TEST(problem.isEmpty());
    BOOST_TEST(CupsBackend::get() == cups);  // once per run
}

BOOST_AUTO_TEST_CASE(a_missing_module_is_said_in_words) {
    QTemporaryDir dir;
    QString problem;
    BOOST_TEST(CupsBackend::load(dir.filePath(QStringLiteral("aktivkafe-cups.so")), &problem) == nullptr);
    BOOST_TEST(problem.startsWith(QStringLiteral("Printing through CUPS is not installed with this program")));
}

BOOST_AUTO_TEST_CASE(a_library_that_is_not_the_module_is_refused) {
    // any shared library without the entry point: libz, which Qt itself needs
    const QString other = QStringLiteral("/lib/x86_64-linux-gnu/libz.so.1");
    if (!QFileInfo::exists(other)) return;  // another architecture: the missing case covers the rest
    QString problem;
    BOOST_TEST(CupsBackend::load(other, &problem) == nullptr);
    BOOST_TEST(problem.contains(QStringLiteral("is not the CUPS module of this version")));
}

BOOST_AUTO_TEST_CASE(a_report_to_a_missing_file_goes_through_the_module) {
    // the module's own answer (its PDF job reads the file first): proof that the call reaches it
    const auto out = CupsReportPrint::print(QStringLiteral("/nonexistent/report.pdf"), QStringLiteral("office"),
                                            QStringLiteral("Z report"));
    BOOST_REQUIRE(!out.ok());
    BOOST_TEST(int(out.error().kind) == int(ReportOutputError::Kind::NoFile));
}
