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

std::optional<CupsConnection> CupsConnection::connect(const Address& a, http_encryption_t encryption, int timeoutMs) {
    int cancel = 0;
    std::unique_ptr<http_t, HttpClose> http(httpConnect2(a.host.constData(), a.port, nullptr, AF_UNSPEC, encryption, 1,
                                                         std::max(1000, timeoutMs), &cancel));
    if (!http) return std::nullopt;
    httpSetTimeout(http.get(), std::max(1.0, timeoutMs / 1000.0), nullptr, nullptr);
    return CupsConnection(std::move(http), a.host, a.port);
}

std::optional<CupsConnection> CupsConnection::open(const QString& server, int timeoutMs, bool quiet) {
    const Address a = resolve(server);
    std::optional<CupsConnection> c = connect(a, cupsEncryption(), timeoutMs);
    if (!c && !quiet) qCWarning(lcCups) << "cannot connect to CUPS at" << a.host << a.port;
    else if (!c) qCDebug(lcCups) << "cannot connect to CUPS at" << a.host << a.port;
    else qCDebug(lcCups) << "connected to" << a.host << a.port;
    return c;
}

std::optional<CupsConnection::Printer> CupsConnection::openPrinter(const QByteArray& deviceUri, int timeoutMs) {
    char scheme[32], user[256], host[256], resource[1024];
    int port = 0;
    if (httpSeparateURI(HTTP_URI_CODING_ALL, deviceUri.constData(), scheme, sizeof scheme, user, sizeof user, host,
                        sizeof host, &port, resource, sizeof resource) < HTTP_URI_STATUS_OK)
        return std::nullopt;
    const bool tls = qstrcmp(scheme, "ipps") == 0;
    if (!tls && qstrcmp(scheme, "ipp") != 0) return std::nullopt;
    std::optional<CupsConnection> c =
        connect({QByteArray(host), port}, tls ? HTTP_ENCRYPTION_ALWAYS : HTTP_ENCRYPTION_IF_REQUESTED, timeoutMs);
    if (!c) {
        qCDebug(lcCups) << "the printer at" << host << port << "does not answer here";
        return std::nullopt;
    }
    char uri[1024];
    httpAssembleURI(HTTP_URI_CODING_ALL, uri, sizeof uri, scheme, nullptr, host, port, resource);
    return Printer{std::move(*c), QByteArray(uri), QByteArray(resource)};
}

int CupsConnection::createJob(const QString& queue, const QString& title) {
    ipp_t* request = ippNewRequest(IPP_OP_CREATE_JOB);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr, queueUri(queue).constData());
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nullptr, cupsUser());
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "job-name", nullptr, title.toUtf8().constData());
    IppPtr response(cupsDoRequest(http(), request, queueResource(queue).constData()));  // takes ownership of request
    if (!response || cupsLastError() > IPP_STATUS_OK_CONFLICTING) return 0;
    const int jobId = ippGetInteger(ippFindAttribute(response.get(), "job-id", IPP_TAG_INTEGER), 0);
    qCDebug(lcCups) << "queue" << queue << "created job" << jobId;
    return jobId;
}

QByteArray CupsConnection::queueUri(const QString& queue) const {
    char uri[1024];
    httpAssembleURIf(HTTP_URI_CODING_ALL, uri, sizeof uri, "ipp", nullptr, host_.constData(), port_, "/printers/%s",
                     queue.toUtf8().constData());
    return QByteArray(uri);
}

QByteArray CupsConnection::queueResource(const QString& queue) { return "/printers/" + queue.toUtf8(); }

QByteArray CupsConnection::jobUri(int jobId) const {
    char uri[1024];
    httpAssembleURIf(HTTP_URI_CODING_ALL, uri, sizeof uri, "ipp", nullptr, host_.constData(), port_, "/jobs/%d", jobId);
    return QByteArray(uri);
}

}  // namespace ak::dev
