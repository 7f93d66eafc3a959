#pragma once
// A device-neutral A4 report: what a report for the manager or a funder says, not how a page is
// painted. Core builds it (core/reports/), PdfReport paints it. Qt Core only, a plain value type.
//
// It lives in drivers/ next to PrintDocument for the same reason: drivers/ includes nothing from
// core/ (ARCHITECTURE.md rule 1), and core already builds the documents that drivers render.
//
// Privacy: a report document leaves the café. It holds counts only as they may be shown: a hidden
// count has no number here at all, so nothing drawn from the document (a bar's length) can give
// it back.

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ak::dev {

struct ReportRow {
    QString label;             // "Mon 3 Mar", "Matklubb"
    QString shown;             // the count as printed: "12", "0", "<5", ":"
    std::optional<int> value;  // the shown count, for the bar; nullopt when the count is hidden
    bool total = false;        // a total under the other rows: printed bold, never a bar
};

enum class ReportChart {
    None,  // a table: label and count
    Bars,  // the same rows, each with a bar as long as its shown count (hidden: a hatched stub)
};

struct ReportSection {
    QString heading;
    ReportChart chart = ReportChart::None;
    std::vector<ReportRow> rows;
};

struct ReportDocument {
    QString kind;      // a stable key, "funders": marks the file so that only a report of the same
                       // kind may later be written over it (ReportFile.h)
    QString title;     // "Report for funders"
    QString cafeName;  // may be empty
    QString period;    // "1 March 2025 – 31 March 2025", already in the report's language
    std::vector<ReportSection> sections;
    QStringList footnotes;  // what "<5" and ":" mean, printed after the last section
};

}  // namespace ak::dev
