#pragma once
// The electronic journal: an append-only, hash-chained record of everything that happens at the
// till and the kiosk (sales, returns, logins, drawer openings, price changes, test prints ...).
//
// Rows are only ever inserted (SQLite triggers refuse UPDATE and DELETE); each row's hash covers
// the previous row's hash (JournalEncoding.h). A one-row head table holds the last seq and hash
// and is updated in the same transaction, so that removing the newest rows shows too.
//
// append() must be called inside Database::write(): the business rows and their journal entry
// commit together or not at all.
//
// Ownership: holds references to the Database and the Clock; both outlive the Journal.

#include "core/journal/JournalEntry.h"
#include "core/journal/JournalKind.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"
#include "core/util/Result.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace ak {

// The outcome of verify(): ok, or the first bad row and why.
struct JournalCheck {
    enum class Problem {
        None,
        Changed,     // the row's content does not match its hash
        Missing,     // a seq is missing: a row was deleted
        BrokenLink,  // prev_hash is not the hash of the row before: a row was inserted or replaced
        Truncated,   // the head records rows after the last one present: the newest rows were deleted
        Unrecorded,  // rows after the head: inserted outside append()
    };
    qint64 entries = 0;           // rows present
    Problem problem = Problem::None;
    qint64 badSeq = 0;            // the first bad row's seq (0 if ok)
    QString reason;               // a sentence for people

    bool ok() const { return problem == Problem::None; }
};

// The newest entry of a journal: what the head row records, and what the anchor file outside the
// database remembers (JournalAnchor.h).
struct JournalHead {
    qint64 seq = 0;
    QString hash;
    bool operator==(const JournalHead&) const = default;
};

class Journal {
public:
    Journal(Database& db, const Clock& clock, QString registerId);

    static QString staffActor(qint64 staffId) { return QStringLiteral("staff:%1").arg(staffId); }
    static QString kioskActor() { return QStringLiteral("kiosk"); }
    static QString systemActor() { return QStringLiteral("system"); }

    // Appends one row; the payload is stored as compact JSON with keys sorted (QJsonObject keeps
    // keys sorted, so the text is canonical). Errors: Storage, or InvalidInput when called
    // outside Database::write() or with an empty actor.
    Result<JournalEntry> append(const QString& actor, JournalKind kind, const QJsonObject& payload = {});
    // append() in a transaction of its own, for an event that changes nothing else (a program
    // starting or stopping). Must not be called inside Database::write().
    Result<void> record(const QString& actor, JournalKind kind, const QJsonObject& payload = {});

    // Walks the whole chain. A Storage error means the journal could not be read at all.
    Result<JournalCheck> verify() const;
    // Walks only the newest `entries` rows, trusting the hash of the row before them: the cheap
    // check the till makes at every start (core/audit/IntegrityCheck.h).
    Result<JournalCheck> verifyTail(int entries) const;

    // What journal_head records: the last entry's seq and hash (seq 0 before the first entry).
    Result<JournalHead> head() const;

    // Rows with seq > afterSeq, oldest first, at most `limit`.
    Result<std::vector<JournalEntry>> entries(qint64 afterSeq = 0, int limit = 1000) const;

    const QString& registerId() const { return registerId_; }

private:
    Result<JournalCheck> verifyFrom(qint64 firstSeq) const;

    Database& db_;
    const Clock& clock_;
    QString registerId_;
};

}  // namespace ak
