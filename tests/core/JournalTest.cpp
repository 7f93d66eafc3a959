#include "core/journal/Journal.h"
#include "core/journal/JournalEncoding.h"
#include "tests/core/CoreFixtures.h"
#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSet>
#include <QJsonObject>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <functional>

using namespace ak;
using namespace ak::test;

namespace {

const QDateTime kStart(QDate(2025, 3, 6), QTime(9, 15, 2, 120), Qt::UTC);

// A file database with five journal rows written in five transactions.
struct JournalFile {
    TempDir dir;
    QString path = dir.file(QStringLiteral("cafe.db"));
    ManualClock clock{kStart};
    std::unique_ptr<Database> db = openOrFail(path);
    Journal journal{*db, clock, QStringLiteral("till-1")};

    explicit JournalFile(int rows = 5) {
        for (int i = 1; i <= rows; ++i) append(JournalKind::Sale, QJsonObject{{QStringLiteral("n"), i}});
    }
    JournalEntry append(JournalKind kind, const QJsonObject& payload) {
        JournalEntry out;
        auto r = db->write([&]() -> Result<void> {
            auto e = journal.append(Journal::staffActor(7), kind, payload);
            if (!e) return e.error();
            out = e.value();
            return {};
        });
        BOOST_TEST_REQUIRE(r.ok(), (r.ok() ? QString() : r.error().message).toStdString());
        clock.advanceSeconds(61);
        return out;
    }
    JournalCheck verify() {
        auto r = journal.verify();
        BOOST_TEST_REQUIRE(r.ok());
        return r.value();
    }
    JournalEntry row(qint64 seq) {
        auto rows = journal.entries(seq - 1, 1);
        BOOST_TEST_REQUIRE(rows.ok());
        BOOST_TEST_REQUIRE(rows->size() == 1u);
        return rows->front();
    }
};

QByteArray field(const QByteArray& utf8) {
    QByteArray out(4, '\0');
    const quint32 n = quint32(utf8.size());
    out[0] = char(n >> 24);
    out[1] = char(n >> 16);
    out[2] = char(n >> 8);
    out[3] = char(n);
    return out + utf8;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(journal_chain)

BOOST_AUTO_TEST_CASE(a_clean_chain_verifies) {
    JournalFile f;
    const JournalCheck c = f.verify();
    BOOST_TEST(c.ok(), c.reason.toStdString());
    BOOST_TEST(c.entries == 5);
    BOOST_TEST(c.badSeq == 0);
}

BOOST_AUTO_TEST_CASE(an_empty_journal_verifies) {
    JournalFile f(0);
    BOOST_TEST(f.verify().ok());
    BOOST_TEST(f.verify().entries == 0);
}

BOOST_AUTO_TEST_CASE(rows_carry_time_register_actor_and_sorted_compact_json) {
    JournalFile f(0);
    const JournalEntry e = f.append(JournalKind::TestPrint,
                                    QJsonObject{{QStringLiteral("zeta"), 1}, {QStringLiteral("alpha"), QStringLiteral("å")}});
    BOOST_TEST(e.seq == 1);
    BOOST_TEST(e.at == QStringLiteral("2025-03-06T09:15:02.120Z"));
    BOOST_TEST(e.registerId == QStringLiteral("till-1"));
    BOOST_TEST(e.actor == QStringLiteral("staff:7"));
    BOOST_TEST(e.payload == QStringLiteral("{\"alpha\":\"å\",\"zeta\":1}"));
    BOOST_TEST(e.prevHash == QString(64, u'0'));
    const JournalEntry second = f.append(JournalKind::Login, {});
    BOOST_TEST(second.prevHash == e.hash);
    BOOST_TEST(second.payload == QStringLiteral("{}"));
    BOOST_TEST(f.row(1).hash == e.hash);
}

BOOST_AUTO_TEST_CASE(the_hash_is_the_documented_encoding) {
    JournalFile f(0);
    const JournalEntry e = f.append(JournalKind::Sale, QJsonObject{{QStringLiteral("total"), 500}});
    // Built here from the description in JournalEncoding.h, not from the implementation.
    const QByteArray bytes = field("aktivkafe-journal-v1") + field(QByteArray(64, '0')) + field("1") +
                             field("2025-03-06T09:15:02.120Z") + field("till-1") + field("staff:7") + field("sale") +
                             field("{\"total\":500}");
    BOOST_TEST(e.hash == QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    // The length prefixes keep "ab"+"c" and "a"+"bc" apart.
    JournalEntry a = e, b = e;
    a.actor = QStringLiteral("ab");
    a.kind = QStringLiteral("c");
    b.actor = QStringLiteral("a");
    b.kind = QStringLiteral("bc");
    BOOST_TEST(journal::computeHash(a) != journal::computeHash(b));
}

BOOST_AUTO_TEST_CASE(append_outside_a_write_is_refused) {
    JournalFile f(0);
    auto r = f.journal.append(Journal::systemActor(), JournalKind::Sale);
    BOOST_TEST_REQUIRE(!r.ok());
    BOOST_TEST((r.error().code == ErrorCode::InvalidInput));
}

BOOST_AUTO_TEST_CASE(a_rolled_back_write_leaves_no_journal_row) {
    JournalFile f(2);
    auto r = f.db->write([&]() -> Result<void> {
        if (auto e = f.journal.append(Journal::kioskActor(), JournalKind::CardRedeemed); !e) return e.error();
        return Result<void>::fail(ErrorCode::Conflict, QStringLiteral("card already used"));
    });
    BOOST_TEST(!r.ok());
    BOOST_TEST(f.verify().ok());
    BOOST_TEST(f.verify().entries == 2);
    BOOST_TEST(f.append(JournalKind::Sale, {}).seq == 3);
}

BOOST_AUTO_TEST_CASE(the_database_refuses_updates_and_deletes) {
    JournalFile f(3);
    auto write = [&](const QString& statement) {
        return f.db->write([&]() -> Result<void> {
            if (auto q = f.db->query(statement); !q) return q.error();
            return {};
        });
    };
    BOOST_TEST(!write(QStringLiteral("UPDATE journal SET payload = '{}' WHERE seq = 2")).ok());
    BOOST_TEST(!write(QStringLiteral("DELETE FROM journal WHERE seq = 3")).ok());
    BOOST_TEST(!write(QStringLiteral("DELETE FROM journal_head")).ok());
    BOOST_TEST(!write(QStringLiteral("UPDATE journal_head SET seq = 1")).ok());
    BOOST_TEST(!write(QStringLiteral("INSERT INTO journal VALUES (9, 'x', 'x', 'x', 'x', '{}', 'x', 'x')")).ok());
    BOOST_TEST(f.verify().ok());
    BOOST_TEST(f.verify().entries == 3);
}

// Tampering through a second, raw connection, the way someone with the file would do it.
struct TamperCase {
    const char* name;
    std::function<void(RawConnection&, JournalFile&)> tamper;
    JournalCheck::Problem problem;
    qint64 badSeq;
    qint64 entries;
};
std::ostream& operator<<(std::ostream& os, const TamperCase& c) { return os << c.name; }

void insertRow(RawConnection& raw, const JournalEntry& e) {
    raw.exec(QStringLiteral("INSERT INTO journal VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
             {e.seq, e.at, e.registerId, e.actor, e.kind, e.payload, e.prevHash, e.hash});
}

const TamperCase kTampering[] = {
    {"changed payload",
     [](RawConnection& raw, JournalFile&) {
         raw.exec(QStringLiteral("UPDATE journal SET payload = '{\"n\":300}' WHERE seq = 3"));
     },
     JournalCheck::Problem::Changed, 3, 5},
    {"changed time of the first row",
     [](RawConnection& raw, JournalFile&) {
         raw.exec(QStringLiteral("UPDATE journal SET at = '2025-03-05T09:15:02.120Z' WHERE seq = 1"));
     },
     JournalCheck::Problem::Changed, 1, 5},
    {"changed last row",
     [](RawConnection& raw, JournalFile&) { raw.exec(QStringLiteral("UPDATE journal SET actor = 'kiosk' WHERE seq = 5")); },
     JournalCheck::Problem::Changed, 5, 5},
    {"deleted middle row",
     [](RawConnection& raw, JournalFile&) { raw.exec(QStringLiteral("DELETE FROM journal WHERE seq = 3")); },
     JournalCheck::Problem::Missing, 3, 4},
    {"deleted first row",
     [](RawConnection& raw, JournalFile&) { raw.exec(QStringLiteral("DELETE FROM journal WHERE seq = 1")); },
     JournalCheck::Problem::Missing, 1, 4},
    {"deleted last row",
     [](RawConnection& raw, JournalFile&) { raw.exec(QStringLiteral("DELETE FROM journal WHERE seq = 5")); },
     JournalCheck::Problem::Truncated, 5, 4},
    {"deleted last two rows and rewound the head to a stale value",
     [](RawConnection& raw, JournalFile& f) {
         raw.exec(QStringLiteral("DELETE FROM journal WHERE seq >= 4"));
         raw.exec(QStringLiteral("UPDATE journal_head SET seq = 3, hash = ?"), {f.row(2).hash});
     },
     JournalCheck::Problem::Changed, 3, 3},
    {"deleted a row and renumbered the rest",
     [](RawConnection& raw, JournalFile&) {
         raw.exec(QStringLiteral("DELETE FROM journal WHERE seq = 2"));
         raw.exec(QStringLiteral("UPDATE journal SET seq = seq - 1 WHERE seq > 2"));
     },
     JournalCheck::Problem::BrokenLink, 2, 4},
    {"inserted a well-formed row at the end",
     [](RawConnection& raw, JournalFile& f) {
         JournalEntry e = f.row(5);
         e.prevHash = e.hash;
         e.seq = 6;
         e.payload = QStringLiteral("{\"n\":6}");
         e.hash = journal::computeHash(e);
         insertRow(raw, e);
     },
     JournalCheck::Problem::Unrecorded, 6, 6},
    {"inserted a well-formed row in the middle",
     [](RawConnection& raw, JournalFile& f) {
         const JournalEntry third = f.row(3);
         raw.exec(QStringLiteral("UPDATE journal SET seq = seq + 100 WHERE seq >= 4"));
         raw.exec(QStringLiteral("UPDATE journal SET seq = seq - 99 WHERE seq >= 100"));
         JournalEntry e = third;
         e.seq = 4;
         e.prevHash = third.hash;
         e.payload = QStringLiteral("{\"n\":-1}");
         e.hash = journal::computeHash(e);
         insertRow(raw, e);
     },
     JournalCheck::Problem::BrokenLink, 5, 6},
    {"replaced a row with a recomputed hash",
     [](RawConnection& raw, JournalFile& f) {
         JournalEntry e = f.row(2);
         e.payload = QStringLiteral("{\"n\":0}");
         e.hash = journal::computeHash(e);
         raw.exec(QStringLiteral("UPDATE journal SET payload = ?, hash = ? WHERE seq = 2"), {e.payload, e.hash});
     },
     JournalCheck::Problem::BrokenLink, 3, 5},
};

BOOST_DATA_TEST_CASE(tampering_is_found, boost::unit_test::data::make(kTampering), c) {
    JournalFile f;
    BOOST_TEST_REQUIRE(f.verify().ok());
    {
        RawConnection raw(f.path);
        raw.dropJournalTriggers();
        c.tamper(raw, f);
    }
    const JournalCheck check = f.verify();
    BOOST_TEST(!check.ok());
    BOOST_TEST((check.problem == c.problem), c.name << ": " << check.reason.toStdString());
    BOOST_TEST(check.badSeq == c.badSeq, c.name << ": " << check.reason.toStdString());
    BOOST_TEST(check.entries == c.entries);
    BOOST_TEST(!check.reason.isEmpty());
    BOOST_TEST(check.reason.contains(QString::number(c.badSeq)));
}

BOOST_AUTO_TEST_SUITE_END()

// The registry of journal kinds (core/journal/JournalKind.h): what is stored, and the SAF-T event
// code each kind is exported with.
BOOST_AUTO_TEST_SUITE(journal_kinds)

BOOST_AUTO_TEST_CASE(every_kind_has_a_unique_name_that_reads_back) {
    QSet<QString> names;
    for (int i = 0; i < JournalKinds::count(); ++i) {
        const auto kind = static_cast<JournalKind>(i);
        const QString name = JournalKinds::name(kind);
        BOOST_TEST(!name.isEmpty());
        BOOST_TEST(!names.contains(name), "twice: " << name.toStdString());
        names.insert(name);
        BOOST_TEST((JournalKinds::fromName(name) == kind), name.toStdString());
    }
    BOOST_TEST(!JournalKinds::fromName(QStringLiteral("no_such_kind")).has_value());
}

BOOST_AUTO_TEST_CASE(every_code_is_one_of_the_standards_list) {
    // PredefinedBasicID-13 as the Norwegian Tax Administration publishes it (shipped in config/saft/).
    QFile list(sourceDir() + QStringLiteral("/config/saft/codelist-PredefinedBasicID-13.csv"));
    BOOST_TEST_REQUIRE(list.open(QIODevice::ReadOnly));
    QSet<int> codes;
    for (const QByteArray& line : list.readAll().split('\n')) codes.insert(line.split(';').first().toInt());
    BOOST_TEST_REQUIRE(codes.contains(13001));
    for (int i = 0; i < JournalKinds::count(); ++i) {
        const auto kind = static_cast<JournalKind>(i);
        const int code = JournalKinds::safTEvent(kind);
        BOOST_TEST((code == 0 || codes.contains(code)), JournalKinds::name(kind).toStdString() << " has " << code);
    }
}

BOOST_AUTO_TEST_CASE(the_events_the_law_counts_have_their_own_codes) {
    BOOST_TEST(JournalKinds::safTEvent(JournalKind::AppStarted) == 13001);
    BOOST_TEST(JournalKinds::safTEvent(JournalKind::AppStopped) == 13002);
    BOOST_TEST(JournalKinds::safTEvent(JournalKind::Login) == 13003);
    BOOST_TEST(JournalKinds::safTEvent(JournalKind::Logout) == 13004);
    BOOST_TEST(JournalKinds::safTEvent(JournalKind::ParkSale) == 13010);
    BOOST_TEST(JournalKinds::safTEvent(JournalKind::ResumeSale) == 13011);
    BOOST_TEST(JournalKinds::safTEvent(JournalKind::Sale) == 13012);
    BOOST_TEST(JournalKinds::safTEvent(JournalKind::Return) == 13013);
    BOOST_TEST(JournalKinds::safTEvent(JournalKind::ReceiptCopy) == 13014);
    BOOST_TEST(JournalKinds::safTEvent(JournalKind::PriceChanged) == 13021);
    BOOST_TEST(JournalKinds::safTEvent(JournalKind::VoidSale) == 13028);
    // A visitor signing up for a walk is not the cash register's business.
    BOOST_TEST(JournalKinds::safTEvent(JournalKind::SignupCreated) == 0);
}

BOOST_AUTO_TEST_CASE(entries_are_stored_under_the_kinds_name) {
    JournalFile f(0);
    BOOST_TEST(f.append(JournalKind::PriceChanged, {}).kind == QStringLiteral("price_changed"));
    BOOST_TEST(f.row(1).kind == QStringLiteral("price_changed"));
}

BOOST_AUTO_TEST_SUITE_END()
