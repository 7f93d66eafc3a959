#pragma once
// [compliance]: the Norwegian signature chain (core/compliance/).
//
//   [compliance]
//   signing = "rsa-sha1"              # "off" (default), "rsa-sha1" or "hmac-sha1"
//   private_key = "keys/till.key"     # the register's key file (relative: to this file's folder)

#include <QString>

namespace ak {

struct ComplianceConfig {
    // "off", "rsa-sha1" or "hmac-sha1": with a signing algorithm every sale and return is signed,
    // and the till refuses to sell when the key cannot be used.
    QString signing = QStringLiteral("off");
    QString privateKey;  // absolute
    bool signs() const { return signing != QLatin1String("off"); }
};

}  // namespace ak
