// aktivkafe report day and journal export: the real binary (AK_CLI) on a café file with two
// business days in Oslo — Thursday 6 March 2025 closed with a Z, Friday 7 March still open.

#include "core/settings/CafeZone.h"
#include "tests/core/CliRun.h"
#include "tests/core/CsvRecords.h"
#include "tests/core/ShiftTestFixture.h"
#include "tests/support/TestSupport.h"

#include <boost/test/unit_test.hpp>

using namespace ak;
using namespace ak::test;

namespace {

const QString kDb = QStringLiteral("--db");
QTimeZone osloZone() { return QTimeZone(QByteArrayLiteral("Europe/Oslo")); }
// Amounts are printed with a no-break space after the currency ("NOK 60.00").
QString plain(QString s) { return s.replace(QChar(0x00A0), u' '); }
// Whether a line of `text` starts with `label` and ends with `value`.
bool hasLine(const QString& text, const QString& label, const QString& value) {
    for (const QString& line : plain(text).split(u'\n'))
        if (line.startsWith(label) && line.endsWith(value)) return true;
    return false;
}

// Thursday: a coffee for cash and a bun by card, counted exactly, Z 1. Friday: a sandwich in cash,
// the shift still open.
void writeCafe(const QString& path) {
    ShiftCafe c(path);
    requireOk(CafeZone::record(*c.db, osloZone()));
    c.clock.set(QDateTime(QDate(2025, 3, 6), QTime(9, 0), osloZone()));
    c.open(c.kari);
    c.sellForCash({{"coffee", 1}}, 5000);
    c.sellByCard(c.draft({{"bun", 1}}));
    c.clock.set(QDateTime(QDate(2025, 3, 6), QTime(17, 0), osloZone()));
    c.closeWith(c.cash({"", "1", "", "1", "", "5", "", "", ""}));  // 500 + 25 = 525 kr
    valueOrFail(c.days.z(kTill, c.mona, c.journal));
    c.clock.set(QDateTime(QDate(2025, 3, 7), QTime(9, 30), osloZone()));
    c.open(c.kari);
    c.sellForCash({{"sandwich", 1}}, 10000);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(cli_report_day)

BOOST_AUTO_TEST_CASE(a_closed_day_shows_its_stored_z_and_an_open_day_its_figures_so_far) {
    TempDir dir;
    const QString db = dir.file(QStringLiteral("cafe.sqlite"));
    writeCafe(db);

    const CliRun closed = runAktivkafe({QStringLiteral("report"), QStringLiteral("day"), kDb, db,
                                        QStringLiteral("--date"), QStringLiteral("2025-03-06")});
    BOOST_TEST_REQUIRE(closed.code == 0, closed.err.toStdString());
    BOOST_TEST(closed.out.startsWith(QStringLiteral("Z report 1\n")), closed.out.toStdString());
    BOOST_TEST(hasLine(closed.out, QStringLiteral("Sales receipts (2)"), QStringLiteral("NOK 60.00")), closed.out.toStdString());
    BOOST_TEST(hasLine(closed.out, QStringLiteral("Cash (1)"), QStringLiteral("NOK 25.00")), closed.out.toStdString());
    BOOST_TEST(hasLine(closed.out, QStringLiteral("Counted"), QStringLiteral("NOK 525.00")), closed.out.toStdString());
    BOOST_TEST(closed.out.contains(QStringLiteral("Opening float")));

    const CliRun open = runAktivkafe({QStringLiteral("report"), QStringLiteral("day"), kDb, db,
                                      QStringLiteral("--date"), QStringLiteral("2025-03-07"), QStringLiteral("--lang"),
                                      QStringLiteral("nb")});
    BOOST_TEST_REQUIRE(open.code == 0, open.err.toStdString());
    BOOST_TEST(open.out.startsWith(QStringLiteral("X-rapport\n")), open.out.toStdString());
    BOOST_TEST(open.out.contains(QStringLiteral("Salgskvitteringer (1)")), open.out.toStdString());

    const CliRun csv = runAktivkafe({QStringLiteral("report"), QStringLiteral("day"), kDb, db, QStringLiteral("--date"),
                                     QStringLiteral("2025-03-06"), QStringLiteral("--csv")});
    BOOST_TEST_REQUIRE(csv.code == 0, csv.err.toStdString());
    const auto rows = csvRecords(plain(csv.out));
    BOOST_TEST_REQUIRE(rows.size() > 10u);
    BOOST_TEST((rows[0] == QStringList{QStringLiteral("register"), QStringLiteral("business_day"), QStringLiteral("z_number"), QStringLiteral("section"), QStringLiteral("item"), QStringLiteral("value")}));
    bool receipts = false;
    for (const QStringList& r : rows)
        if (r.value(4) == QStringLiteral("Sales receipts (2)")) receipts = r == QStringList{QStringLiteral("till-1"), QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("Sales"), QStringLiteral("Sales receipts (2)"), QStringLiteral("NOK 60.00")};
    BOOST_TEST(receipts, csv.out.toStdString());

    // Nothing opened that day, another register, a bad date.
    const CliRun none = runAktivkafe({QStringLiteral("report"), QStringLiteral("day"), kDb, db,
                                      QStringLiteral("--date"), QStringLiteral("2025-03-05")});
    BOOST_TEST(none.code == 1);
    BOOST_TEST(none.err.contains(QStringLiteral("no business day opened on 2025-03-05")), none.err.toStdString());
    const CliRun other = runAktivkafe({QStringLiteral("report"), QStringLiteral("day"), kDb, db, QStringLiteral("--date"),
                                       QStringLiteral("2025-03-06"), QStringLiteral("--register"), QStringLiteral("till-9")});
    BOOST_TEST(other.code == 1);
    const CliRun bad = runAktivkafe({QStringLiteral("report"), QStringLiteral("day"), kDb, db, QStringLiteral("--date"),
                                     QStringLiteral("6.3.2025")});
    BOOST_TEST(bad.code == 64);
    BOOST_TEST(bad.err.contains(QStringLiteral("YYYY-MM-DD")), bad.err.toStdString());
}

BOOST_AUTO_TEST_CASE(the_journal_of_a_period_as_csv_with_saft_event_codes) {
    TempDir dir;
    const QString db = dir.file(QStringLiteral("cafe.sqlite"));
    writeCafe(db);
    const CliRun thursday = runAktivkafe({QStringLiteral("journal"), QStringLiteral("export"), kDb, db,
                                          QStringLiteral("--from"), QStringLiteral("2025-03-06"), QStringLiteral("--to"),
                                          QStringLiteral("2025-03-06")});
    BOOST_TEST_REQUIRE(thursday.code == 0, thursday.err.toStdString());
    const auto rows = csvRecords(thursday.out);
    BOOST_TEST_REQUIRE(rows.size() > 3u);
    BOOST_TEST((rows[0] == QStringList{QStringLiteral("seq"), QStringLiteral("at_utc"), QStringLiteral("local_time"), QStringLiteral("register"), QStringLiteral("actor"), QStringLiteral("kind"), QStringLiteral("saft_event"), QStringLiteral("payload"), QStringLiteral("hash")}));
    int sales = 0, z = 0;
    for (size_t i = 1; i < rows.size(); ++i) {
        BOOST_TEST(rows[i].value(2).startsWith(QStringLiteral("2025-03-06 ")), rows[i].join(u',').toStdString());
        if (rows[i].value(5) == QStringLiteral("sale")) sales += rows[i].value(6) == QStringLiteral("13012");
        if (rows[i].value(5) == QStringLiteral("z_report")) z += rows[i].value(6) == QStringLiteral("13009");
    }
    BOOST_TEST(sales == 2);  // Friday's sandwich is not in Thursday's journal
    BOOST_TEST(z == 1);
}

BOOST_AUTO_TEST_SUITE_END()
