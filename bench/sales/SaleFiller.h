#pragma once
// Builds the benchmark's starting point: a café database holding `sales` completed sales.
//
// The first sale is a real one: the demo seed (DemoSeeder, PinHashCost::Minimum) and one typical
// sale completed through SaleRepository::complete() (TypicalSale.h). The filler then copies that
// sale's rows — sales, sale_lines, sale_payments, sale_vat — with plain SQL (INSERT ... SELECT over
// a counter) for receipts 2..N, one minute apart, in transactions of 50,000 sales on a connection
// of its own with synchronous=OFF. That bypasses the repository for speed (minutes instead of
// hours), but the rows look like real ones: consecutive receipt numbers and sale ids, the same
// lines, payments and VAT rows, valid foreign keys.
//
// The journal rows of the copies are inserted one by one with their real payload (sale_id and
// receipt number changed) and their real hash (JournalEncoding.h), moving journal_head as append()
// does, so the chain stays valid: Journal::verify() passes on the result (it is run once after
// building, never during the measurement).
//
// The file is written as PATH.partial and renamed to PATH only when complete, so an interrupted
// build is never mistaken for a finished one.

#include "core/util/Result.h"

#include <QString>

#include <functional>

namespace ak::bench {

struct FillerReport {
    double seconds = 0;       // building, without the final verify
    double verifySeconds = 0;
};

// progress: called with a line of text now and then (may be empty).
Result<FillerReport> buildSalesDatabase(const QString& path, qint64 sales, const QString& seedFile,
                                        const std::function<void(const QString&)>& progress = {});

}  // namespace ak::bench
