#include "drivers/cups/CupsConnection.h"

#include "drivers/Logging.h"

#include <algorithm>

namespace ak::dev {

CupsConnection::Address CupsConnection::resolve(const QString& server) {
    QString host = server.isEmpty() ? QString::fromUtf8(cupsServer()) : server;
    int port = ippPort();  // libcups' default, from CUPS_SERVER "host:port" when that is set
    if (const qsizetype colon = host.lastIndexOf(u':'); colon > 0 && !host.startsWith(u'/')) {
        bool ok = false;
        const int p = host.mid(colon + 1).toInt(&ok);
        if (ok) {
            port = p;
            host = host.left(colon);
        }
    }
    return {host.toUtf8(), port};
}

QString CupsConnection::address(const QString& server) {
    const Address a = resolve(server);
    if (a.host.startsWith('/')) return QString::fromUtf8(a.host);
    return QStringLiteral("%1:%2").arg(QString::fromUtf8(a.host)).arg(a.port);
}

std::optional<CupsConnection> CupsConnection::open(const QString& server, int timeoutMs) {
    const Address a = resolve(server);
    int cancel = 0;
    std::unique_ptr<http_t, HttpClose> http(httpConnect2(a.host.constData(), a.port, nullptr, AF_UNSPEC,
                                                         cupsEncryption(), 1, std::max(1000, timeoutMs), &cancel));
    if (!http) {
        qCWarning(lcCups) << "cannot connect to CUPS at" << a.host << a.port;
        return std::nullopt;
    }
    qCDebug(lcCups) << "connected to" << a.host << a.port;
    httpSetTimeout(http.get(), std::max(1.0, timeoutMs / 1000.0), nullptr, nullptr);
    return CupsConnection(std::move(http), a.host, a.port);
}

int CupsConnection::createJob(const QString& queue, const QString& title) {
    const QByteArray queueBytes = queue.toUtf8();
    char printerUri[1024];
    httpAssembleURIf(HTTP_URI_CODING_ALL, printerUri, sizeof printerUri, "ipp", nullptr, host_.constData(), port_,
                     "/printers/%s", queueBytes.constData());
    ipp_t* request = ippNewRequest(IPP_OP_CREATE_JOB);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr, printerUri);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nullptr, cupsUser());
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "job-name", nullptr, title.toUtf8().constData());
    const QByteArray resource = "/printers/" + queueBytes;
    IppPtr response(cupsDoRequest(http(), request, resource.constData()));  // takes ownership of request
    if (!response || cupsLastError() > IPP_STATUS_OK_CONFLICTING) return 0;
    const int jobId = ippGetInteger(ippFindAttribute(response.get(), "job-id", IPP_TAG_INTEGER), 0);
    qCDebug(lcCups) << "queue" << queue << "created job" << jobId;
    return jobId;
}

QByteArray CupsConnection::jobUri(int jobId) const {
    char uri[1024];
    httpAssembleURIf(HTTP_URI_CODING_ALL, uri, sizeof uri, "ipp", nullptr, host_.constData(), port_, "/jobs/%d", jobId);
    return QByteArray(uri);
}

}  // namespace ak::dev
