// Journal::verify(): walks the chain row by row and reports the first row that does not fit.

#include "core/journal/Journal.h"
#include "core/journal/JournalEncoding.h"

#include <QLoggingCategory>

namespace ak {

Q_LOGGING_CATEGORY(lcJournalVerify, "aktivkafe.core.journal")

namespace {
JournalCheck bad(JournalCheck c, JournalCheck::Problem p, qint64 seq, QString reason) {
    c.problem = p;
    c.badSeq = seq;
    c.reason = std::move(reason);
    return c;
}
}  // namespace

Result<JournalCheck> Journal::verify() const {
    JournalCheck check;
    auto q = db_.query(QStringLiteral(
        "SELECT seq, at, register_id, actor, kind, payload, prev_hash, hash FROM journal ORDER BY seq"));
    if (!q) return q.error();

    qint64 expectedSeq = 1;
    QString prevHash = journal::genesisHash();
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
                                   ? QStringLiteral("entry %1 is missing (the next entry present is %2): it was deleted")
                                         .arg(expectedSeq)
                                         .arg(e.seq)
                                   : QStringLiteral("entry %1 is out of sequence").arg(e.seq));
        } else if (e.prevHash != prevHash) {
            firstProblem = bad(check, P::BrokenLink, e.seq,
                               QStringLiteral("entry %1 does not follow entry %2: an entry was inserted or replaced")
                                   .arg(e.seq)
                                   .arg(e.seq - 1));
        } else if (journal::computeHash(e) != e.hash) {
            firstProblem = bad(check, P::Changed, e.seq,
                               QStringLiteral("entry %1 was changed after it was written").arg(e.seq));
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
        return bad(check, JournalCheck::Problem::Truncated, 1, QStringLiteral("the journal head record was removed"));
    const qint64 headSeq = head->value(0).toLongLong();
    const QString headHash = head->value(1).toString();
    head->finish();
    const qint64 lastSeq = expectedSeq - 1;
    if (headSeq > lastSeq)
        return bad(check, JournalCheck::Problem::Truncated, lastSeq + 1,
                   QStringLiteral("entries %1 to %2 were deleted from the end").arg(lastSeq + 1).arg(headSeq));
    if (headSeq < lastSeq)
        return bad(check, JournalCheck::Problem::Unrecorded, headSeq + 1,
                   QStringLiteral("entry %1 was added outside the journal").arg(headSeq + 1));
    if (headHash != prevHash)
        return bad(check, JournalCheck::Problem::Changed, lastSeq,
                   QStringLiteral("entry %1 does not match the recorded end of the journal").arg(lastSeq));
    return check;
}

}  // namespace ak
