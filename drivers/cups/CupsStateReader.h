#pragma once
// Asks cupsd for a queue's state and, when the queue's device is an IPP printer, asks that printer
// for its own (CupsPrinterState.h says why both). Blocking: runs on the transport's worker thread.
// Touches no QObject.

#include "drivers/cups/CupsPrinterState.h"

#include <QString>

namespace ak::dev {

class CupsConnection;

class CupsStateReader {
public:
    // Over a connection to the server that has `queue` (a job's own connection). printerTimeoutMs
    // bounds the question to the printer, so a printer the till cannot reach costs little.
    static CupsReading read(CupsConnection& cups, const QString& queue, int printerTimeoutMs);
    // Connects to `server` first (an idle reading); serverAnswered is false when it does not.
    static CupsReading read(const QString& server, const QString& queue, int timeoutMs);
};

}  // namespace ak::dev
