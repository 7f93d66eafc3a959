// Crash consistency: a child writes sales in a loop and is killed with SIGKILL at random moments;
// after every kill the file must hold every sale the child reported, whole, with a sound database
// and an intact journal chain.

#include "core/journal/Journal.h"
#include "core/storage/Database.h"
#include "tests/core/CoreFixtures.h"
#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <boost/test/unit_test.hpp>

using namespace ak;
using namespace ak::test;

namespace {

constexpr int kRuns = 50;

QList<qint64> committedIds(const QByteArray& output) {
    QList<qint64> ids;
    // Only complete lines: the kill may cut the last one.
    const QList<QByteArray> lines = output.split('\n');
    for (int i = 0; i + 1 < lines.size(); ++i) {
        if (!lines[i].startsWith("committed ")) continue;
        ids << lines[i].mid(10).toLongLong();
    }
    return ids;
}

void checkSale(Database& db, qint64 id) {
    auto sale = db.query(QStringLiteral("SELECT total_minor, line_count, checksum FROM crash_sales WHERE id = ?"), {id});
    BOOST_TEST_REQUIRE(sale.ok());
    BOOST_TEST_REQUIRE(sale->next(), "reported sale " << id << " is missing");
    const qint64 total = sale->value(0).toLongLong();
    const int lineCount = sale->value(1).toInt();
    const QString checksum = sale->value(2).toString();
    auto lines = db.query(QStringLiteral("SELECT amount_minor FROM crash_sale_lines WHERE sale_id = ? ORDER BY line_no"), {id});
    BOOST_TEST_REQUIRE(lines.ok());
    qint64 sum = 0;
    int n = 0;
    QByteArray text;
    while (lines->next()) {
        sum += lines->value(0).toLongLong();
        text += QByteArray::number(lines->value(0).toLongLong()) + ';';
        ++n;
    }
    BOOST_TEST(n == lineCount, "sale " << id);
    BOOST_TEST(sum == total, "sale " << id);
    BOOST_TEST(QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex()) == checksum);
}

qint64 count(Database& db, const QString& sql) {
    auto q = db.query(sql);
    BOOST_TEST_REQUIRE(q.ok());
    BOOST_TEST_REQUIRE(q->next());
    return q->value(0).toLongLong();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(crash)

BOOST_AUTO_TEST_CASE(sigkill_at_random_moments_loses_no_committed_sale) {
    const QString writer = qEnvironmentVariable("AK_CRASH_WRITER");
    BOOST_TEST_REQUIRE(!writer.isEmpty(), "AK_CRASH_WRITER must name the child executable");
    TempDir dir;
    const QString path = dir.file(QStringLiteral("crash.db"));
    const quint32 seed = QRandomGenerator::global()->generate();
    BOOST_TEST_MESSAGE("random seed " << seed);
    QRandomGenerator rng(seed);
    QList<qint64> allCommitted;

    for (int run = 0; run < kRuns; ++run) {
        QProcess child;
        child.start(writer, {path});
        BOOST_TEST_REQUIRE(child.waitForStarted(10'000));
        const int delayMs = 5 + int(rng.bounded(196));
        QThread::msleep(ulong(delayMs));
        child.kill();  // SIGKILL
        BOOST_TEST_REQUIRE(child.waitForFinished(10'000));
        const QByteArray err = child.readAllStandardError();
        BOOST_TEST(err.isEmpty(), "run " << run << ": " << err.toStdString());
        const QList<qint64> ids = committedIds(child.readAllStandardOutput());
        allCommitted += ids;

        auto db = openOrFail(path);
        auto integrity = db->query(QStringLiteral("PRAGMA integrity_check"));
        BOOST_TEST_REQUIRE(integrity.ok());
        BOOST_TEST_REQUIRE(integrity->next());
        BOOST_TEST(integrity->value(0).toString() == QStringLiteral("ok"), "run " << run);
        integrity->finish();

        if (count(*db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'crash_sales'")) == 0) {
            BOOST_TEST(allCommitted.isEmpty());  // killed before the table existed
            continue;
        }
        for (qint64 id : ids) checkSale(*db, id);
        // Every sale has exactly its one journal entry: they commit together or not at all.
        BOOST_TEST(count(*db, QStringLiteral("SELECT count(*) FROM crash_sales")) ==
                   count(*db, QStringLiteral("SELECT count(*) FROM journal WHERE kind = 'sale'")), "run " << run);
        BOOST_TEST(count(*db, QStringLiteral("SELECT count(*) FROM crash_sales")) >= allCommitted.size());
        ManualClock clock(QDateTime::currentDateTimeUtc());
        const Journal journal(*db, clock, QStringLiteral("check"));
        auto check = journal.verify();
        BOOST_TEST_REQUIRE(check.ok());
        BOOST_TEST(check->ok(), "run " << run << ": " << check->reason.toStdString());
    }
    // Every sale ever reported is still there at the end.
    auto db = openOrFail(path);
    for (qint64 id : allCommitted) checkSale(*db, id);
    BOOST_TEST_MESSAGE(allCommitted.size() << " committed sales survived " << kRuns << " kills");
    BOOST_TEST(allCommitted.size() > 0);
}

BOOST_AUTO_TEST_SUITE_END()
