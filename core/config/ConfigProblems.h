#pragma once
// Internal to the configuration loader: collects what is wrong with a configuration, each problem
// with the place it was found, and renders them as "file:line:column: what is wrong" lines.

#include <toml++/toml.h>
#include <vector>

#include <QString>
#include <QStringList>

namespace ak::config {

class ConfigProblems {
public:
    // sourceOrder: the names of the configuration files in the order they were merged; problems are
    // reported file by file in that order, then by line.
    explicit ConfigProblems(QStringList sourceOrder);

    void add(const toml::source_region& where, const QString& message);
    void addForFile(const QString& file, const QString& message);  // a problem with no line (missing section)

    bool empty() const { return problems_.empty(); }
    int count() const { return static_cast<int>(problems_.size()); }
    QString text() const;  // one problem per line, sorted; at most kMaxReported of them

    QString fileOf(const toml::source_region& where) const;
    QString mainFile() const { return order_.isEmpty() ? QString() : order_.first(); }

    static constexpr int kMaxReported = 20;

private:
    struct Problem {
        qsizetype fileIndex;
        qint64 line;
        qint64 column;
        QString text;
    };
    QStringList order_;
    std::vector<Problem> problems_;
};

}  // namespace ak::config
