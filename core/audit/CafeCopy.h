#pragma once
// A whole café from one database into another: an SQLite file onto a PostgreSQL server when a café
// moves to two machines (`aktivkafe db copy`), or a server's café into an SQLite file (its backups,
// Backup.h). Every row of every table, ids and journal as they were, in one transaction on the
// target: the café is there whole or not at all.
//
// The target must be a café nobody has used (just made by Database::open: nothing but the rows a
// new café starts with); one with staff, products, sales, cards, visits or journal entries is
// refused untouched. Both must be at the same schema version. The source is read on one snapshot,
// so a till selling meanwhile does not tear the copy.
//
// After the copy the target is checked, not trusted: its journal verifies and ends at the source's
// head, every table holds as many rows as the source's, and the sales add up to the same total.

#include "core/storage/Database.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>

#include <map>

namespace ak {

struct CopiedCafe {
    std::map<QString, qint64> rows;  // table -> rows copied
    qint64 journalEntries = 0;
    qint64 salesTotalMinor = 0;      // every sale's total, training included, as a cross-check
    qint64 totalRows() const;
};

class CafeCopy {
    Q_DECLARE_TR_FUNCTIONS(CafeCopy)
public:
    static Result<CopiedCafe> copy(const Database& from, Database& to);
    // The café's tables, parents before the tables that refer to them.
    static const QStringList& tables();
};

}  // namespace ak
