#pragma once
// The libcups side of CUPS printing behind one interface, so that the apps do not load libcups at
// start. libcups brings GnuTLS and eight more libraries whose loading and relocation cost the kiosk
// about 5 ms of an 80-ms start (a tenth of its budget against a bare window, docs/performance.md)
// for a printer kind most cafés never configure. The implementation is the module aktivkafe-cups
// (drivers/cups/CupsModule.cpp with CupsJob, CupsStateReader, CupsPdfJob and CupsConnection),
// loaded the first time a CUPS job, reading or report needs it; the rest of drivers/ and the apps
// talk to this interface only (CupsTransport, CupsReportPrint).
//
// Why a module of our own rather than dlopen("libcups.so.2") and a table of its ~30 functions: the
// code that uses libcups stays ordinary C++ against <cups/cups.h>, checked by the compiler.

#include "drivers/cups/CupsPrinterState.h"
#include "drivers/devices/DeviceError.h"
#include "drivers/report/ReportOutput.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace ak::dev {

struct CupsJobOutcome {
    std::optional<DeviceError> error;  // nullopt: job-state completed
    CupsReading reading;               // the last reading of the queue and its printer
};

class CupsBackend {
public:
    virtual ~CupsBackend() = default;

    // One blocking raw job (CupsJob::run): progress gets each reading taken while the job waits.
    virtual CupsJobOutcome runJob(const QString& server, const QString& queue, const QString& title,
                                  const QByteArray& bytes, int timeoutMs,
                                  const std::function<void(const CupsReading&)>& progress) const = 0;
    // One blocking idle reading of a queue and its printer (CupsStateReader::read).
    virtual CupsReading readState(const QString& server, const QString& queue, int timeoutMs) const = 0;
    // A finished PDF to a queue (CupsPdfJob::print): the job id, or why not.
    virtual ReportOutcome<int> printPdf(const QString& pdfPath, const QString& queue, const QString& title,
                                        const QString& server, int timeoutMs) const = 0;

    // The module's backend, loaded on the first call (from any thread); nullptr when the module
    // cannot be loaded, with the reason in a whole sentence in *problem.
    static const CupsBackend* get(QString* problem = nullptr);
    // Loads the module at `path` (get() does, once, with modulePath()): nullptr and why when it
    // cannot be loaded or is not an aktivkafe-cups module of this version.
    static const CupsBackend* load(const QString& path, QString* problem);
    // Where get() looks for the module: "../<libdir>/aktivkafe/aktivkafe-cups.so" next to the
    // running program, the same in the build tree and an installed one.
    static QString modulePath();
};

// The module's one exported function: extern "C" const ak::dev::CupsBackend* ak_cups_backend_v1().
// The number changes whenever CupsBackend does, so that a stale module is refused, not called.
inline constexpr char kCupsBackendSymbol[] = "ak_cups_backend_v1";

}  // namespace ak::dev
