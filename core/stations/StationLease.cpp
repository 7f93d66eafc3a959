#include "core/stations/StationLease.h"

#include "core/storage/Sql.h"

#include <QLoggingCategory>

#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace ak {

Q_LOGGING_CATEGORY(lcLease, "aktivkafe.core.stations")

namespace {

QString timeText(const QDateTime& t) { return t.toUTC().toString(Qt::ISODateWithMs); }

// Whether process `pid` still runs on this machine (EPERM: it runs, as another user).
bool running(qint64 pid) { return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM); }

}  // namespace

StationLease::StationLease(Database& db, const Clock& clock, QString station, StationHolder me)
    : db_(db), clock_(clock), station_(std::move(station)), me_(std::move(me)) {}

StationHolder StationLease::thisProcess() {
    char host[256] = {};
    ::gethostname(host, sizeof host - 1);
    return {QString::fromLocal8Bit(host), qint64(::getpid())};
}

Result<void> StationLease::claim() {
    return db_.write([&]() -> Result<void> {
        const QDateTime now = clock_.now();
        auto q = db_.query(QStringLiteral("SELECT host, pid, started_at, heartbeat_at FROM station_leases WHERE station = ?"),
                           {station_});
        if (!q) return q.error();
        if (q->next()) {
            const StationHolder other{q->value(0).toString(), q->value(1).toLongLong()};
            const QDateTime since = QDateTime::fromString(q->value(2).toString(), Qt::ISODateWithMs);
            const QDateTime beat = QDateTime::fromString(q->value(3).toString(), Qt::ISODateWithMs);
            q->finish();
            const bool me = other.host == me_.host && other.pid == me_.pid;
            const bool stale = !beat.isValid() || beat.secsTo(now) > kStaleSeconds;
            const bool gone = other.host == me_.host && !running(other.pid);
            if (!me && !stale && !gone)
                return Result<void>::fail(
                    ErrorCode::Conflict,
                    tr("%1 is already in use on the machine \"%2\" (program %3, since %4 UTC). Two programs must not "
                       "use the same %1: they would mix up their receipt numbers and print each other's receipts. "
                       "Close the other one, or give this one its own id in the configuration.")
                        .arg(station_.section(u':', 1), other.host)
                        .arg(other.pid)
                        .arg(since.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
            if (!me)
                qCWarning(lcLease) << "taking over" << station_ << "from" << other.host << other.pid
                                   << (gone ? "(no longer running)" : "(no heartbeat)");
        }
        auto up = db_.query(QStringLiteral("INSERT INTO station_leases (station, host, pid, started_at, heartbeat_at)"
                                           " VALUES (?, ?, ?, ?, ?) ON CONFLICT (station) DO UPDATE SET host = excluded.host,"
                                           " pid = excluded.pid, started_at = excluded.started_at,"
                                           " heartbeat_at = excluded.heartbeat_at"),
                            {station_, me_.host, me_.pid, timeText(now), timeText(now)});
        if (!up) return up.error();
        return {};
    });
}

Result<void> StationLease::heartbeat() {
    auto q = db_.query(QStringLiteral("UPDATE station_leases SET heartbeat_at = ? WHERE station = ? AND host = ? AND pid = ?"),
                       {timeText(clock_.now()), station_, me_.host, me_.pid});
    if (!q) return q.error();
    if (q->numRowsAffected() == 1) return {};
    return Error{ErrorCode::Conflict, tr("Another program has taken over %1 while this one was not responding. This "
                                         "one stops using it; close it.")
                                          .arg(station_.section(u':', 1))};
}

Result<void> StationLease::release() {
    auto q = db_.query(QStringLiteral("DELETE FROM station_leases WHERE station = ? AND host = ? AND pid = ?"),
                       {station_, me_.host, me_.pid});
    if (!q) return q.error();
    return {};
}

}  // namespace ak
