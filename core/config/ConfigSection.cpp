#include "core/config/ConfigSection.h"

#include <algorithm>

#include <QCoreApplication>

namespace ak::config {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("ak::config", text); }

QString qs(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

int editDistance(const QString& a, const QString& b) {
    std::vector<int> row(static_cast<size_t>(b.size()) + 1);
    for (size_t j = 0; j < row.size(); ++j) row[j] = static_cast<int>(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = static_cast<int>(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[static_cast<size_t>(j)];
            const int cost = a[i - 1].toLower() == b[j - 1].toLower() ? 0 : 1;
            row[static_cast<size_t>(j)] = std::min({above + 1, row[static_cast<size_t>(j - 1)] + 1, diagonal + cost});
            diagonal = above;
        }
    }
    return row.back();
}

}  // namespace

QString describeValueType(const toml::node& value) {
    switch (value.type()) {
        case toml::node_type::string:
            return tr("text in quotes");
        case toml::node_type::integer:
            return tr("a whole number");
        case toml::node_type::floating_point:
            return tr("a number with a decimal point");
        case toml::node_type::boolean:
            return tr("true or false");
        case toml::node_type::array:
            return tr("a list in [ ]");
        case toml::node_type::table:
            return tr("a section");
        default:
            return tr("a date or time");
    }
}

