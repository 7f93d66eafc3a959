// Journal::verify(): walks the chain row by row and reports the first row that does not fit.

#include "core/journal/Journal.h"
#include "core/journal/JournalEncoding.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <algorithm>

namespace ak {

Q_LOGGING_CATEGORY(lcJournalVerify, "aktivkafe.core.journal")

namespace {
// Reasons are shown to the manager on the till (IntegrityGate) as well as printed by the command.
// The context lupdate gives the tr() calls in Journal's members below.
QString tr(const char* text) { return QCoreApplication::translate("ak::Journal", text); }

JournalCheck bad(JournalCheck c, JournalCheck::Problem p, qint64 seq, QString reason) {
    c.problem = p;
    c.badSeq = seq;
    c.reason = std::move(reason);
    return c;
}
}  // namespace

Result<JournalCheck> Journal::verify() const { return verifyFrom(1); }

Result<JournalCheck> Journal::verifyTail(int entries) const {
    auto last = db_.query(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM journal"));
    if (!last) return last.error();
    const qint64 lastSeq = last->next() ? last->value(0).toLongLong() : 0;
    return verifyFrom(std::max<qint64>(1, lastSeq - entries + 1));
}

Result<JournalHead> Journal::head() const {
    auto q = db_.query(QStringLiteral("SELECT seq, hash FROM journal_head WHERE id = 1"));
    if (!q) return q.error();
    if (!q->next()) return Error{ErrorCode::NotFound, QStringLiteral("the journal head record was removed")};
    return JournalHead{q->value(0).toLongLong(), q->value(1).toString()};
}

Result<JournalCheck> Journal::verifyFrom(qint64 firstSeq) const {
    JournalCheck check;
    qint64 expectedSeq = firstSeq;
    QString prevHash = journal::genesisHash();
    if (firstSeq > 1) {  // the row before the first one walked is taken as it is
        auto before = db_.query(QStringLiteral("SELECT hash FROM journal WHERE seq = ?"), {firstSeq - 1});
        if (!before) return before.error();
        if (before->next()) prevHash = before->value(0).toString();
    }
    auto q = db_.query(QStringLiteral("SELECT seq, at, register_id, actor, kind, payload, prev_hash, hash FROM journal"
                                      " WHERE seq >= ? ORDER BY seq"),
                       {firstSeq});
    if (!q) return q.error();

    std::optional<JournalCheck> firstProblem;
    while (q->next()) {
        const JournalEntry e{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                             q->value(3).toString(), q->value(4).toString(), q->value(5).toString(),
                             q->value(6).toString(), q->value(7).toString()};
        ++check.entries;
        if (firstProblem) continue;  // keep counting rows
        using P = JournalCheck::Problem;
        if (e.seq != expectedSeq) {
            firstProblem = bad(check, P::Missing, expectedSeq,
                               e.seq > expectedSeq
                                   ? tr("entry %1 is missing (the next entry present is %2): it was deleted")
                                         .arg(expectedSeq)
                                         .arg(e.seq)
                                   : tr("entry %1 is out of sequence").arg(e.seq));
        } else if (e.prevHash != prevHash) {
            firstProblem = bad(check, P::BrokenLink, e.seq,
                               tr("entry %1 does not follow entry %2: an entry was inserted or replaced")
                                   .arg(e.seq)
                                   .arg(e.seq - 1));
        } else if (journal::computeHash(e) != e.hash) {
            firstProblem = bad(check, P::Changed, e.seq,
                               tr("entry %1 was changed after it was written").arg(e.seq));
        }
        prevHash = e.hash;
        ++expectedSeq;
    }
    q->finish();
    if (firstProblem) {
        firstProblem->entries = check.entries;
        qCWarning(lcJournalVerify) << "journal check failed:" << firstProblem->reason;
        return *firstProblem;
    }

    // The chain is whole; now it must end where the head says it ends.
    auto head = db_.query(QStringLiteral("SELECT seq, hash FROM journal_head WHERE id = 1"));
    if (!head) return head.error();
    if (!head->next())
        return bad(check, JournalCheck::Problem::Truncated, 1, tr("the journal head record was removed"));
    const qint64 headSeq = head->value(0).toLongLong();
    const QString headHash = head->value(1).toString();
    head->finish();
    const qint64 lastSeq = expectedSeq - 1;
    if (headSeq > lastSeq)
        return bad(check, JournalCheck::Problem::Truncated, lastSeq + 1,
                   tr("entries %1 to %2 were deleted from the end").arg(lastSeq + 1).arg(headSeq));
    if (headSeq < lastSeq)
        return bad(check, JournalCheck::Problem::Unrecorded, headSeq + 1,
                   tr("entry %1 was added outside the journal").arg(headSeq + 1));
    if (headHash != prevHash)
        return bad(check, JournalCheck::Problem::Changed, lastSeq,
                   tr("entry %1 does not match the recorded end of the journal").arg(lastSeq));
    return check;
}

}  // namespace ak
