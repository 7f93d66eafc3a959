#pragma once
// One running program per station (issue 10, item 7): a till's register id, or a kiosk's id, is
// claimed in the database by the till or kiosk that starts with it, and kept with a heartbeat.
// Two tills started with the same register_id would otherwise number receipts in one sequence and
// print each other's queued receipts without a word.
//
// A claim is refused (Conflict, naming the machine and since when) while another holder's heartbeat
// is fresh. It is taken over when that holder stopped beating (a crash, a pulled plug): after
// kStaleSeconds, or at once when the holder is a process on this machine that no longer exists.
//
// Ownership: the app's composition root owns it and calls heartbeat() every kHeartbeatSeconds and
// release() when it stops; the Database and Clock outlive it.

#include "core/storage/Database.h"
#include "core/util/Clock.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace ak {

struct StationHolder {
    QString host;  // the machine's name
    qint64 pid = 0;
};

class StationLease {
    Q_DECLARE_TR_FUNCTIONS(StationLease)
public:
    static constexpr int kHeartbeatSeconds = 10;
    static constexpr int kStaleSeconds = 45;

    // `station`: "till:KASSE-1", "kiosk:inngang". `me`: this process (thisProcess() in the apps).
    StationLease(Database& db, const Clock& clock, QString station, StationHolder me);

    static StationHolder thisProcess();
    static QString tillStation(const QString& registerId) { return QStringLiteral("till:") + registerId; }
    static QString kioskStation(const QString& kioskId) { return QStringLiteral("kiosk:") + kioskId; }

    // Conflict with a sentence when another running program holds the station.
    Result<void> claim();
    // Conflict when another program has taken the station over meanwhile (this one was stopped long
    // enough to look dead): the app must stop using it.
    Result<void> heartbeat();
    // Gives the station up (only if this process still holds it).
    Result<void> release();

private:
    Database& db_;
    const Clock& clock_;
    QString station_;
    StationHolder me_;
};

}  // namespace ak
