#include "StationGuard.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcStation, "aktivkafe.ui.station")

namespace ak::ui {

StationGuard::StationGuard(Database& db, const Clock& clock, QString station, QObject* parent)
    : QObject(parent), lease_(db, clock, std::move(station), StationLease::thisProcess()) {
    heartbeat_.setInterval(StationLease::kHeartbeatSeconds * 1000);
    connect(&heartbeat_, &QTimer::timeout, this, &StationGuard::beat);
}

StationGuard::~StationGuard() {
    if (!held_) return;
    if (auto r = lease_.release(); !r) qCWarning(lcStation) << "could not give the station up:" << r.error().message;
}

Result<void> StationGuard::claim() {
    auto r = lease_.claim();
    held_ = r.ok();
    if (held_) heartbeat_.start();
    return r;
}

void StationGuard::beat() {
    auto r = lease_.heartbeat();
    if (r) return;
    if (r.error().code != ErrorCode::Conflict) {  // a busy or full disk: try again at the next beat
        qCWarning(lcStation) << "heartbeat failed:" << r.error().message;
        return;
    }
    qCCritical(lcStation) << r.error().message;
    held_ = false;
    heartbeat_.stop();
    QCoreApplication::exit(3);
}

}  // namespace ak::ui
