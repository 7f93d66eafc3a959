#pragma once
// A register's signing key for the Norwegian signature chain (core/compliance/SignatureText.h):
// RSA-SHA1 with a 1024-bit key (exponent 65537; PKCS#1 v1.5, as the official SAF-T example) or
// HMAC-SHA1 with a 128-bit secret, through OpenSSL's libcrypto — no cryptography of our own.
//
// The key lives in a file outside the database ([compliance] private_key), readable by its owner
// only (0600): an RSA key as PKCS#8 PEM, an HMAC secret as one line "hmac-sha1:<base64>". Its
// public half (RSA) goes into the database (signing_keys) and into a PEM file for the product
// declaration, so that anyone can verify an export without the till.

#include "core/util/Result.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace ak::compliance {

enum class Algorithm { RsaSha1, HmacSha1 };
QString algorithmKey(Algorithm a);  // "rsa-sha1", "hmac-sha1" (config, signing_keys.algorithm)
std::optional<Algorithm> algorithmFromKey(const QString& key);

class SigningKey {
public:
    // Reads the key file; refuses, in plain words, a file that is missing or unreadable, readable by
    // others than its owner, not a key, or a key of the wrong type or size.
    static Result<SigningKey> load(const QString& path);
    // Makes a new key and writes it to `path` (created 0600; an existing file is never overwritten).
    static Result<SigningKey> create(const QString& path, Algorithm algorithm);

    SigningKey(SigningKey&&) noexcept;
    SigningKey& operator=(SigningKey&&) noexcept;
    ~SigningKey();

    Algorithm algorithm() const;
    // RSA: the public key as PEM (SubjectPublicKeyInfo); HMAC: empty (there is no public half).
    QString publicKeyPem() const;
    // Lowercase hex SHA-256 of the public key's DER (RSA) or of the secret (HMAC): which key signed,
    // without showing a secret.
    QString fingerprint() const;
    // The signature of `text` in base64.
    Result<QString> sign(const QByteArray& text) const;
    // HMAC only: the secret, for verifying an HMAC chain (`aktivkafe saft verify --hmac-key`).
    QByteArray secret() const;

private:
    struct Data;
    explicit SigningKey(std::unique_ptr<Data> data);
    std::unique_ptr<Data> d_;
};

// Whether `signatureBase64` is the RSA-SHA1 signature of `text` by the key `publicKeyPem`.
bool verifyRsaSha1(const QByteArray& text, const QString& signatureBase64, const QString& publicKeyPem);
// Whether `signatureBase64` is the HMAC-SHA1 of `text` with `key`.
bool verifyHmacSha1(const QByteArray& text, const QString& signatureBase64, const QByteArray& key);

}  // namespace ak::compliance
