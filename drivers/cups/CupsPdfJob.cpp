#include "drivers/cups/CupsPdfJob.h"

#include "drivers/Logging.h"
#include "drivers/cups/CupsConnection.h"

#include <QCoreApplication>
#include <QFile>

namespace ak::dev {

namespace {

ReportOutputError refused(const QString& queue, const char* step) {
    const QString detail = QString::fromUtf8(cupsLastErrorString());
    qCWarning(lcReport) << step << "failed on" << queue << ":" << ippErrorString(cupsLastError()) << detail;
    return {ReportOutputError::Kind::Refused,
            QCoreApplication::translate("CupsReportPrint", "The print server did not take the report for %1: %2")
                .arg(queue, detail)};
}

}  // namespace

ReportOutcome<int> CupsPdfJob::print(const QString& pdfPath, const QString& queue, const QString& title,
                                          const QString& server, int timeoutMs) {
    QFile pdf(pdfPath);
    if (!pdf.open(QIODevice::ReadOnly))
        return ReportOutputError{ReportOutputError::Kind::NoFile,
                                 QCoreApplication::translate("CupsReportPrint", "The report %1 cannot be read: %2")
                                     .arg(pdfPath, pdf.errorString())};
    const QByteArray bytes = pdf.readAll();

    std::optional<CupsConnection> cups = CupsConnection::open(server, timeoutMs);
    if (!cups)
        return ReportOutputError{
            ReportOutputError::Kind::NoServer,
            QCoreApplication::translate("CupsReportPrint", "The print server %1 does not answer. Is CUPS running?")
                .arg(CupsConnection::address(server))};

    const int jobId = cups->createJob(queue, title);
    if (jobId <= 0) {
        if (cupsLastError() == IPP_STATUS_ERROR_NOT_FOUND)
            return ReportOutputError{ReportOutputError::Kind::NoQueue,
                                     QCoreApplication::translate("CupsReportPrint",
                                                                 "The print server %1 has no printer queue called %2. "
                                                                 "'lpstat -p' lists the queues there.")
                                         .arg(CupsConnection::address(server), queue)};
        return refused(queue, "Create-Job");
    }
    const QByteArray queueBytes = queue.toUtf8();
    // No document-name: Debian 12's cupsd (2.4.2) crashes on one with a space in it when the queue
    // filters the document (seen with the test queue, tests/support/PrivateCupsd.h). The job keeps its
    // name (job-name, from Create-Job), which is what queue listings show.
    bool sent = cupsStartDocument(cups->http(), queueBytes.constData(), jobId, nullptr, "application/pdf", 1) ==
                HTTP_STATUS_CONTINUE;
    sent = sent && cupsWriteRequestData(cups->http(), bytes.constData(), size_t(bytes.size())) == HTTP_STATUS_CONTINUE;
    if (!sent || cupsFinishDocument(cups->http(), queueBytes.constData()) != IPP_STATUS_OK) {
        const ReportOutputError error = refused(queue, "sending the document");
        cupsCancelJob2(cups->http(), queueBytes.constData(), jobId, 0);  // no half report comes out later
        return error;
    }
    qCDebug(lcReport) << "queue" << queue << "job" << jobId << "holds" << bytes.size() << "bytes of" << pdfPath;
    return jobId;
}

}  // namespace ak::dev
