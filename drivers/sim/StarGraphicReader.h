#pragma once
// The simulator's reader of Star Graphic mode, the only language of raster-only printers such as the
// Star TSP143 (profile rasterOnly): the raster lines back into rows of a picture, cuts and drawer
// pulses counted. EscPosRenderer calls it for such profiles; ESC/POS sent to them prints nothing,
// as on the real printer.

#include "drivers/print/PrinterProfile.h"
#include "drivers/sim/EscPosRenderer.h"
#include "drivers/sim/PaperRow.h"

#include <QByteArray>
#include <QList>

namespace ak::dev {

QList<PaperRow> readStarGraphic(const QByteArray& bytes, const PrinterProfile& profile, RenderedReceipt& out);

}  // namespace ak::dev
