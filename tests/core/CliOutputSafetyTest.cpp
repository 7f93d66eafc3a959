// What the aktivkafe command writes, and what it never writes over (issue 10, items 1 and 4): the real
// binary (AK_CLI) on a seeded café file. A report never replaces the café's database, its -wal, -shm
// or -journal files, a configuration file, a link, a device, a folder or a file that is not an earlier
// report of the same kind; a failed write (a full device, a full disk) is an error with a sentence and
// leaves nothing half written. The full-disk cases mount a small tmpfs and need root (CI runs as root).

#include "tests/core/CliRun.h"
#include "tests/core/FunderTestFixture.h"
#include "tests/support/ScratchMount.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>

#include <boost/test/unit_test.hpp>

#include <sys/stat.h>
#include <unistd.h>

using namespace ak;
using namespace ak::test;

namespace {

const QStringList kMarch = {QStringLiteral("--from"), QStringLiteral("2025-03-01"), QStringLiteral("--to"),
                            QStringLiteral("2025-03-31")};

QStringList funders(const QString& db, const QStringList& more) {
    return QStringList{QStringLiteral("report"), QStringLiteral("funders"), QStringLiteral("--db"), db} + kMarch + more;
}

// What a path holds: missing, or its kind and bytes (so that "unchanged" can be compared).
QByteArray snapshot(const QString& path) {
    struct stat st {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0) return QByteArrayLiteral("missing");
    if (S_ISLNK(st.st_mode)) return "link:" + QFile::symLinkTarget(path).toUtf8();
    if (!S_ISREG(st.st_mode)) return "mode:" + QByteArray::number(st.st_mode);
    QFile f(path);
    BOOST_TEST_REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

// The folder's entries (hidden ones too): a refused or failed write leaves no temporary file.
QStringList entries(const QString& dir) {
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

struct SeededCafe {
    TempDir dir;
    QString db = dir.file(QStringLiteral("cafe.sqlite"));
    QString config = dir.file(QStringLiteral("aktivkafe.toml"));
    SeededCafe() {
        { FunderCafe cafe(db); }
        BOOST_TEST_REQUIRE(QFile::copy(sourceDir() + QStringLiteral("/config/aktivkafe.toml"), config));
    }
};

// Runs with stdout sent to `file` (created or truncated, as the shell's '>' does).
CliRun runInto(const QStringList& args, const QString& file) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TZ"), QStringLiteral("Europe/Oslo"));
    p.setProcessEnvironment(env);
    p.setStandardOutputFile(file, QIODevice::Truncate);
    p.start(qEnvironmentVariable("AK_CLI"), args);
    BOOST_TEST_REQUIRE(p.waitForFinished(60'000));
    return {p.exitCode(), {}, QString::fromUtf8(p.readAllStandardError())};
}

}  // namespace

BOOST_AUTO_TEST_SUITE(cli_output_safety)

BOOST_AUTO_TEST_CASE(a_report_never_replaces_the_database_or_the_configuration) {
    SeededCafe cafe;
    const QStringList targets{cafe.db,
                              cafe.db + QStringLiteral("-wal"),
                              cafe.db + QStringLiteral("-shm"),
                              cafe.db + QStringLiteral("-journal"),
                              cafe.config,
                              cafe.dir.file(QStringLiteral("./sub/../cafe.sqlite"))};
    QDir().mkpath(cafe.dir.file(QStringLiteral("sub")));
    for (const QString& target : targets) {
        const QByteArray before = snapshot(target);
        const QStringList listed = entries(cafe.dir.path());
        for (const QString& option : {QStringLiteral("--pdf")}) {
            const CliRun r = runAktivkafe(funders(cafe.db, {QStringLiteral("--config"), cafe.config, option, target}));
            BOOST_TEST_INFO(target << ": " << r.err);
            BOOST_TEST(r.code == 1);
            BOOST_TEST(r.err.contains(QStringLiteral("café's own files")));
            BOOST_TEST(!r.out.contains(QStringLiteral("Wrote")));
        }
        BOOST_TEST(snapshot(target) == before, target);
        BOOST_TEST(entries(cafe.dir.path()) == listed, target);
    }
    // Without --config the configuration file is still never replaced: it is not an earlier report.
    const QByteArray config = snapshot(cafe.config);
    const CliRun r = runAktivkafe(funders(cafe.db, {QStringLiteral("--pdf"), cafe.config}));
    BOOST_TEST(r.code == 1);
    BOOST_TEST(r.err.contains(QStringLiteral("is not an earlier")), r.err);
    BOOST_TEST(snapshot(cafe.config) == config);
}

BOOST_AUTO_TEST_CASE(links_devices_folders_and_other_files_are_left_alone) {
    SeededCafe cafe;
    const QString symlink = cafe.dir.file(QStringLiteral("link.pdf"));
    const QString hardlink = cafe.dir.file(QStringLiteral("hard.pdf"));
    const QString fifo = cafe.dir.file(QStringLiteral("fifo.pdf"));
    const QString folder = cafe.dir.file(QStringLiteral("folder.pdf"));
    const QString letter = cafe.dir.file(QStringLiteral("letter.pdf"));
    const QString otherPdf = cafe.dir.file(QStringLiteral("budget.pdf"));
    BOOST_TEST_REQUIRE(QFile::link(cafe.db, symlink));
    BOOST_TEST_REQUIRE(::link(QFile::encodeName(cafe.db).constData(), QFile::encodeName(hardlink).constData()) == 0);
    BOOST_TEST_REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    BOOST_TEST_REQUIRE(QDir().mkdir(folder));
    for (const auto& [path, bytes] : {std::pair{letter, QByteArray("Dear funder,\n")},
                                      std::pair{otherPdf, QByteArray("%PDF-1.4\n% a budget made elsewhere\n")}}) {
        QFile f(path);
        BOOST_TEST_REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    const QString dbBefore = QString::fromLatin1(snapshot(cafe.db));
    for (const QString& target : {symlink, hardlink, fifo, folder, letter, otherPdf}) {
        const QByteArray before = snapshot(target);
        const CliRun r = runAktivkafe(funders(cafe.db, {QStringLiteral("--pdf"), target}));
        BOOST_TEST_INFO(target << ": " << r.err);
        BOOST_TEST(r.code == 1);
        BOOST_TEST(!r.err.isEmpty());
        BOOST_TEST(snapshot(target) == before);
    }
    BOOST_TEST(QString::fromLatin1(snapshot(cafe.db)) == dbBefore);
    BOOST_TEST(entries(cafe.dir.path()).filter(QStringLiteral(".pdf.")).isEmpty());  // no temporary files left
}

BOOST_AUTO_TEST_CASE(an_earlier_report_of_the_same_kind_is_replaced) {
    SeededCafe cafe;
    const QString pdf = cafe.dir.file(QStringLiteral("funders.pdf"));
    for (int round = 0; round < 2; ++round) {
        const CliRun r = runAktivkafe(funders(cafe.db, {QStringLiteral("--pdf"), pdf}));
        BOOST_TEST_REQUIRE(r.code == 0, r.err);
        BOOST_TEST(r.out.contains(QStringLiteral("Wrote")));
    }
    QFile f(pdf);
    BOOST_TEST_REQUIRE(f.open(QIODevice::ReadOnly));
    BOOST_TEST(f.readAll().startsWith("%PDF-"));
    BOOST_TEST(entries(cafe.dir.path()).filter(QStringLiteral("funders.pdf")).size() == 1);
}

BOOST_AUTO_TEST_CASE(an_answer_that_cannot_be_written_is_an_error) {
    SeededCafe cafe;
    for (const QStringList& args :
         {funders(cafe.db, {QStringLiteral("--csv")}), funders(cafe.db, {}),
          QStringList{QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--db"), cafe.db},
          QStringList{QStringLiteral("--help")}}) {
        const CliRun r = runInto(args, QStringLiteral("/dev/full"));
        BOOST_TEST_INFO(args.join(u' ') << ": " << r.err);
        BOOST_TEST(r.code == 74);
        BOOST_TEST(r.err.contains(QStringLiteral("could not be written")));
    }
}

BOOST_AUTO_TEST_CASE(a_full_disk_leaves_nothing_half_written,
                     *boost::unit_test::precondition([](boost::unit_test::test_unit_id) {
                         return ScratchMount::available();
                     })) {
    SeededCafe cafe;
    ScratchMount disk(256 * 1024);
    BOOST_TEST_REQUIRE(disk.ok());
    // Last month's report is there before the disk fills up.
    const QString pdf = disk.file(QStringLiteral("funders.pdf"));
    BOOST_TEST_REQUIRE(runAktivkafe(funders(cafe.db, {QStringLiteral("--pdf"), pdf})).code == 0);
    const QByteArray lastMonth = snapshot(pdf);
    BOOST_TEST_REQUIRE(disk.fill());

    const CliRun pdfRun = runAktivkafe(funders(cafe.db, {QStringLiteral("--pdf"), pdf}));
    BOOST_TEST(pdfRun.code == 1);
    BOOST_TEST(pdfRun.err.contains(QStringLiteral("disk is full")), pdfRun.err);
    BOOST_TEST(snapshot(pdf) == lastMonth);

    const QString csv = disk.file(QStringLiteral("funders.csv"));
    const CliRun csvRun = runInto(funders(cafe.db, {QStringLiteral("--csv")}), csv);
    BOOST_TEST(csvRun.code == 74);
    BOOST_TEST(csvRun.err.contains(QStringLiteral("could not be written")), csvRun.err);
    BOOST_TEST(QFileInfo(csv).size() == 0);  // cut back to what the shell's '>' left: nothing half written
    BOOST_TEST(entries(disk.path()) ==
               (QStringList{QStringLiteral(".filler"), QStringLiteral("funders.csv"), QStringLiteral("funders.pdf")}));
}

BOOST_AUTO_TEST_SUITE_END()
