#pragma once
// One connection to a CUPS server for one job, shared by the raw receipt job (CupsJob) and the A4
// report (CupsReportPrint): finds the server, connects, and creates the job on a named queue. Also
// a connection to the IPP printer behind a queue, whose state CupsStateReader asks for.
// Blocking; touches no QObject. Owns its http_t (closed when the object goes).

#include <QByteArray>
#include <QString>

#include <cups/cups.h>

#include <memory>
#include <optional>

namespace ak::dev {

class CupsConnection {
public:
    // server: "host", "host:port" or a domain socket path; empty: libcups' default (CUPS_SERVER,
    // client.conf, localhost). nullopt when the server does not answer within timeoutMs; that is
    // logged as a warning unless `quiet` (a status reading every 2 s says it once, when it changes).
    static std::optional<CupsConnection> open(const QString& server, int timeoutMs, bool quiet = false);
    // The "host:port" (or socket path) that open(server, ...) connects to, for messages.
    static QString address(const QString& server);
    // The printer a queue's device-uri names, when that is ipp:// or ipps:// (TLS then): the
    // connection, its URI without user info and the resource requests go to. nullopt for any other
    // scheme (socket, usb, dnssd: only CUPS talks to those) or when it does not answer in timeoutMs.
    struct Printer;
    static std::optional<Printer> openPrinter(const QByteArray& deviceUri, int timeoutMs);

    http_t* http() const { return http_.get(); }

    // Create-Job on `queue`, by hand: cupsCreateJob() looks the queue up through the DEFAULT server's
    // destinations, which is not the one connected to when a server is named. The job id, or 0 when
    // refused (cupsLastError() says why: IPP_STATUS_ERROR_NOT_FOUND for an unknown queue).
    int createJob(const QString& queue, const QString& title);
    // "ipp://host:port/jobs/ID", for Get-Job-Attributes.
    QByteArray jobUri(int jobId) const;
    // "ipp://host:port/printers/QUEUE" and the resource its requests go to ("/printers/QUEUE").
    QByteArray queueUri(const QString& queue) const;
    static QByteArray queueResource(const QString& queue);

private:
    struct HttpClose {
        void operator()(http_t* http) const { httpClose(http); }
    };
    struct Address {
        QByteArray host;
        int port = 0;
    };
    static Address resolve(const QString& server);
    static std::optional<CupsConnection> connect(const Address& a, http_encryption_t encryption, int timeoutMs);
    CupsConnection(std::unique_ptr<http_t, HttpClose> http, QByteArray host, int port)
        : http_(std::move(http)), host_(std::move(host)), port_(port) {}

    std::unique_ptr<http_t, HttpClose> http_;
    QByteArray host_;
    int port_ = 0;
};

struct CupsConnection::Printer {
    CupsConnection connection;
    QByteArray uri;
    QByteArray resource;
};

// RAII for IPP messages libcups hands back.
struct IppDelete {
    void operator()(ipp_t* ipp) const { ippDelete(ipp); }
};
using IppPtr = std::unique_ptr<ipp_t, IppDelete>;

}  // namespace ak::dev
