// Schema step 19: the Norwegian signature chain (kassasystemforskriften § 2-6; SAF-T Cash Register
// `signature` and `keyVersion`). See core/compliance/SignatureText.h for what is signed.
#include <QStringList>

namespace ak {

QStringList signatureSchema() {
    return {
        // The signature (base64) and the register's key version it was made with; NULL for sales
        // written before signing began (they are reported as unsigned, never back-filled) and for
        // cafés that do not sign. Set once with the row: the sales triggers forbid every update.
        QStringLiteral("ALTER TABLE sales ADD COLUMN signature TEXT"),
        QStringLiteral("ALTER TABLE sales ADD COLUMN key_version INTEGER"),
        QStringLiteral("CREATE INDEX sales_chain ON sales (register_id, training, id) WHERE signature IS NOT NULL"),
        // Every key version a register has signed with. For RSA the public key (PEM) stays here so that
        // an export can be verified years later; for HMAC only the key's fingerprint (the key is secret
        // and stays in its file). Append-only like the sales.
        QStringLiteral("CREATE TABLE signing_keys ("
                       " register_id TEXT NOT NULL,"
                       " version INTEGER NOT NULL CHECK (version > 0),"
                       " algorithm TEXT NOT NULL CHECK (algorithm IN ('rsa-sha1', 'hmac-sha1')),"
                       " public_key TEXT NOT NULL DEFAULT '',"
                       " fingerprint TEXT NOT NULL,"
                       " created_at TEXT NOT NULL,"
                       " PRIMARY KEY (register_id, version)) WITHOUT ROWID"),
        QStringLiteral("CREATE TRIGGER signing_keys_no_update BEFORE UPDATE ON signing_keys"
                       " BEGIN SELECT RAISE(ABORT, 'a signing key cannot be changed'); END"),
        QStringLiteral("CREATE TRIGGER signing_keys_no_delete BEFORE DELETE ON signing_keys"
                       " BEGIN SELECT RAISE(ABORT, 'a signing key cannot be removed'); END"),
    };
}

}  // namespace ak
