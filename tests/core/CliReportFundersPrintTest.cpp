// aktivkafe report funders --print QUEUE: the real binary against a private cupsd whose queue writes
// each job's PDF to a file; an unknown queue and a print server that does not answer are named.
// Exits 77 (CTest: skipped) without cupsd, lpadmin, the copying filter or pdftotext.

#include "tests/core/CliRun.h"
#include "tests/core/FunderTestFixture.h"
#include "tests/support/PrivateCupsd.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QThread>

#include <boost/test/unit_test.hpp>

using namespace ak;
using namespace ak::test;

namespace {

struct CupsAvailable {
    CupsAvailable() {
        skipUnlessInstalled({kCupsd, kLpadmin, kCopyFilter}, "cups-daemon, cups-client, cups-core-drivers");
        skipUnlessInstalled({QStringLiteral("/usr/bin/pdftotext")}, "poppler-utils");
    }
};

QStringList printMarch(const QString& db, const QString& queue) {
    return {QStringLiteral("report"), QStringLiteral("funders"), QStringLiteral("--db"), db, QStringLiteral("--from"),
            QStringLiteral("2025-03-01"), QStringLiteral("--to"), QStringLiteral("2025-03-31"),
            QStringLiteral("--print"), queue};
}

QProcessEnvironment cupsServer(const QString& server) {
    QProcessEnvironment env;
    env.insert(QStringLiteral("CUPS_SERVER"), server);
    return env;
}

// The whole PDF once the queue has written it (a PDF ends with %%EOF), or what is there at the deadline.
QByteArray waitForPdf(const QString& path) {
    QByteArray bytes;
    for (QDeadlineTimer deadline(15000); !deadline.hasExpired(); QThread::msleep(50)) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly)) bytes = f.readAll();
        if (bytes.startsWith("%PDF-") && bytes.trimmed().endsWith("%%EOF")) break;
    }
    return bytes;
}

}  // namespace

BOOST_TEST_GLOBAL_FIXTURE(CupsAvailable);

BOOST_AUTO_TEST_SUITE(cli_report_funders_print)

BOOST_AUTO_TEST_CASE(the_report_comes_out_of_the_queue_as_a_pdf) {
    TempDir dir;
    const QString db = dir.file(QStringLiteral("cafe.db"));
    { FunderCafe cafe(db); }
    PrivateCupsd cupsd;
    const QString printed = cupsd.outputFile(QStringLiteral("a4.pdf"));
    cupsd.addPdfFileQueue(QStringLiteral("a4"), printed);

    const CliRun r = runAktivkafe(printMarch(db, QStringLiteral("a4")), cupsServer(cupsd.server()));
    BOOST_TEST_REQUIRE(r.code == 0, r.err);
    BOOST_TEST(r.out.startsWith(QStringLiteral("Sent to a4 as job ")), r.out);
    const QByteArray pdf = waitForPdf(printed);
    BOOST_TEST_REQUIRE(pdf.startsWith("%PDF-"), "the queue wrote " << pdf.size() << " bytes");
    BOOST_TEST(pdf.trimmed().endsWith("%%EOF"));

    QProcess text;
    text.start(QStringLiteral("pdftotext"), {printed, QStringLiteral("-")});
    BOOST_TEST_REQUIRE(text.waitForFinished(10000));
    const QString words = QString::fromUtf8(text.readAllStandardOutput());
    BOOST_TEST(words.contains(QStringLiteral("Report for funders")), words);
    BOOST_TEST(words.contains(QStringLiteral("1 March 2025 – 31 March 2025")));
}

BOOST_AUTO_TEST_CASE(an_unknown_queue_and_a_silent_server_are_named) {
    TempDir dir;
    const QString db = dir.file(QStringLiteral("cafe.db"));
    { FunderCafe cafe(db); }
    PrivateCupsd cupsd;
    const CliRun unknown = runAktivkafe(printMarch(db, QStringLiteral("no-such-queue")), cupsServer(cupsd.server()));
    BOOST_TEST(unknown.code == 1);
    BOOST_TEST(unknown.err.contains(QStringLiteral("has no printer queue called no-such-queue")), unknown.err);

    const QString nobody = QStringLiteral("127.0.0.1:%1").arg(freeTcpPort());  // nothing listens there
    const CliRun silent = runAktivkafe(printMarch(db, QStringLiteral("a4")), cupsServer(nobody));
    BOOST_TEST(silent.code == 1);
    BOOST_TEST(silent.err.contains(QStringLiteral("does not answer")), silent.err);
    BOOST_TEST(silent.err.contains(nobody), silent.err);
}

BOOST_AUTO_TEST_SUITE_END()
