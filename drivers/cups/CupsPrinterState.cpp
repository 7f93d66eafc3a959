#include "drivers/cups/CupsPrinterState.h"

#include <array>
#include <initializer_list>

namespace ak::dev::cupsstate {

namespace {

constexpr int kStopped = 5;  // IPP printer-state "stopped" (ipp_pstate_t, kept out of this file)

bool isAnyOf(const QString& keyword, std::initializer_list<const char*> names) {
    for (const char* n : names)
        if (keyword == QLatin1String(n)) return true;
    return false;
}

}  // namespace

QString keyword(const QString& reason) {
    static const std::array<QLatin1String, 3> kSuffixes = {QLatin1String("-report"), QLatin1String("-warning"),
                                                           QLatin1String("-error")};
    for (const QLatin1String& s : kSuffixes)
        if (reason.endsWith(s)) return reason.chopped(s.size());
    return reason;
}

PrinterStatus fromReasons(int printerState, const QStringList& reasons) {
    PrinterStatus s;
    s.drawerOpen.reset();
    for (const QString& reason : reasons) {
        const QString k = keyword(reason);
        if (isAnyOf(k, {"media-empty", "media-needed"}))
            s.paper = PrinterStatus::Paper::Out;
        else if (k == QLatin1String("media-low") && s.paper == PrinterStatus::Paper::Ok)
            s.paper = PrinterStatus::Paper::NearEnd;
        else if (isAnyOf(k, {"cover-open", "door-open", "interlock-open"}))
            s.coverOpen = true;
        else if (k == QLatin1String("media-jam"))
            s.error = true;
        else if (isAnyOf(k, {"offline", "shutdown"}))
            s.online = false;
    }
    // A printer stopped for paper, cover or a jam says so above; stopped for nothing we know of
    // (paused at its panel, an unknown fault) it does not print either.
    if (printerState == kStopped && s.paper != PrinterStatus::Paper::Out && !s.coverOpen && !s.error) s.online = false;
    return s;
}

PrinterStatus shown(const CupsReading& reading, const PrinterStatus& last, bool printerUnreachable) {
    const bool fresh = reading.duringJob || reading.fromPrinter;
    PrinterStatus s = fresh ? reading.printer : last;
    s.drawerOpen.reset();
    const bool printerOnline = fresh ? reading.printer.online : true;
    s.online = reading.queueReady && printerOnline && (reading.fromPrinter || !printerUnreachable);
    return s;
}

std::optional<DeviceError> refusal(const CupsReading& reading) {
    using K = DeviceError::Kind;
    if (!reading.serverAnswered)
        return DeviceError::make(K::Offline, QStringLiteral("(the print server does not answer)"));
    if (!reading.queueFound)
        return DeviceError::make(K::NotFound, QStringLiteral("(the print server has no such queue)"));
    // A stopped queue would keep the receipt and print it whenever someone starts it again.
    if (!reading.queueReady) return DeviceError::make(K::Offline, QStringLiteral("(the print queue is stopped)"));
    if (!reading.fromPrinter) return std::nullopt;
    const PrinterStatus& p = reading.printer;
    if (p.paper == PrinterStatus::Paper::Out) return DeviceError::make(K::PaperOut);
    if (p.coverOpen) return DeviceError::make(K::CoverOpen);
    if (p.error) return DeviceError::make(K::Offline, QStringLiteral("(the printer reports a paper jam)"));
    if (!p.online) return DeviceError::make(K::Offline, QStringLiteral("(the printer says it is not ready)"));
    return std::nullopt;
}

std::optional<DeviceError::Kind> waitCause(const PrinterStatus& status) {
    if (status.paper == PrinterStatus::Paper::Out) return DeviceError::Kind::PaperOut;
    if (status.coverOpen) return DeviceError::Kind::CoverOpen;
    return std::nullopt;
}

}  // namespace ak::dev::cupsstate
