#pragma once
// A finished PDF (an A4 report) as one job on a CUPS queue, through libcups: connect, Create-Job,
// send, finish; cancelled if it cannot be sent whole. Blocking. Part of the aktivkafe-cups module
// (CupsBackend.h); everything else sends reports through CupsReportPrint.

#include "drivers/report/ReportOutput.h"

#include <QString>

namespace ak::dev {

class CupsPdfJob {
public:
    static ReportOutcome<int> print(const QString& pdfPath, const QString& queue, const QString& title,
                                    const QString& server, int timeoutMs);
};

}  // namespace ak::dev
