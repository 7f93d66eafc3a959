#pragma once
// Paints a ReportDocument as an A4 PDF: a header with title, café and period; each section as a
// table of label and count, or as horizontal bars (one per row, as long as its SHOWN count; a hidden
// count gets a short hatched stub, never a length); sections break across pages with their heading
// repeated; footnotes at the end; "Page x of y" on every page.
//
// Needs a QGuiApplication (fonts); the QPA platform "offscreen" is enough.

#include "drivers/report/ReportDocument.h"
#include "drivers/report/ReportOutput.h"

#include <QString>

namespace ak::dev {

class PdfReport {
public:
    // Writes the whole PDF to a temporary file next to `path` and renames it over `path` only when
    // every byte was written, so a failure (missing folder, no permission, full disk) leaves no file
    // and an older file of that name as it was. The value is the absolute path written.
    static ReportOutcome<QString> write(const ReportDocument& doc, const QString& path);
};

}  // namespace ak::dev
