// The signature chains of a SAF-T Cash Register file re-verified without the till
// (core/compliance/SaftChainCheck.h, issue 13 item 4): chains signed here with real keys (made by
// SigningKey, and one by the openssl tool), then altered as a dishonest hand would: an amount changed,
// a transaction deleted, two swapped, a signature blanked. Each is named at its receipt; what is
// honest (unsigned sales before signing, a chain from before the period, a key rotation, training
// receipts) is not. Exits 77 (CTest: skipped) without the openssl tool.
#include "core/compliance/SaftChainCheck.h"
#include "core/compliance/SigningKey.h"
#include "tests/core/SaftTestFile.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QProcess>

#include <boost/test/unit_test.hpp>

using namespace ak::compliance;
using ak::test::SaftChains;
using ak::test::SaftSigner;

namespace {

struct OpensslAvailable {
    OpensslAvailable() { ak::test::requireTool("openssl", "openssl"); }
};

const QString kReg = QStringLiteral("kasse-1");

struct Keys {
    Keys()
        : v1(SigningKey::create(dir.file(QStringLiteral("v1.key")), Algorithm::RsaSha1).value()),
          v2(SigningKey::create(dir.file(QStringLiteral("v2.key")), Algorithm::RsaSha1).value()),
          hmac(SigningKey::create(dir.file(QStringLiteral("hmac.key")), Algorithm::HmacSha1).value()) {}
    static SaftSigner signer(const SigningKey& key) { return ak::test::signerOf(key); }
    static ChainKey rsa(const SigningKey& key, const QString& version = {}) {
        return {version, std::make_shared<const PublicKey>(key.publicKeyPem()), {}};
    }
    ak::test::TempDir dir;
    SigningKey v1, v2, hmac;
};

Keys& keys() {
    static Keys k;  // RSA keys take a moment to make: one set for the suite
    return k;
}

SaftChains aDay() { return ak::test::aSaftDay(kReg, Keys::signer(keys().v1)); }

ChainReport check(const std::vector<ak::test::SaftTx>& txs, std::vector<ChainKey> chainKeys) {
    ak::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("saft.xml"));
    ak::test::writeSaftFile(path, txs);
    QFile f(path);
    BOOST_TEST_REQUIRE(f.open(QIODevice::ReadOnly));
    auto report = SaftChainCheck(std::move(chainKeys)).run(f);
    if (!report) BOOST_FAIL(report.error().message.toStdString());
    return report.value();
}

// A copy: the report is often a temporary.
ChainFinding onlyBroken(const ChainReport& r) {
    BOOST_TEST_REQUIRE(r.broken.size() == 1u);
    return r.broken.front();
}

}  // namespace

BOOST_TEST_GLOBAL_FIXTURE(OpensslAvailable);

BOOST_AUTO_TEST_SUITE(saft_chain_check)

BOOST_AUTO_TEST_CASE(a_whole_chain_verifies_link_by_link) {
    const ChainReport r = check(aDay().txs, {Keys::rsa(keys().v1)});
    BOOST_TEST(r.ok());
    BOOST_TEST(r.registers == 1);
    BOOST_TEST(r.transactions == 7);
    BOOST_TEST(r.signedCount == 7);
    BOOST_TEST(r.verified == 7);  // the first against "0": it is the chain's first, not a continuation
    BOOST_TEST(r.continued.empty());
}

BOOST_AUTO_TEST_CASE(a_changed_amount_breaks_its_own_link) {
    SaftChains c = aDay();
    c.txs[3].amountIn = QStringLiteral("48.90");  // receipt 4 said 49.00
    const ChainReport r = check(c.txs, {Keys::rsa(keys().v1)});
    const ChainFinding b = onlyBroken(r);
    BOOST_TEST(b.nr == QStringLiteral("4"));
    BOOST_TEST(b.registerId == kReg);
    BOOST_TEST(b.date == QStringLiteral("2026-03-02"));
    BOOST_TEST(b.time == c.txs[3].time);
    BOOST_TEST((b.problem == LinkProblem::SignatureMismatch));
    BOOST_TEST(b.why.contains(QStringLiteral("does not match")), b.why.toStdString());
    BOOST_TEST(r.verified == 6);  // receipt 5 chains to receipt 4's signature, which is untouched
    BOOST_TEST(r.failed == 1);
}

