#pragma once
// Holds this app's station (a till's register id, a kiosk's id) for as long as it runs: claims it
// at start (StationLease in core decides whether it may), beats every few seconds, gives it up at
// the end. If another program took the station over while this one hung, this one says so and
// quits rather than go on numbering receipts in the other's sequence. Both apps' main.cpp own one.

#include <QObject>
#include <QTimer>

#include "core/stations/StationLease.h"

namespace ak::ui {

class StationGuard : public QObject {
    Q_OBJECT
public:
    StationGuard(Database& db, const Clock& clock, QString station, QObject* parent = nullptr);
    ~StationGuard() override;

    // Conflict with a sentence (which machine holds it) when another running program has it.
    Result<void> claim();

private:
    void beat();

    StationLease lease_;
    QTimer heartbeat_;
    bool held_ = false;
};

}  // namespace ak::ui
