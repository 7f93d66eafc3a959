#pragma once
// An RSA public key read once from its PEM, for checking many signatures with it: an export or a
// `saft verify` checks every transaction of a register with the same key version, and reading the
// PEM again for each one (OpenSSL 3's decoder) cost four fifths of the export's time.

#include <QByteArray>
#include <QString>

#include <memory>

namespace ak::compliance {

class PublicKey {
public:
    // A key that verifies nothing when `pem` is not an RSA public key (valid() says which).
    explicit PublicKey(const QString& pem);
    PublicKey(PublicKey&&) noexcept;
    PublicKey& operator=(PublicKey&&) noexcept;
    ~PublicKey();

    bool valid() const;
    // Whether `signatureBase64` is the RSA-SHA1 (PKCS#1 v1.5) signature of `text` by this key.
    bool verifyRsaSha1(const QByteArray& text, const QString& signatureBase64) const;

private:
    struct Data;
    std::unique_ptr<Data> d_;
};

}  // namespace ak::compliance