std::optional<QString> closestMatch(const QString& word, const QStringList& candidates) {
    std::optional<QString> best;
    int bestDistance = 0;
    for (const QString& c : candidates) {
        const int d = editDistance(word, c);
        if (!best || d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    // A typo changes a few letters; anything further away is a different word.
    const qsizetype allowed = std::max<qsizetype>(2, word.size() / 3);
    if (best && bestDistance > 0 && bestDistance <= allowed) return best;
    return std::nullopt;
}

ConfigSection::ConfigSection(ConfigProblems& problems, const toml::table* table, QString name,
                             std::vector<std::string_view> keys)
    : problems_(problems), table_(table), name_(std::move(name)), keys_(std::move(keys)) {
    checkUnknownKeys();
}

void ConfigSection::checkUnknownKeys() {
    if (!table_) return;
    QStringList known;
    for (std::string_view k : keys_) known << qs(k);
    for (auto&& [key, value] : *table_) {
        if (std::find(keys_.begin(), keys_.end(), key.str()) != keys_.end()) continue;
        const QString unknown = qs(key.str());
        const std::optional<QString> guess = closestMatch(unknown, known);
        QString message;
        if (value.is_table()) {
            const QString full = name_.isEmpty() ? unknown : name_.mid(1, name_.size() - 2) + u'.' + unknown;
            message = guess ? tr("unknown section [%1] — did you mean [%2]?")
                                  .arg(full, name_.isEmpty() ? *guess : name_.mid(1, name_.size() - 2) + u'.' + *guess)
                            : tr("unknown section [%1]").arg(full);
        } else if (name_.isEmpty()) {
            message = guess ? tr("unknown key '%1' outside any section — did you mean [%2]?").arg(unknown, *guess)
                            : tr("unknown key '%1' outside any section; every setting belongs under a "
                                 "[section] heading")
                                  .arg(unknown);
        } else {
            message = guess ? tr("unknown key '%1' in %2 — did you mean '%3'?").arg(unknown, name_, *guess)
                            : tr("unknown key '%1' in %2 (it may hold: %3)").arg(unknown, name_, known.join(u", "));
        }
        problems_.add(key.source(), message);
    }
}

QString ConfigSection::keyName(std::string_view key) const {
    return name_.isEmpty() ? QStringLiteral("'%1'").arg(qs(key)) : QStringLiteral("'%1' in %2").arg(qs(key), name_);
}

const toml::node* ConfigSection::node(std::string_view key) const {
    Q_ASSERT(std::find(keys_.begin(), keys_.end(), key) != keys_.end());
    return table_ ? table_->get(key) : nullptr;
}

QString ConfigSection::fileOf(std::string_view key) const {
    const toml::node* n = node(key);
    return n ? problems_.fileOf(n->source()) : problems_.mainFile();
}

void ConfigSection::problemAt(std::string_view key, const QString& message) {
    const toml::node* n = node(key);
    if (n) {
        problems_.add(n->source(), message);
    } else if (table_) {
        problems_.add(table_->source(), message);
    } else {
        problems_.addForFile(problems_.mainFile(), message);
    }
}

void ConfigSection::missing(std::string_view key, const QString& why) {
    if (!table_) return;  // the whole section is missing: reported once by whoever opened it
    const QString message = why.isEmpty() ? tr("%1 is missing the key '%2'").arg(name_, qs(key))
                                          : tr("%1 is missing the key '%2' (%3)").arg(name_, qs(key), why);
    problems_.add(table_->source(), message);
}

void ConfigSection::wrongType(std::string_view key, const toml::node& value, const QString& expected) {
    problems_.add(value.source(), tr("%1 must be %2, not %3").arg(keyName(key), expected, describeValueType(value)));
}

const toml::table* ConfigSection::table(std::string_view key, Need need) {
    const toml::node* n = node(key);
    if (!n) {
        if (need == Need::Required && table_) {
            const QString full = name_.isEmpty() ? qs(key) : name_.mid(1, name_.size() - 2) + u'.' + qs(key);
            problems_.addForFile(problems_.mainFile(), tr("the section [%1] is missing").arg(full));
        }
        return nullptr;
    }
    if (!n->is_table()) {
        wrongType(key, *n, tr("a section (a [heading] with settings under it)"));
        return nullptr;
    }
    return n->as_table();
}

std::optional<QString> ConfigSection::string(std::string_view key, Need need) {
    const toml::node* n = node(key);
    if (!n) {
        if (need == Need::Required) missing(key);
        return std::nullopt;
    }
    if (!n->is_string()) {
        wrongType(key, *n, tr("text in quotes"));
        return std::nullopt;
    }
    return QString::fromStdString(n->as_string()->get());
}

std::optional<qint64> ConfigSection::integer(std::string_view key, qint64 min, qint64 max, Need need) {
    const toml::node* n = node(key);
    if (!n) {
        if (need == Need::Required) missing(key);
        return std::nullopt;
    }
    if (!n->is_integer()) {
        wrongType(key, *n, tr("a whole number"));
        return std::nullopt;
    }
    const qint64 v = n->as_integer()->get();
    if (v < min || v > max) {
        problems_.add(n->source(),
                      tr("%1 must be between %2 and %3; it is %4").arg(keyName(key)).arg(min).arg(max).arg(v));
        return std::nullopt;
    }
    return v;
}

std::optional<bool> ConfigSection::boolean(std::string_view key, Need need) {
    const toml::node* n = node(key);
    if (!n) {
        if (need == Need::Required) missing(key);
        return std::nullopt;
    }
    if (!n->is_boolean()) {
        wrongType(key, *n, tr("true or false (without quotes)"));
        return std::nullopt;
    }
    return n->as_boolean()->get();
}

std::optional<QStringList> ConfigSection::stringList(std::string_view key, Need need) {
    const toml::node* n = node(key);
    if (!n) {
        if (need == Need::Required) missing(key);
        return std::nullopt;
    }
    if (!n->is_array()) {
        wrongType(key, *n, tr("a list in [ ], like [\"nb\", \"en\"]"));
        return std::nullopt;
    }
    QStringList out;
    for (const toml::node& item : *n->as_array()) {
        if (!item.is_string()) {
            problems_.add(
                item.source(),
                tr("every entry of %1 must be text in quotes, not %2").arg(keyName(key), describeValueType(item)));
            return std::nullopt;
        }
        out << QString::fromStdString(item.as_string()->get());
    }
    return out;
}

std::optional<QString> ConfigSection::choice(std::string_view key, const QStringList& choices, Need need) {
    std::optional<QString> v = string(key, need);
    if (!v || choices.contains(*v)) return v;
    QStringList quoted;
    for (const QString& c : choices) quoted << u'"' + c + u'"';
    const std::optional<QString> guess = closestMatch(*v, choices);
    problemAt(key, guess ? tr("%1 must be one of %2; it is \"%3\" — did you mean \"%4\"?")
                               .arg(keyName(key), quoted.join(u", "), *v, *guess)
                         : tr("%1 must be one of %2; it is \"%3\"").arg(keyName(key), quoted.join(u", "), *v));
    return std::nullopt;
}

}  // namespace ak::config
