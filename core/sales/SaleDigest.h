#pragma once
// A digest of every stored column of one completed sale or return: its row in `sales` and its rows
// in sale_lines, sale_payments and sale_vat. The sale's journal entry carries it ("rows"), so that
// `journal verify` can tell that a sale was changed, deleted or slipped in after the fact even when
// someone removed the tables' append-only triggers (core/audit/SaleCoverage.h).
//
//   digest = lowercase hex SHA-256 of: field("aktivkafe-sale-rows-v1"), then for each table in the
//            order above a field with its name and, per row (in position / rate order), a field per
//            column: "N" for NULL, else "T" + the value as text; then, for each column a later
//            schema step added (sales.shift_id, signature, key_version) that is not NULL, a field
//            "<name>=<value>".
//   field(x) = 4-byte big-endian length of x, then x (as in JournalEncoding.h: unambiguous).

#include "core/storage/Database.h"
#include "core/util/Result.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace ak::saledigest {

// The digest of sale `saleId` as stored now (NotFound if there is no such sale).
Result<QString> of(const Database& db, qint64 saleId);
// The same on a plain connection (the benchmark's filler writes sales without a Database).
Result<QString> of(const QSqlDatabase& db, qint64 saleId);

// Every stored sale's digest with an id above `afterSaleId` (0: all), in id order, read with one
// query per table (no query per sale): `each(saleId, digest)`. Rows of lines, payments or VAT whose
// sale row is gone are reported as `orphan(saleId)` once per missing sale.
Result<void> forEach(const Database& db, qint64 afterSaleId,
                     const std::function<void(qint64 saleId, const QString& digest)>& each,
                     const std::function<void(qint64 saleId)>& orphan);

}  // namespace ak::saledigest
