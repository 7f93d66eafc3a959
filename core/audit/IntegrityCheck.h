#pragma once
// Everything `journal verify` and the till's start check look at, in one report:
//
//   - the journal's hash chain and head row (Journal::verify; the quick check walks the newest
//     kQuickEntries entries only);
//   - the append-only triggers (ProtectedTriggers.h);
//   - the sales tables against the journal (SaleCoverage.h; quick: the sales recorded in, or made
//     after the sales recorded before, the newest kQuickEntries entries);
//   - the anchor file beside the database (JournalAnchor.h) and, when given, a head taken from
//     paper (a Z report) or a backup's name.
//
// The quick check costs a few milliseconds on a café's database of years, so the till runs it at
// every start; the full check is `aktivkafe journal verify` (and, later, every Z report).

#include "core/audit/ProtectedTriggers.h"
#include "core/audit/SaleCoverage.h"
#include "core/journal/Journal.h"
#include "core/storage/Database.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ak {

struct IntegrityReport {
    bool quick = false;
    JournalHead head;      // what the head row records
    JournalCheck chain;    // the hash chain and the head row
    TriggerCheck triggers;
    std::vector<CoverageProblem> sales;
    std::optional<JournalHead> anchor;  // the anchor file's head (nullopt: there is none yet)
    QString anchorProblem;              // empty: the journal still holds the anchored entry
    QString expectedProblem;            // empty: the journal holds the head the caller expected

    bool ok() const;
    // One sentence per problem, for the manager (translated where a translator is installed).
    QStringList problems() const;
    // Stands for this set of problems: the till recognises problems a manager already acknowledged.
    QString fingerprint() const;
};

class IntegrityCheck {
    Q_DECLARE_TR_FUNCTIONS(IntegrityCheck)
public:
    static constexpr int kQuickEntries = 256;

    struct Options {
        bool quick = false;
        QString anchorFile;  // empty: no anchor (an in-memory café)
        // A head from outside ("1234:9f86d081884c7d65…" from a Z report): the journal must hold
        // that entry with a hash that starts with these characters (at least 16).
        std::optional<JournalHead> expectedHead;
    };

    static Result<IntegrityReport> run(Database& db, const Options& options);

    // "SEQ:HASH" as printed on a Z report; nullopt when it is not that.
    static std::optional<JournalHead> parseHead(const QString& text);
};

}  // namespace ak
