#include "core/compliance/SigningKey.h"

#include "core/compliance/PublicKey.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ak::compliance {

namespace {

constexpr int kRsaBits = 1024;      // what the Norwegian rules and the SAF-T example use
constexpr int kHmacBytes = 16;      // HMAC-SHA1-128
constexpr char kHmacPrefix[] = "hmac-sha1:";

struct PkeyFree {
    void operator()(EVP_PKEY* k) const { EVP_PKEY_free(k); }
};
struct BioFree {
    void operator()(BIO* b) const { BIO_free(b); }
};
struct MdCtxFree {
    void operator()(EVP_MD_CTX* c) const { EVP_MD_CTX_free(c); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;
using Bio = std::unique_ptr<BIO, BioFree>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;

Error keyError(const QString& path, const QString& why) {
    return Error{ErrorCode::Config, QStringLiteral("The signing key %1 %2").arg(path, why)};
}

QString hexSha256(const QByteArray& bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Writes `bytes` to a new file readable by its owner only; never replaces an existing file.
Result<void> writeNew(const QString& path, const QByteArray& bytes) {
    const QByteArray p = QFile::encodeName(path);
    const int fd = ::open(p.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == EEXIST)
            return Error{ErrorCode::Conflict, QStringLiteral("%1 exists already: a signing key is never overwritten").arg(path)};
        return Error{ErrorCode::Io, QStringLiteral("%1 cannot be written: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)))};
    }
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            const QString why = QString::fromLocal8Bit(std::strerror(errno));
            ::close(fd);
            ::unlink(p.constData());
            return Error{ErrorCode::Io, QStringLiteral("%1 could not be written whole: %2").arg(path, why)};
        }
        done += n;
    }
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    if (!synced) {
        ::unlink(p.constData());
        return Error{ErrorCode::Io, QStringLiteral("%1 could not be written to the disk").arg(path)};
    }
    return {};
}

}  // namespace

struct SigningKey::Data {
    Algorithm algorithm = Algorithm::RsaSha1;
    Pkey rsa;            // RsaSha1
    QByteArray secret;   // HmacSha1
};

QString algorithmKey(Algorithm a) {
    return a == Algorithm::RsaSha1 ? QStringLiteral("rsa-sha1") : QStringLiteral("hmac-sha1");
}

std::optional<Algorithm> algorithmFromKey(const QString& key) {
    if (key == QLatin1String("rsa-sha1")) return Algorithm::RsaSha1;
    if (key == QLatin1String("hmac-sha1")) return Algorithm::HmacSha1;
    return std::nullopt;
}

SigningKey::SigningKey(std::unique_ptr<Data> data) : d_(std::move(data)) {}
SigningKey::SigningKey(SigningKey&&) noexcept = default;
SigningKey& SigningKey::operator=(SigningKey&&) noexcept = default;
SigningKey::~SigningKey() = default;

Algorithm SigningKey::algorithm() const { return d_->algorithm; }
QByteArray SigningKey::secret() const { return d_->secret; }

Result<SigningKey> SigningKey::load(const QString& path) {
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return keyError(path, QStringLiteral("cannot be found (%1). Make one with: aktivkafe keys create")
                                  .arg(QString::fromLocal8Bit(std::strerror(errno))));
    if (!S_ISREG(st.st_mode)) return keyError(path, QStringLiteral("is not a file"));
    if ((st.st_mode & 077) != 0)
        return keyError(path, QStringLiteral("can be read by others than its owner (mode %1); make it private: chmod 600 %2")
                                  .arg(st.st_mode & 0777, 3, 8, QLatin1Char('0'))
                                  .arg(path));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return keyError(path, QStringLiteral("cannot be read: %1").arg(f.errorString()));
    const QByteArray bytes = f.read(64 * 1024);
    auto d = std::make_unique<Data>();
    if (bytes.startsWith(kHmacPrefix)) {
        d->algorithm = Algorithm::HmacSha1;
        d->secret = QByteArray::fromBase64(bytes.mid(int(std::strlen(kHmacPrefix))).trimmed());
        if (d->secret.size() != kHmacBytes) return keyError(path, QStringLiteral("is not a 128-bit HMAC-SHA1 key"));
        return SigningKey(std::move(d));
    }
    Bio bio(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
    d->rsa.reset(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!d->rsa) return keyError(path, QStringLiteral("is not a private key (PEM) that this till can read"));
    if (EVP_PKEY_base_id(d->rsa.get()) != EVP_PKEY_RSA) return keyError(path, QStringLiteral("is not an RSA key"));
    if (EVP_PKEY_get_bits(d->rsa.get()) != kRsaBits)
        return keyError(path, QStringLiteral("is an RSA key of %1 bits; the Norwegian rules ask for %2")
                                  .arg(EVP_PKEY_get_bits(d->rsa.get()))
                                  .arg(kRsaBits));
    d->algorithm = Algorithm::RsaSha1;
    return SigningKey(std::move(d));
}

Result<SigningKey> SigningKey::create(const QString& path, Algorithm algorithm) {
    QByteArray bytes;
    if (algorithm == Algorithm::HmacSha1) {
        QByteArray secret(kHmacBytes, '\0');
        if (RAND_bytes(reinterpret_cast<unsigned char*>(secret.data()), kHmacBytes) != 1)
            return Error{ErrorCode::Io, QStringLiteral("No random bytes for a new key")};
        bytes = QByteArray(kHmacPrefix) + secret.toBase64() + '\n';
    } else {
        Pkey key(EVP_RSA_gen(kRsaBits));  // exponent 65537
        if (!key) return Error{ErrorCode::Io, QStringLiteral("A new RSA key could not be made")};
        Bio bio(BIO_new(BIO_s_mem()));
        if (!bio || PEM_write_bio_PrivateKey(bio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
            return Error{ErrorCode::Io, QStringLiteral("The new RSA key could not be written as PEM")};
        char* data = nullptr;
        const long n = BIO_get_mem_data(bio.get(), &data);
        bytes = QByteArray(data, int(n));
    }
    if (auto written = writeNew(path, bytes); !written) return written.error();
    return load(path);
}

QString SigningKey::publicKeyPem() const {
    if (d_->algorithm != Algorithm::RsaSha1) return {};
    Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), d_->rsa.get()) != 1) return {};
    char* data = nullptr;
    const long n = BIO_get_mem_data(bio.get(), &data);
    return QString::fromLatin1(data, int(n));
}

QString SigningKey::fingerprint() const {
    if (d_->algorithm == Algorithm::HmacSha1) return hexSha256(QByteArray(kHmacPrefix) + d_->secret);
    unsigned char* der = nullptr;
    const int n = i2d_PUBKEY(d_->rsa.get(), &der);
    if (n <= 0) return {};
    const QString fp = hexSha256(QByteArray(reinterpret_cast<const char*>(der), n));
    OPENSSL_free(der);
    return fp;
}

Result<QString> SigningKey::sign(const QByteArray& text) const {
    const auto* data = reinterpret_cast<const unsigned char*>(text.constData());
    if (d_->algorithm == Algorithm::HmacSha1) {
        unsigned char mac[EVP_MAX_MD_SIZE];
        unsigned int len = 0;
        if (!HMAC(EVP_sha1(), d_->secret.constData(), int(d_->secret.size()), data, size_t(text.size()), mac, &len))
            return Error{ErrorCode::Io, QStringLiteral("The sale could not be signed (HMAC)")};
        return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(mac), int(len)).toBase64());
    }
    MdCtx ctx(EVP_MD_CTX_new());
    size_t len = 0;
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha1(), nullptr, d_->rsa.get()) != 1 ||
        EVP_DigestSign(ctx.get(), nullptr, &len, data, size_t(text.size())) != 1)
        return Error{ErrorCode::Io, QStringLiteral("The sale could not be signed (RSA)")};
    QByteArray signature(qsizetype(len), '\0');
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &len, data, size_t(text.size())) != 1)
        return Error{ErrorCode::Io, QStringLiteral("The sale could not be signed (RSA)")};
    signature.truncate(qsizetype(len));
    return QString::fromLatin1(signature.toBase64());
}

bool verifyRsaSha1(const QByteArray& text, const QString& signatureBase64, const QString& publicKeyPem) {
    return PublicKey(publicKeyPem).verifyRsaSha1(text, signatureBase64);
}

bool verifyHmacSha1(const QByteArray& text, const QString& signatureBase64, const QByteArray& key) {
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (!HMAC(EVP_sha1(), key.constData(), int(key.size()), reinterpret_cast<const unsigned char*>(text.constData()),
              size_t(text.size()), mac, &len))
        return false;
    const QByteArray expected = QByteArray(reinterpret_cast<const char*>(mac), int(len));
    const QByteArray given = QByteArray::fromBase64(signatureBase64.toLatin1());
    return given.size() == expected.size() && CRYPTO_memcmp(given.constData(), expected.constData(), size_t(len)) == 0;
}

}  // namespace ak::compliance
