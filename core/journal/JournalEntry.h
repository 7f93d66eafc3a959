#pragma once
// One row of the electronic journal, as stored.

#include <QString>
#include <QtGlobal>

namespace ak {

struct JournalEntry {
    qint64 seq = 0;        // 1, 2, 3 ... without gaps
    QString at;            // UTC ISO-8601 with milliseconds, e.g. "2025-03-06T09:15:02.120Z"
    QString registerId;    // which till or kiosk wrote it
    QString actor;         // "staff:<id>", "kiosk" or "system"
    QString kind;          // "login", "login_failed", "sale", "test_print", ...
    QString payload;       // compact JSON object, keys sorted
    QString prevHash;      // hash of row seq-1; 64 zeros for the first row
    QString hash;          // see JournalEncoding.h
};

}  // namespace ak
