#pragma once
// How the report commands print: a plain-text table for the terminal and CSV rows (RFC 4180) for
// spreadsheets, both into out().

#include <QString>
#include <QStringList>

#include <vector>

namespace ak::cli {

// Columns two spaces apart, each as wide as its widest cell: the first `textColumns` left-aligned
// (names), the rest right-aligned (numbers).
void printTable(const std::vector<QStringList>& rows, int textColumns = 1);

// A field with a comma, quote or line break is quoted, quotes doubled.
QString csvField(const QString& s);
// One CSV row, fields quoted as needed, ended by CRLF.
void printCsvRow(const QStringList& fields);

}  // namespace ak::cli
