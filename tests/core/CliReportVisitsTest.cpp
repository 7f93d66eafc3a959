// aktivkafe report visits: the real binary (AK_CLI) on a café file written through VisitRepository,
// in Oslo time (TZ), as a table and as CSV — both with every count under 5 shown as "<5".

#include "core/settings/CafeZone.h"
#include "core/visits/VisitRepository.h"
#include "tests/core/CardTestFixture.h"
#include "tests/core/CsvRecords.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QProcess>

#include <boost/test/unit_test.hpp>

#include <map>
#include <vector>

using namespace ak;
using namespace ak::test;

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

// `machineZone`: the TZ the command runs in (the café's own, Oslo, unless a test says otherwise).
Run aktivkafe(const QStringList& args, const QString& machineZone = QStringLiteral("Europe/Oslo")) {
    const QString program = qEnvironmentVariable("AK_CLI");
    BOOST_TEST_REQUIRE(!program.isEmpty(), "AK_CLI must name the aktivkafe binary");
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TZ"), machineZone);
    p.setProcessEnvironment(env);
    p.start(program, args);
    BOOST_TEST_REQUIRE(p.waitForFinished(60'000));
    BOOST_TEST_REQUIRE((p.exitStatus() == QProcess::NormalExit));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

// March 2025: 6 visits on the 3rd at 10:05 (mood 4), 2 on the 4th at 18:20 with a card (one new,
// and the same card again), and one on 1 April at 00:20 (outside March in Oslo, inside it in UTC).
void writeCafe(const QString& path) {
    CardCafe cafe(path);
    VisitRepository visits(*cafe.db, cafe.clock, osloZone());
    const CardType punch = cafe.addType(CardKind::Punch, "Klippekort", 10);
    const QString card = cafe.issue(punch).code.toString();
    const auto checkIn = [&](const QDateTime& at, const VisitAnswers& answers, const QString& scanned) {
        cafe.clock.set(at);
        auto r = visits.checkIn(QStringLiteral("inngang"), answers, scanned);
        BOOST_TEST_REQUIRE(r.ok(), whyNot(r));
    };
    for (int i = 0; i < 6; ++i) checkIn(QDateTime(QDate(2025, 3, 3), QTime(10, 5), osloZone()), {.mood = 4}, {});
    for (int i = 0; i < 2; ++i) checkIn(QDateTime(QDate(2025, 3, 4), QTime(18, 20), osloZone()), {}, card);
    checkIn(QDateTime(QDate(2025, 4, 1), QTime(0, 20), osloZone()), {}, {});
}

const QString kDb = QStringLiteral("--db");
const QStringList kMarch = {QStringLiteral("--from"), QStringLiteral("2025-03-01"), QStringLiteral("--to"),
                            QStringLiteral("2025-03-31")};

// The count printed after `key` in the table section that starts with `heading`.
QString tableValue(const QString& out, const QString& heading, const QString& key) {
    bool inSection = false;
    for (const QString& line : out.split(u'\n')) {
        if (!line.startsWith(u' ')) {
            inSection = line.startsWith(heading);
            continue;
        }
        const QStringList cells = line.simplified().split(u' ');
        if (inSection && cells.size() == 2 && cells[0] == key) return cells[1];
    }
    BOOST_FAIL("no line " << key.toStdString() << " under " << heading.toStdString() << " in:\n" << out.toStdString());
    return {};
}

}  // namespace

BOOST_AUTO_TEST_SUITE(cli_report_visits)

BOOST_AUTO_TEST_CASE(table_suppresses_small_counts_and_leaves_the_file_as_found) {
    TempDir dir;
    const QString db = dir.file(QStringLiteral("cafe.db"));
    writeCafe(db);
    const QByteArray before = readFile(db);

    const Run r = aktivkafe(QStringList{QStringLiteral("report"), QStringLiteral("visits"), kDb, db} + kMarch);
    BOOST_TEST_REQUIRE(r.code == 0, r.err.toStdString());
    BOOST_TEST_INFO("output:\n" << r.out.toStdString());
    BOOST_TEST(r.out.startsWith(QStringLiteral("Visits, 2025-03-01 to 2025-03-31")));
    BOOST_TEST(tableValue(r.out, QStringLiteral("All visits"), QStringLiteral("all")) == QStringLiteral("8"));
    BOOST_TEST(tableValue(r.out, QStringLiteral("Visits per day"), QStringLiteral("2025-03-03")) == QStringLiteral("6"));
    BOOST_TEST(tableValue(r.out, QStringLiteral("Visits per day"), QStringLiteral("2025-03-04")) == QStringLiteral("<5"));
    BOOST_TEST(tableValue(r.out, QStringLiteral("Visits per day"), QStringLiteral("2025-03-05")) == QStringLiteral("0"));
    BOOST_TEST(tableValue(r.out, QStringLiteral("Visits per ISO week"), QStringLiteral("2025-W10")) == QStringLiteral("8"));
    BOOST_TEST(tableValue(r.out, QStringLiteral("Visits per month"), QStringLiteral("2025-03")) == QStringLiteral("8"));
    BOOST_TEST(tableValue(r.out, QStringLiteral("Visits by hour"), QStringLiteral("10")) == QStringLiteral("6"));
    BOOST_TEST(tableValue(r.out, QStringLiteral("Visits by hour"), QStringLiteral("18")) == QStringLiteral("<5"));
    BOOST_TEST(tableValue(r.out, QStringLiteral("New and returning"), QStringLiteral("unknown")) == QStringLiteral("6"));
    BOOST_TEST(tableValue(r.out, QStringLiteral("New and returning"), QStringLiteral("new")) == QStringLiteral("<5"));
    BOOST_TEST(tableValue(r.out, QStringLiteral("\"How are you today?\""), QStringLiteral("4")) == QStringLiteral("6"));
    BOOST_TEST(tableValue(r.out, QStringLiteral("\"How are you today?\""), QStringLiteral("unanswered")) ==
               QStringLiteral("<5"));
    // 2 (the card's visits on the 4th) is never printed as a count.
    BOOST_TEST(!r.out.contains(QStringLiteral(" 2\n")));
    BOOST_TEST(readFile(db) == before);
}

BOOST_AUTO_TEST_CASE(days_are_the_cafes_whatever_the_machines_zone) {
    // Kiritimati is UTC+14: there, 18:20 on 4 March in Oslo is already 07:20 on 5 March.
    const QString kiritimati = QStringLiteral("Pacific/Kiritimati");
    const QStringList command = {QStringLiteral("report"), QStringLiteral("visits"), kDb};
    TempDir dir;
    const QString db = dir.file(QStringLiteral("cafe.db"));
    writeCafe(db);

    // No kiosk or till has recorded the café's zone yet: the machine's is used, and said.
    const Run unrecorded = aktivkafe(command + QStringList{db} + kMarch, kiritimati);
    BOOST_TEST_REQUIRE(unrecorded.code == 0, unrecorded.err.toStdString());
    BOOST_TEST(unrecorded.err.contains(QStringLiteral("time zone is not recorded")), unrecorded.err.toStdString());
    BOOST_TEST(unrecorded.err.contains(kiritimati), unrecorded.err.toStdString());
    BOOST_TEST(tableValue(unrecorded.out, QStringLiteral("Visits per day"), QStringLiteral("2025-03-05")) ==
               QStringLiteral("<5"));

    // Once the apps have recorded it ([cafe] time_zone), the days are the café's wherever this runs.
    {
        auto opened = Database::open(db);
        BOOST_TEST_REQUIRE(opened.ok(), whyNot(opened));
        auto recorded = CafeZone::record(*opened.value(), osloZone());
        BOOST_TEST_REQUIRE(recorded.ok(), whyNot(recorded));
    }
    const Run r = aktivkafe(command + QStringList{db} + kMarch, kiritimati);
    BOOST_TEST_REQUIRE(r.code == 0, r.err.toStdString());
    BOOST_TEST(!r.err.contains(QStringLiteral("not recorded")), r.err.toStdString());
    BOOST_TEST(tableValue(r.out, QStringLiteral("Visits per day"), QStringLiteral("2025-03-04")) == QStringLiteral("<5"));
    BOOST_TEST(tableValue(r.out, QStringLiteral("Visits per day"), QStringLiteral("2025-03-05")) == QStringLiteral("0"));
    BOOST_TEST(tableValue(r.out, QStringLiteral("Visits by hour"), QStringLiteral("10")) == QStringLiteral("6"));
    BOOST_TEST(tableValue(r.out, QStringLiteral("All visits"), QStringLiteral("all")) == QStringLiteral("8"));
}

BOOST_AUTO_TEST_CASE(csv_parses_and_suppresses_small_counts) {
    TempDir dir;
    const QString db = dir.file(QStringLiteral("cafe.db"));
    writeCafe(db);
    const Run r = aktivkafe(QStringList{QStringLiteral("report"), QStringLiteral("visits"), kDb, db,
                                        QStringLiteral("--csv")} + kMarch);
    BOOST_TEST_REQUIRE(r.code == 0, r.err.toStdString());
    BOOST_TEST_INFO("output:\n" << r.out.toStdString());
    const std::vector<QStringList> records = csvRecords(r.out);
    BOOST_TEST_REQUIRE(records.size() == 82u);  // header + 1 total + 31 days + 6 weeks + 1 month + 24 hours + 18 answers
    BOOST_TEST(records[0].join(u',') == QStringLiteral("period_from,period_to,section,key,visits"));
    std::map<std::pair<QString, QString>, QString> value;
    for (size_t i = 1; i < records.size(); ++i) {
        BOOST_TEST_REQUIRE(records[i].size() == 5);
        BOOST_TEST(records[i][0] == QStringLiteral("2025-03-01"));
        BOOST_TEST(records[i][1] == QStringLiteral("2025-03-31"));
        value[{records[i][2], records[i][3]}] = records[i][4];
    }
    const auto cell = [&value](const char* section, const char* key) {
        return value[{QString::fromLatin1(section), QString::fromLatin1(key)}];
    };
    BOOST_TEST(cell("total", "all") == QStringLiteral("8"));
    BOOST_TEST(cell("day", "2025-03-03") == QStringLiteral("6"));
    BOOST_TEST(cell("day", "2025-03-04") == QStringLiteral("<5"));
    BOOST_TEST(cell("visitors", "returning") == QStringLiteral("0"));
    BOOST_TEST(cell("visitors", "new") == QStringLiteral("<5"));
    BOOST_TEST(cell("mood", "4") == QStringLiteral("6"));
    BOOST_TEST(cell("hour", "00") == QStringLiteral("0"));  // 1 April is outside
    BOOST_TEST(!r.out.contains(QStringLiteral("AK1")));  // no codes, ever
}

BOOST_AUTO_TEST_CASE(bad_command_lines_exit_64_and_a_missing_file_2) {
    TempDir dir;
    const QString db = dir.file(QStringLiteral("cafe.db"));
    writeCafe(db);
    const QStringList report = {QStringLiteral("report"), QStringLiteral("visits"), kDb, db};
    for (const char* bad : {"2025-13-01", "1.3.2025", "2025-02-30"}) {
        const Run r = aktivkafe(report + QStringList{QStringLiteral("--from"), QString::fromLatin1(bad)});
        BOOST_TEST(r.code == 64, bad);
        BOOST_TEST(r.err.contains(QStringLiteral("--from must be a date as YYYY-MM-DD")), r.err.toStdString());
        BOOST_TEST(r.out.isEmpty());
    }
    const Run badTo = aktivkafe(report + QStringList{QStringLiteral("--to"), QStringLiteral("31-03-2025")});
    BOOST_TEST(badTo.code == 64);
    BOOST_TEST(badTo.err.contains(QStringLiteral("--to")));
    const Run backwards = aktivkafe(report + QStringList{QStringLiteral("--from"), QStringLiteral("2025-03-02"),
                                                         QStringLiteral("--to"), QStringLiteral("2025-03-01")});
    BOOST_TEST(backwards.code == 64);
    BOOST_TEST(backwards.err.contains(QStringLiteral("after")));
    BOOST_TEST(aktivkafe({QStringLiteral("report"), QStringLiteral("visits")}).code == 64);  // no --db
    BOOST_TEST(aktivkafe(report + QStringList{QStringLiteral("extra")}).code == 64);
    const Run missing =
        aktivkafe({QStringLiteral("report"), QStringLiteral("visits"), kDb, dir.file(QStringLiteral("no.db"))});
    BOOST_TEST(missing.code == 2);
    BOOST_TEST(!QFile::exists(dir.file(QStringLiteral("no.db"))));
    // 'report cards' is still there.
    BOOST_TEST(aktivkafe({QStringLiteral("report"), QStringLiteral("cards"), kDb, db}).code == 0);
}

BOOST_AUTO_TEST_SUITE_END()
