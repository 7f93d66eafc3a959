#include "core/compliance/PublicKey.h"

#include <openssl/evp.h>
#include <openssl/pem.h>

namespace ak::compliance {

struct PublicKey::Data {
    EVP_PKEY* key = nullptr;
    EVP_MD_CTX* ctx = nullptr;  // reused for every check
    ~Data() {
        EVP_MD_CTX_free(ctx);
        EVP_PKEY_free(key);
    }
};

PublicKey::PublicKey(const QString& pem) : d_(std::make_unique<Data>()) {
    const QByteArray bytes = pem.toLatin1();
    if (BIO* bio = BIO_new_mem_buf(bytes.constData(), int(bytes.size()))) {
        d_->key = PEM_read_bio_PUBKEY(bio, nullptr, nullptr, nullptr);
        BIO_free(bio);
    }
    if (d_->key && EVP_PKEY_base_id(d_->key) != EVP_PKEY_RSA) {
        EVP_PKEY_free(d_->key);
        d_->key = nullptr;
    }
    if (d_->key) d_->ctx = EVP_MD_CTX_new();
}

PublicKey::PublicKey(PublicKey&&) noexcept = default;
PublicKey& PublicKey::operator=(PublicKey&&) noexcept = default;
PublicKey::~PublicKey() = default;

bool PublicKey::valid() const { return d_ && d_->key && d_->ctx; }

bool PublicKey::verifyRsaSha1(const QByteArray& text, const QString& signatureBase64) const {
    if (!valid() || EVP_MD_CTX_reset(d_->ctx) != 1 ||
        EVP_DigestVerifyInit(d_->ctx, nullptr, EVP_sha1(), nullptr, d_->key) != 1)
        return false;
    const QByteArray signature = QByteArray::fromBase64(signatureBase64.toLatin1());
    return EVP_DigestVerify(d_->ctx, reinterpret_cast<const unsigned char*>(signature.constData()), size_t(signature.size()),
                            reinterpret_cast<const unsigned char*>(text.constData()), size_t(text.size())) == 1;
}

}  // namespace ak::compliance
