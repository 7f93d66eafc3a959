#pragma once
// Reads the café's configuration (config/aktivkafe.toml documents every key) into an AppConfig.
//
// All or nothing: a file with any problem is refused whole, and the error lists every problem found
// as "file:line:column: what is wrong" lines in plain words (typos in key names come with a
// "did you mean" suggestion). Nothing starts half-configured: no partial AppConfig is ever returned.
//
// Overrides: pass overlay files after the main file. An overlay is a small TOML file with only the
// keys to change, e.g. for the demo:
//     [database]
//     path = "demo.sqlite"                 # relative paths are relative to the overlay's folder
//     [devices.printer]
//     output_directory = "printer-output"
// Overlays are merged over the main file key by key (a list such as languages is replaced whole),
// then the result is checked as one; problems point at the file and line that set the value.

#include <vector>

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "core/config/AppConfig.h"
#include "core/util/Result.h"

namespace ak {

// One piece of configuration text and the name that error messages give it (usually its path).
struct ConfigText {
    QByteArray text;
    QString sourceName;
};

// A configuration file is a few kilobytes; anything over this is refused as "not a configuration file".
inline constexpr qint64 kMaxConfigFileBytes = 1024 * 1024;

Result<AppConfig> loadConfig(const QString& path);
Result<AppConfig> loadConfig(const QString& path, const QStringList& overlayPaths);

// The same from text already in memory. With several layers the first is the main file and the
// others overlays, in order.
Result<AppConfig> parseConfig(const QByteArray& text, const QString& sourceName);
Result<AppConfig> parseConfig(const std::vector<ConfigText>& layers);

}  // namespace ak
