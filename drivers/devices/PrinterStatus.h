#pragma once
// What a receipt printer says about itself (or what we could find out: a raw CUPS queue knows less
// than a USB printer answering DLE EOT).

#include <QMetaType>

#include <optional>

namespace ak::dev {

struct PrinterStatus {
    enum class Paper { Ok, NearEnd, Out };
    bool online = true;
    Paper paper = Paper::Ok;
    bool coverOpen = false;
    bool error = false;              // a cutter jam or another mechanical error the printer reports
    std::optional<bool> drawerOpen;  // nullopt: no drawer sensor, or the transport cannot tell

    bool canPrint() const { return online && paper != Paper::Out && !coverOpen && !error; }
    bool operator==(const PrinterStatus&) const = default;
};

}  // namespace ak::dev

Q_DECLARE_METATYPE(ak::dev::PrinterStatus)
