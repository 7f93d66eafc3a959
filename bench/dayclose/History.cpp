// The benchmarks' history (History.h).
#include "bench/dayclose/History.h"

#include "core/seed/DemoSeeder.h"
#include "core/staff/StaffRepository.h"
#include "core/storage/Sql.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>
#include <cstdlib>

namespace ak::bench {

void die(const QString& what) {
    std::fprintf(stderr, "%s: %s\n", qPrintable(QCoreApplication::applicationName()), qPrintable(what));
    std::exit(1);
}

void Till::sellADay(qint64 dayStart, int n) {
    clock.set(at(dayStart));
    must(shifts.open(kRegister, CashCount(Currency::NOK), volunteer, journal), "open shift");
    const auto products = must(typicalProducts(db), "products");
    for (int i = 0; i < n; ++i) {
        clock.set(at(dayStart + 60 + i * 60));
        const SaleDraft draft = must(typicalDraft(sales, products), "draft");
        must(sales.complete(draft, must(typicalPayment(sales, draft), "payment"), volunteer), "sale");
    }
    const qint64 expected = must(shifts.expectedCash(must(shifts.current(kRegister), "shift")->id, manager),
                                 "expected").minor();
    // 1 kr coins make any amount: the count matches to the øre.
    auto count = must(CashCount::fromTyped(Currency::NOK, Denominations::standard(Currency::NOK),
                                           {QString::number(expected / 100), {}, {}, {}, {}, {}, {}, {}, {}}),
                      "count");
    must(shifts.close(kRegister, count, volunteer, std::nullopt, journal), "count");
}

StaffMember staffWithRole(Database& db, const char* role) {
    auto id = must(sql::scalar(db.connection(), QStringLiteral("SELECT id FROM staff WHERE role = ? ORDER BY id LIMIT 1"),
                               {QString::fromLatin1(role)}),
                   "staff");
    return must(StaffRepository(db, PinHashCost::Minimum).find(id.toLongLong()), "staff");
}

void exec(QSqlDatabase& db, const QString& sql, const QVariantList& values) {
    QSqlQuery q(db);
    if (!q.prepare(sql)) die(QStringLiteral("prepare: %1: %2").arg(sql, q.lastError().text()));
    for (int i = 0; i < values.size(); ++i) q.bindValue(i, values[i]);
    if (!q.exec()) die(QStringLiteral("exec: %1: %2").arg(sql, q.lastError().text()));
}

// INSERT INTO table (columns) SELECT <columns, some replaced> FROM n, table t WHERE t.<key> = 1:
// copies of the template row for every n.i in the counter CTE that the caller puts in front.
namespace {

QString copyOf(QSqlDatabase& db, const QString& table, const QString& key, const QHash<QString, QString>& replace) {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table))) die(q.lastError().text());
    QStringList columns, values;
    while (q.next()) {
        const QString c = q.value(1).toString();
        if (replace.contains(c) && replace.value(c).isEmpty()) continue;  // left to SQLite (a new id)
        columns << c;
        values << (replace.contains(c) ? replace.value(c) : QStringLiteral("t.") + c);
    }
    // CROSS JOIN keeps the template row the outer loop: found once, not once per copy.
    return QStringLiteral("INSERT INTO %1 (%2) SELECT %3 FROM %1 t CROSS JOIN n WHERE t.%4 = 1")
        .arg(table, columns.join(u','), values.join(u','), key);
}

}  // namespace

