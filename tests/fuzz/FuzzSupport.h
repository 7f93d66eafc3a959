#pragma once
// Shared by the libFuzzer targets: quiet logging. The parsers log every refusal (as they should in
// the apps); millions of refusals on stderr would only slow the fuzzer down and bury its report.

#include <QLoggingCategory>

namespace ak::fuzz {

inline void quietLogging() { QLoggingCategory::setFilterRules(QStringLiteral("aktivkafe.*=false\nqt.*=false")); }

}  // namespace ak::fuzz
