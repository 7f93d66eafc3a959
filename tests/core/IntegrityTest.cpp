// Journal coverage of every sale (issue 10, item 2): with the append-only triggers dropped (as anyone
// with the sqlite3 shell can), a changed total, line or payment, a deleted sale and a sale slipped in
// all fail the check; the journal cut at its end with its head rewound fails against the anchor file
// (or a head from a Z report); the missing triggers are reported and put back by restore() with a
// journal entry. Sales are made through SaleRepository on a file, tampered through a raw connection.

#include "core/audit/IntegrityCheck.h"
#include "core/audit/IntegrityGate.h"
#include "core/audit/ProtectedTriggers.h"
#include "core/journal/JournalAnchor.h"
#include "tests/core/SaleTestFixture.h"

#include <boost/test/unit_test.hpp>

using namespace ak;
using namespace ak::test;

namespace {

struct TamperCafe {
    TempDir dir;
    QString path = dir.file(QStringLiteral("cafe.sqlite"));
    SaleWorld w{Country::Norway, true, QLocale::NorwegianBokmal, path};
    CompletedSale first, second, third;

    TamperCafe() {
        first = w.sellByCard(w.draft({{"coffee", 2}, {"bun", 1}}));
        second = w.sellByCard(w.draft({{"sandwich", 1}}));
        third = w.sellByCard(w.draft({{"squash", 3}}));
    }

