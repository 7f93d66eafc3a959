#pragma once
// The counter's list of what the kiosk handed over (a coffee redeemed with a coffee card, later
// perhaps more): the kiosk adds an item in the same transaction as the redemption; the till shows
// what waits and a volunteer marks it served. Both are journaled.
//
// Serving numbers run 1..99 and start again, so a visitor's slip shows a short number that the
// volunteer can call out. Ownership: holds references to the Database and the Clock.

#include <QDateTime>
#include <QString>

#include "core/staff/StaffMember.h"
#include "core/util/Result.h"

#include <vector>

namespace ak {

class Clock;
class Database;
class Journal;

struct ServingItem {
    qint64 id = 0;
    QDateTime createdAt;  // UTC
    QString kioskId;
    QString kind;         // "coffee_card"
    QString description;  // short, in the café's language: "Coffee (free card)"
    int servingNumber = 0;
};

class ServingQueue {
public:
    ServingQueue(Database& db, const Clock& clock) : db_(db), clock_(clock) {}

    // Joins the caller's Database::write() (the redemption and its item commit together).
    // InvalidInput for an empty kind, kiosk id or description.
    Result<ServingItem> add(const QString& kioskId, const QString& kind, const QString& description,
                            Journal& journal);
    // Waiting items, oldest first.
    Result<std::vector<ServingItem>> waiting() const;
    // NotFound for an unknown id, Conflict if it was served already (by another till, say).
    Result<void> markServed(qint64 id, const StaffMember& by, Journal& journal);

private:
    Database& db_;
    const Clock& clock_;
};

}  // namespace ak
