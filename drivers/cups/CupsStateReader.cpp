#include "drivers/cups/CupsStateReader.h"

#include "drivers/Logging.h"
#include "drivers/cups/CupsConnection.h"

#include <algorithm>
#include <optional>

namespace ak::dev {

namespace {

struct PrinterAttributes {
    int state = IPP_PSTATE_IDLE;
    QStringList reasons;
    bool accepting = true;
    QByteArray deviceUri;  // a cupsd queue's; empty from a printer
};

// Get-Printer-Attributes, built here: cupsGetNamedDest() would do it for a queue, but when the
// queue or the server is missing it browses DNS-SD for a second (and asks the default server),
// which an idle reading every 2 s must not do; and no libcups call returns the state of a printer
// that is not a destination.
std::optional<PrinterAttributes> ask(http_t* http, const QByteArray& uri, const QByteArray& resource) {
    static const char* const kAttributes[] = {"printer-state", "printer-state-reasons", "printer-is-accepting-jobs",
                                              "device-uri"};
    ipp_t* request = ippNewRequest(IPP_OP_GET_PRINTER_ATTRIBUTES);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr, uri.constData());
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nullptr, cupsUser());
    ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", std::size(kAttributes), nullptr,
                  kAttributes);
    IppPtr response(cupsDoRequest(http, request, resource.constData()));  // takes ownership of request
    if (!response || cupsLastError() > IPP_STATUS_OK_CONFLICTING) return std::nullopt;
    PrinterAttributes a;
    if (ipp_attribute_t* state = ippFindAttribute(response.get(), "printer-state", IPP_TAG_ENUM))
        a.state = ippGetInteger(state, 0);
    if (ipp_attribute_t* reasons = ippFindAttribute(response.get(), "printer-state-reasons", IPP_TAG_KEYWORD)) {
        for (int i = 0; i < ippGetCount(reasons); ++i) {
            const QString r = QString::fromUtf8(ippGetString(reasons, i, nullptr));
            if (r != QLatin1String("none")) a.reasons << r;
        }
    }
    if (ipp_attribute_t* accepting = ippFindAttribute(response.get(), "printer-is-accepting-jobs", IPP_TAG_BOOLEAN))
        a.accepting = ippGetBoolean(accepting, 0) != 0;
    if (ipp_attribute_t* device = ippFindAttribute(response.get(), "device-uri", IPP_TAG_URI))
        a.deviceUri = ippGetString(device, 0, nullptr);
    return a;
}

QString describe(const char* who, const PrinterAttributes& a) {
    return QStringLiteral("%1 state %2, reasons %3%4")
        .arg(QLatin1String(who))
        .arg(a.state)
        .arg(a.reasons.isEmpty() ? QStringLiteral("none") : a.reasons.join(u','),
             a.accepting ? QString() : QStringLiteral(", not accepting jobs"));
}

}  // namespace

CupsReading CupsStateReader::read(CupsConnection& cups, const QString& queue, int printerTimeoutMs) {
    CupsReading r;
    const std::optional<PrinterAttributes> q =
        ask(cups.http(), cups.queueUri(queue), CupsConnection::queueResource(queue));
    if (!q) {
        r.serverAnswered = cupsLastError() == IPP_STATUS_ERROR_NOT_FOUND;
        qCDebug(lcCups) << "queue" << queue << "state not read:" << cupsLastErrorString();
        return r;
    }
    r.serverAnswered = r.queueFound = true;
    r.queueReady = q->accepting && q->state != IPP_PSTATE_STOPPED;
    r.detail = describe("queue", *q);
    // The queue's reasons are the backend's view of the printer: for a socket or USB printer the
    // only one there is (current while a job runs, left over after it).
    r.printer = cupsstate::fromReasons(IPP_PSTATE_IDLE, q->reasons);
    if (std::optional<CupsConnection::Printer> p = CupsConnection::openPrinter(q->deviceUri, printerTimeoutMs)) {
        if (const std::optional<PrinterAttributes> a = ask(p->connection.http(), p->uri, p->resource)) {
            r.fromPrinter = true;
            r.printer = cupsstate::fromReasons(a->state, a->reasons);
            if (!a->accepting) r.printer.online = false;
            r.detail += u"; " + describe("printer", *a);
        }
    }
    qCDebug(lcCups) << "queue" << queue << r.detail;
    return r;
}

CupsReading CupsStateReader::read(const QString& server, const QString& queue, int timeoutMs) {
    std::optional<CupsConnection> cups = CupsConnection::open(server, timeoutMs, /*quiet=*/true);
    if (!cups) return {};
    return read(*cups, queue, std::min(timeoutMs, 2000));
}

}  // namespace ak::dev
