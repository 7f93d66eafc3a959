#pragma once
// One connection to a CUPS server for one job, shared by the raw receipt job (CupsJob) and the A4
// report (CupsReportPrint): finds the server, connects, and creates the job on a named queue.
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
    // client.conf, localhost). nullopt when the server does not answer within timeoutMs.
    static std::optional<CupsConnection> open(const QString& server, int timeoutMs);
    // The "host:port" (or socket path) that open(server, ...) connects to, for messages.
    static QString address(const QString& server);

    http_t* http() const { return http_.get(); }

    // Create-Job on `queue`, by hand: cupsCreateJob() looks the queue up through the DEFAULT server's
    // destinations, which is not the one connected to when a server is named. The job id, or 0 when
    // refused (cupsLastError() says why: IPP_STATUS_ERROR_NOT_FOUND for an unknown queue).
    int createJob(const QString& queue, const QString& title);
    // "ipp://host:port/jobs/ID", for Get-Job-Attributes.
    QByteArray jobUri(int jobId) const;

private:
    struct HttpClose {
        void operator()(http_t* http) const { httpClose(http); }
    };
    struct Address {
        QByteArray host;
        int port = 0;
    };
    static Address resolve(const QString& server);
    CupsConnection(std::unique_ptr<http_t, HttpClose> http, QByteArray host, int port)
        : http_(std::move(http)), host_(std::move(host)), port_(port) {}

    std::unique_ptr<http_t, HttpClose> http_;
    QByteArray host_;
    int port_ = 0;
};

// RAII for IPP messages libcups hands back.
struct IppDelete {
    void operator()(ipp_t* ipp) const { ippDelete(ipp); }
};
using IppPtr = std::unique_ptr<ipp_t, IppDelete>;

}  // namespace ak::dev
