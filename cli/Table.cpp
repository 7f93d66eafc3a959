#include "cli/Table.h"

#include "cli/Cli.h"

#include <algorithm>

namespace ak::cli {

void printTable(const std::vector<QStringList>& rows, int textColumns) {
    std::vector<qsizetype> widths;
    for (const QStringList& r : rows) {
        widths.resize(std::max<size_t>(widths.size(), size_t(r.size())), 0);
        for (qsizetype i = 0; i < r.size(); ++i) widths[size_t(i)] = std::max(widths[size_t(i)], r[i].size());
    }
    for (const QStringList& r : rows) {
        QString line;
        for (qsizetype i = 0; i < r.size(); ++i) {
            if (i > 0) line += QStringLiteral("  ");
            const int w = int(widths[size_t(i)]);
            line += i < textColumns ? r[i].leftJustified(w) : r[i].rightJustified(w);
        }
        out() << line.trimmed() << "\n";
    }
}

QString csvField(const QString& s) {
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n') && !s.contains(u'\r')) return s;
    return u'"' + QString(s).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
}

void printCsvRow(const QStringList& fields) {
    QStringList quoted;
    for (const QString& field : fields) quoted.append(csvField(field));
    out() << quoted.join(u',') << "\r\n";
}

}  // namespace ak::cli
