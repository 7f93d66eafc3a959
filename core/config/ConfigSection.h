#pragma once
// Internal to the configuration loader: typed, checked access to one [section] of the TOML file.
// Every getter reports its own problems (wrong type, out of range, missing) to ConfigProblems with
// the line of the offending value, and returns nullopt then; keys the section does not know are
// reported as soon as the section is opened, with the closest known key as a suggestion.

#include <optional>
#include <string_view>
#include <vector>

#include <QString>
#include <QStringList>

#include "core/config/ConfigProblems.h"

namespace ak::config {

enum class Need { Optional, Required };

class ConfigSection {
public:
    // table == nullptr: the section is not in the file; getters then return nullopt quietly (the
    // caller reports a missing required section once). keys: every key this section may hold.
    ConfigSection(ConfigProblems& problems, const toml::table* table, QString name, std::vector<std::string_view> keys);

    bool exists() const { return table_ != nullptr; }
    const QString& name() const { return name_; }  // "[devices.printer]"

    const toml::node* node(std::string_view key) const;
    const toml::table* table(std::string_view key, Need need);  // a sub-section
    std::optional<QString> string(std::string_view key, Need need);
    std::optional<qint64> integer(std::string_view key, qint64 min, qint64 max, Need need);
    std::optional<bool> boolean(std::string_view key, Need need);
    std::optional<QStringList> stringList(std::string_view key, Need need);
    // One of `choices` (exact, case-sensitive); suggests the closest one otherwise.
    std::optional<QString> choice(std::string_view key, const QStringList& choices, Need need);

    void problemAt(std::string_view key, const QString& message);  // at the key's value
    void missing(std::string_view key, const QString& why = QString());
    QString keyName(std::string_view key) const;  // "'kind' in [devices.printer]"
    QString fileOf(std::string_view key) const;   // the file that set this key (for relative paths)

private:
    void checkUnknownKeys();
    void wrongType(std::string_view key, const toml::node& value, const QString& expected);

    ConfigProblems& problems_;
    const toml::table* table_;
    QString name_;
    std::vector<std::string_view> keys_;
};

// Plain words for the kind of a TOML value ("text in quotes", "a whole number", ...).
QString describeValueType(const toml::node& value);
// The candidate closest to `word` by edit distance, if close enough to be a likely typo.
std::optional<QString> closestMatch(const QString& word, const QStringList& candidates);

}  // namespace ak::config