BOOST_AUTO_TEST_CASE(changed_dates_and_numbers_break_the_link_too) {
    SaftChains c = aDay();
    c.txs[1].time = QStringLiteral("23:59:00");
    BOOST_TEST(onlyBroken(check(c.txs, {Keys::rsa(keys().v1)})).nr == QStringLiteral("2"));
    c = aDay();
    c.txs[2].date = QStringLiteral("2026-03-03");
    BOOST_TEST(onlyBroken(check(c.txs, {Keys::rsa(keys().v1)})).nr == QStringLiteral("3"));
    c = aDay();
    c.txs[6].amountEx = QStringLiteral("-13.00");  // a return's amount excluding VAT
    BOOST_TEST(onlyBroken(check(c.txs, {Keys::rsa(keys().v1)})).nr == QStringLiteral("7"));
}

BOOST_AUTO_TEST_CASE(a_deleted_transaction_is_a_gap_in_the_numbers) {
    SaftChains c = aDay();
    c.txs.erase(c.txs.begin() + 2);  // receipt 3
    const ChainFinding b = onlyBroken(check(c.txs, {Keys::rsa(keys().v1)}));
    BOOST_TEST(b.nr == QStringLiteral("4"));
    BOOST_TEST((b.problem == LinkProblem::NumberGap));
    BOOST_TEST(b.why.contains(QStringLiteral("receipt 4 follows receipt 2: receipt 3 is missing")), b.why.toStdString());
    BOOST_TEST(b.why.contains(QStringLiteral("does not match")), b.why.toStdString());  // and its link says so too

    c = aDay();
    c.txs.erase(c.txs.begin() + 4, c.txs.end());  // the last three: nothing after them to notice
    BOOST_TEST(check(c.txs, {Keys::rsa(keys().v1)}).ok());
    c = aDay();
    c.txs.erase(c.txs.begin() + 1, c.txs.begin() + 4);  // receipts 2 to 4
    BOOST_TEST(onlyBroken(check(c.txs, {Keys::rsa(keys().v1)})).why.contains(QStringLiteral("receipts 2 to 4 are missing")));
}

BOOST_AUTO_TEST_CASE(two_swapped_transactions_are_out_of_order) {
    SaftChains c = aDay();
    std::swap(c.txs[2], c.txs[3]);  // 1 2 4 3 5 6 7
    const ChainFinding b = onlyBroken(check(c.txs, {Keys::rsa(keys().v1)}));
    BOOST_TEST(b.nr == QStringLiteral("4"));
    BOOST_TEST((b.problem == LinkProblem::OutOfOrder));
    BOOST_TEST(b.why.contains(QStringLiteral("receipt 4 follows receipt 2, and receipt 3 comes after it")), b.why.toStdString());

    c = aDay();
    std::swap(c.txs[5], c.txs[6]);  // the last two: 1 2 3 4 5 7 6
    BOOST_TEST((onlyBroken(check(c.txs, {Keys::rsa(keys().v1)})).problem == LinkProblem::OutOfOrder));
    c = aDay();
    c.txs.push_back(c.txs[3]);  // receipt 4 again at the end
    const ChainFinding again = onlyBroken(check(c.txs, {Keys::rsa(keys().v1)}));
    BOOST_TEST(again.why.contains(QStringLiteral("receipt 4 comes after receipt 7")), again.why.toStdString());
}

BOOST_AUTO_TEST_CASE(the_wrong_public_key_verifies_nothing) {
    const ChainReport r = check(aDay().txs, {Keys::rsa(keys().v2)});
    BOOST_TEST(r.verified == 0);
    const ChainFinding b = onlyBroken(r);
    BOOST_TEST(b.nr == QStringLiteral("1"));  // receipt 1 starts the chain: its link is checked
    BOOST_TEST(b.why.contains(QStringLiteral("no signature of this chain has verified")), b.why.toStdString());
}

BOOST_AUTO_TEST_CASE(a_key_rotation_in_the_period_needs_both_keys) {
    SaftChains c;
    for (qint64 nr = 1; nr <= 3; ++nr) c.add(kReg, nr, 3000, Keys::signer(keys().v1), QStringLiteral("1"));
    for (qint64 nr = 4; nr <= 6; ++nr) c.add(kReg, nr, 3000, Keys::signer(keys().v2), QStringLiteral("2"));
    const ChainReport both =
        check(c.txs, {Keys::rsa(keys().v1, QStringLiteral("1")), Keys::rsa(keys().v2, QStringLiteral("2"))});
    BOOST_TEST(both.ok());
    BOOST_TEST(both.verified == 6);
    // Without versions each key is tried for every version: the same answer.
    BOOST_TEST(check(c.txs, {Keys::rsa(keys().v1), Keys::rsa(keys().v2)}).verified == 6);

    const ChainReport one = check(c.txs, {Keys::rsa(keys().v1, QStringLiteral("1"))});
    const ChainFinding b = onlyBroken(one);
    BOOST_TEST(b.nr == QStringLiteral("4"));
    BOOST_TEST((b.problem == LinkProblem::UnknownKeyVersion));
    BOOST_TEST(b.why.contains(QStringLiteral("key version '2'")), b.why.toStdString());
    BOOST_TEST(one.verified == 3);

    // Version 2's key given as version 1's: receipt 1 (chained from "0") does not match.
    const ChainReport swapped =
        check(c.txs, {Keys::rsa(keys().v2, QStringLiteral("1")), Keys::rsa(keys().v1, QStringLiteral("2"))});
    BOOST_TEST(onlyBroken(swapped).nr == QStringLiteral("1"));
}

