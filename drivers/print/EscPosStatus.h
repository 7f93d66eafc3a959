#pragma once
// Reads what an ESC/POS printer says about itself: the one-byte replies to DLE EOT 1/2/3/4
// (real-time status, asked for when idle and before each job) and the four-byte blocks of
// automatic status back (GS a), which a printer sends by itself when something changes.
// Pure: no device, no clock; the printer feeds it bytes, tests and the fuzz target feed it anything.
//
// Bit meanings are Epson's (TM series command reference; the same on the Epson-compatible printers
// the profiles name). A DLE EOT reply has fixed bits (b & 0x93) == 0x12; the first byte of an ASB
// block (b & 0x93) == 0x10 and its other three (b & 0x90) == 0x00 — bytes that fit neither are
// garbage (a printer that does not speak ESC/POS, line noise) and are dropped, counted, never
// guessed at.
//
// The drawer sensor is wired to pin 3 of the drawer kick-out connector; whether "high" means open
// depends on the drawer, so it is a setting (DrawerPolarity).

#include "drivers/devices/PrinterStatus.h"

#include <QByteArray>

#include <optional>
#include <vector>

namespace ak::dev {

enum class DrawerPolarity { OpenWhenHigh, OpenWhenLow };

class EscPosStatus {
public:
    // The real-time status numbers this printer is asked for, in order.
    static constexpr int kPrinter = 1, kOfflineCause = 2, kErrorCause = 3, kPaper = 4;

    // Applies the reply to DLE EOT n to `status`. nullopt when the byte is not a DLE EOT reply
    // (fixed bits wrong) or n is not 1–4.
    static std::optional<PrinterStatus> applyRealTime(PrinterStatus status, int n, quint8 reply,
                                                      DrawerPolarity polarity, bool drawerSensor);

    // Splits a byte stream into ASB blocks (bytes may arrive in any pieces) and applies each.
    class AutoStatusReader {
    public:
        AutoStatusReader(DrawerPolarity polarity, bool drawerSensor) : polarity_(polarity), sensor_(drawerSensor) {}
        // Every complete block in `bytes` (with what was left over before), applied in turn to
        // `status`; the statuses after each block, oldest first.
        std::vector<PrinterStatus> feed(const QByteArray& bytes, PrinterStatus status);
        qint64 droppedBytes() const { return dropped_; }

    private:
        DrawerPolarity polarity_;
        bool sensor_;
        QByteArray pending_;
        qint64 dropped_ = 0;
    };
    static PrinterStatus applyAutoStatus(PrinterStatus status, const QByteArray& block, DrawerPolarity polarity,
                                         bool drawerSensor);
};

}  // namespace ak::dev
