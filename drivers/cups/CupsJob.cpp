#include "drivers/cups/CupsJob.h"

#include "drivers/Logging.h"

#include <QDeadlineTimer>
#include <QThread>

#include <cups/cups.h>

#include <memory>

namespace ak::dev {

namespace {

// RAII for libcups handles.
struct HttpClose {
    void operator()(http_t* http) const { httpClose(http); }
};
struct IppDelete {
    void operator()(ipp_t* ipp) const { ippDelete(ipp); }
};
using HttpPtr = std::unique_ptr<http_t, HttpClose>;
using IppPtr = std::unique_ptr<ipp_t, IppDelete>;

DeviceError cupsError(DeviceError::Kind fallback, const char* step) {
    const ipp_status_t status = cupsLastError();
    const QString detail = QString::fromUtf8(cupsLastErrorString());
    qCWarning(lcCups) << step << "failed:" << ippErrorString(status) << detail;
    const DeviceError::Kind kind = status == IPP_STATUS_ERROR_NOT_FOUND ? DeviceError::Kind::NotFound
                                   : status == IPP_STATUS_ERROR_SERVICE_UNAVAILABLE ? DeviceError::Kind::Offline
                                                                                    : fallback;
    return DeviceError::make(kind);
}

}  // namespace

std::optional<DeviceError> CupsJob::run(const QString& server, const QString& queue, const QString& title,
                                        const QByteArray& bytes, int timeoutMs) {
    const QDeadlineTimer deadline(timeoutMs);
    QString host = server.isEmpty() ? QString::fromUtf8(cupsServer()) : server;
    int port = ippPort();
    if (const qsizetype colon = host.lastIndexOf(u':'); colon > 0 && !host.startsWith(u'/')) {
        bool ok = false;
        const int p = host.mid(colon + 1).toInt(&ok);
        if (ok) {
            port = p;
            host = host.left(colon);
        }
    }
    const QByteArray hostBytes = host.toUtf8();
    const QByteArray queueBytes = queue.toUtf8();
    int cancel = 0;
    HttpPtr http(httpConnect2(hostBytes.constData(), port, nullptr, AF_UNSPEC, cupsEncryption(), 1,
                              std::max(1000, timeoutMs), &cancel));
    if (!http) {
        qCWarning(lcCups) << "cannot connect to CUPS at" << host << port;
        return DeviceError::make(DeviceError::Kind::Offline, QStringLiteral("(the print server does not answer)"));
    }
    qCDebug(lcCups) << "connected to" << host << port;
    httpSetTimeout(http.get(), std::max(1.0, timeoutMs / 1000.0), nullptr, nullptr);
    // Create-Job by hand: cupsCreateJob() looks the queue up through the *default* server's
    // destinations, which is not the server we connected to when cupsServer is set in settings.
    char printerUri[1024];
    httpAssembleURIf(HTTP_URI_CODING_ALL, printerUri, sizeof printerUri, "ipp", nullptr, hostBytes.constData(), port,
                     "/printers/%s", queueBytes.constData());
    int jobId = 0;
    {
        ipp_t* request = ippNewRequest(IPP_OP_CREATE_JOB);
        ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr, printerUri);
        ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nullptr, cupsUser());
        ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "job-name", nullptr, title.toUtf8().constData());
        const QByteArray resource = "/printers/" + queueBytes;
        IppPtr response(cupsDoRequest(http.get(), request, resource.constData()));  // takes ownership of request
        if (response && cupsLastError() <= IPP_STATUS_OK_CONFLICTING)
            jobId = ippGetInteger(ippFindAttribute(response.get(), "job-id", IPP_TAG_INTEGER), 0);
    }
    if (jobId <= 0) return cupsError(DeviceError::Kind::Io, "Create-Job");
    qCDebug(lcCups) << "queue" << queue << "created job" << jobId;
    if (cupsStartDocument(http.get(), queueBytes.constData(), jobId, "receipt", CUPS_FORMAT_RAW, 1) != HTTP_STATUS_CONTINUE)
        return cupsError(DeviceError::Kind::Io, "cupsStartDocument");
    if (cupsWriteRequestData(http.get(), bytes.constData(), static_cast<size_t>(bytes.size())) != HTTP_STATUS_CONTINUE)
        return cupsError(DeviceError::Kind::Io, "cupsWriteRequestData");
    if (cupsFinishDocument(http.get(), queueBytes.constData()) != IPP_STATUS_OK)
        return cupsError(DeviceError::Kind::Io, "cupsFinishDocument");
    qCDebug(lcCups) << "queue" << queue << "job" << jobId << "submitted," << bytes.size() << "bytes";

    // Poll the job: the socket backend reports completion only after the printer took the bytes.
    char uri[1024];
    httpAssembleURIf(HTTP_URI_CODING_ALL, uri, sizeof uri, "ipp", nullptr, hostBytes.constData(), port,
                     "/jobs/%d", jobId);
    static const char* const kAttributes[] = {"job-state", "job-state-reasons", "job-printer-state-message"};
    while (!deadline.hasExpired()) {
        ipp_t* request = ippNewRequest(IPP_OP_GET_JOB_ATTRIBUTES);
        ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "job-uri", nullptr, uri);
        ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nullptr, cupsUser());
        ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", 3, nullptr, kAttributes);
        IppPtr response(cupsDoRequest(http.get(), request, "/"));  // takes ownership of request
        if (!response || cupsLastError() > IPP_STATUS_OK_CONFLICTING) return cupsError(DeviceError::Kind::Io, "Get-Job-Attributes");
        const int state = ippGetInteger(ippFindAttribute(response.get(), "job-state", IPP_TAG_ENUM), 0);
        if (state == IPP_JSTATE_COMPLETED) return std::nullopt;
        if (state == IPP_JSTATE_CANCELED || state == IPP_JSTATE_ABORTED) {
            ipp_attribute_t* message = ippFindAttribute(response.get(), "job-printer-state-message", IPP_TAG_TEXT);
            qCWarning(lcCups) << "job" << jobId << "ended in state" << state
                              << (message ? ippGetString(message, 0, nullptr) : "");
            return DeviceError::make(DeviceError::Kind::Io, QStringLiteral("(the print server gave up on the job)"));
        }
        QThread::msleep(std::min<qint64>(100, std::max<qint64>(1, deadline.remainingTime())));
    }
    // Our timeout: cancel so the receipt does not come out much later at a surprising moment.
    qCWarning(lcCups) << "job" << jobId << "not done after" << timeoutMs << "ms; cancelling";
    cupsCancelJob2(http.get(), queueBytes.constData(), jobId, 0);
    return DeviceError::make(DeviceError::Kind::Timeout, QStringLiteral("(the printer did not take the receipt)"));
}

}  // namespace ak::dev
