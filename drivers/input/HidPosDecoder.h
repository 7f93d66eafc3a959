#pragma once
// Turns the input reports of a USB HID POS barcode scanner (HID usage page 0x8C, "Bar Code
// Scanner") into the codes it scanned. Pure (no device, no clock): HidPosReader feeds it what it
// reads from /dev/hidrawN; tests and fuzzing feed it bytes.
//
// HID POS mode is what scanners offer besides keyboard emulation: the code arrives whole, with its
// symbology, and never as key presses. Honeywell, Zebra, Datalogic and Access-IS scanners send the
// same 64-byte input report (report ID 2):
//
//   byte 0      report ID 0x02 ("Scanned Data Report")
//   byte 1      how many data bytes this report carries (0..56)
//   bytes 2-4   the AIM symbology identifier, "]" + code character + modifier ("]Q1" QR, "]E0"
//               EAN-13, "]C0" Code 128); zeros when the scanner is set not to send it
//   bytes 5-60  the data, padded with zeros
//   bytes 61-62 the maker's own symbology byte and a reserved byte (not used here: AIM is standard)
//   byte 63     bit 0 set: more of this code follows in the next report
//
// A long code (a QR code with a URL) comes as several reports, each with the AIM id again and bit 0
// set on all but the last. Reports with another ID (status, trigger) are ignored and counted; so
// are reports too short to hold the header. Scanners that put their data at byte 2 (Newland's
// layout) are not supported. As in WedgeDecoder, nothing is guessed:
//  - a code longer than maxLength is dropped whole when it ends (TooLong);
//  - when report times are given, a code whose next report does not come within maxGapUs (the
//    scanner was unplugged mid-code, or the last report was lost) is dropped (Interrupted) when
//    the next report comes, or when interrupt() is called, so it never glues onto the next code.
// A trailing CR or LF (a suffix the scanner may still be set to add) is not part of the code.

#include "drivers/devices/TokenRead.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>
#include <vector>

namespace ak::dev {

struct HidPosScan {
    enum class Status { Complete, TooLong, Interrupted };
    Status status = Status::Complete;
    QByteArray data;         // the code's bytes (Complete); otherwise what had come, at most maxLength
    QByteArray aim;          // "]Q1", or empty when the scanner sent none
    QString symbology;       // from the AIM id: "QR", "EAN-13", "Code128" ...; empty when unknown
    TokenRead::Kind kind = TokenRead::Kind::Barcode;  // Qr for a QR code
    int reports = 0;         // how many reports it came in

    // The data as text: UTF-8 when it is valid UTF-8 (QR codes with æøå), Latin-1 otherwise.
    QString text() const;
};

class HidPosDecoder {
public:
    static constexpr quint8 kScannedDataReportId = 0x02;
    static constexpr int kReportSize = 64;  // with the report ID
    static constexpr int kMaxDataPerReport = 56;

    struct Options {
        int maxLength = 4096;       // bytes; a QR code holds at most ~3 KB
        qint64 maxGapUs = 500'000;  // the reports of one code come within a few ms; <= 0: no gap rule
    };

    HidPosDecoder() : HidPosDecoder(Options{}) {}
    explicit HidPosDecoder(Options options) : options_(options) {}

    // One input report as hidraw gives it (report ID first). timeUs: when it came, negative if
    // unknown. Returns what it ended: a code left over from before a gap (Interrupted) and/or the
    // code this report completed, in that order.
    std::vector<HidPosScan> report(QByteArrayView bytes, qint64 timeUs = -1);

    // Drops the half-received code, if any (the reader's timer: nothing more came).
    std::optional<HidPosScan> interrupt();
    void reset();
    bool pending() const { return reports_ > 0; }
    qint64 ignoredReports() const { return ignored_; }

    // "QR", "EAN-13", "Code128" ... for an AIM id ("]Q1"); the id itself for one not known here,
    // empty for none.
    static QString symbologyName(QByteArrayView aim);
    static TokenRead::Kind kindOf(QByteArrayView aim);
    // Whether a HID report descriptor declares the Bar Code Scanner usage page (0x8C): what tells a
    // HID POS scanner from the keyboard or the vendor interface next to it.
    static bool declaresBarcodeScannerPage(QByteArrayView descriptor);

private:
    std::optional<HidPosScan> finish(HidPosScan::Status status);

    Options options_;
    QByteArray data_;
    QByteArray aim_;
    int reports_ = 0;
    bool tooLong_ = false;
    qint64 lastTimeUs_ = -1;
    qint64 ignored_ = 0;
};

}  // namespace ak::dev
