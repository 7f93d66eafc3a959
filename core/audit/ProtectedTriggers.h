#pragma once
// The triggers that make the journal and completed sales append-only, as this build's schema history
// creates them. Whoever drops or rewrites one (with the sqlite3 shell) can change the rows they
// guard; the hash chain and the sale digests still show such changes (SaleCoverage.h), and this
// shows the missing guard itself, at start and in `journal verify`.
//
// Restoring them is `aktivkafe init`'s job, never done quietly: it writes a journal entry
// ("triggers_restored") naming what it put back and what it removed.

#include "core/journal/Journal.h"
#include "core/storage/Database.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ak {

struct TriggerCheck {
    QStringList missing;     // expected, not in the file
    QStringList altered;     // in the file with other SQL
    QStringList unexpected;  // in the file, not part of Aktivkafe's schema
    bool ok() const { return missing.isEmpty() && altered.isEmpty() && unexpected.isEmpty(); }
    QStringList sentences() const;  // one per finding, for the manager
};

class ProtectedTriggers {
    Q_DECLARE_TR_FUNCTIONS(ProtectedTriggers)
public:
    static Result<TriggerCheck> check(const Database& db);
    // Puts back missing and altered triggers and removes unexpected ones, with a "triggers_restored"
    // journal entry, in one transaction. Does nothing (and writes nothing) when all is well.
    static Result<TriggerCheck> restore(Database& db, Journal& journal);

    // For copying a whole café into a new database (CafeCopy.h), inside its write transaction: every
    // trigger off while the rows go in as they were, then this build's triggers on again.
    static Result<void> lift(Database& db);
    static Result<void> put(Database& db);
};

}  // namespace ak
