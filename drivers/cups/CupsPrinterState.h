#pragma once
// What CUPS says about a receipt printer, turned into the till's PrinterStatus: the one place where
// IPP printer-state-reasons (RFC 8011 5.4.12, PWG 5100.9) become paper, cover and online.
//
// Where it comes from: cupsd's queue (printer-state, printer-is-accepting-jobs, the reasons its
// backend reported) and, when the queue's device is an IPP printer, that printer itself.
// Pure functions: no libcups, no I/O (CupsStateReader does the asking), so every rule is tested
// without a server.

#include "drivers/devices/DeviceError.h"
#include "drivers/devices/PrinterStatus.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace ak::dev {

// One reading of a queue (and its printer, where it could be asked).
struct CupsReading {
    bool serverAnswered = false;  // cupsd answered
    bool queueFound = false;      // it has the queue
    bool queueReady = false;      // the queue takes jobs and is not stopped (cupsd's own state)
    // The printer itself answered (the queue's device is ipp:// or ipps:// and reachable from here).
    // Only then are paper and cover news while no job runs: cupsd keeps the reasons a backend
    // reported during the last job until the next one (seen with CUPS 2.4: a printer given paper
    // again still shows media-empty on its queue), and a raw socket queue never learns them.
    bool fromPrinter = false;
    // Taken while our job ran (or just after it ended): cupsd's backend keeps the queue's reasons
    // current then, so they are news even without the printer's own.
    bool duringJob = false;
    PrinterStatus printer;  // from the printer's state and reasons, or else from the queue's
    QString detail;         // the reasons as read, for the log
};

namespace cupsstate {

// "media-empty-error" -> "media-empty": the severity suffix (-report, -warning, -error) says how
// urgent the printer thinks it is; for the till, paper out is paper out.
QString keyword(const QString& reason);

// printer-state (IPP enum: 3 idle, 4 processing, 5 stopped) and printer-state-reasons ->
// status. media-empty, media-needed: paper out; media-low: near end; cover-open, door-open,
// interlock-open: cover open; media-jam: an error; offline, shutdown: not online. A stopped
// printer that names none of these is not online either. Reasons the till cannot act on
// (connecting-to-device at every job start, cups-waiting-for-job-completed, toner, ...) change
// nothing. The drawer is unknown through CUPS.
PrinterStatus fromReasons(int printerState, const QStringList& reasons);

// The status to show after a reading. `last`: the status shown before, kept for paper and cover
// when the reading has no news of them. `printerUnreachable`: our last job never reached the
// printer (timed out): only the printer itself or a job that goes through says it is back.
PrinterStatus shown(const CupsReading& reading, const PrinterStatus& last, bool printerUnreachable);

// Why a job must not go to the queue now, or nullopt. Only the server, the queue's own state and
// a printer that was asked itself can refuse a job: reasons left on the queue from an earlier job
// cannot (they would hold the receipt back long after paper is in).
std::optional<DeviceError> refusal(const CupsReading& reading);

// The cause of a job that did not finish in time while the printer said it had no paper or an
// open cover (so the till says "put in a new roll", not "did not answer"); nullopt otherwise.
std::optional<DeviceError::Kind> waitCause(const PrinterStatus& status);

}  // namespace cupsstate
}  // namespace ak::dev
