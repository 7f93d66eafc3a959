#pragma once
// One blocking raw job through libcups: connect, create, send, finish, poll job-state until done
// or the deadline. Runs on a worker thread; touches no QObject.

#include "drivers/devices/DeviceError.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace ak::dev {

class CupsJob {
public:
    // nullopt on success (job-state completed).
    static std::optional<DeviceError> run(const QString& server, const QString& queue, const QString& title,
                                          const QByteArray& bytes, int timeoutMs);
};

}  // namespace ak::dev
