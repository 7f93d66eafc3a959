#pragma once
// Paints a ReportDocument as an A4 PDF: a header with title, café and period; each section as a
// table of label and count, or as horizontal bars (one per row, as long as its SHOWN count; a hidden
// count gets a short hatched stub, never a length); sections break across pages with their heading
// repeated; footnotes at the end; "Page x of y" on every page.
//
// Needs a QGuiApplication (fonts); the QPA platform "offscreen" is enough.

#include "drivers/report/ReportDocument.h"
#include "drivers/report/ReportFile.h"
#include "drivers/report/ReportOutput.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ak::dev {

class PdfReport {
public:
    // The whole PDF, in memory (a report of a clamped period is well under a megabyte).
    static QByteArray render(const ReportDocument& doc);

    // How a PDF report of `kind` (ReportDocument::kind) is recognised on disk: Aktivkafe's creator
    // mark with the kind. `name` is said in messages ("funder report").
    static ReportFileKind fileKind(const QString& kind, const QString& name);

    // Renders the PDF and writes it through ReportFile::write (see there): never over a file in
    // `neverReplace` nor over anything but an earlier PDF of the same kind; a failure (missing
    // folder, no permission, full disk) leaves no file and an older file of that name as it was.
    // The value is the absolute path written.
    static ReportOutcome<QString> write(const ReportDocument& doc, const QString& path,
                                        const QStringList& neverReplace = {});
};

}  // namespace ak::dev
