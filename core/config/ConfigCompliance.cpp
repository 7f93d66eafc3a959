#include "core/config/ConfigCompliance.h"

#include "core/config/ConfigSchema.h"

#include <QCoreApplication>

namespace ak::config {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("ak::config", text); }
}  // namespace

std::vector<std::string_view> complianceKeys() { return {"signing", "private_key"}; }

ComplianceConfig readCompliance(ConfigSection& s) {
    ComplianceConfig c;
    if (auto v = s.choice("signing", {QStringLiteral("off"), QStringLiteral("rsa-sha1"), QStringLiteral("hmac-sha1")},
                          Need::Optional))
        c.signing = *v;
    c.privateKey = resolvePath(s.string("private_key", Need::Optional).value_or(QString()).trimmed(), s.fileOf("private_key"));
    if (c.signs() && c.privateKey.isEmpty())
        s.problemAt("signing", tr("%1 needs %2: the register's key file (make one with: aktivkafe keys create)")
                                   .arg(s.keyName("signing"), s.keyName("private_key")));
    return c;
}

}  // namespace ak::config
