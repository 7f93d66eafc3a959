// The signature chain at the till (issue 13, items 1 and 2): every sale and return signed when it
// is written, in its own transaction, chained to the previous one of the same register and kind
// (training receipts apart); the signatures checked with the openssl command-line tool; sales from
// before signing left unsigned; a till that must sign and cannot does not sell.
#include "core/compliance/KeyRegistry.h"
#include "core/compliance/SaleSigner.h"
#include "core/compliance/SignatureText.h"
#include "tests/core/SaleTestFixture.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace ak;
using namespace ak::test;
using compliance::Algorithm;
using compliance::SaleSigner;
using compliance::SigningKey;

namespace {

const QTimeZone kOslo(QByteArrayLiteral("Europe/Oslo"));

struct Stored {
    QString signature;
    int keyVersion = 0;
    qint64 vat = 0;
};

struct SigningCafe {
    explicit SigningCafe(Algorithm algorithm = Algorithm::RsaSha1) {
        keyPath = dir.filePath(QStringLiteral("till.key"));
        auto key = SigningKey::create(keyPath, algorithm);
        BOOST_TEST_REQUIRE(key.ok());
        valueOrFail(compliance::registerKey(*w.db, w.journal, QStringLiteral("till-1"), key.value(), w.clock.now()));
        config.signing = compliance::algorithmKey(algorithm);
        config.privateKey = keyPath;
        startSigning();
    }
    void startSigning() {
        signer = SaleSigner::fromConfig(*w.db, config, QStringLiteral("till-1"), kOslo);
        w.sales.setSigner(&signer);
    }
    Stored stored(qint64 saleId) {
        QSqlQuery q = valueOrFail(w.db->query(
            QStringLiteral("SELECT signature, key_version, (SELECT coalesce(sum(vat_minor), 0) FROM sale_vat WHERE sale_id = s.id)"
                           " FROM sales s WHERE id = ?"),
            {saleId}));
        BOOST_TEST_REQUIRE(q.next());
        return Stored{q.value(0).toString(), q.value(1).toInt(), q.value(2).toLongLong()};
    }
    // openssl's word on `signature` over `text`, with the key's public half (RSA) or secret (HMAC).
    bool opensslAgrees(const QByteArray& text, const QString& signature) {
        const auto key = SigningKey::load(keyPath);
        BOOST_TEST_REQUIRE(key.ok());
        write(QStringLiteral("text"), text);
        QProcess p;
        if (key.value().algorithm() == Algorithm::RsaSha1) {
            write(QStringLiteral("public.pem"), key.value().publicKeyPem().toLatin1());
            write(QStringLiteral("sig"), QByteArray::fromBase64(signature.toLatin1()));
            p.start(QStringLiteral("openssl"), {QStringLiteral("dgst"), QStringLiteral("-sha1"), QStringLiteral("-verify"),
                                                dir.filePath(QStringLiteral("public.pem")), QStringLiteral("-signature"),
                                                dir.filePath(QStringLiteral("sig")), dir.filePath(QStringLiteral("text"))});
            p.waitForFinished(20000);
            return p.exitCode() == 0;
        }
        p.start(QStringLiteral("openssl"), {QStringLiteral("mac"), QStringLiteral("-digest"), QStringLiteral("SHA1"),
                                            QStringLiteral("-macopt"),
                                            QStringLiteral("hexkey:") + QString::fromLatin1(key.value().secret().toHex()),
                                            QStringLiteral("-in"), dir.filePath(QStringLiteral("text")), QStringLiteral("HMAC")});
        p.waitForFinished(20000);
        return QByteArray::fromHex(p.readAllStandardOutput().trimmed()).toBase64() == signature.toLatin1();
    }
    void write(const QString& name, const QByteArray& bytes) {
        QFile f(dir.filePath(name));
        BOOST_TEST_REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    // The text as the rules define it, from what is stored (not from the signer's own code path).
    QByteArray textOf(const QString& previous, const CompletedSale& s) {
        const Stored st = stored(s.id);
        return compliance::signedText({previous, s.createdAt, kOslo, s.receiptNumber, s.total.minor(), s.total.minor() - st.vat});
    }

    QTemporaryDir dir;
    SaleWorld w;
    QString keyPath;
    ComplianceConfig config;
    SaleSigner signer;
};

}  // namespace

BOOST_AUTO_TEST_SUITE(sale_signing)

BOOST_AUTO_TEST_CASE(each_sale_is_signed_and_chained_and_openssl_agrees) {
    SigningCafe c;
    BOOST_TEST(c.signer.problem().isEmpty());
    const CompletedSale first = c.w.sellByCard(c.w.draft({{"coffee", 1}}));
    c.w.clock.advanceSeconds(61);
    const CompletedSale second = c.w.sellByCard(c.w.draft({{"bun", 2}, {"coffee", 1}}));
    const Stored a = c.stored(first.id), b = c.stored(second.id);
    BOOST_TEST(a.keyVersion == 1);
    BOOST_TEST(b.keyVersion == 1);
    // Worked out by hand: 25.00 with 25 % VAT is 20.00 without; 10:00 UTC on 6 March is 11:00 in Oslo.
    const QByteArray firstText = c.textOf(QString(), first);
    BOOST_TEST(firstText == QByteArrayLiteral("0;2025-03-06;11:00:00;1;25.00;20.00"));
    BOOST_TEST(c.opensslAgrees(firstText, a.signature));
    const QByteArray secondText = c.textOf(a.signature, second);
    BOOST_TEST(secondText.startsWith(QByteArray(a.signature.toLatin1() + ";2025-03-06;11:01:01;2;95.00;")));
    BOOST_TEST(c.opensslAgrees(secondText, b.signature));
    BOOST_TEST(!c.opensslAgrees(c.textOf(QStringLiteral("0"), second), b.signature));  // the link matters
    // What the sale says it is, the journal still vouches for (the signature is in its digest).
    BOOST_TEST(valueOrFail(c.w.journal.verify()).ok());
}

BOOST_AUTO_TEST_CASE(a_return_is_signed_negative_in_the_same_chain_and_training_has_its_own) {
    SigningCafe c;
    const CompletedSale sale = c.w.sellByCard(c.w.draft({{"coffee", 2}}));
    auto back = valueOrFail(c.w.sales.prepareReturn(sale.id, {{sale.lines[0].id, 1}}));
    PaymentPlan refund(back.total);
    requireOk(refund.add(PaymentMethod::Card, refund.remaining()));
    const CompletedSale ret = valueOrFail(c.w.sales.completeReturn(back, refund, c.w.kari, c.w.mona, QStringLiteral("Kald")));
    const QByteArray returnText = c.textOf(c.stored(sale.id).signature, ret);
    BOOST_TEST(returnText.endsWith(";-25.00;-20.00"), returnText.toStdString());
    BOOST_TEST(c.opensslAgrees(returnText, c.stored(ret.id).signature));

    c.w.sales.setTraining(true);
    const CompletedSale practice = c.w.sellByCard(c.w.draft({{"coffee", 1}}));
    BOOST_TEST(practice.receiptNumber == 1);  // numbered on its own…
    const QByteArray practiceText = c.textOf(QString(), practice);  // …and chained on its own, from "0"
    BOOST_TEST(practiceText.startsWith("0;"));
    BOOST_TEST(c.opensslAgrees(practiceText, c.stored(practice.id).signature));
}

BOOST_AUTO_TEST_CASE(hmac_sha1_signs_the_same_text) {
    SigningCafe c(Algorithm::HmacSha1);
    const CompletedSale sale = c.w.sellByCard(c.w.draft({{"squash", 1}}));
    BOOST_TEST(c.opensslAgrees(c.textOf(QString(), sale), c.stored(sale.id).signature));
}

BOOST_AUTO_TEST_CASE(sales_from_before_signing_stay_unsigned_and_the_chain_starts_after_them) {
    SigningCafe c;
    c.w.sales.setSigner(nullptr);
    const CompletedSale before = c.w.sellByCard(c.w.draft({{"coffee", 1}}));
    BOOST_TEST(c.stored(before.id).signature.isEmpty());
    BOOST_TEST(c.stored(before.id).keyVersion == 0);
    c.w.sales.setSigner(&c.signer);
    const CompletedSale after = c.w.sellByCard(c.w.draft({{"coffee", 1}}));
    BOOST_TEST(c.opensslAgrees(c.textOf(QString(), after), c.stored(after.id).signature));
}

BOOST_AUTO_TEST_CASE(a_till_that_must_sign_and_cannot_does_not_sell) {
    SigningCafe c;
    const auto refusedWith = [&c]() {
        SaleDraft d(c.w.currency, Consumption::EatIn);
        auto r = c.w.sales.addProduct(d, c.w.id("coffee"));
        BOOST_TEST_REQUIRE(!r.ok());
        BOOST_TEST((r.error().code == ErrorCode::Locked));
        return r.error().message;
    };
    // The key file is gone.
    QFile::rename(c.keyPath, c.keyPath + QStringLiteral(".away"));
    c.startSigning();
    BOOST_TEST(refusedWith().contains(QStringLiteral("aktivkafe keys create")));
    QFile::rename(c.keyPath + QStringLiteral(".away"), c.keyPath);
    // Readable by others.
    QFile::setPermissions(c.keyPath, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
    c.startSigning();
    BOOST_TEST(refusedWith().contains(QStringLiteral("chmod 600")));
    QFile::setPermissions(c.keyPath, QFile::ReadOwner | QFile::WriteOwner);
    // A key this register never registered.
    const QString stranger = c.dir.filePath(QStringLiteral("other.key"));
    BOOST_TEST_REQUIRE(SigningKey::create(stranger, Algorithm::RsaSha1).ok());
    c.config.privateKey = stranger;
    c.startSigning();
    BOOST_TEST(refusedWith().contains(QStringLiteral("not registered")));
    // An older key after a newer version was registered.
    auto newer = SigningKey::load(stranger);
    valueOrFail(compliance::registerKey(*c.w.db, c.w.journal, QStringLiteral("till-1"), newer.value(), c.w.clock.now()));
    c.config.privateKey = c.keyPath;
    c.startSigning();
    BOOST_TEST(refusedWith().contains(QStringLiteral("version 2")));
    // The newest key: selling again, signed with version 2.
    c.config.privateKey = stranger;
    c.startSigning();
    BOOST_TEST(c.signer.problem().isEmpty());
    const CompletedSale sale = c.w.sellByCard(c.w.draft({{"coffee", 1}}));
    BOOST_TEST(c.stored(sale.id).keyVersion == 2);
    // The same key twice is refused.
    BOOST_TEST(!compliance::registerKey(*c.w.db, c.w.journal, QStringLiteral("till-1"), newer.value(), c.w.clock.now()).ok());
}

BOOST_AUTO_TEST_SUITE_END()