    IntegrityReport check(bool quick = false, std::optional<JournalHead> expected = {}) {
        IntegrityCheck::Options o;
        o.quick = quick;
        o.anchorFile = JournalAnchor::pathFor(path);
        o.expectedHead = expected;
        return valueOrFail(IntegrityCheck::run(*w.db, o));
    }
    void anchorNow() {
        requireOk(JournalAnchor::update(JournalAnchor::pathFor(path), valueOrFail(w.journal.head()),
                                        Database::files(path)));
    }
    // What an attacker does: drop every protecting trigger, then change the tables.
    void tamper(const QStringList& statements) {
        RawConnection raw(path);
        // On PostgreSQL the owner can also switch off foreign keys for the session, as SQLite's
        // foreign_keys is off on a connection that does not turn it on.
        if (raw.isPostgres()) raw.exec(QStringLiteral("SET session_replication_role = replica"));
        raw.dropJournalTriggers();
        for (const char* table : {"sales", "sale_lines", "sale_payments", "sale_vat"})
            for (const char* op : {"update", "delete"})
                raw.dropTrigger(QStringLiteral("%1_no_%2").arg(QLatin1String(table), QLatin1String(op)));
        for (const QString& s : statements) raw.exec(s);
    }
};

bool has(const IntegrityReport& r, CoverageProblem::Kind kind, qint64 saleId) {
    for (const CoverageProblem& p : r.sales)
        if (p.kind == kind && p.saleId == saleId) return true;
    return false;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(integrity)

BOOST_AUTO_TEST_CASE(a_cafe_with_sales_and_a_return_checks_out) {
    TamperCafe c;
    auto draft = valueOrFail(c.w.sales.prepareReturn(c.first.id, {{c.first.lines[0].id, 1}}));
    PaymentPlan refund(draft.total);
    requireOk(refund.add(PaymentMethod::Card, refund.remaining()));
    valueOrFail(c.w.sales.completeReturn(draft, refund, c.w.kari, c.w.mona, QStringLiteral("Spilt")));
    for (bool quick : {false, true}) {
        const IntegrityReport r = c.check(quick);
        BOOST_TEST(r.ok(), r.problems().join(u'\n'));
        BOOST_TEST(r.head.seq == qint64(c.w.entries().size()));
    }
    // Every sale's entry carries the digest of its rows.
    for (const JournalEntry& e : c.w.ofKind("sale")) BOOST_TEST(e.payload.contains(QStringLiteral("\"rows\":\"")));
}

BOOST_AUTO_TEST_CASE(a_changed_total_line_or_payment_is_found) {
    const QStringList changes{QStringLiteral("UPDATE sales SET total_minor = total_minor - 1000 WHERE id = %1"),
                              QStringLiteral("UPDATE sale_lines SET quantity = quantity + 1 WHERE sale_id = %1"),
                              QStringLiteral("UPDATE sale_payments SET method = 'cash' WHERE sale_id = %1"),
                              QStringLiteral("UPDATE sale_vat SET vat_minor = 0 WHERE sale_id = %1"),
                              QStringLiteral("UPDATE sales SET created_at = '2025-03-05T10:00:00.000Z' WHERE id = %1")};
    for (const QString& change : changes) {
        TamperCafe c;
        BOOST_TEST_REQUIRE(c.check().ok());
        c.tamper({change.arg(c.second.id)});
        for (bool quick : {false, true}) {
            const IntegrityReport r = c.check(quick);
            BOOST_TEST_INFO(change << (quick ? " (quick)" : ""));
            BOOST_TEST(has(r, CoverageProblem::Kind::Changed, c.second.id), r.problems().join(u'\n'));
            BOOST_TEST(!has(r, CoverageProblem::Kind::Changed, c.first.id));
            BOOST_TEST(r.problems().join(u'\n').contains(QStringLiteral("Receipt %1 on till-1").arg(c.second.receiptNumber)));
            BOOST_TEST(!r.triggers.ok());  // and the missing guards are named
            BOOST_TEST(r.chain.ok());      // the journal itself was not touched
        }
    }
}

BOOST_AUTO_TEST_CASE(a_deleted_sale_is_found) {
    TamperCafe c;
    const QString id = QString::number(c.second.id);
    c.tamper({QStringLiteral("DELETE FROM sale_vat WHERE sale_id = ") + id,
              QStringLiteral("DELETE FROM sale_payments WHERE sale_id = ") + id,
              QStringLiteral("DELETE FROM sale_lines WHERE sale_id = ") + id,
              QStringLiteral("DELETE FROM sales WHERE id = ") + id});
    const IntegrityReport r = c.check();
    BOOST_TEST(has(r, CoverageProblem::Kind::Deleted, c.second.id), r.problems().join(u'\n'));
    BOOST_TEST(r.sales.size() == 1u);

    TamperCafe half;  // only the sales row: its lines and payments are left behind
    half.tamper({QStringLiteral("DELETE FROM sales WHERE id = %1").arg(half.third.id)});
    const IntegrityReport h = half.check(true);
    BOOST_TEST(has(h, CoverageProblem::Kind::Deleted, half.third.id), h.problems().join(u'\n'));
    BOOST_TEST(has(h, CoverageProblem::Kind::Orphaned, half.third.id));
}

BOOST_AUTO_TEST_CASE(a_sale_slipped_in_is_found) {
    TamperCafe c;
    c.tamper({QStringLiteral("INSERT INTO sales (register_id, receipt_number, kind, training, operator_id, consumption,"
                             " currency, gross_minor, total_minor, created_at)"
                             " SELECT register_id, 99, kind, training, operator_id, consumption, currency, gross_minor,"
                             " total_minor, created_at FROM sales WHERE id = %1")
                  .arg(c.first.id)});
    const IntegrityReport r = c.check();
    BOOST_TEST_REQUIRE(r.sales.size() == 1u, r.problems().join(u'\n'));
    BOOST_TEST((r.sales[0].kind == CoverageProblem::Kind::Unrecorded));
    BOOST_TEST(r.sales[0].reason.contains(QStringLiteral("Receipt 99 on till-1")), r.sales[0].reason);
}

// The start check reads only the newest entries; a sale slipped in after a long stretch without
// sales (logins, coffees at the counter) is still found, because it comes after the last sale recorded before.
BOOST_AUTO_TEST_CASE(the_quick_check_finds_a_sale_slipped_in_after_a_quiet_stretch) {
    TamperCafe c;
    requireOk(c.w.db->write([&]() -> Result<void> {
        for (int i = 0; i < IntegrityCheck::kQuickEntries + 50; ++i)
            if (auto e = c.w.journal.append(Journal::kioskActor(), JournalKind::ServingAdded); !e) return e.error();
        return {};
    }));
    BOOST_TEST_REQUIRE(c.check(true).ok());
    c.tamper({QStringLiteral("INSERT INTO sales (register_id, receipt_number, kind, operator_id, consumption, currency,"
                             " gross_minor, total_minor, created_at) VALUES ('till-1', 50, 'sale', %1, 'eat_in', 'NOK',"
                             " 100, 100, '2025-03-06T11:00:00.000Z')")
                  .arg(c.w.kari.id)});
    const IntegrityReport quick = c.check(true);
    BOOST_TEST_REQUIRE(quick.sales.size() == 1u, quick.problems().join(u'\n'));
    BOOST_TEST((quick.sales[0].kind == CoverageProblem::Kind::Unrecorded));
}

BOOST_AUTO_TEST_CASE(a_journal_cut_at_its_end_with_its_head_rewound_fails_against_the_anchor) {
    TamperCafe c;
    c.anchorNow();
    const JournalHead before = valueOrFail(c.w.journal.head());
    // The last sale and its entry go, and the head is set back to the entry before: the chain and
    // the head agree again, and the sales agree with the journal.
    const qint64 last = before.seq;
    c.tamper({QStringLiteral("DELETE FROM sale_vat WHERE sale_id = %1").arg(c.third.id),
              QStringLiteral("DELETE FROM sale_payments WHERE sale_id = %1").arg(c.third.id),
              QStringLiteral("DELETE FROM sale_lines WHERE sale_id = %1").arg(c.third.id),
              QStringLiteral("DELETE FROM sales WHERE id = %1").arg(c.third.id),
              QStringLiteral("DELETE FROM journal WHERE seq = %1").arg(last),
              QStringLiteral("UPDATE journal_head SET seq = seq - 1, hash = (SELECT hash FROM journal WHERE seq = %1)")
                  .arg(last - 1)});
    const IntegrityReport r = c.check();
    BOOST_TEST(r.chain.ok());
    BOOST_TEST(r.sales.empty());
    BOOST_TEST(!r.ok());
    BOOST_TEST(r.anchorProblem.contains(QStringLiteral("cut from its end")), r.anchorProblem);
    BOOST_TEST(!c.check(true).ok());  // the till's start check sees it too

    // A head copied from a Z report does the same without the anchor file.
    QFile::remove(JournalAnchor::pathFor(c.path));
    const IntegrityReport paper = c.check(false, JournalHead{before.seq, before.hash.left(16)});
    BOOST_TEST(paper.expectedProblem.contains(QStringLiteral("cut from its end")), paper.expectedProblem);
    BOOST_TEST(c.check(false, IntegrityCheck::parseHead(QStringLiteral("%1:%2").arg(before.seq - 1).arg(
                                  valueOrFail(c.w.journal.head()).hash.left(20))))
                   .expectedProblem.isEmpty());
}

BOOST_AUTO_TEST_CASE(a_rewritten_chain_fails_against_the_anchor) {
    TamperCafe c;
    c.anchorNow();
    const JournalHead anchored = valueOrFail(c.w.journal.head());
    // Someone who knows the format can recompute every hash after a change: simulate the result by
    // giving the anchored entry another (well-formed) hash and the head the same.
    const QString forged = QString(64, u'a');
    c.tamper({QStringLiteral("UPDATE journal SET hash = '%1' WHERE seq = %2").arg(forged).arg(anchored.seq),
              QStringLiteral("UPDATE journal_head SET hash = '%1'").arg(forged)});
    const IntegrityReport r = c.check();
    BOOST_TEST(r.anchorProblem.contains(QStringLiteral("rewritten")), r.anchorProblem);
}

BOOST_AUTO_TEST_CASE(the_anchor_only_moves_forward) {
    TamperCafe c;
    const QString file = JournalAnchor::pathFor(c.path);
    const JournalHead now = valueOrFail(c.w.journal.head());
    requireOk(JournalAnchor::update(file, now, Database::files(c.path)));
    requireOk(JournalAnchor::update(file, JournalHead{now.seq - 2, QString(64, u'b')}, Database::files(c.path)));
    BOOST_TEST((valueOrFail(JournalAnchor::read(file)).value() == now));
    // The anchor never goes over the database itself.
    BOOST_TEST(!JournalAnchor::update(c.path, JournalHead{now.seq + 1, now.hash}, Database::files(c.path)).ok());
}

BOOST_AUTO_TEST_CASE(missing_triggers_are_reported_and_restored_with_a_journal_entry) {
    TamperCafe c;
    if (onPostgres())
        c.tamper({QStringLiteral("CREATE FUNCTION sneaky_f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$"),
                  QStringLiteral("CREATE TRIGGER sneaky AFTER INSERT ON sales FOR EACH ROW EXECUTE FUNCTION sneaky_f()")});
    else
        c.tamper({QStringLiteral("CREATE TRIGGER sneaky AFTER INSERT ON sales BEGIN SELECT 1; END")});
    auto found = valueOrFail(ProtectedTriggers::check(*c.w.db));
    BOOST_TEST(found.missing.contains(QStringLiteral("sales_no_update")));
    BOOST_TEST(found.missing.contains(QStringLiteral("journal_no_delete")));
    BOOST_TEST(found.unexpected == QStringList{QStringLiteral("sneaky")});
    const qint64 before = valueOrFail(c.w.journal.head()).seq;
    auto restored = valueOrFail(ProtectedTriggers::restore(*c.w.db, c.w.journal));
    BOOST_TEST(restored.missing == found.missing);
    BOOST_TEST(valueOrFail(ProtectedTriggers::check(*c.w.db)).ok());
    const auto entries = c.w.ofKind("triggers_restored");
    BOOST_TEST_REQUIRE(entries.size() == 1u);
    BOOST_TEST(entries[0].seq == before + 1);
    BOOST_TEST(entries[0].payload.contains(QStringLiteral("sneaky")));
    BOOST_TEST(c.check().ok(), c.check().problems().join(u'\n'));
    // Nothing to do the second time: no entry.
    valueOrFail(ProtectedTriggers::restore(*c.w.db, c.w.journal));
    BOOST_TEST(c.w.ofKind("triggers_restored").size() == 1u);
    // The guards hold again.
    RawConnection raw(c.path);
    BOOST_TEST(!raw.tryExec(QStringLiteral("UPDATE sales SET total_minor = 0")));
}

// What only PostgreSQL allows: a trigger switched off (it is still there) and the function every
// "cannot be changed" trigger calls rewritten to let everything through.
BOOST_AUTO_TEST_CASE(a_disabled_trigger_and_a_rewritten_guard_are_found_and_restored, *boost::unit_test::precondition(onServer)) {
    TamperCafe c;
    c.tamper({QStringLiteral("CREATE TRIGGER sales_no_update BEFORE UPDATE ON sales FOR EACH ROW"
                             " EXECUTE FUNCTION ak_refuse('completed sales cannot be changed')"),
              QStringLiteral("ALTER TABLE sales DISABLE TRIGGER sales_no_update"),
              QStringLiteral("CREATE OR REPLACE FUNCTION ak_refuse() RETURNS trigger LANGUAGE plpgsql AS $$"
                             " BEGIN RETURN NEW; END $$")});
    auto found = valueOrFail(ProtectedTriggers::check(*c.w.db));
    BOOST_TEST(found.altered.contains(QStringLiteral("sales_no_update")), found.altered.join(u','));
    BOOST_TEST(found.altered.contains(QStringLiteral("ak_refuse()")), found.altered.join(u','));
    BOOST_TEST(found.missing.contains(QStringLiteral("journal_no_delete")));
    valueOrFail(ProtectedTriggers::restore(*c.w.db, c.w.journal));
    BOOST_TEST(valueOrFail(ProtectedTriggers::check(*c.w.db)).ok());
    RawConnection raw(c.path);
    BOOST_TEST(!raw.tryExec(QStringLiteral("UPDATE sales SET total_minor = 0")));
    BOOST_TEST(!raw.tryExec(QStringLiteral("DELETE FROM journal")));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(integrity_gate)

// The till's start check closes the gate on a tampered café: no sale, no return, until a manager
// confirms; the confirmation is journaled, and the same problems at the next start keep it open.
BOOST_AUTO_TEST_CASE(selling_stops_until_a_manager_confirms) {
    TamperCafe c;
    c.anchorNow();
    IntegrityGate clean(*c.w.db, c.w.journal, JournalAnchor::pathFor(c.path), Database::files(c.path));
    requireOk(clean.check());
    BOOST_TEST(clean.open());

    c.tamper({QStringLiteral("UPDATE sales SET total_minor = 1 WHERE id = %1").arg(c.third.id)});
    IntegrityGate gate(*c.w.db, c.w.journal, JournalAnchor::pathFor(c.path), Database::files(c.path));
    requireOk(gate.check());
    BOOST_TEST_REQUIRE(!gate.open());
    BOOST_TEST(gate.problems().join(u'\n').contains(QStringLiteral("was changed after it was recorded")));
    c.w.sales.setGate(&gate);
    const qint64 entries = c.w.entries().size();
    const SaleDraft d = c.w.draft({{"coffee", 1}});
    PaymentPlan plan(d.totals(c.w.sales.vatTable()).total);
    requireOk(plan.add(PaymentMethod::Card, plan.remaining()));
    auto refused = c.w.sales.complete(d, plan, c.w.kari);
    BOOST_TEST_REQUIRE(!refused.ok());
    BOOST_TEST((refused.error().code == ErrorCode::Locked));
    BOOST_TEST(refused.error().message.contains(QStringLiteral("manager")));
    auto back = valueOrFail(c.w.sales.prepareReturn(c.first.id, {{c.first.lines[0].id, 1}}));
    PaymentPlan refund(back.total);
    requireOk(refund.add(PaymentMethod::Card, refund.remaining()));
    BOOST_TEST(!c.w.sales.completeReturn(back, refund, c.w.kari, c.w.mona, QStringLiteral("Kald")).ok());
    BOOST_TEST(qint64(c.w.entries().size()) == entries);  // nothing was written

    // A volunteer cannot wave it away.
    auto volunteer = gate.acknowledge(c.w.kari);
    BOOST_TEST_REQUIRE(!volunteer.ok());
    BOOST_TEST((volunteer.error().code == ErrorCode::Permission));
    BOOST_TEST(!gate.open());
    requireOk(gate.acknowledge(c.w.mona));
    BOOST_TEST(gate.open());
    const auto acknowledged = c.w.ofKind("integrity_acknowledged");
    BOOST_TEST_REQUIRE(acknowledged.size() == 1u);
    BOOST_TEST(acknowledged[0].actor == Journal::staffActor(c.w.mona.id));
    BOOST_TEST(acknowledged[0].payload.contains(QStringLiteral("was changed after it was recorded")));
    valueOrFail(c.w.sales.complete(d, plan, c.w.kari));  // selling goes on
    // The anchor followed the journal once the gate was open again.
    BOOST_TEST(valueOrFail(JournalAnchor::read(JournalAnchor::pathFor(c.path)))->seq ==
               valueOrFail(c.w.journal.head()).seq - 1);  // the sale after it is not anchored yet
    requireOk(gate.anchor());
    BOOST_TEST(valueOrFail(JournalAnchor::read(JournalAnchor::pathFor(c.path)))->seq == valueOrFail(c.w.journal.head()).seq);

    // The next start: the same problem, already seen, keeps the gate open; a new one closes it.
    IntegrityGate restart(*c.w.db, c.w.journal, JournalAnchor::pathFor(c.path), Database::files(c.path));
    requireOk(restart.check());
    BOOST_TEST(restart.open());
    c.tamper({QStringLiteral("UPDATE sale_payments SET method = 'cash' WHERE sale_id = %1").arg(c.second.id)});
    IntegrityGate again(*c.w.db, c.w.journal, JournalAnchor::pathFor(c.path), Database::files(c.path));
    requireOk(again.check());
    BOOST_TEST(!again.open());
}

// A closed gate never moves the anchor: it is the evidence of a cut journal.
BOOST_AUTO_TEST_CASE(a_closed_gate_leaves_the_anchor_alone) {
    TamperCafe c;
    c.anchorNow();
    const auto anchored = valueOrFail(JournalAnchor::read(JournalAnchor::pathFor(c.path)));
    c.tamper({QStringLiteral("DELETE FROM journal WHERE seq = (SELECT MAX(seq) FROM journal)"),
              QStringLiteral("UPDATE journal_head SET seq = seq - 1, hash = (SELECT hash FROM journal ORDER BY seq DESC LIMIT 1)")});
    IntegrityGate gate(*c.w.db, c.w.journal, JournalAnchor::pathFor(c.path), Database::files(c.path));
    requireOk(gate.check());
    BOOST_TEST_REQUIRE(!gate.open());
    requireOk(gate.anchor());
    BOOST_TEST((valueOrFail(JournalAnchor::read(JournalAnchor::pathFor(c.path))) == anchored));
}

BOOST_AUTO_TEST_SUITE_END()
