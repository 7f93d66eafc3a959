// The report for funders on the seeded March (FunderTestFixture.h): exact figures, every 1–4 shown as
// "<5", ":" where a "<5" could be worked back — checked by the independent reader of DisclosureCheck.h
// over sums this test builds from the keys — and the same shown values in the CSV and the document.

#include "core/reports/FunderReport.h"
#include "core/util/SmallCounts.h"
#include "tests/core/CsvRecords.h"
#include "tests/core/DisclosureCheck.h"
#include "tests/core/FunderTestFixture.h"

#include <boost/test/unit_test.hpp>

#include <map>

using namespace ak;
using namespace ak::test;

namespace {

const QString kSmall = QStringLiteral("<5");
const QString kWithheld = QStringLiteral(":");
const QStringList kActivitySections = {
    QStringLiteral("activities_held"),   QStringLiteral("activities_cancelled"), QStringLiteral("signups"),
    QStringLiteral("signups_withdrawn"), QStringLiteral("signups_attended"),     QStringLiteral("signups_no_show"),
    QStringLiteral("signups_waitlisted"), QStringLiteral("signups_promoted")};

FunderReport march(FunderCafe& cafe) {
    auto r = FunderReport::build(*cafe.db, QDate(2025, 3, 1), QDate(2025, 3, 31), osloZone(), cafe.clock);
    BOOST_TEST_REQUIRE(r.ok(), whyNot(r));
    return r.value();
}

const FunderRow& row(const FunderReport& report, const QString& section, const QString& key) {
    for (const FunderSection& s : report.sections())
        for (const FunderRow& r : s.rows)
            if (s.id == section && r.key == key) return r;
    BOOST_FAIL("no row " << key << " in " << section);
    static const FunderRow none;
    return none;
}
int count(const FunderReport& report, const char* section, const QString& key) {
    return row(report, QString::fromLatin1(section), key).count;
}

// Every row as one flat list, and the sums a reader can set up from the keys alone.
struct Flat {
    std::vector<QString> shown;
    std::vector<int> counts;
    std::vector<QString> names;
    std::map<std::pair<QString, QString>, std::size_t> index;
    std::vector<Sum> sums;

