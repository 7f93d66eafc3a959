// HID POS scanner reports to codes; the report layout and the rules are in the header.
#include "drivers/input/HidPosDecoder.h"

#include <QStringDecoder>

#include <algorithm>

namespace ak::dev {

namespace {

constexpr int kLengthByte = 1;
constexpr int kAimByte = 2;
constexpr int kDataByte = 5;
constexpr int kMoreByte = 63;

bool isAim(QByteArrayView aim) { return aim.size() == 3 && aim[0] == ']' && aim[1] > ' ' && aim[2] > ' '; }

}  // namespace

QString HidPosScan::text() const {
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString s = utf8(data);
    if (utf8.hasError()) return QString::fromLatin1(data);  // older scanners send ISO 8859-1
    return s;
}

std::vector<HidPosScan> HidPosDecoder::report(QByteArrayView bytes, qint64 timeUs) {
    std::vector<HidPosScan> out;
    if (timeUs >= 0) {
        // Only a long silence in the middle of a code is a gap; a clock going backwards is not.
        if (pending() && options_.maxGapUs > 0 && lastTimeUs_ >= 0 && timeUs - lastTimeUs_ > options_.maxGapUs)
            if (std::optional<HidPosScan> dropped = finish(HidPosScan::Status::Interrupted)) out.push_back(*dropped);
        lastTimeUs_ = timeUs;
    }
    if (bytes.size() < kDataByte || quint8(bytes[0]) != kScannedDataReportId) {
        ++ignored_;
        return out;
    }

    const int declared = quint8(bytes[kLengthByte]);
    const int length = std::min({declared, kMaxDataPerReport, int(bytes.size()) - kDataByte});
    const QByteArrayView aim = bytes.sliced(kAimByte, 3);
    if (reports_ == 0 && isAim(aim)) aim_ = aim.toByteArray();  // the first report's id names the code
    ++reports_;
    if (!tooLong_) {
        if (data_.size() + length > qMax(options_.maxLength, 1)) {
            tooLong_ = true;
            data_.truncate(qMax(options_.maxLength, 1));
        } else {
            data_.append(bytes.sliced(kDataByte, length));
        }
    }
    const bool more = bytes.size() > kMoreByte && (quint8(bytes[kMoreByte]) & 0x01);
    if (!more) {
        const HidPosScan::Status status = tooLong_ ? HidPosScan::Status::TooLong : HidPosScan::Status::Complete;
        if (std::optional<HidPosScan> done = finish(status)) out.push_back(*done);
    }
    return out;
}

std::optional<HidPosScan> HidPosDecoder::interrupt() { return finish(HidPosScan::Status::Interrupted); }

std::optional<HidPosScan> HidPosDecoder::finish(HidPosScan::Status status) {
    HidPosScan scan;
    scan.status = status;
    scan.data = std::move(data_);
    scan.aim = std::move(aim_);
    scan.reports = reports_;
    const bool any = reports_ > 0;
    data_.clear();
    aim_.clear();
    reports_ = 0;
    tooLong_ = false;
    if (!any) return std::nullopt;
    while (status == HidPosScan::Status::Complete && (scan.data.endsWith('\r') || scan.data.endsWith('\n')))
        scan.data.chop(1);
    if (status == HidPosScan::Status::Complete && scan.data.isEmpty()) return std::nullopt;  // an empty read is no code
    scan.symbology = symbologyName(scan.aim);
    scan.kind = kindOf(scan.aim);
    return scan;
}

void HidPosDecoder::reset() {
    data_.clear();
    aim_.clear();
    reports_ = 0;
    tooLong_ = false;
    lastTimeUs_ = -1;
}

QString HidPosDecoder::symbologyName(QByteArrayView aim) {
    if (!isAim(aim)) return {};
    const char code = aim[1];
    const char modifier = aim[2];
    switch (code) {
    case 'A': return QStringLiteral("Code39");
    case 'C': return modifier == '1' ? QStringLiteral("GS1-128") : QStringLiteral("Code128");
    case 'E':
        switch (modifier) {
        case '0': return QStringLiteral("EAN-13");  // UPC-A and UPC-E come as their EAN-13 form
        case '4': return QStringLiteral("EAN-8");
        case '3': return QStringLiteral("EAN-13+add-on");
        default: return QStringLiteral("EAN/UPC add-on");
        }
    case 'F': return QStringLiteral("Codabar");
    case 'G': return QStringLiteral("Code93");
    case 'H': return QStringLiteral("Code11");
    case 'I': return QStringLiteral("ITF");
    case 'L': return QStringLiteral("PDF417");
    case 'M': return QStringLiteral("MSI");
    case 'Q': return QStringLiteral("QR");
    case 'U': return QStringLiteral("MaxiCode");
    case 'd': return QStringLiteral("DataMatrix");
    case 'e': return QStringLiteral("GS1 DataBar");
    case 'z': return QStringLiteral("Aztec");
    case 'X': return {};  // "other": the scanner does not say
    default: return QString::fromLatin1(aim.data(), aim.size());
    }
}

TokenRead::Kind HidPosDecoder::kindOf(QByteArrayView aim) {
    return isAim(aim) && aim[1] == 'Q' ? TokenRead::Kind::Qr : TokenRead::Kind::Barcode;
}

bool HidPosDecoder::declaresBarcodeScannerPage(QByteArrayView descriptor) {
    // HID 1.11 section 6.2.2: short items are a prefix byte (size in bits 0-1, 3 meaning 4 bytes;
    // type in bits 2-3; tag in bits 4-7) and their data; 0xFE starts a long item.
    qsizetype i = 0;
    while (i < descriptor.size()) {
        const quint8 prefix = quint8(descriptor[i]);
        if (prefix == 0xFE) {
            if (i + 1 >= descriptor.size()) return false;
            i += 3 + quint8(descriptor[i + 1]);
            continue;
        }
        const int size = (prefix & 0x03) == 3 ? 4 : (prefix & 0x03);
        if (i + 1 + size > descriptor.size()) return false;
        const bool usagePage = (prefix & 0xFC) == 0x04;  // global item, tag 0
        if (usagePage) {
            quint32 value = 0;
            for (int b = 0; b < size; ++b) value |= quint32(quint8(descriptor[i + 1 + b])) << (8 * b);
            if (value == 0x8C) return true;
        }
        i += 1 + size;
    }
    return false;
}

}  // namespace ak::dev
