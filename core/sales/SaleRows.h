#pragma once
// Reading and writing the rows of one completed sale (sales, sale_lines, sale_payments, sale_vat)
// and its journal payload. Internal to core/sales: SaleRepository is the only caller, and it calls
// these inside its own Database::write().

#include "core/sales/CompletedSale.h"
#include "core/storage/Database.h"
#include "core/storage/Sql.h"
#include "core/util/Result.h"

#include <QJsonObject>

namespace ak::salerows {

QString consumptionKey(Consumption c);
QString kindKey(SaleKind k);
// "2025-03-06T10:00:00.000Z": sorts as text, like every other time in the database.
QString timeText(const QDateTime& utc);

// Inserts the sale and its lines, payments and VAT; sets sale.id and the lines' ids.
Result<void> insert(Database& db, CompletedSale& sale);
// The sale whose id is `saleId`, with everything that belongs to it. NotFound.
Result<CompletedSale> load(const Database& db, qint64 saleId);

// The "sale"/"return" journal payload: totals, lines, payments and VAT, money as integer øre, and
// `rowsDigest` (SaleDigest.h) as "rows" when given: what `journal verify` compares the tables with.
QJsonObject journalPayload(const CompletedSale& sale, const QString& rowsDigest);

}  // namespace ak::salerows
