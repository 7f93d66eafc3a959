// libFuzzer target for what a printer sends back (EscPosStatus): the one-byte DLE EOT replies and
// the stream of automatic-status-back blocks, from a printer that may answer anything (a model that
// does not speak ESC/POS, line noise, a USB endpoint that returns garbage).
//
// The first byte picks the drawer polarity and sensor; then the input alternates: a byte naming a
// DLE EOT question and its reply, or a run of bytes fed to the ASB reader in a piece of any length.
// Checks the parser's promises: a reply with wrong fixed bits is never read; every byte fed to the
// reader is either part of a block it read, still pending (at most three), or counted as dropped;
// without a sensor the drawer is never said to be open or shut.

#include <cstddef>
#include <cstdint>

#include "drivers/print/EscPosStatus.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace ak::dev;
    if (size < 1) return 0;
    const DrawerPolarity polarity = (data[0] & 1) ? DrawerPolarity::OpenWhenHigh : DrawerPolarity::OpenWhenLow;
    const bool sensor = (data[0] & 2) != 0;
    EscPosStatus::AutoStatusReader reader(polarity, sensor);
    PrinterStatus status;
    qint64 fed = 0;
    qint64 read = 0;
    std::size_t i = 1;
    while (i + 1 < size) {
        const std::uint8_t op = data[i++];
        if (op & 0x80) {  // a DLE EOT question (n in 1..5) and its one-byte reply
            const int n = 1 + (op & 0x7) % 5;
            const std::uint8_t reply = data[i++];
            const auto applied = EscPosStatus::applyRealTime(status, n, reply, polarity, sensor);
            if (applied && ((reply & 0x93) != 0x12 || n == 5)) __builtin_trap();
            if (applied) status = *applied;
        } else {  // a piece of the ASB stream
            const std::size_t len = std::min<std::size_t>(op & 0x7F, size - i);
            const QByteArray piece(reinterpret_cast<const char*>(data + i), qsizetype(len));
            i += len;
            fed += qsizetype(len);
            const auto statuses = reader.feed(piece, status);
            read += qint64(statuses.size()) * 4;
            if (!statuses.empty()) status = statuses.back();
        }
        if (!sensor && status.drawerOpen.has_value()) __builtin_trap();
    }
    const qint64 pending = fed - read - reader.droppedBytes();
    if (pending < 0 || pending > 3) __builtin_trap();
    return 0;
}
