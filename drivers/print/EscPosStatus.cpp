#include "drivers/print/EscPosStatus.h"

namespace ak::dev {

namespace {
bool isRealTimeReply(quint8 b) { return (b & 0x93) == 0x12; }
bool isAsbFirst(quint8 b) { return (b & 0x93) == 0x10; }
bool isAsbOther(quint8 b) { return (b & 0x90) == 0x00; }

std::optional<bool> drawerFrom(bool pinHigh, DrawerPolarity polarity, bool sensor) {
    if (!sensor) return std::nullopt;
    return polarity == DrawerPolarity::OpenWhenHigh ? pinHigh : !pinHigh;
}
}  // namespace

std::optional<PrinterStatus> EscPosStatus::applyRealTime(PrinterStatus s, int n, quint8 b, DrawerPolarity polarity,
                                                         bool drawerSensor) {
    if (!isRealTimeReply(b)) return std::nullopt;
    switch (n) {
    case kPrinter:
        // bit 2: drawer pin 3 high; bit 3: offline (also set while the cover is open or paper is out).
        s.drawerOpen = drawerFrom((b & 0x04) != 0, polarity, drawerSensor);
        s.online = (b & 0x08) == 0;
        return s;
    case kOfflineCause:
        // bit 2: cover open; bit 5: stopped at paper end; bit 6: an error occurred.
        s.coverOpen = (b & 0x04) != 0;
        if (b & 0x20) s.paper = PrinterStatus::Paper::Out;
        s.error = (b & 0x40) != 0;
        return s;
    case kErrorCause:
        // bit 3: autocutter error; bit 5: unrecoverable error; bit 6: auto-recoverable error (head hot).
        s.error = (b & 0x68) != 0;
        return s;
    case kPaper:
        // bits 2–3: roll near its end; bits 5–6: roll end.
        s.paper = (b & 0x60) ? PrinterStatus::Paper::Out : (b & 0x0C) ? PrinterStatus::Paper::NearEnd : PrinterStatus::Paper::Ok;
        return s;
    default: return std::nullopt;
    }
}

PrinterStatus EscPosStatus::applyAutoStatus(PrinterStatus s, const QByteArray& block, DrawerPolarity polarity,
                                            bool drawerSensor) {
    const auto at = [&](int i) { return quint8(block.at(i)); };
    // 1st: bit 2 drawer pin 3, bit 3 offline, bit 5 cover open. 2nd: bit 3 autocutter error, bit 5
    // unrecoverable, bit 6 auto-recoverable. 3rd: bits 0–1 paper near end, bits 2–3 paper end.
    s.drawerOpen = drawerFrom((at(0) & 0x04) != 0, polarity, drawerSensor);
    s.online = (at(0) & 0x08) == 0;
    s.coverOpen = (at(0) & 0x20) != 0;
    s.error = (at(1) & 0x68) != 0;
    s.paper = (at(2) & 0x0C) ? PrinterStatus::Paper::Out : (at(2) & 0x03) ? PrinterStatus::Paper::NearEnd : PrinterStatus::Paper::Ok;
    return s;
}

std::vector<PrinterStatus> EscPosStatus::AutoStatusReader::feed(const QByteArray& bytes, PrinterStatus status) {
    std::vector<PrinterStatus> out;
    for (char c : bytes) {
        const quint8 b = quint8(c);
        if (pending_.isEmpty()) {
            if (!isAsbFirst(b)) {
                ++dropped_;  // not the start of a block: resynchronise on the next first byte
                continue;
            }
        } else if (!isAsbOther(b)) {
            dropped_ += pending_.size();
            pending_.clear();
            if (isAsbFirst(b)) pending_.append(c);
            else ++dropped_;
            continue;
        }
        pending_.append(c);
        if (pending_.size() == 4) {
            status = applyAutoStatus(status, pending_, polarity_, sensor_);
            out.push_back(status);
            pending_.clear();
        }
    }
    return out;
}

}  // namespace ak::dev
