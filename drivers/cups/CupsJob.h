#pragma once
// One blocking raw job through libcups: connect, read the queue's (and its printer's) state and
// refuse the job if the printer says it cannot print, create, send, finish, then poll job-state
// until done or the deadline, reading the state again about once a second meanwhile. Runs on a
// worker thread; touches no QObject.

#include "drivers/cups/CupsBackend.h"
#include "drivers/devices/DeviceError.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace ak::dev {

class CupsJob {
public:
    using Outcome = CupsJobOutcome;
    // progress: each reading taken while the job waits for the printer, called on this thread.
    static Outcome run(const QString& server, const QString& queue, const QString& title, const QByteArray& bytes,
                       int timeoutMs, const std::function<void(const CupsReading&)>& progress);
};

}  // namespace ak::dev
