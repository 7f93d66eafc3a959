#include "drivers/report/CupsReportPrint.h"

#include "drivers/cups/CupsBackend.h"

namespace ak::dev {

ReportOutcome<int> CupsReportPrint::print(const QString& pdfPath, const QString& queue, const QString& title,
                                          const QString& server, int timeoutMs) {
    QString problem;
    const CupsBackend* cups = CupsBackend::get(&problem);
    if (!cups) return ReportOutputError{ReportOutputError::Kind::NoServer, problem};
    return cups->printPdf(pdfPath, queue, title, server, timeoutMs);
}

}  // namespace ak::dev
