#pragma once
// Internal to the configuration loader: what each section of aktivkafe.toml may hold, and how its
// values become an AppConfig. Keep in step with config/aktivkafe.toml, which documents every key.

#include <QString>

#include "core/config/AppConfig.h"
#include "core/config/ConfigProblems.h"

namespace ak::config {

// Reads the merged document. Problems go to `problems`; the result means something only when no
// problem was added.
AppConfig readAppConfig(const toml::table& root, ConfigProblems& problems);

// "~" and "~/x" become the home folder; a relative path is taken relative to the folder of the file
// that set it; "" stays "".
QString resolvePath(const QString& raw, const QString& fromFile);

}  // namespace ak::config
