#include "core/config/ConfigProblems.h"

#include <algorithm>
#include <limits>

#include <QCoreApplication>

namespace ak::config {

ConfigProblems::ConfigProblems(QStringList sourceOrder) : order_(std::move(sourceOrder)) {}

QString ConfigProblems::fileOf(const toml::source_region& where) const {
    if (where.path && !where.path->empty()) return QString::fromStdString(*where.path);
    return mainFile();
}

void ConfigProblems::add(const toml::source_region& where, const QString& message) {
    const QString file = fileOf(where);
    const qint64 line = where.begin.line;
    const qint64 column = where.begin.column;
    QString text = line > 0 ? QStringLiteral("%1:%2:%3: %4").arg(file).arg(line).arg(column).arg(message)
                            : QStringLiteral("%1: %2").arg(file, message);
    problems_.push_back({order_.indexOf(file), line, column, std::move(text)});
}

void ConfigProblems::addForFile(const QString& file, const QString& message) {
    problems_.push_back({order_.indexOf(file), 0, 0, QStringLiteral("%1: %2").arg(file, message)});
}

QString ConfigProblems::text() const {
    std::vector<Problem> sorted = problems_;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Problem& a, const Problem& b) {
        // Problems without a line (a missing section) come after the others of their file.
        const qint64 lineA = a.line > 0 ? a.line : std::numeric_limits<qint64>::max();
        const qint64 lineB = b.line > 0 ? b.line : std::numeric_limits<qint64>::max();
        return std::tie(a.fileIndex, lineA, a.column) < std::tie(b.fileIndex, lineB, b.column);
    });
    QStringList lines;
    for (const Problem& p : sorted) {
        if (lines.size() == kMaxReported) break;
        lines << p.text;
    }
    if (count() > kMaxReported) {
        lines << QCoreApplication::translate("ak::config", "… and %n more problem(s) not shown.", nullptr,
                                             count() - kMaxReported);
    }
    return lines.join(u'\n');
}

}  // namespace ak::config
