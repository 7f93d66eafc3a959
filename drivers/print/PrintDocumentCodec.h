#pragma once
// PrintDocument <-> JSON, so that a queued receipt survives a restart exactly as it was built
// (the print queue in core stores it; re-building it later could print different words).
//
//   {"format": "aktivkafe.print-document", "version": 1, "title": "...",
//    "elements": [{"kind": "text", "text": "...", "style": {"bold": true, "align": "center"}},
//                 {"kind": "columns", "left": "...", "right": "...", "style": {...}},
//                 {"kind": "rule"}, {"kind": "qr", "data": "<base64>", "moduleSize": 6, "level": "M"},
//                 {"kind": "image", "png": "<base64>", "format": <QImage::Format>},
//                 {"kind": "feed", "lines": 1}, {"kind": "cut", "partial": true},
//                 {"kind": "drawerPulse", "pin": 2}]}
//
// Decoding refuses anything it does not fully understand (garbage, truncated text, unknown kinds,
// values out of range) instead of printing half a receipt; it never crashes on bad input.
// Style keys that are absent take their defaults, so that toJson may leave them out.

#include "drivers/print/PrintDocument.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace ak::dev {

class PrintDocumentCodec {
public:
    static constexpr int kVersion = 1;

    static QByteArray toJson(const PrintDocument& document);
    // nullopt if `json` is not a print document of a version this build reads; `error` (optional)
    // then says why, for the log.
    static std::optional<PrintDocument> fromJson(const QByteArray& json, QString* error = nullptr);
};

}  // namespace ak::dev
