// aktivkafe report activities: the real binary (AK_CLI) on a café file written through the activity
// and sign-up repositories, in Oslo time (TZ), as a table for the manager and as CSV for funders.

#include "tests/core/SignupTestFixture.h"
#include "tests/support/TestSupport.h"

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
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TZ"), QStringLiteral("Europe/Oslo"));
    p.setProcessEnvironment(env);
    p.start(program, args);
    BOOST_TEST_REQUIRE(p.waitForFinished(60'000));
    BOOST_TEST_REQUIRE((p.exitStatus() == QProcess::NormalExit));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

// March 2025 (long past when the test runs): "Matklubb, kveld" on the 11th with 6 sign-ups (5 came,
// one of them from the waitlist), a walk on the 13th with 2 (1 came), a cinema night cancelled.
void writeCafe(const QString& path) {
    SignupCafe cafe(path);
    const Activity food = cafe.make("Matklubb, kveld", 11, 5, true);
    std::vector<Signup> people;
    for (const char* n : {"Hemmelig A", "Hemmelig B", "Hemmelig C", "Hemmelig D", "Hemmelig E", "Hemmelig F"})
        people.push_back(cafe.joined(food, n));
    BOOST_TEST_REQUIRE(cafe.signups.cancel(food.id, people[0].cancelCode, cafe.journal)->ok());
    const Activity walk = cafe.make("Tur", 13, std::nullopt);
    const Signup w1 = cafe.joined(walk, "Hemmelig G");
    cafe.joined(walk, "Hemmelig H");
    BOOST_TEST_REQUIRE(cafe.activities.cancel(cafe.make("Kino", 14, 20).id, cafe.ola, cafe.journal).ok());
    cafe.clock.set(osloTime(2025, 3, 20, 12));
    for (size_t i = 1; i < people.size(); ++i)
        BOOST_TEST_REQUIRE(cafe.signups.markAttended(people[i].id, true, cafe.ola, cafe.journal).ok());
    BOOST_TEST_REQUIRE(cafe.signups.markAttended(w1.id, true, cafe.ola, cafe.journal).ok());
}

const QStringList kMarch = {QStringLiteral("--from"), QStringLiteral("2025-03-01"), QStringLiteral("--to"),
                            QStringLiteral("2025-03-31")};

QStringList words(const QString& line) { return line.split(u' ', Qt::SkipEmptyParts); }
// "1 0 6" -> {"1", "0", "6"}
QStringList list(const char* spaced) { return QString::fromLatin1(spaced).split(u' '); }

QString lineStarting(const QString& text, const QString& start) {
    for (const QString& l : text.split(u'\n'))
        if (l.startsWith(start)) return l;
    return {};
}

}  // namespace

BOOST_AUTO_TEST_SUITE(cli_report_activities)

BOOST_AUTO_TEST_CASE(table_for_the_manager_is_exact_with_totals) {
    TempDir dir;
    const QString db = dir.file(QStringLiteral("cafe.sqlite"));
    writeCafe(db);
    const Run r = aktivkafe(QStringList{QStringLiteral("report"), QStringLiteral("activities"), QStringLiteral("--db"), db} + kMarch);
    BOOST_TEST_INFO("stdout:\n" << r.out.toStdString() << "stderr:\n" << r.err.toStdString());
    BOOST_TEST_REQUIRE(r.code == 0);
    BOOST_TEST(r.out.startsWith(QStringLiteral("Activities, 2025-03-01 to 2025-03-31")));
    //                 held cancelled sign-ups withdrawn attended no-shows waitlisted promoted
    BOOST_TEST((words(lineStarting(r.out, QStringLiteral("Matklubb, kveld"))).mid(2) ==
                list("1 0 6 1 5 0 1 1")));
    BOOST_TEST((words(lineStarting(r.out, QStringLiteral("Tur "))).mid(1) ==
                list("1 0 2 0 1 1 0 0")));
    BOOST_TEST((words(lineStarting(r.out, QStringLiteral("Kino "))).mid(1) ==
                list("0 1 0 0 0 0 0 0")));
    BOOST_TEST((words(lineStarting(r.out, QStringLiteral("Total "))).mid(1) ==
                list("2 1 8 1 6 1 1 1")));
    BOOST_TEST(!r.out.contains(QStringLiteral("Hemmelig")));
}

BOOST_AUTO_TEST_CASE(csv_for_funders_suppresses_small_counts) {
    TempDir dir;
    const QString db = dir.file(QStringLiteral("cafe.sqlite"));
    writeCafe(db);
    const Run r = aktivkafe(QStringList{QStringLiteral("report"), QStringLiteral("activities"), QStringLiteral("--db"), db,
                                        QStringLiteral("--csv")} + kMarch);
    BOOST_TEST_INFO("stdout:\n" << r.out.toStdString() << "stderr:\n" << r.err.toStdString());
    BOOST_TEST_REQUIRE(r.code == 0);
    const QStringList lines = r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    BOOST_TEST_REQUIRE(lines.size() == 4);
    BOOST_TEST(lines[0] == QStringLiteral("period_from,period_to,activity,held,cancelled,signups,withdrawn,attended,"
                                          "no_shows,waitlisted,promoted"));
    BOOST_TEST(lines[1] == QStringLiteral("2025-03-01,2025-03-31,Kino,0,<5,0,0,0,0,0,0"));
    BOOST_TEST(lines[2] == QStringLiteral("2025-03-01,2025-03-31,\"Matklubb, kveld\",<5,0,6,<5,5,0,<5,<5"));
    BOOST_TEST(lines[3] == QStringLiteral("2025-03-01,2025-03-31,Tur,<5,0,<5,0,<5,<5,0,0"));
    BOOST_TEST(!r.out.contains(QStringLiteral("Total")));
    BOOST_TEST(!r.out.contains(QStringLiteral("Hemmelig")));
}

BOOST_AUTO_TEST_CASE(bad_command_lines_and_missing_files) {
    TempDir dir;
    const QString db = dir.file(QStringLiteral("cafe.sqlite"));
    writeCafe(db);
    const QString report = QStringLiteral("report");
    const QString activities = QStringLiteral("activities");
    BOOST_TEST(aktivkafe({report, activities}).code == 64);  // no --db
    BOOST_TEST(aktivkafe({report, activities, QStringLiteral("--db"), db, QStringLiteral("--from"),
                          QStringLiteral("1 March")}).code == 64);
    BOOST_TEST(aktivkafe({report, activities, QStringLiteral("--db"), db, QStringLiteral("--from"),
                          QStringLiteral("2025-04-01"), QStringLiteral("--to"), QStringLiteral("2025-03-01")}).code == 64);
    BOOST_TEST(aktivkafe({report, activities, QStringLiteral("--db"), dir.file(QStringLiteral("none.sqlite"))}).code == 2);
    // `report cards` is still there.
    BOOST_TEST(aktivkafe({report, QStringLiteral("cards"), QStringLiteral("--db"), db}).code == 0);
}

BOOST_AUTO_TEST_SUITE_END()
