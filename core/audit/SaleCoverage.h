#pragma once
// Cross-checks the sales tables against the journal (issue 10: "every sale has its entry and every
// entry's sale is unchanged"). The journal's hash chain proves that the journal was not edited; this
// proves that the sales tables still say what the journal recorded, also when someone removed the
// tables' append-only triggers and changed a total, deleted a sale or slipped one in:
//
//   - every sale and return in `sales` has exactly one "sale"/"return" journal entry;
//   - the sale's rows (sales, sale_lines, sale_payments, sale_vat) still have the digest the entry
//     recorded ("rows", SaleDigest.h); an entry from before digests is compared by its payload;
//   - every entry's sale is still there, and no lines, payments or VAT rows are left without a sale.

#include "core/storage/Database.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace ak {

struct CoverageProblem {
    enum class Kind {
        Unrecorded,  // a sale without a journal entry: added outside the till
        Changed,     // a sale whose rows no longer match its entry
        Deleted,     // an entry whose sale is gone
        Orphaned,    // lines, payments or VAT rows whose sale is gone
        Twice,       // two entries for one sale
    };
    Kind kind;
    qint64 saleId = 0;
    qint64 seq = 0;  // the journal entry concerned (0: none)
    QString reason;  // a sentence for the manager
};

class SaleCoverage {
    Q_DECLARE_TR_FUNCTIONS(SaleCoverage)
public:
    // Every sale and every entry: the tables and the journal walked side by side.
    static Result<std::vector<CoverageProblem>> check(const Database& db);

    // The till's start check, a few primary-key lookups whatever the café's size: the sale entries
    // among the newest `entries` journal entries (each one's sale must be there, unchanged), and the
    // sales after the last sale recorded before them (each must be among those entries).
    static Result<std::vector<CoverageProblem>> recent(const Database& db, int entries);
};

}  // namespace ak
