// libFuzzer target for USB HID POS scanner reports (HidPosDecoder): what a barcode scanner in HID
// POS mode — or anything else that shows up as that hidraw node — sends, report by report.
//
// The first byte picks a small maximum length (so that over-long codes happen); then each report is
// a length byte and that many bytes (hidraw gives whole reports, but their content is the device's),
// with a time step in 4 ms units before it (255: no time given).
// Checks the decoder's promises: a complete scan has data within the maximum and came in at least
// one report; an over-long scan keeps at most the maximum; interrupt() leaves nothing pending.

#include <cstddef>
#include <cstdint>

#include "drivers/input/HidPosDecoder.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace ak::dev;
    if (size < 1) return 0;
    HidPosDecoder::Options options;
    options.maxLength = 1 + (data[0] & 0x7F) * 8;  // 1..1017 bytes
    HidPosDecoder decoder(options);
    qint64 now = 0;
    std::size_t i = 1;
    while (i + 2 <= size) {
        const std::uint8_t step = data[i];
        const std::uint8_t wanted = data[i + 1];
        i += 2;
        const std::size_t len = std::min<std::size_t>(wanted, size - i);
        qint64 time = -1;
        if (step != 255) {
            now += qint64(step) * 4000;
            time = now;
        }
        const auto scans = decoder.report(QByteArrayView(reinterpret_cast<const char*>(data + i), qsizetype(len)), time);
        i += len;
        for (const HidPosScan& s : scans) {
            if (s.data.size() > options.maxLength) __builtin_trap();
            if (s.status == HidPosScan::Status::Complete && (s.data.isEmpty() || s.reports < 1)) __builtin_trap();
            (void)s.text();
        }
    }
    (void)decoder.interrupt();
    if (decoder.pending()) __builtin_trap();
    return 0;
}