BOOST_AUTO_TEST_CASE(unsigned_sales_before_signing_are_counted_not_broken) {
    SaftChains c;
    c.add(kReg, 1, 2000);
    c.add(kReg, 2, 2500);
    for (qint64 nr = 3; nr <= 5; ++nr) c.add(kReg, nr, 3000, Keys::signer(keys().v1));  // from "0" again
    const ChainReport r = check(c.txs, {Keys::rsa(keys().v1)});
    BOOST_TEST(r.ok());
    BOOST_TEST(r.unsignedCount == 2);
    BOOST_TEST(r.signedCount == 3);
    BOOST_TEST(r.verified == 3);  // receipt 3 against "0": not a continuation
    BOOST_TEST(r.continued.empty());

    // A signature blanked after signing began is no unsigned sale.
    c.txs[3].signature.clear();
    c.txs[3].keyVersion.clear();
    const ChainFinding b = onlyBroken(check(c.txs, {Keys::rsa(keys().v1)}));
    BOOST_TEST(b.nr == QStringLiteral("4"));
    BOOST_TEST((b.problem == LinkProblem::MissingSignature));
    // An unsigned sale deleted before signing began is a gap all the same.
    c = SaftChains();
    c.add(kReg, 1, 2000);
    c.add(kReg, 3, 2500);
    BOOST_TEST((onlyBroken(check(c.txs, {Keys::rsa(keys().v1)})).problem == LinkProblem::NumberGap));
}

BOOST_AUTO_TEST_CASE(training_receipts_are_a_chain_of_their_own) {
    SaftChains c;
    const SaftSigner s = Keys::signer(keys().v1);
    c.add(kReg, 1, 3000, s);
    c.add(kReg, 1, 5000, s, QStringLiteral("1"), true);  // training receipt 1, chained from "0"
    c.add(kReg, 2, 3100, s);
    c.add(kReg, 2, 5100, s, QStringLiteral("1"), true);
    c.add(kReg, 3, 3200, s);
    c.add(QStringLiteral("kasse-2"), 1, 4000, s);  // another register, its own chain
    c.add(kReg, 4, 3300, s);
    const ChainReport r = check(c.txs, {Keys::rsa(keys().v1)});
    BOOST_TEST(r.ok());
    BOOST_TEST(r.registers == 2);
    BOOST_TEST(r.verified == 7);

    c.txs[3].amountIn = QStringLiteral("1.00");  // training receipt 2
    const ChainFinding b = onlyBroken(check(c.txs, {Keys::rsa(keys().v1)}));
    BOOST_TEST(b.training);
    BOOST_TEST(b.nr == QStringLiteral("2"));
    BOOST_TEST(chainName(b.training) == QStringLiteral("training receipts"));
}

BOOST_AUTO_TEST_CASE(a_period_that_starts_in_the_middle_of_a_chain) {
    SaftChains c = aDay();
    c.txs.erase(c.txs.begin(), c.txs.begin() + 2);  // the period starts at receipt 3
    const ChainReport r = check(c.txs, {Keys::rsa(keys().v1)});
    BOOST_TEST(r.ok());
    BOOST_TEST_REQUIRE(r.continued.size() == 1u);
    BOOST_TEST(r.continued.front().nr == QStringLiteral("3"));
    BOOST_TEST(r.continued.front().why.contains(QStringLiteral("continues a chain from before the period")));
    BOOST_TEST(r.verified == 4);  // 4 to 7, each against the one before
    BOOST_TEST(r.failed == 0);

    c.txs[2].amountIn = QStringLiteral("99.00");  // receipt 5: still found
    BOOST_TEST(onlyBroken(check(c.txs, {Keys::rsa(keys().v1)})).nr == QStringLiteral("5"));
}

