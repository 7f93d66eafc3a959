// aktivkafe report cards: the real binary (AK_CLI) on a café file written through the card
// repositories, in Oslo time (TZ), as a table for the manager and as CSV for funders.

#include "tests/core/CardTestFixture.h"
#include "tests/core/CsvRecords.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>

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

Run aktivkafe(const QStringList& args) {
    const QString program = qEnvironmentVariable("AK_CLI");
    BOOST_TEST_REQUIRE(!program.isEmpty(), "AK_CLI must name the aktivkafe binary");
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TZ"), QStringLiteral("Europe/Oslo"));  // the café's days
    p.setProcessEnvironment(env);
    p.start(program, args);
    BOOST_TEST_REQUIRE(p.waitForFinished(60'000));
    BOOST_TEST_REQUIRE((p.exitStatus() == QProcess::NormalExit));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

// March 2025 in a café file: 6 punch cards sold, 7 cups from them at the kiosk and 2 at the till,
// 2 free cards handed out (a type name with a comma, for the CSV). Punch cards never expire, so
// they are still outstanding whenever the test runs; the free cards ran out in March 2026.
void writeCafe(const QString& path) {
    CardCafe cafe(path);
    const CardType punch = cafe.addType(CardKind::Punch, "Klippekort 10", 10);
    const CardType free = cafe.addType(CardKind::Free, "Kaffe, i forløpet", 20, 365, "Likeperson");
    std::vector<IssuedCard> sold;
    for (int i = 0; i < 6; ++i) sold.push_back(cafe.issue(punch, {.saleId = 100 + i}));
    cafe.issue(free);
    cafe.issue(free);
    for (int i = 0; i < 9; ++i) {
        cafe.clock.advanceSeconds(60);
        const RedeemPlace place = i < 7 ? CardCafe::kiosk() : RedeemPlace::till(cafe.ola);
        BOOST_TEST_REQUIRE(cafe.redeemAt(sold[size_t(i % 6)], place).ok());
    }
}

const QString kDb = QStringLiteral("--db");
const QStringList kMarch = {QStringLiteral("--from"), QStringLiteral("2025-03-01"), QStringLiteral("--to"),
                            QStringLiteral("2025-03-31")};

QStringList cells(const QString& line) {
    return line.trimmed().split(QRegularExpression(QStringLiteral(" {2,}")));
}

// The table line of a type: its cells, split where the columns are (two spaces or more).
QStringList tableRow(const QString& out, const QString& type) {
    for (const QString& line : out.split(u'\n'))
        if (line.startsWith(type + QStringLiteral("  "))) return cells(line);
    BOOST_FAIL("no table line for " << type.toStdString() << " in:\n" << out.toStdString());
    return {};
}

}  // namespace

BOOST_AUTO_TEST_SUITE(cli_report)

BOOST_AUTO_TEST_CASE(table_shows_the_months_figures_and_leaves_the_file_as_found) {
    TempDir dir;
    const QString db = dir.file(QStringLiteral("cafe.db"));
    writeCafe(db);
    const QByteArray before = readFile(db);

    const Run r = aktivkafe(QStringList{QStringLiteral("report"), QStringLiteral("cards"), kDb, db} + kMarch);
    BOOST_TEST_REQUIRE(r.code == 0, r.err.toStdString());
    BOOST_TEST_INFO("output:\n" << r.out.toStdString());
    BOOST_TEST(r.out.startsWith(QStringLiteral("Coffee cards, 2025-03-01 to 2025-03-31")));
    // Type, programme, kind, handed out, sold, unsold, kiosk, till, active, cups left, unlimited.
    BOOST_TEST(tableRow(r.out, QStringLiteral("Klippekort 10")) ==
               (QStringList{QStringLiteral("Klippekort 10"), QStringLiteral("-"), QStringLiteral("punch card"),
                            QStringLiteral("-"), QStringLiteral("6"), QStringLiteral("0"), QStringLiteral("7"),
                            QStringLiteral("2"), QStringLiteral("6"), QStringLiteral("51"), QStringLiteral("0")}));
    BOOST_TEST(tableRow(r.out, QStringLiteral("Kaffe, i forløpet")) ==
               (QStringList{QStringLiteral("Kaffe, i forløpet"), QStringLiteral("Likeperson"), QStringLiteral("free card"),
                            QStringLiteral("2"), QStringLiteral("-"), QStringLiteral("-"), QStringLiteral("0"),
                            QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0")}));
    BOOST_TEST(r.out.contains(QStringLiteral("Give-away budgets, March 2025")));
    BOOST_TEST(tableRow(r.out, QStringLiteral("Likeperson")) ==
               (QStringList{QStringLiteral("Likeperson"), QStringLiteral("no budget"), QStringLiteral("0"),
                            QStringLiteral("-")}));
    BOOST_TEST(readFile(db) == before);

    // February: nothing happened, and the punch cards are still outstanding.
    const Run feb = aktivkafe({QStringLiteral("report"), QStringLiteral("cards"), kDb, db, QStringLiteral("--from"),
                               QStringLiteral("2025-02-01"), QStringLiteral("--to"), QStringLiteral("2025-02-28")});
    BOOST_TEST_REQUIRE(feb.code == 0, feb.err.toStdString());
    const QStringList punch = tableRow(feb.out, QStringLiteral("Klippekort 10"));
    BOOST_TEST(punch.mid(4) == (QStringList{QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0"),
                                            QStringLiteral("0"), QStringLiteral("6"), QStringLiteral("51"),
                                            QStringLiteral("0")}));
}

BOOST_AUTO_TEST_CASE(csv_for_funders_parses_and_suppresses_small_counts) {
    TempDir dir;
    const QString db = dir.file(QStringLiteral("cafe.db"));
    writeCafe(db);
    const Run r = aktivkafe(QStringList{QStringLiteral("report"), QStringLiteral("cards"), kDb, db,
                                        QStringLiteral("--csv")} + kMarch);
    BOOST_TEST_REQUIRE(r.code == 0, r.err.toStdString());
    BOOST_TEST_INFO("output:\n" << r.out.toStdString());
    const std::vector<QStringList> records = csvRecords(r.out);
    BOOST_TEST_REQUIRE(records.size() == 3u);
    const QStringList header = records[0];
    BOOST_TEST(header.join(u',') ==
               QStringLiteral("period_from,period_to,type,kind,programme,handed_out,sold,issued_without_sale,"
                              "redeemed_kiosk,redeemed_till,active_cards,cups_left,active_unlimited"));
    std::map<QString, std::map<QString, QString>> byType;
    for (size_t i = 1; i < records.size(); ++i) {
        BOOST_TEST_REQUIRE(records[i].size() == header.size());
        for (qsizetype c = 0; c < header.size(); ++c) byType[records[i][2]][header[c]] = records[i][c];
    }
    auto& punch = byType[QStringLiteral("Klippekort 10")];
    BOOST_TEST(punch[QStringLiteral("period_from")] == QStringLiteral("2025-03-01"));
    BOOST_TEST(punch[QStringLiteral("kind")] == QStringLiteral("punch"));
    BOOST_TEST(punch[QStringLiteral("sold")] == QStringLiteral("6"));
    BOOST_TEST(punch[QStringLiteral("redeemed_kiosk")] == QStringLiteral("7"));
    BOOST_TEST(punch[QStringLiteral("redeemed_till")] == QStringLiteral("<5"));  // 2: suppressed
    BOOST_TEST(punch[QStringLiteral("active_cards")] == QStringLiteral("6"));
    BOOST_TEST(punch[QStringLiteral("cups_left")] == QStringLiteral("51"));
    auto& free = byType[QStringLiteral("Kaffe, i forløpet")];  // quoted in the file
    BOOST_TEST(free[QStringLiteral("programme")] == QStringLiteral("Likeperson"));
    BOOST_TEST(free[QStringLiteral("handed_out")] == QStringLiteral("<5"));  // 2: suppressed
    BOOST_TEST(free[QStringLiteral("active_cards")] == QStringLiteral("0"));
    BOOST_TEST(!r.out.contains(QStringLiteral("AK1")));  // no codes, ever
}

BOOST_AUTO_TEST_CASE(default_period_is_this_month_so_far) {
    TempDir dir;
    const QString db = dir.file(QStringLiteral("cafe.db"));
    writeCafe(db);
    const Run r = aktivkafe({QStringLiteral("report"), QStringLiteral("cards"), kDb, db});
    BOOST_TEST_REQUIRE(r.code == 0, r.err.toStdString());
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(osloZone()).date();
    const QString period = QStringLiteral("Coffee cards, %1 to %2")
                               .arg(QDate(today.year(), today.month(), 1).toString(Qt::ISODate),
                                    today.toString(Qt::ISODate));
    BOOST_TEST(r.out.startsWith(period), r.out.toStdString());
}

BOOST_AUTO_TEST_CASE(bad_dates_exit_64_and_a_missing_file_2) {
    TempDir dir;
    const QString db = dir.file(QStringLiteral("cafe.db"));
    writeCafe(db);
    const QStringList report = {QStringLiteral("report"), QStringLiteral("cards"), kDb, db};
    for (const char* bad : {"2025-13-01", "1.3.2025", "yesterday", "2025-02-30"}) {
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
    const Run noWord = aktivkafe({QStringLiteral("report"), kDb, db});
    BOOST_TEST(noWord.code == 64);
    const Run missing = aktivkafe({QStringLiteral("report"), QStringLiteral("cards"), kDb, dir.file(QStringLiteral("no.db"))});
    BOOST_TEST(missing.code == 2);
    BOOST_TEST(!QFile::exists(dir.file(QStringLiteral("no.db"))));
}

BOOST_AUTO_TEST_SUITE_END()
