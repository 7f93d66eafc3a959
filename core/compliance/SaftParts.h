#pragma once
// Internal to the SAF-T export: what SaftExport.cpp hands the parts that write one register's
// events (SaftEvents.cpp) and cash transactions (SaftTransactions.cpp).

#include "core/compliance/SaftExport.h"
#include "core/compliance/SaftXml.h"
#include "core/storage/Database.h"

#include <vector>

namespace ak::compliance::saft {

struct Context {
    Database& db;
    const SaftCompany& company;
    const SaftRequest& request;
    QDateTime fromUtc;  // the period's first local midnight, in UTC
    QDateTime toUtc;    // the midnight after its last day, in UTC (exclusive)
    Xml& xml;
    SaftSummary& summary;
    std::vector<QDate> periodStarts;  // the first day of each period (month) in the file, in order

    // The file's periodNumber (1 …) of a local day.
    int periodNumber(QDate day) const {
        int n = 0;
        for (QDate start : periodStarts)
            if (start <= day) ++n;
        return n < 1 ? 1 : n;
    }
};

Result<void> writeEvents(Context& c, const QString& registerId);
Result<void> writeTransactions(Context& c, const QString& registerId);

// The journal kinds with a SAF-T event code, quoted for an SQL IN list: "'app_started','login',…".
QString eventKindList();

// "staff:12" → "12"; any other actor (the program, a kiosk) → empty (the event has no empID).
QString employeeOf(const QString& actor);

}  // namespace ak::compliance::saft
