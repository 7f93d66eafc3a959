#pragma once
// The ESC/POS command bytes the encoder writes and the simulator's renderer reads, in one place so
// the two cannot drift apart. Epson numbering; see TESTING.md "Useful ESC/POS facts".

#include <QByteArray>

#include <initializer_list>

namespace ak::dev::escpos {

inline constexpr char ESC = 0x1B;
inline constexpr char GS = 0x1D;
inline constexpr char DLE = 0x10;
inline constexpr char FS = 0x1C;
inline constexpr char LF = 0x0A;

inline QByteArray bytes(std::initializer_list<int> list) {
    QByteArray out;
    out.reserve(static_cast<qsizetype>(list.size()));
    for (int b : list) out.append(static_cast<char>(b & 0xFF));
    return out;
}

inline QByteArray init() { return bytes({ESC, '@'}); }
inline QByteArray selectCodePage(int n) { return bytes({ESC, 't', n}); }
inline QByteArray bold(bool on) { return bytes({ESC, 'E', on ? 1 : 0}); }
inline QByteArray underline(bool on) { return bytes({ESC, '-', on ? 1 : 0}); }
// GS ! n: bits 4-6 width multiplier - 1, bits 0-2 height multiplier - 1.
inline QByteArray size(bool doubleWidth, bool doubleHeight) {
    return bytes({GS, '!', (doubleWidth ? 0x10 : 0) | (doubleHeight ? 0x01 : 0)});
}
inline QByteArray align(int n) { return bytes({ESC, 'a', n}); }  // 0 left, 1 centre, 2 right
inline QByteArray feedLines(int n) { return bytes({ESC, 'd', n}); }
inline QByteArray cut(bool partial) { return bytes({GS, 'V', partial ? 1 : 0}); }
// ESC p m t1 t2: m 0 = pin 2, 1 = pin 5; on t1 x 2 ms, off t2 x 2 ms.
inline QByteArray drawerPulse(int pin) { return bytes({ESC, 'p', pin == 5 ? 1 : 0, 25, 25}); }

// GS ( k: pL pH cn fn [params], with pL/pH = length of cn fn params. cn 49 = QR.
inline QByteArray qrFunction(int fn, const QByteArray& params) {
    const qsizetype len = params.size() + 2;
    QByteArray out = bytes({GS, '(', 'k', int(len & 0xFF), int((len >> 8) & 0xFF), 49, fn});
    out.append(params);
    return out;
}
inline constexpr int kQrModel = 65;      // fn 65: select model (n1 = 50 model 2, n2 = 0)
inline constexpr int kQrModuleSize = 67;  // fn 67: module size in dots
inline constexpr int kQrErrorLevel = 69;  // fn 69: 48 L, 49 M, 50 Q, 51 H
inline constexpr int kQrStore = 80;       // fn 80: m = 48, then the data
inline constexpr int kQrPrint = 81;       // fn 81: m = 48, print the stored symbol
// Longest data GS ( k store accepts at level L in 8-bit mode (QR version 40).
inline constexpr int kQrMaxBytes = 2953;

// DLE EOT n: real-time status (1 printer, 2 offline cause, 3 error cause, 4 roll paper); one byte back.
inline QByteArray realTimeStatus(int n) { return bytes({DLE, 0x04, n}); }
// GS a n: automatic status back; n = 0 off, 0x0F: drawer, online, error and paper changes.
inline QByteArray automaticStatusBack(int n) { return bytes({GS, 'a', n}); }

// GS v 0 m xL xH yL yH: raster image, x in bytes (8 dots each), y in dots; m 0 = normal size.
inline constexpr int kRasterMaxBandRows = 255;

}  // namespace ak::dev::escpos
