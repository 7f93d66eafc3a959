#pragma once
// SQLite's primary result codes (sqlite3.h), as Qt's QSQLITE driver reports them in
// QSqlError::nativeErrorCode(): what tells a full disk from a lock or a damaged file. Named here
// rather than by including sqlite3.h: core talks to SQLite only through Qt SQL.

#include <QSqlError>

namespace ak::sqlite {

enum Code {
    kPerm = 3,
    kBusy = 5,
    kLocked = 6,
    kReadOnly = 8,
    kIoErr = 10,
    kCorrupt = 11,
    kFull = 13,
    kCantOpen = 14,
    kConstraint = 19,
    kNotADb = 26,
};

// The primary code of `e` (an extended code's low byte); 0 when the driver gave none.
inline int code(const QSqlError& e) {
    bool numeric = false;
    const int n = e.nativeErrorCode().toInt(&numeric);
    return numeric ? (n & 0xff) : 0;
}

}  // namespace ak::sqlite