void fillHistory(const QString& path, qint64 days, qint64 sales, qint64 visits) {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("ak-bench-history"));
    db.setDatabaseName(path);
    if (!db.open()) die(db.lastError().text());
    exec(db, QStringLiteral("PRAGMA synchronous = OFF"));
    exec(db, QStringLiteral("PRAGMA cache_size = -262144"));
    const qint64 perDay = (sales + days - 1) / days;
    const QString counter = QStringLiteral("WITH RECURSIVE n(i) AS (SELECT ? UNION ALL SELECT i + 1 FROM n WHERE i < ?) ");
    const auto utc = [](const QString& epoch) {
        return QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', %1, 'unixepoch')").arg(epoch);
    };
    const QString dayStart = QStringLiteral("(%1 + (n.i - 1) * %2)").arg(kBaseEpoch).arg(kDay);
    exec(db, QStringLiteral("BEGIN"));
    // The journal's rows go in bulk: the trigger that makes each follow the head one by one is
    // dropped for the fill and made again after it, as it was.
    QSqlQuery trigger(db);
    if (!trigger.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'journal_in_sequence'")) || !trigger.next())
        die(QStringLiteral("the journal's sequence trigger is missing"));
    const QString inSequence = trigger.value(0).toString();
    trigger.finish();
    // Day 1's sale entry: the pattern of the copies' entries.
    if (!trigger.exec(QStringLiteral("SELECT seq FROM journal WHERE kind = 'sale'")) || !trigger.next())
        die(QStringLiteral("day 1 has no sale entry"));
    const qint64 templateSeq = trigger.value(0).toLongLong();
    trigger.finish();
    exec(db, QStringLiteral("DROP TRIGGER journal_in_sequence"));
    exec(db, counter + copyOf(db, QStringLiteral("business_days"), QStringLiteral("id"),
                              {{QStringLiteral("id"), QStringLiteral("n.i")},
                               {QStringLiteral("opened_at"), utc(dayStart)},
                               {QStringLiteral("closed_at"), utc(dayStart + QStringLiteral(" + 32400"))},
                               {QStringLiteral("z_number"), QStringLiteral("n.i")},
                               {QStringLiteral("grand_sales_minor"), QStringLiteral("t.grand_sales_minor * n.i * %1").arg(perDay)}}),
         {2, days});
    exec(db, counter + copyOf(db, QStringLiteral("shifts"), QStringLiteral("id"),
                              {{QStringLiteral("id"), QStringLiteral("n.i")},
                               {QStringLiteral("business_day_id"), QStringLiteral("n.i")},
                               {QStringLiteral("opened_at"), utc(dayStart)},
                               {QStringLiteral("closed_at"), utc(dayStart + QStringLiteral(" + 32400"))}}),
         {2, days});
    const QString saleDay = QStringLiteral("((n.i - 1) / %1 + 1)").arg(perDay);
    const QString saleAt = QStringLiteral("(%1 + (%2 - 1) * %3 + 60 + ((n.i - 1) %% %4) * 60)")
                               .arg(kBaseEpoch).arg(saleDay).arg(kDay).arg(perDay).replace(QStringLiteral("%%"), QStringLiteral("%"));
    for (qint64 first = 2; first <= sales; first += 200000) {
        const qint64 last = std::min(sales, first + 199999);
        exec(db, counter + copyOf(db, QStringLiteral("sales"), QStringLiteral("id"),
                                  {{QStringLiteral("id"), QStringLiteral("n.i")},
                                   {QStringLiteral("receipt_number"), QStringLiteral("n.i")},
                                   {QStringLiteral("shift_id"), saleDay},
                                   {QStringLiteral("created_at"), utc(saleAt)}}),
             {first, last});
        for (const char* table : {"sale_lines", "sale_payments"})
            exec(db, counter + copyOf(db, QString::fromLatin1(table), QStringLiteral("sale_id"),
                                      {{QStringLiteral("id"), QString()}, {QStringLiteral("sale_id"), QStringLiteral("n.i")}}),
                 {first, last});
        exec(db, counter + copyOf(db, QStringLiteral("sale_vat"), QStringLiteral("sale_id"),
                                  {{QStringLiteral("sale_id"), QStringLiteral("n.i")}}),
             {first, last});
        // One journal entry per sale, after everything day 1 wrote.
        exec(db, counter + QStringLiteral("INSERT INTO journal (seq, at, register_id, actor, kind, payload, prev_hash, hash)"
                                          " SELECT (SELECT seq FROM journal_head) + n.i - 1, ") +
                     utc(saleAt) +
                     QStringLiteral(", t.register_id, t.actor, t.kind, t.payload, printf('%064x', n.i - 1),"
                                    " printf('%064x', n.i) FROM journal t CROSS JOIN n WHERE t.seq = ?"),
             {first, last, templateSeq});
        std::fprintf(stderr, "history: %lld of %lld sales\n", static_cast<long long>(last), static_cast<long long>(sales));
    }
    // Each day's Z entry (the SAF-T export writes it with its report), after the sales' entries.
    if (!trigger.exec(QStringLiteral("SELECT seq FROM journal WHERE kind = 'z_report'")) || !trigger.next())
        die(QStringLiteral("day 1 has no Z entry"));
    const qint64 zSeq = trigger.value(0).toLongLong();
    trigger.finish();
    exec(db, counter + QStringLiteral("INSERT INTO journal (seq, at, register_id, actor, kind, payload, prev_hash, hash)"
                                      " SELECT (SELECT MAX(seq) FROM journal) + n.i - 1, ") +
                 utc(dayStart + QStringLiteral(" + 32400")) +
                 QStringLiteral(", t.register_id, t.actor, t.kind, json_set(t.payload, '$.z_number', n.i,"
                                " '$.business_day_id', n.i), printf('z%063x', n.i - 1), printf('z%063x', n.i)"
                                " FROM journal t CROSS JOIN n WHERE t.seq = ?"),
         {2, days, zSeq});
    exec(db, QStringLiteral("UPDATE journal_head SET seq = (SELECT MAX(seq) FROM journal),"
                            " hash = (SELECT hash FROM journal WHERE seq = (SELECT MAX(seq) FROM journal))"));
    exec(db, inSequence);
    // Check-ins every 315 s over the ten years, on the quarter hour as the kiosk stores them.
    exec(db, counter + QStringLiteral("INSERT INTO visits (at, kiosk_id, reason, mood) SELECT"
                                      " strftime('%Y-%m-%dT%H:%M:00.000Z', ((%1 + n.i * 315) / 900) * 900, 'unixepoch'),"
                                      " 'inngang', 'coffee', 1 + n.i % 5 FROM n")
                          .arg(kBaseEpoch),
         {1, visits});
    exec(db, QStringLiteral("COMMIT"));
    exec(db, QStringLiteral("ANALYZE"));
    db.close();
}

void startCafe(const QString& path) {
    QFile::remove(path);
    auto db = must(Database::open(path), "create");
    ManualClock clock(at(kBaseEpoch - 3600));
    Journal journal(*db, clock, kRegister);
    must(DemoSeeder::seed(*db, journal, clock, QStringLiteral(AK_BENCH_SEED_FILE), PinHashCost::Minimum), "seed");
    Till till{*db, ManualClock(at(kBaseEpoch))};
    till.manager = staffWithRole(*db, "manager");
    till.volunteer = staffWithRole(*db, "volunteer");
    till.sellADay(kBaseEpoch, 1);
    till.clock.set(at(kBaseEpoch + 32400));
    must(till.days.z(kRegister, till.manager, till.journal), "z 1");
}

}  // namespace ak::bench
