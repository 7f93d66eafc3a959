#include "drivers/cups/CupsJob.h"

#include "drivers/Logging.h"
#include "drivers/cups/CupsConnection.h"
#include "drivers/cups/CupsStateReader.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QThread>

#include <algorithm>

namespace ak::dev {

namespace {

constexpr int kStateEveryMs = 1000;      // the printer's state while the job waits
constexpr int kPrinterTimeoutMs = 2000;  // at most, for the printer itself to answer

DeviceError cupsError(DeviceError::Kind fallback, const char* step) {
    const ipp_status_t status = cupsLastError();
    const QString detail = QString::fromUtf8(cupsLastErrorString());
    qCWarning(lcCups) << step << "failed:" << ippErrorString(status) << detail;
    const DeviceError::Kind kind = status == IPP_STATUS_ERROR_NOT_FOUND ? DeviceError::Kind::NotFound
                                   : status == IPP_STATUS_ERROR_SERVICE_UNAVAILABLE ? DeviceError::Kind::Offline
                                                                                    : fallback;
    return DeviceError::make(kind);
}

int printerTimeout(const QDeadlineTimer& deadline) {
    return int(std::clamp<qint64>(deadline.remainingTime(), 1, kPrinterTimeoutMs));
}

}  // namespace

CupsJob::Outcome CupsJob::run(const QString& server, const QString& queue, const QString& title,
                              const QByteArray& bytes, int timeoutMs,
                              const std::function<void(const CupsReading&)>& progress) {
    const QDeadlineTimer deadline(timeoutMs);
    std::optional<CupsConnection> cups = CupsConnection::open(server, timeoutMs);
    if (!cups) return {cupsstate::refusal(CupsReading{}), {}};
    http_t* http = cups->http();
    const QByteArray queueBytes = queue.toUtf8();

    // A printer that says it has no paper gets no job: handed over, the job would wait in the
    // printer and could come out after a copy the print queue sends once paper is in.
    Outcome out{std::nullopt, CupsStateReader::read(*cups, queue, printerTimeout(deadline))};
    if ((out.error = cupsstate::refusal(out.reading))) {
        qCWarning(lcCups) << "queue" << queue << "cannot print now:" << DeviceError::kindName(out.error->kind)
                          << out.reading.detail;
        return out;
    }

    const int jobId = cups->createJob(queue, title);
    if (jobId <= 0) return {cupsError(DeviceError::Kind::Io, "Create-Job"), out.reading};
    if (cupsStartDocument(http, queueBytes.constData(), jobId, "receipt", CUPS_FORMAT_RAW, 1) != HTTP_STATUS_CONTINUE)
        return {cupsError(DeviceError::Kind::Io, "cupsStartDocument"), out.reading};
    if (cupsWriteRequestData(http, bytes.constData(), static_cast<size_t>(bytes.size())) != HTTP_STATUS_CONTINUE)
        return {cupsError(DeviceError::Kind::Io, "cupsWriteRequestData"), out.reading};
    if (cupsFinishDocument(http, queueBytes.constData()) != IPP_STATUS_OK)
        return {cupsError(DeviceError::Kind::Io, "cupsFinishDocument"), out.reading};
    qCDebug(lcCups) << "queue" << queue << "job" << jobId << "submitted," << bytes.size() << "bytes";

    // Poll the job: the socket backend reports completion only after the printer took the bytes.
    const QByteArray uri = cups->jobUri(jobId);
    static const char* const kAttributes[] = {"job-state", "job-state-reasons", "job-printer-state-message"};
    QElapsedTimer sinceReading;
    sinceReading.start();
    auto readDuringJob = [&] {
        out.reading = CupsStateReader::read(*cups, queue, printerTimeout(deadline));
        out.reading.duringJob = true;
        sinceReading.restart();
    };
    while (!deadline.hasExpired()) {
        ipp_t* request = ippNewRequest(IPP_OP_GET_JOB_ATTRIBUTES);
        ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "job-uri", nullptr, uri.constData());
        ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nullptr, cupsUser());
        ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", 3, nullptr, kAttributes);
        IppPtr response(cupsDoRequest(http, request, "/"));  // takes ownership of request
        if (!response || cupsLastError() > IPP_STATUS_OK_CONFLICTING)
            return {cupsError(DeviceError::Kind::Io, "Get-Job-Attributes"), out.reading};
        const int state = ippGetInteger(ippFindAttribute(response.get(), "job-state", IPP_TAG_ENUM), 0);
        if (state == IPP_JSTATE_COMPLETED) {
            readDuringJob();  // what the printer said last (a job can end with paper low)
            return out;
        }
        if (state == IPP_JSTATE_CANCELED || state == IPP_JSTATE_ABORTED) {
            ipp_attribute_t* message = ippFindAttribute(response.get(), "job-printer-state-message", IPP_TAG_TEXT);
            qCWarning(lcCups) << "job" << jobId << "ended in state" << state
                              << (message ? ippGetString(message, 0, nullptr) : "");
            return {DeviceError::make(DeviceError::Kind::Io, QStringLiteral("(the print server gave up on the job)")),
                    out.reading};
        }
        if (sinceReading.elapsed() >= kStateEveryMs) {
            // Paper out or the cover open while the job waits: the till says so now, not at the end.
            readDuringJob();
            progress(out.reading);
        }
        QThread::msleep(std::min<qint64>(100, std::max<qint64>(1, deadline.remainingTime())));
    }
    // Our timeout: cancel so the receipt does not come out much later at a surprising moment.
    qCWarning(lcCups) << "job" << jobId << "not done after" << timeoutMs << "ms; cancelling;" << out.reading.detail;
    cupsCancelJob2(http, queueBytes.constData(), jobId, 0);
    // It waited for paper or a closed cover (read during the job): that is the cause to tell.
    if (const auto cause = out.reading.duringJob ? cupsstate::waitCause(out.reading.printer) : std::nullopt)
        return {DeviceError::make(*cause), out.reading};
    return {DeviceError::make(DeviceError::Kind::Timeout, QStringLiteral("(the printer did not take the receipt)")),
            out.reading};
}

}  // namespace ak::dev
