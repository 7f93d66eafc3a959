#pragma once
// The Star Graphic mode (raster) command bytes that StarRasterEncoder writes and the simulator's
// renderer reads, in one place so the two cannot drift apart (as EscPosCommands.h for ESC/POS).
//
// Why these and not ESC/POS GS v 0: the Star TSP100 class (TSP143 and its siblings) has no fonts,
// no code pages and no ESC/POS on board; it understands only Star Graphic mode. The host (Star's
// own drivers, or us) paints everything. Where the facts come from, none of it checked on a real
// printer here:
//   - Star Micronics, "STAR Graphic Mode Command Specifications" (star_graphic_cm_en.pdf; cited by
//     the projects below, not stored in our reference corpus);
//   - Star's CUPS filter rastertostar.c (GPL, Star Micronics 2004-2015; read for its byte
//     sequences only, no code taken): ESC * r R + ESC * r A to start, ESC * r P "0" NUL for
//     continuous paper, ESC * r E n NUL / ESC * r F n NUL for the cut at the end of the document
//     (EOT) and at a page end (FF) with n = "1" no cut and "13" partial cut for the TSP143,
//     ESC * r D n NUL for the drawer, pages closed with ESC FF followed by NUL (FF) or EOT (end of
//     document), and EOT ESC * r B at the end;
//   - independent encoders that print on TSP100/TSP143 (receiptline's "stargraphic" command set,
//     Apache-2.0; python-StarTSPImage; dalpil/tsp100-print): ESC * r A, ESC * r P "0" NUL, one
//     "b n1 n2 data" per dot line with MSB = leftmost dot and 1 = black, ESC FF NUL, ESC * r B;
//   - Star's support, quoted in mike42/escpos-php#46 and python-escpos#410: the TSP100 is a raster
//     only printer and ESC/POS or plain text sent to it prints nothing.
// Numbers in ESC * r x n NUL are ASCII decimal digits ("13", not the byte 13).

#include <QByteArray>

namespace ak::dev::star {

inline constexpr char ESC = 0x1B;
inline constexpr char FF = 0x0C;
inline constexpr char NUL = 0x00;
inline constexpr char EOT = 0x04;

// ESC @: initialise the printer (the same two bytes as ESC/POS).
inline QByteArray init() { return QByteArray("\x1b@", 2); }
// ESC * r R: raster settings back to their defaults; ESC * r A: enter raster mode.
inline QByteArray rasterInit() { return QByteArray("\x1b*rR", 4); }
inline QByteArray enterRaster() { return QByteArray("\x1b*rA", 4); }
// ESC * r B: quit raster mode.
inline QByteArray quitRaster() { return QByteArray("\x1b*rB", 4); }

// ESC * r <letter> <decimal digits> NUL: the raster settings.
inline QByteArray setting(char letter, int n) {
    return QByteArray("\x1b*r", 3) + letter + QByteArray::number(n) + NUL;
}
// Page length 0: continuous paper (a receipt), not a fixed form. Without it the printer ejects
// its stored default page length on every job.
inline QByteArray continuousPaper() { return setting('P', 0); }
// What happens at the end of the document (EOT mode) and at a form feed (FF mode).
inline constexpr int kNoCut = 1;         // no feed, no cut
inline constexpr int kPartialCut = 13;   // feed to the cutter, partial cut (the TSP143's cutter)
inline QByteArray eotMode(int n) { return setting('E', n); }
inline QByteArray ffMode(int n) { return setting('F', n); }
// Drawers opened at the end of the document: 0 none, 1 drawer 1, 2 drawer 2, 3 both.
inline QByteArray drawerAtEnd(int n) { return setting('D', n); }

// b n1 n2 d1..dk: one dot line of k = n1 + 256 n2 bytes, MSB = leftmost dot, 1 = black.
inline constexpr char kRasterLine = 'b';
// ESC FF NUL: end of a page, does what FF mode says; ESC FF EOT: end of the document, EOT mode.
inline QByteArray formFeed() { return QByteArray("\x1b\x0c\x00", 3); }
inline QByteArray endOfDocument() { return QByteArray("\x1b\x0c\x04", 3); }

}  // namespace ak::dev::star
