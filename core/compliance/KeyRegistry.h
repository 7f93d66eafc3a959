#pragma once
// The signing key versions of each register (table signing_keys, schema step 19): a new key is
// registered as the register's next version, journaled (signing_key_added) in the same transaction;
// old versions stay, so that what they signed can be verified for as long as the journal is kept.

#include "core/compliance/SigningKey.h"
#include "core/util/Result.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace ak {

class Database;
class Journal;

namespace compliance {

struct KeyVersion {
    QString registerId;
    int version = 0;
    QString algorithm;  // "rsa-sha1", "hmac-sha1"
    QString publicKey;  // PEM; empty for HMAC
    QString fingerprint;
    QDateTime createdAt;
};

// Registers `key` as the next version of `registerId` (1 for the first). Conflict when this very
// key is registered already.
Result<KeyVersion> registerKey(Database& db, Journal& journal, const QString& registerId, const SigningKey& key,
                               const QDateTime& now);
// Every version of every register (registerId empty) or of one, oldest first.
Result<std::vector<KeyVersion>> keyVersions(const Database& db, const QString& registerId = {});

}  // namespace compliance
}  // namespace ak
