#pragma once
// Sends a finished PDF (an A4 report) to a CUPS queue (ARCHITECTURE.md "report printer: any CUPS
// printer"). The queue's driver turns the PDF into what its printer needs; nothing here knows the
// printer. Blocking, a few hundred milliseconds on a local server: call it from a command or a worker
// thread, not from a screen's event loop.

#include "drivers/report/ReportOutput.h"

#include <QString>

namespace ak::dev {

class CupsReportPrint {
public:
    static constexpr int kDefaultTimeoutMs = 15000;

    // Submits `pdfPath` as application/pdf to `queue` on `server` ("host:port"; empty: libcups'
    // default, i.e. CUPS_SERVER or client.conf) under the job name `title`. The value is the job id
    // once CUPS holds the whole file; it does not wait for the paper. Errors: NoFile, NoServer,
    // NoQueue, Refused.
    static ReportOutcome<int> print(const QString& pdfPath, const QString& queue, const QString& title,
                                    const QString& server = {}, int timeoutMs = kDefaultTimeoutMs);
};

}  // namespace ak::dev
