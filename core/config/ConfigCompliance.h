#pragma once
// Internal to the configuration loader: [compliance], the Norwegian signature chain
// (ConfigCompliance.cpp; called from readAppConfig in ConfigSchema.cpp).

#include "core/config/ComplianceConfig.h"
#include "core/config/ConfigSection.h"

#include <string_view>
#include <vector>

namespace ak::config {

std::vector<std::string_view> complianceKeys();
ComplianceConfig readCompliance(ConfigSection& s);

}  // namespace ak::config