BOOST_AUTO_TEST_CASE(a_changed_first_receipt_is_found_it_starts_its_chain) {
    SaftChains c = aDay();
    c.txs[0].amountIn = QStringLiteral("99.00");  // receipt 1: chained from "0", nothing before it
    const ChainReport r = check(c.txs, {Keys::rsa(keys().v1)});
    BOOST_TEST(r.continued.empty());
    BOOST_TEST(onlyBroken(r).nr == QStringLiteral("1"));
}

BOOST_AUTO_TEST_CASE(an_hmac_chain) {
    SaftChains c;
    for (qint64 nr = 1; nr <= 4; ++nr) c.add(kReg, nr, 1000 * nr, Keys::signer(keys().hmac));
    const ChainReport r = check(c.txs, {ChainKey{QString(), nullptr, keys().hmac.secret()}});
    BOOST_TEST(r.ok());
    BOOST_TEST(r.verified == 4);
    c.txs[2].nr = QStringLiteral("30");
    const ChainFinding b = onlyBroken(check(c.txs, {ChainKey{QString(), nullptr, keys().hmac.secret()}}));
    BOOST_TEST(b.nr == QStringLiteral("30"));
    BOOST_TEST(onlyBroken(check(aDay().txs, {ChainKey{QString(), nullptr, QByteArray(16, 'x')}})).nr ==
               QStringLiteral("1"));
}

BOOST_AUTO_TEST_CASE(a_chain_signed_by_the_openssl_tool_verifies) {
    // Signatures made by someone else's code: openssl genpkey and openssl dgst -sha1 -sign.
    ak::test::TempDir dir;
    const QString key = dir.file(QStringLiteral("k.pem"));
    const QString pub = dir.file(QStringLiteral("k.pub.pem"));
    ak::test::toolOutput(QStringLiteral("openssl"), {QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("RSA"),
                                                     QStringLiteral("-pkeyopt"), QStringLiteral("rsa_keygen_bits:1024"),
                                                     QStringLiteral("-out"), key});
    ak::test::toolOutput(QStringLiteral("openssl"), {QStringLiteral("pkey"), QStringLiteral("-in"), key, QStringLiteral("-pubout"),
                                                     QStringLiteral("-out"), pub});
    const SaftSigner openssl = [&](const QByteArray& text) {
        QProcess p;
        p.start(QStringLiteral("openssl"), {QStringLiteral("dgst"), QStringLiteral("-sha1"), QStringLiteral("-sign"), key});
        p.write(text);
        p.closeWriteChannel();
        BOOST_TEST_REQUIRE(p.waitForFinished(20000));
        BOOST_TEST_REQUIRE(p.exitCode() == 0);
        return QString::fromLatin1(p.readAllStandardOutput().toBase64());
    };
    SaftChains c;
    c.add(kReg, 1, 4500, openssl);
    c.add(kReg, 2, -1640, openssl);
    c.add(kReg, 3, 9900, openssl);
    QFile f(pub);
    BOOST_TEST_REQUIRE(f.open(QIODevice::ReadOnly));
    const auto publicKey = std::make_shared<const PublicKey>(QString::fromLatin1(f.readAll()));
    BOOST_TEST_REQUIRE(publicKey->valid());
    const ChainReport r = check(c.txs, {ChainKey{QString(), publicKey, {}}});
    BOOST_TEST(r.ok());
    BOOST_TEST(r.verified == 3);
}

BOOST_AUTO_TEST_CASE(what_is_not_a_saft_file_is_said) {
    ak::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("x.xml"));
    const auto run = [&](const QByteArray& bytes) {
        QFile w(path);
        BOOST_TEST_REQUIRE(w.open(QIODevice::WriteOnly | QIODevice::Truncate));
        w.write(bytes);
        w.close();
        QFile f(path);
        BOOST_TEST_REQUIRE(f.open(QIODevice::ReadOnly));
        return SaftChainCheck({Keys::rsa(keys().v1)}).run(f);
    };
    const auto cut = run("<?xml version=\"1.0\"?>\n<auditfile xmlns=\"urn:StandardAuditFile-Taxation-CashRegister:NO\">\n<company>");
    BOOST_TEST_REQUIRE(!cut.ok());
    BOOST_TEST(cut.error().message.contains(QStringLiteral("not well-formed XML: line 3")), cut.error().message.toStdString());
    const auto other = run("<?xml version=\"1.0\"?>\n<AuditFile xmlns=\"urn:StandardAuditFile-Taxation-Financial:NO\"/>");
    BOOST_TEST_REQUIRE(!other.ok());
    BOOST_TEST(other.error().message.contains(QStringLiteral("not a SAF-T Cash Register file")));
}

BOOST_AUTO_TEST_SUITE_END()
