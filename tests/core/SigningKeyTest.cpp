// The register's signing key (core/compliance/SigningKey.h): made, stored privately, read back;
// its RSA-SHA1 and HMAC-SHA1 signatures checked with the openssl command-line tool, not only with
// our own code; keys with the wrong permissions, type or size refused in plain words.
#include "core/compliance/SigningKey.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <boost/test/unit_test.hpp>

#include <sys/stat.h>

using namespace ak::compliance;

namespace {

const QByteArray kText = QByteArrayLiteral("0;2020-01-01;09:00:00;1000;86.40;75.12");

// Runs openssl with `args` (stdin: `input`); its exit code, stdout in `out`.
int openssl(const QStringList& args, const QByteArray& input = {}, QByteArray* out = nullptr) {
    QProcess p;
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForStarted(5000)) return -1;
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(20000);
    if (out) *out = p.readAllStandardOutput();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    BOOST_REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

struct Dir {
    Dir() { BOOST_REQUIRE(!QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty()); }
    QString path(const char* name) const { return dir.filePath(QString::fromLatin1(name)); }
    QTemporaryDir dir;
};

}  // namespace

BOOST_AUTO_TEST_SUITE(signing_key)

BOOST_AUTO_TEST_CASE(an_rsa_key_is_made_private_and_its_signatures_verify_with_openssl) {
    Dir d;
    auto made = SigningKey::create(d.path("till.key"), Algorithm::RsaSha1);
    BOOST_REQUIRE_MESSAGE(made.ok(), (made.ok() ? std::string() : made.error().message.toStdString()));
    struct stat st {};
    BOOST_REQUIRE(::stat(QFile::encodeName(d.path("till.key")).constData(), &st) == 0);
    BOOST_TEST((st.st_mode & 0777) == 0600u);

    auto key = SigningKey::load(d.path("till.key"));
    BOOST_REQUIRE(key.ok());
    BOOST_TEST((key.value().algorithm() == Algorithm::RsaSha1));
    BOOST_TEST(key.value().fingerprint() == made.value().fingerprint());
    BOOST_TEST(key.value().fingerprint().size() == 64);
    // openssl agrees on what the key is: 1024 bits, exponent 65537
    QByteArray described;
    BOOST_REQUIRE(openssl({QStringLiteral("rsa"), QStringLiteral("-in"), d.path("till.key"), QStringLiteral("-noout"),
                           QStringLiteral("-text")},
                          {}, &described) == 0);
    BOOST_TEST(described.contains("Private-Key: (1024 bit, 2 primes)"));
    BOOST_TEST(described.contains("publicExponent: 65537"));

    const auto signature = key.value().sign(kText);
    BOOST_REQUIRE(signature.ok());
    BOOST_TEST(QByteArray::fromBase64(signature.value().toLatin1()).size() == 128);
    writeFile(d.path("public.pem"), key.value().publicKeyPem().toLatin1());
    writeFile(d.path("sig.bin"), QByteArray::fromBase64(signature.value().toLatin1()));
    writeFile(d.path("text"), kText);
    BOOST_TEST(openssl({QStringLiteral("dgst"), QStringLiteral("-sha1"), QStringLiteral("-verify"), d.path("public.pem"),
                        QStringLiteral("-signature"), d.path("sig.bin"), d.path("text")}) == 0);
    BOOST_TEST(verifyRsaSha1(kText, signature.value(), key.value().publicKeyPem()));
    BOOST_TEST(!verifyRsaSha1(kText + "0", signature.value(), key.value().publicKeyPem()));
    // …and a signature openssl makes with the same key verifies with ours.
    QByteArray theirs;
    BOOST_REQUIRE(openssl({QStringLiteral("dgst"), QStringLiteral("-sha1"), QStringLiteral("-sign"), d.path("till.key")},
                          kText, &theirs) == 0);
    BOOST_TEST(QString::fromLatin1(theirs.toBase64()) == signature.value());  // PKCS#1 v1.5 is deterministic

    // A key is never overwritten.
    auto again = SigningKey::create(d.path("till.key"), Algorithm::RsaSha1);
    BOOST_REQUIRE(!again.ok());
    BOOST_TEST(again.error().message.contains(QStringLiteral("never overwritten")));
}

BOOST_AUTO_TEST_CASE(an_hmac_key_signs_as_openssl_computes_it) {
    Dir d;
    auto key = SigningKey::create(d.path("till.hmac"), Algorithm::HmacSha1);
    BOOST_REQUIRE(key.ok());
    BOOST_TEST(key.value().secret().size() == 16);
    BOOST_TEST(key.value().publicKeyPem().isEmpty());
    const auto signature = key.value().sign(kText);
    BOOST_REQUIRE(signature.ok());
    QByteArray mac;
    BOOST_REQUIRE(openssl({QStringLiteral("mac"), QStringLiteral("-digest"), QStringLiteral("SHA1"), QStringLiteral("-macopt"),
                           QStringLiteral("hexkey:") + QString::fromLatin1(key.value().secret().toHex()),
                           QStringLiteral("-in"), (writeFile(d.path("text"), kText), d.path("text")), QStringLiteral("HMAC")},
                          {}, &mac) == 0);
    BOOST_TEST(QString::fromLatin1(QByteArray::fromHex(mac.trimmed()).toBase64()) == signature.value());
    BOOST_TEST(verifyHmacSha1(kText, signature.value(), key.value().secret()));
    BOOST_TEST(!verifyHmacSha1(kText, signature.value(), QByteArray(16, 'x')));
    auto loaded = SigningKey::load(d.path("till.hmac"));
    BOOST_REQUIRE(loaded.ok());
    BOOST_TEST(loaded.value().fingerprint() == key.value().fingerprint());
}

BOOST_AUTO_TEST_CASE(keys_that_cannot_be_used_are_refused_in_plain_words) {
    Dir d;
    const auto refused = [](const QString& path) {
        auto k = SigningKey::load(path);
        return k.ok() ? QString() : k.error().message;
    };
    BOOST_TEST(refused(d.path("missing.key")).contains(QStringLiteral("aktivkafe keys create")));

    BOOST_REQUIRE(SigningKey::create(d.path("open.key"), Algorithm::RsaSha1).ok());
    ::chmod(QFile::encodeName(d.path("open.key")).constData(), 0644);
    BOOST_TEST(refused(d.path("open.key")).contains(QStringLiteral("chmod 600")));

    BOOST_REQUIRE(openssl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"), QStringLiteral("-pkeyopt"),
                           QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-out"), d.path("ec.key")}) == 0);
    ::chmod(QFile::encodeName(d.path("ec.key")).constData(), 0600);
    BOOST_TEST(refused(d.path("ec.key")).contains(QStringLiteral("not an RSA key")));

    BOOST_REQUIRE(openssl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("RSA"), QStringLiteral("-pkeyopt"),
                           QStringLiteral("rsa_keygen_bits:2048"), QStringLiteral("-out"), d.path("big.key")}) == 0);
    ::chmod(QFile::encodeName(d.path("big.key")).constData(), 0600);
    BOOST_TEST(refused(d.path("big.key")).contains(QStringLiteral("2048 bits")));

    writeFile(d.path("junk.key"), "hello\n");
    ::chmod(QFile::encodeName(d.path("junk.key")).constData(), 0600);
    BOOST_TEST(refused(d.path("junk.key")).contains(QStringLiteral("not a private key")));
    BOOST_TEST(refused(d.dir.path()).contains(QStringLiteral("not a file")));
}

BOOST_AUTO_TEST_SUITE_END()
