#pragma once
// Internal to the configuration loader: the devices' sections of aktivkafe.toml, [devices.printer],
// [devices.scanner] and every [[devices.reader]] (ConfigDevices.cpp; called from readAppConfig in
// ConfigSchema.cpp).

#include <string_view>
#include <vector>

#include "core/config/ConfigProblems.h"
#include "core/config/ConfigSection.h"
#include "drivers/devices/DeviceSettings.h"

namespace ak::config {

// The keys [devices.printer] and a reader may hold.
std::vector<std::string_view> printerKeys();
std::vector<std::string_view> readerKeys();  // [devices.scanner]; [[devices.reader]] also takes "id"

dev::PrinterSettings readPrinter(ConfigSection& s);
// One reader; `id` names it ("scanner" for [devices.scanner]).
dev::ScannerSettings readScanner(ConfigSection& s, const QString& id);
// Every [[devices.reader]] under `node` (the value of [devices] reader), appended to `readers`.
void readReaders(ConfigProblems& problems, const toml::node* node, std::vector<dev::ScannerSettings>& readers);

}  // namespace ak::config
