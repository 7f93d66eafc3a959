#include "core/reports/ReportPeriod.h"

#include <algorithm>

namespace ak {

Result<std::optional<ReportPeriod::Span>> ReportPeriod::dataSpan(const Database& db, const QTimeZone& zone) {
    // Every time is stored as UTC ISO text, which sorts as time: MIN and MAX of the text are the
    // first and last moments. Activities count by their start and end (the programme ahead too).
    auto q = db.query(QStringLiteral(
        "SELECT MIN(t), MAX(t) FROM ("
        " SELECT MIN(at) AS t FROM journal UNION ALL SELECT MAX(at) FROM journal"
        " UNION ALL SELECT MIN(at) FROM visits UNION ALL SELECT MAX(at) FROM visits"
        " UNION ALL SELECT MIN(starts_at) FROM activities UNION ALL SELECT MAX(ends_at) FROM activities) AS times"
        " WHERE t IS NOT NULL"));
    if (!q) return q.error();
    if (!q->next() || q->value(0).isNull()) return std::optional<Span>();
    auto day = [&](int column) {
        return QDateTime::fromString(q->value(column).toString(), Qt::ISODateWithMs).toTimeZone(zone).date();
    };
    const QDate first = day(0), last = day(1);
    return std::optional<Span>(Span{QDate(first.year(), first.month(), 1),
                                    QDate(last.year(), last.month(), last.daysInMonth())});
}

std::optional<std::pair<QDate, QDate>> ReportPeriod::clamp(QDate from, QDate to, const std::optional<Span>& span) {
    if (span) {
        const QDate first = std::max(from, span->first);
        const QDate last = std::min(to, span->last);
        if (first <= last) return std::pair{first, last};
    }
    if (days(from, to) <= kLongestOnPaper) return std::pair{from, to};  // nothing recorded: zeros, as asked
    return std::nullopt;
}

}  // namespace ak
