// libFuzzer target for the configuration loader: TOML text through toml++, the overlay merge and
// the schema (ConfigSchema, ConfigSection, ConfigVisits ...) into an AppConfig or a refusal.
//
// Input: the main file's text; if it holds kOverlaySeparator, the text after it is an overlay
// (and after a second separator, another), the way the apps take `--config main --config overlay`.
// Besides "no crash, no leak, no undefined behaviour" it checks the loader's promises: a refusal is
// always a Config error with a message, and an accepted configuration names its sources in order.

#include <cstddef>
#include <cstdint>
#include <vector>

#include <QByteArray>
#include <QString>

#include "core/config/ConfigLoader.h"
#include "tests/fuzz/FuzzSupport.h"

namespace {
const QByteArray kOverlaySeparator("\n#--- overlay ---\n");
}

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    ak::fuzz::quietLogging();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    std::vector<ak::ConfigText> layers;
    qsizetype from = 0;
    while (layers.size() < 3) {
        const qsizetype at = layers.size() < 2 ? input.indexOf(kOverlaySeparator, from) : -1;
        const QString name = layers.empty() ? QStringLiteral("/fuzz/aktivkafe.toml")
                                            : QStringLiteral("/fuzz/overlay%1.toml").arg(layers.size());
        layers.push_back({input.mid(from, at < 0 ? -1 : at - from), name});
        if (at < 0) break;
        from = at + kOverlaySeparator.size();
    }
    const auto r = ak::parseConfig(layers);
    if (!r.ok()) {
        if (r.error().code != ak::ErrorCode::Config || r.error().message.isEmpty()) __builtin_trap();
        return 0;
    }
    if (r.value().sources.size() != qsizetype(layers.size())) __builtin_trap();
    for (size_t i = 0; i < layers.size(); ++i)
        if (r.value().sources.at(qsizetype(i)) != layers[i].sourceName) __builtin_trap();
    return 0;
}
