#include "core/config/ConfigLoader.h"

#include <exception>
#include <optional>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include "core/config/ConfigProblems.h"
#include "core/config/ConfigSchema.h"

namespace ak {
namespace config {
Q_LOGGING_CATEGORY(lcConfig, "aktivkafe.core.config")
}  // namespace config

namespace {

using config::lcConfig;

QString tr(const char* text) { return QCoreApplication::translate("ak::config", text); }

Error configError(const QString& message) {
    qCWarning(lcConfig).noquote() << "configuration refused:" << message;
    return Error{ErrorCode::Config, message};
}

// toml++ describes what its parser expected; most such errors are one of a few everyday mistakes.
// Say which one in the manager's words.
QString syntaxHint(const QString& description) {
    const auto has = [&](const char* word) { return description.contains(QLatin1String(word), Qt::CaseInsensitive); };
    if (has("utf-8") || has("control character") || has("null")) {
        if (has("string")) return tr(" (a text value must end with \" on the same line)");
        return tr(" (the file must be plain text saved as UTF-8; is this the right file?)");
    }
    if (has("redefine") || has("redefinition")) return tr(" (each key and each [section] may appear only once)");
    if (has("parsing boolean") || has("parsing value") || has("parsing floating") || has("parsing integer") ||
        has("expected 'true'") || has("expected 'false'") || has("bare")) {
        return tr(" (text must be in quotes: name = \"Kafé Lyspunkt\"; true, false and numbers without)");
    }
    if (has("expected '='")) return tr(" (a setting is written key = value)");
    if (has("table header")) return tr(" (a section heading is written [name] on a line of its own)");
    if (has("end-of-line") || has("end-of-file")) {
        return tr(" (a line may hold one setting: key = value; a text value must end with \" on the same line)");
    }
    return QString();
}

QString tooBig(const QString& name, qint64 bytes) {
    return tr("%1: the file is %2 kB; a configuration file is a few kB — is this the right file?")
        .arg(name)
        .arg(bytes / 1024);
}

std::optional<toml::table> parseLayer(const ConfigText& layer, bool isMain, QString* problem) {
    if (layer.text.size() > kMaxConfigFileBytes) {
        *problem = tooBig(layer.sourceName, layer.text.size());
        return std::nullopt;
    }
    if (isMain && layer.text.trimmed().isEmpty()) {
        *problem = tr("%1: the file is empty; start from the shipped config/aktivkafe.toml").arg(layer.sourceName);
        return std::nullopt;
    }
    try {
        const std::string_view doc(layer.text.constData(), static_cast<size_t>(layer.text.size()));
        return toml::parse(doc, layer.sourceName.toStdString());
    } catch (const toml::parse_error& e) {
        const QString description = QString::fromUtf8(e.description().data(), qsizetype(e.description().size()));
        *problem = tr("%1:%2:%3: this is not valid TOML: %4%5")
                       .arg(layer.sourceName)
                       .arg(e.source().begin.line)
                       .arg(e.source().begin.column)
                       .arg(description, syntaxHint(description));
    } catch (const std::exception& e) {
        *problem = tr("%1: the file could not be read: %2").arg(layer.sourceName, QString::fromUtf8(e.what()));
    }
    return std::nullopt;
}

// Moves every value of `overlay` into `base`, descending into sections present in both. Values keep
// their source position, so problems point at the overlay's line.
void mergeInto(toml::table& base, toml::table& overlay) {
    for (auto&& [key, value] : overlay) {
        toml::node* existing = base.get(key.str());
        if (existing && existing->is_table() && value.is_table()) {
            mergeInto(*existing->as_table(), *value.as_table());
            continue;
        }
        // A named copy of the binding: clang before 16 cannot capture structured bindings.
        const toml::key& name = key;
        value.visit([&](auto&& node) { base.insert_or_assign(name, std::move(node)); });
    }
}

std::optional<QByteArray> readFile(const QString& path, QString* problem) {
    const QFileInfo info(path);
    if (!info.exists()) {
        *problem = tr("%1: the configuration file does not exist").arg(path);
        return std::nullopt;
    }
    if (info.isDir()) {
        *problem = tr("%1: this is a folder; give the path of the configuration file").arg(path);
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = tr("%1: the configuration file cannot be read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QByteArray text = file.read(kMaxConfigFileBytes + 1);  // never more: the file might be huge
    if (file.error() != QFileDevice::NoError) {
        *problem = tr("%1: the configuration file cannot be read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    if (text.size() > kMaxConfigFileBytes) {
        *problem = tooBig(path, qMax(info.size(), qint64(text.size())));
        return std::nullopt;
    }
    return text;
}

}  // namespace

Result<AppConfig> parseConfig(const std::vector<ConfigText>& layers) {
    if (layers.empty()) return configError(tr("no configuration file was given"));
    QStringList names;
    for (const ConfigText& l : layers) names << l.sourceName;

    std::optional<toml::table> merged;
    for (size_t i = 0; i < layers.size(); ++i) {
        QString problem;
        std::optional<toml::table> table = parseLayer(layers[i], i == 0, &problem);
        if (!table) return configError(problem);
        if (!merged) {
            merged = std::move(table);
        } else {
            mergeInto(*merged, *table);
        }
    }

    config::ConfigProblems problems(names);
    AppConfig config = config::readAppConfig(*merged, problems);
    if (!problems.empty()) return configError(problems.text());
    config.sources = names;
    qCInfo(lcConfig).noquote() << "configuration read from" << names.join(QStringLiteral(", ")) << "- café"
                               << config.cafe.name << "kiosk" << config.kiosk.id << "database" << config.database.location.display();
    return config;
}

Result<AppConfig> parseConfig(const QByteArray& text, const QString& sourceName) {
    return parseConfig(std::vector<ConfigText>{{text, sourceName}});
}

namespace {

// The main file's cafe_file, absolute (relative to the main file's folder); empty when it names
// none. A problem (not text, or the main file not TOML: parseConfig says that) in *problem.
QString cafeFileOf(const ConfigText& main, QString* problem) {
    QString ignored;
    std::optional<toml::table> table = parseLayer(main, true, &ignored);
    if (!table) return {};
    const toml::node* node = table->get("cafe_file");
    if (!node) return {};
    const auto* value = node->as_string();
    if (!value || value->get().empty()) {
        *problem = tr("%1:%2: cafe_file must be the path of a file, in quotes (\"/var/lib/aktivkafe/cafe.toml\")")
                       .arg(main.sourceName)
                       .arg(node->source().begin.line);
        return {};
    }
    QString file = QString::fromStdString(value->get());
    if (file.startsWith(QLatin1String("~/"))) file = QDir::homePath() + file.mid(1);
    return QFileInfo(QFileInfo(main.sourceName).absoluteDir(), file).absoluteFilePath();
}

}  // namespace

Result<AppConfig> loadConfig(const QString& path, const QStringList& overlayPaths) {
    std::vector<ConfigText> layers;
    QString cafeFile;
    for (const QString& p : QStringList{path} + overlayPaths) {
        QString problem;
        std::optional<QByteArray> text = readFile(p, &problem);
        if (!text) return configError(problem);
        layers.push_back({std::move(*text), p});
        if (layers.size() > 1) continue;
        // The café's own settings (the first-start wizard's) come right after the main file, so
        // that files given after it still win; missing until the wizard has run.
        cafeFile = cafeFileOf(layers.front(), &problem);
        if (!problem.isEmpty()) return configError(problem);
        if (cafeFile.isEmpty() || !QFileInfo::exists(cafeFile)) continue;
        std::optional<QByteArray> own = readFile(cafeFile, &problem);
        if (!own) return configError(problem);
        layers.push_back({std::move(*own), cafeFile});
    }
    auto config = parseConfig(layers);
    if (config) config->cafeFile = cafeFile;
    return config;
}

Result<AppConfig> loadConfig(const QString& path) { return loadConfig(path, {}); }

}  // namespace ak
