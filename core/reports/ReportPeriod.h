#pragma once
// The period a report is made for, fitted to the café's records (issue 10, item 6). A period typed
// as 0001-01-01 to 9999-12-31 once made a PDF of 91,360 pages: reports are clamped to the whole
// months that have records (from the first of the month of the first journal entry, visit or
// activity to the end of the month of the last), so that a month's report still reads "1 March –
// 31 March" with its quiet days; a period without any records is answered as asked when it is no
// longer than kLongestOnPaper days (all zeros is an answer), and refused when it is longer. A report
// meant for paper (a PDF, a print) may cover at most kLongestOnPaper days unless asked for on
// purpose (`--force`).

#include "core/storage/Database.h"
#include "core/util/Result.h"

#include <QDate>
#include <QTimeZone>

#include <optional>
#include <utility>

namespace ak {

class ReportPeriod {
public:
    // A leap year: a funder's year fits, its daily bars on a handful of pages.
    static constexpr int kLongestOnPaper = 366;

    struct Span {
        QDate first;
        QDate last;
    };

    // The first day of the month of the first record and the last day of the month of the last one,
    // in the café's zone; nullopt for a café without any records yet.
    static Result<std::optional<Span>> dataSpan(const Database& db, const QTimeZone& zone);

    // The part of [from, to] within `span`; a period outside it as it is when it is no longer than
    // kLongestOnPaper days; nullopt for a longer one without any records.
    static std::optional<std::pair<QDate, QDate>> clamp(QDate from, QDate to, const std::optional<Span>& span);

    static qint64 days(QDate from, QDate to) { return from.daysTo(to) + 1; }
};

}  // namespace ak
