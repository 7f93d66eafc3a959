// The aktivkafe-cups module: the only code that links libcups (CupsBackend.h says why it is loaded
// on demand). Built with hidden symbols; its one export is the backend's entry point.

#include "drivers/cups/CupsBackend.h"
#include "drivers/cups/CupsJob.h"
#include "drivers/cups/CupsPdfJob.h"
#include "drivers/cups/CupsStateReader.h"

namespace ak::dev {
namespace {

class LibCupsBackend final : public CupsBackend {
public:
    CupsJobOutcome runJob(const QString& server, const QString& queue, const QString& title, const QByteArray& bytes,
                          int timeoutMs, const std::function<void(const CupsReading&)>& progress) const override {
        return CupsJob::run(server, queue, title, bytes, timeoutMs, progress);
    }
    CupsReading readState(const QString& server, const QString& queue, int timeoutMs) const override {
        return CupsStateReader::read(server, queue, timeoutMs);
    }
    ReportOutcome<int> printPdf(const QString& pdfPath, const QString& queue, const QString& title,
                                const QString& server, int timeoutMs) const override {
        return CupsPdfJob::print(pdfPath, queue, title, server, timeoutMs);
    }
};

}  // namespace
}  // namespace ak::dev

extern "C" __attribute__((visibility("default"))) const ak::dev::CupsBackend* ak_cups_backend_v1() {
    static const ak::dev::LibCupsBackend backend;
    return &backend;
}