    explicit Flat(const FunderReport& report) {
        for (const FunderSection& s : report.sections())
            for (const FunderRow& r : s.rows) {
                index[{s.id, r.key}] = shown.size();
                shown.push_back(r.shown);
                counts.push_back(r.count);
                names.push_back(s.id + u'/' + r.key);
            }
        const std::size_t all = at("total", QStringLiteral("all"));
        std::map<QString, Sum> weeks, months;
        for (const char* breakdown : {"day", "week", "month", "hour", "visitors", "first_visit", "reason", "mood"})
            sums.push_back({all, partsOf(QString::fromLatin1(breakdown)), false});
        for (const auto& [key, i] : index) {
            if (key.first != QStringLiteral("day")) continue;
            const QDate day = QDate::fromString(key.second, Qt::ISODate);
            int year = 0;
            const int week = day.weekNumber(&year);
            const QString w = QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
            weeks[w].total = at("week", w);
            weeks[w].parts.push_back(i);
            const QString m = day.toString(QStringLiteral("yyyy-MM"));
            months[m].total = at("month", m);
            months[m].parts.push_back(i);
        }
        for (const auto& [k, s] : weeks) sums.push_back(s);
        for (const auto& [k, s] : months) sums.push_back(s);
        for (const QString& section : kActivitySections) {
            std::vector<std::size_t> titles;
            for (const auto& [key, i] : index)
                if (key.first == section && key.second != QStringLiteral("total")) titles.push_back(i);
            sums.push_back({at(section.toLatin1().constData(), QStringLiteral("total")), titles, false});
        }
        for (const auto& [key, i] : index) {
            if (key.first != QStringLiteral("signups")) continue;
            const QString& t = key.second;
            const std::vector<std::size_t> outcomes{at("signups_withdrawn", t), at("signups_attended", t),
                                                    at("signups_no_show", t)};
            sums.push_back({i, outcomes, true});
            sums.push_back({at("signups_waitlisted", t), {at("signups_promoted", t)}, true});
        }
    }
    std::size_t at(const char* section, const QString& key) const {
        const auto it = index.find({QString::fromLatin1(section), key});
        BOOST_TEST_REQUIRE((it != index.end()), section << "/" << key);
        return it->second;
    }
    std::vector<std::size_t> partsOf(const QString& section) const {
        std::vector<std::size_t> parts;
        for (const auto& [key, i] : index)
            if (key.first == section) parts.push_back(i);
        return parts;
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(funder_report)

BOOST_AUTO_TEST_CASE(exact_figures_of_the_month) {
    FunderCafe cafe;
    const FunderReport r = march(cafe);
    BOOST_TEST(count(r, "total", QStringLiteral("all")) == 30);  // 1 April is outside
    BOOST_TEST(count(r, "day", QStringLiteral("2025-03-03")) == 6);
    BOOST_TEST(count(r, "day", QStringLiteral("2025-03-04")) == 2);
    BOOST_TEST(count(r, "day", QStringLiteral("2025-03-11")) == 1);
    BOOST_TEST(count(r, "day", QStringLiteral("2025-03-31")) == 0);
    BOOST_TEST(count(r, "week", QStringLiteral("2025-W10")) == 15);
    BOOST_TEST(count(r, "week", QStringLiteral("2025-W11")) == 6);
    BOOST_TEST(count(r, "week", QStringLiteral("2025-W09")) == 0);  // Saturday 1 and Sunday 2 March
    BOOST_TEST(count(r, "month", QStringLiteral("2025-03")) == 30);
    BOOST_TEST(count(r, "hour", QStringLiteral("12")) == 16);
    BOOST_TEST(count(r, "hour", QStringLiteral("14")) == 1);
    BOOST_TEST(count(r, "visitors", QStringLiteral("new")) == 2);
    BOOST_TEST(count(r, "visitors", QStringLiteral("returning")) == 1);
    BOOST_TEST(count(r, "visitors", QStringLiteral("unknown")) == 27);
    BOOST_TEST(count(r, "first_visit", QStringLiteral("yes")) == 2);
    BOOST_TEST(count(r, "first_visit", QStringLiteral("no")) == 6);
    BOOST_TEST(count(r, "reason", QStringLiteral("company")) == 1);
    BOOST_TEST(count(r, "reason", QStringLiteral("talk")) == 7);
    BOOST_TEST(count(r, "mood", QStringLiteral("4")) == 6);
    BOOST_TEST(count(r, "mood", QStringLiteral("unanswered")) == 24);

    const QString matklubb = QStringLiteral("Matklubb");
    const QString tur = QStringLiteral("Tur, \"lang\"");
    BOOST_TEST(count(r, "activities_held", matklubb) == 2);
    BOOST_TEST(count(r, "activities_held", QStringLiteral("Kino")) == 0);  // on the 25th: not yet
    BOOST_TEST(count(r, "activities_held", QStringLiteral("total")) == 4);
    BOOST_TEST(count(r, "activities_cancelled", QStringLiteral("Bingo")) == 1);
    BOOST_TEST(count(r, "signups", matklubb) == 9);
    BOOST_TEST(count(r, "signups", QStringLiteral("total")) == 17);
    BOOST_TEST(count(r, "signups_withdrawn", matklubb) == 1);
    BOOST_TEST(count(r, "signups_attended", tur) == 6);
    BOOST_TEST(count(r, "signups_attended", QStringLiteral("total")) == 13);
    BOOST_TEST(count(r, "signups_no_show", matklubb) == 2);
    BOOST_TEST(count(r, "signups_waitlisted", matklubb) == 2);
    BOOST_TEST(count(r, "signups_promoted", matklubb) == 1);
    BOOST_TEST(row(r, QStringLiteral("signups"), QStringLiteral("total")).total);
    BOOST_TEST(r.asOf() == FunderCafe::oslo(3, 20, 12).toUTC());
}

BOOST_AUTO_TEST_CASE(at_the_till_only_a_manager_gets_the_figures) {
    FunderCafe cafe;
    const auto period = [&](const StaffMember& who) {
        return FunderReport::buildFor(who, *cafe.db, QDate(2025, 3, 1), QDate(2025, 3, 31), osloZone(), cafe.clock,
                                      FunderReport::defaultLocale());
    };
    const auto volunteer = period(cafe.ola);
    BOOST_TEST_REQUIRE(!volunteer.ok());
    BOOST_TEST((volunteer.error().code == ErrorCode::Permission));
    BOOST_TEST(period(cafe.kari).ok());
    // A manager's session is not enough once she is no longer a manager: the role is read again.
    StaffMember stale = cafe.ola;
    stale.role = StaffRole::Manager;
    BOOST_TEST(!period(stale).ok());
}

BOOST_AUTO_TEST_CASE(small_counts_are_less_than_five_and_withheld_ones_five_or_more) {
    FunderCafe cafe;
    const FunderReport r = march(cafe);
    int small = 0, withheld = 0;
    for (const FunderSection& s : r.sections())
        for (const FunderRow& row : s.rows) {
            BOOST_TEST_INFO(s.id << "/" << row.key << " = " << row.count << " shown " << row.shown);
            if (row.count >= 1 && row.count <= 4) {
                BOOST_TEST(row.shown == kSmall);
                ++small;
            } else if (row.shown == kWithheld) {
                BOOST_TEST(row.count >= 5);
                ++withheld;
            } else {
                BOOST_TEST(row.shown == QString::number(row.count));
            }
        }
    BOOST_TEST(small > 10);
    BOOST_TEST(withheld > 0);
    // The headline figure and the lone small day's neighbour (the smaller of its week's other days).
    BOOST_TEST(row(r, QStringLiteral("total"), QStringLiteral("all")).shown == QStringLiteral("30"));
    BOOST_TEST(row(r, QStringLiteral("day"), QStringLiteral("2025-03-03")).shown == kWithheld);
    BOOST_TEST(row(r, QStringLiteral("day"), QStringLiteral("2025-03-05")).shown == QStringLiteral("7"));
}

BOOST_AUTO_TEST_CASE(no_small_count_can_be_worked_back_in_any_breakdown) {
    FunderCafe cafe;
    const Flat flat(march(cafe));
    for (const std::string& d : disclosures(flat.shown, flat.sums, flat.names)) BOOST_ERROR(d);
    // The sums are the ones that matter: with "<5" alone the same reader finds plenty.
    std::vector<QString> primaryOnly;
    for (int c : flat.counts) primaryOnly.push_back(shownCount(c));
    BOOST_TEST(disclosures(primaryOnly, flat.sums, flat.names).size() >= 5u);
}

BOOST_AUTO_TEST_CASE(csv_has_the_shown_values_quoted_as_rfc_4180) {
    FunderCafe cafe;
    FunderReport r = march(cafe);
    const QString csv = r.toCsv();
    BOOST_TEST_INFO("csv:\n" << csv);
    // The title with a comma and quotes, as key and as label: quoted, quotes doubled.
    const QString tur = QStringLiteral("Tur, \"lang\"");
    BOOST_TEST(csv.contains(QStringLiteral("\r\nsignups,\"Tur, \"\"lang\"\"\",\"Tur, \"\"lang\"\"\",") +
                            row(r, QStringLiteral("signups"), tur).shown + QStringLiteral("\r\n")));
    const std::vector<QStringList> records = csvRecords(csv);
    BOOST_TEST_REQUIRE(!records.empty());
    BOOST_TEST(records[0].join(u',') == QStringLiteral("section,key,label,count"));
    std::size_t rows = 0;
    for (const FunderSection& s : r.sections()) rows += s.rows.size();
    BOOST_TEST_REQUIRE(records.size() == 1 + rows + 4);  // header, rows, four notes
    std::size_t i = 1;
    for (const FunderSection& s : r.sections())
        for (const FunderRow& row : s.rows) {
            const QStringList& rec = records[i++];
            BOOST_TEST_REQUIRE(rec.size() == 4);
            BOOST_TEST(rec[0] == s.id);
            BOOST_TEST(rec[1] == row.key);
            BOOST_TEST(rec[2] == row.label);
            BOOST_TEST(rec[3] == row.shown);
            if (row.count >= 1 && row.count <= 4) BOOST_TEST(rec[3] == kSmall);
        }
    BOOST_TEST(records[i][0] == QStringLiteral("note"));
    BOOST_TEST(records[i][1] == kSmall);
    BOOST_TEST(records[i + 1][1] == kWithheld);
    BOOST_TEST(records[i + 1][2].contains(QStringLiteral("5 or more")));
    BOOST_TEST(records[i + 1][3].isEmpty());
}

BOOST_AUTO_TEST_CASE(document_bars_follow_the_shown_values_only) {
    FunderCafe cafe;
    FunderReport r = march(cafe);
    r.setCafeName(QStringLiteral("Aktivkafé Lyspunkt"));
    const dev::ReportDocument doc = r.toDocument();
    BOOST_TEST(doc.title == QStringLiteral("Report for funders"));
    BOOST_TEST(doc.cafeName == QStringLiteral("Aktivkafé Lyspunkt"));
    BOOST_TEST(doc.period == QStringLiteral("1 March 2025 – 31 March 2025"));
    BOOST_TEST_REQUIRE(doc.sections.size() == r.sections().size());
    for (std::size_t s = 0; s < doc.sections.size(); ++s) {
        const FunderSection& section = r.sections()[s];
        const bool bars = section.id == QStringLiteral("day") || section.id == QStringLiteral("week") ||
                          section.id == QStringLiteral("hour") || kActivitySections.contains(section.id);
        BOOST_TEST((doc.sections[s].chart == (bars ? dev::ReportChart::Bars : dev::ReportChart::None)), section.id);
        BOOST_TEST(doc.sections[s].heading == section.heading);
        BOOST_TEST_REQUIRE(doc.sections[s].rows.size() == section.rows.size());
        for (std::size_t i = 0; i < section.rows.size(); ++i) {
            const dev::ReportRow& d = doc.sections[s].rows[i];
            const FunderRow& f = section.rows[i];
            BOOST_TEST(d.shown == f.shown);
            BOOST_TEST(d.label == f.label);
            BOOST_TEST(d.total == f.total);
            const bool hidden = f.shown == kSmall || f.shown == kWithheld;
            BOOST_TEST((d.value == (hidden ? std::nullopt : std::optional<int>(f.count))), section.id << "/" << f.key);
        }
    }
    BOOST_TEST_REQUIRE(doc.footnotes.size() == 4);
    BOOST_TEST(doc.footnotes[0].startsWith(QStringLiteral("“<5”")));
    BOOST_TEST(doc.footnotes[1].startsWith(QStringLiteral("“:”")));
}

BOOST_AUTO_TEST_CASE(labels_follow_the_locale_and_bad_periods_are_refused) {
    FunderCafe cafe;
    auto nb = FunderReport::build(*cafe.db, QDate(2025, 3, 1), QDate(2025, 3, 31), osloZone(), cafe.clock,
                                  QLocale(QLocale::NorwegianBokmal, QLocale::Norway));
    BOOST_TEST_REQUIRE(nb.ok(), whyNot(nb));
    BOOST_TEST(row(nb.value(), QStringLiteral("month"), QStringLiteral("2025-03")).label ==
               QStringLiteral("mars 2025"));
    BOOST_TEST(nb->period().contains(QStringLiteral("mars")));
    auto backwards = FunderReport::build(*cafe.db, QDate(2025, 3, 2), QDate(2025, 3, 1), osloZone(), cafe.clock);
    BOOST_TEST_REQUIRE(!backwards.ok());
    BOOST_TEST((backwards.error().code == ErrorCode::InvalidInput));
}

BOOST_AUTO_TEST_SUITE_END()
