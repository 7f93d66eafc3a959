// aktivkafe saft verify (issue 13, item 4) as an accountant runs it: the schema check through the XSD
// shipped beside the program (the official example file passes it, as does xmllint), the signature
// chains with the public keys of each key version, HMAC keys, the first broken link and the summary,
// exit codes, and a file ten times bigger checked in about the same memory. Exits 77 (CTest: skipped)
// without xmllint (Debian libxml2-utils).

#include "core/compliance/SigningKey.h"
#include "tests/core/CliRun.h"
#include "tests/core/SaftTestFile.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QFileInfo>

#include <boost/test/unit_test.hpp>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

extern char** environ;

using namespace ak::compliance;
using ak::test::runAktivkafe;
using ak::test::SaftChains;
using ak::test::SaftSigner;

namespace {

struct XmllintAvailable {
    XmllintAvailable() { ak::test::requireTool("xmllint", "libxml2-utils"); }
};

const QString kReg = QStringLiteral("kasse-1");

// A register's keys as the café has them: RSA key files, their public PEMs, an HMAC key file.
struct Cafe {
    Cafe()
        : v1(SigningKey::create(dir.file(QStringLiteral("v1.key")), Algorithm::RsaSha1).value()),
          v2(SigningKey::create(dir.file(QStringLiteral("v2.key")), Algorithm::RsaSha1).value()),
          hmac(SigningKey::create(hmacFile, Algorithm::HmacSha1).value()) {
        for (const auto& [key, path] : {std::pair{&v1, v1Pem}, std::pair{&v2, v2Pem}}) {
            QFile f(path);
            BOOST_TEST_REQUIRE(f.open(QIODevice::WriteOnly));
            f.write(key->publicKeyPem().toLatin1());
        }
    }
    static SaftSigner signer(const SigningKey& key) { return ak::test::signerOf(key); }
    QString write(const std::vector<ak::test::SaftTx>& txs, int linesPerTransaction = 1) {
        const QString path = dir.file(QStringLiteral("saft-%1.xml").arg(++files));
        ak::test::writeSaftFile(path, txs, linesPerTransaction);
        return path;
    }
    ak::test::TempDir dir;
    QString v1Pem = dir.file(QStringLiteral("v1.pub.pem"));
    QString v2Pem = dir.file(QStringLiteral("v2.pub.pem"));
    QString hmacFile = dir.file(QStringLiteral("hmac.key"));
    SigningKey v1, v2, hmac;
    int files = 0;
};

Cafe& cafe() {
    static Cafe c;
    return c;
}

SaftChains aDay() { return ak::test::aSaftDay(kReg, Cafe::signer(cafe().v1)); }

ak::test::CliRun verify(QStringList args) {
    args.prepend(QStringLiteral("verify"));
    args.prepend(QStringLiteral("saft"));
    return runAktivkafe(args);
}

// The 1-based line of `file` that holds `text`.
int lineOf(const QString& file, const QByteArray& text) {
    QFile f(file);
    BOOST_TEST_REQUIRE(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (int i = 0; i < lines.size(); ++i)
        if (lines[i].contains(text)) return i + 1;
    BOOST_FAIL("not in the file");
    return 0;
}

// Runs aktivkafe with `args` (output to /dev/null); its exit code and its own peak memory (wait4's
// ru_maxrss, in KiB: this one child's, not the most of all children so far).
std::pair<int, long> peakMemoryOf(const QStringList& args) {
    const QByteArray program = QFile::encodeName(qEnvironmentVariable("AK_CLI"));
    BOOST_TEST_REQUIRE(!program.isEmpty(), "AK_CLI must name the aktivkafe binary");
    std::vector<QByteArray> bytes{program};
    for (const QString& a : args) bytes.push_back(QFile::encodeName(a));
    std::vector<char*> argv;
    for (QByteArray& b : bytes) argv.push_back(b.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, program.constData(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    BOOST_TEST_REQUIRE(spawned == 0);
    int status = 0;
    struct rusage usage {};
    BOOST_TEST_REQUIRE(::wait4(pid, &status, 0, &usage) == pid);
    BOOST_TEST_REQUIRE(WIFEXITED(status));
    return {WEXITSTATUS(status), usage.ru_maxrss};
}

}  // namespace

BOOST_TEST_GLOBAL_FIXTURE(XmllintAvailable);

BOOST_AUTO_TEST_SUITE(cli_saft_verify)

BOOST_AUTO_TEST_CASE(a_whole_chain_passes_schema_and_signatures) {
    const QString file = cafe().write(aDay().txs);
    // The test's own file is schema-valid by someone else's reading too.
    ak::test::toolOutput(QStringLiteral("xmllint"),
                         {QStringLiteral("--noout"), QStringLiteral("--schema"),
                          ak::test::sourceDir() + QStringLiteral("/config/saft/Norwegian_SAF-T_Cash_Register_Schema_v_1.00.xsd"),
                          file});
    const auto r = verify({file, QStringLiteral("--public-key"), cafe().v1Pem});
    BOOST_TEST(r.code == 0, r.err.toStdString());
    // The schema shipped beside the program in the build tree (bin/../share/aktivkafe/saft).
    BOOST_TEST(r.out.contains(QStringLiteral("/share/aktivkafe/saft/Norwegian_SAF-T_Cash_Register_Schema_v_1.00.xsd")),
               r.out.toStdString());
    BOOST_TEST(r.out.contains(QStringLiteral("Schema: valid")), r.out.toStdString());
    BOOST_TEST(r.out.contains(QStringLiteral("Signatures: OK")), r.out.toStdString());
    BOOST_TEST(r.out.contains(QStringLiteral("Registers: 1, transactions: 7, signed: 7, unsigned: 0, verified: 7")),
               r.out.toStdString());
}

BOOST_AUTO_TEST_CASE(the_first_broken_link_is_named_and_the_answer_is_no) {
    SaftChains c = aDay();
    c.txs[3].amountIn = QStringLiteral("48.90");
    const auto changed = verify({cafe().write(c.txs), QStringLiteral("--public-key"), cafe().v1Pem});
    BOOST_TEST(changed.code == 1);
    BOOST_TEST(changed.out.contains(QStringLiteral("Signatures: FAILED")), changed.out.toStdString());
    BOOST_TEST(changed.out.contains(QStringLiteral("register kasse-1, normal receipts, receipt 4 (2026-03-02 %1): its "
                                                   "signature does not match")
                                        .arg(c.txs[3].time)),
               changed.out.toStdString());
    BOOST_TEST(changed.out.contains(QStringLiteral("verified: 6")), changed.out.toStdString());

    c = aDay();
    c.txs.erase(c.txs.begin() + 4);
    const auto deleted = verify({cafe().write(c.txs), QStringLiteral("--public-key"), cafe().v1Pem});
    BOOST_TEST(deleted.code == 1);
    BOOST_TEST(deleted.out.contains(QStringLiteral("receipt 6 follows receipt 4: receipt 5 is missing")), deleted.out.toStdString());

    const auto wrongKey = verify({cafe().write(aDay().txs), QStringLiteral("--public-key"), cafe().v2Pem});
    BOOST_TEST(wrongKey.code == 1);
    BOOST_TEST(wrongKey.out.contains(QStringLiteral("register kasse-1, normal receipts, receipt 1 (")), wrongKey.out.toStdString());
    BOOST_TEST(wrongKey.out.contains(QStringLiteral("is the key for version '1' the register's?")), wrongKey.out.toStdString());
}

BOOST_AUTO_TEST_CASE(one_public_key_per_key_version) {
    SaftChains c;
    for (qint64 nr = 1; nr <= 3; ++nr) c.add(kReg, nr, 3000, Cafe::signer(cafe().v1), QStringLiteral("1"));
    for (qint64 nr = 4; nr <= 5; ++nr) c.add(kReg, nr, 3000, Cafe::signer(cafe().v2), QStringLiteral("2"));
    const QString file = cafe().write(c.txs);
    const auto both = verify({file, QStringLiteral("--public-key"), QStringLiteral("1=") + cafe().v1Pem,
                              QStringLiteral("--public-key"), QStringLiteral("2=") + cafe().v2Pem});
    BOOST_TEST(both.code == 0, both.out.toStdString() + both.err.toStdString());
    BOOST_TEST(both.out.contains(QStringLiteral("verified: 5")));

    const auto one = verify({file, QStringLiteral("--public-key"), QStringLiteral("1=") + cafe().v1Pem});
    BOOST_TEST(one.code == 1);
    BOOST_TEST(one.out.contains(QStringLiteral("receipt 4 (2026-03-02 %1): it is signed with key version '2', and no key "
                                               "was given for that version")
                                    .arg(c.txs[3].time)),
               one.out.toStdString());
    BOOST_TEST(one.out.contains(QStringLiteral("keys were given for: key version 1;")), one.out.toStdString());
}

BOOST_AUTO_TEST_CASE(an_hmac_register_is_checked_with_its_secret) {
    SaftChains c;
    c.add(kReg, 1, 2000);  // before signing began
    for (qint64 nr = 2; nr <= 4; ++nr) c.add(kReg, nr, 1000 * nr, Cafe::signer(cafe().hmac));
    const QString file = cafe().write(c.txs);
    const auto r = verify({file, QStringLiteral("--hmac-key"), cafe().hmacFile});
    BOOST_TEST(r.code == 0, r.out.toStdString() + r.err.toStdString());
    BOOST_TEST(r.out.contains(QStringLiteral("transactions: 4, signed: 3, unsigned: 1, verified: 3")), r.out.toStdString());
    BOOST_TEST(r.out.contains(QStringLiteral("Unsigned transactions were written before")), r.out.toStdString());
    const auto rsaAsHmac = verify({file, QStringLiteral("--hmac-key"), cafe().dir.file(QStringLiteral("v1.key"))});
    BOOST_TEST(rsaAsHmac.code == 64);
    BOOST_TEST(rsaAsHmac.err.contains(QStringLiteral("is an RSA key")), rsaAsHmac.err.toStdString());
}

BOOST_AUTO_TEST_CASE(a_file_the_schema_refuses_fails_with_the_line) {
    SaftChains c = aDay();
    c.txs[2].amountIn = QStringLiteral("47.005");  // three decimals: not an Amount2decimals
    const QString file = cafe().write(c.txs);
    const int line = lineOf(file, "<transAmntIn>47.005</transAmntIn>");
    const auto r = verify({file, QStringLiteral("--public-key"), cafe().v1Pem});
    BOOST_TEST(r.code == 1);
    BOOST_TEST(r.out.contains(QStringLiteral("Schema: NOT VALID")), r.out.toStdString());
    BOOST_TEST(r.out.contains(QStringLiteral("line %1: Element '{urn:StandardAuditFile-Taxation-CashRegister:NO}transAmntIn'")
                                  .arg(line)),
               r.out.toStdString());
    // The chains are checked all the same: the changed amount breaks receipt 3's link.
    BOOST_TEST(r.out.contains(QStringLiteral("receipt 3 (")), r.out.toStdString());
}

BOOST_AUTO_TEST_CASE(the_official_example_file_passes_the_shipped_schema) {
    // Skatteetaten's example (tests/data/saft/). No public key for its signatures is published: any
    // key is given, and only the schema's verdict is asserted.
    const auto r = verify({ak::test::sourceDir() + QStringLiteral("/tests/data/saft/"
                                                                  "ExampleFile_SAF-T_Cash_Register_999999999_20210330104000.xml"),
                           QStringLiteral("--public-key"), cafe().v1Pem});
    BOOST_TEST(r.out.contains(QStringLiteral("Schema: valid")), r.out.toStdString() + r.err.toStdString());
    BOOST_TEST(r.out.contains(QStringLiteral("Registers: 1, transactions: 4, signed: 4")), r.out.toStdString());
}

BOOST_AUTO_TEST_CASE(what_cannot_be_checked_is_said) {
    const QString good = cafe().write(aDay().txs);
    BOOST_TEST(verify({QStringLiteral("--public-key"), cafe().v1Pem}).code == 64);  // no file
    const auto noKey = verify({good});
    BOOST_TEST(noKey.code == 64);
    BOOST_TEST(noKey.err.contains(QStringLiteral("--public-key PEM")), noKey.err.toStdString());
    const auto missing = verify({cafe().dir.file(QStringLiteral("nothing.xml")), QStringLiteral("--public-key"), cafe().v1Pem});
    BOOST_TEST(missing.code == 2);
    BOOST_TEST(missing.err.contains(QStringLiteral("cannot be read")), missing.err.toStdString());
    const auto notPem = verify({good, QStringLiteral("--public-key"), good});
    BOOST_TEST(notPem.code == 64);
    BOOST_TEST(notPem.err.contains(QStringLiteral("is not an RSA public key")), notPem.err.toStdString());
    const auto noSchema = verify({good, QStringLiteral("--public-key"), cafe().v1Pem, QStringLiteral("--schema"),
                                  cafe().dir.file(QStringLiteral("none.xsd"))});
    BOOST_TEST(noSchema.code == 2);

    QFile cut(cafe().dir.file(QStringLiteral("cut.xml")));
    QFile whole(good);
    BOOST_TEST_REQUIRE(whole.open(QIODevice::ReadOnly));
    BOOST_TEST_REQUIRE(cut.open(QIODevice::WriteOnly));
    cut.write(whole.readAll().left(1500));  // a download that stopped
    cut.close();
    const auto broken = verify({cut.fileName(), QStringLiteral("--public-key"), cafe().v1Pem});
    BOOST_TEST(broken.code == 2);
    BOOST_TEST(broken.err.contains(QStringLiteral("is not a well-formed XML file")), broken.err.toStdString());
    BOOST_TEST(broken.err.contains(QStringLiteral("line ")), broken.err.toStdString());

    BOOST_TEST(runAktivkafe({QStringLiteral("saft")}).code == 64);
    BOOST_TEST(runAktivkafe({QStringLiteral("saft"), QStringLiteral("check")}).code == 64);
    BOOST_TEST(runAktivkafe({QStringLiteral("saft"), QStringLiteral("verify"), QStringLiteral("--help")}).code == 0);
    BOOST_TEST(runAktivkafe({QStringLiteral("--help")}).out.contains(QStringLiteral("saft verify FILE --public-key")));
}

// AddressSanitizer keeps freed memory in quarantine (up to 256 MB), so under it a program's peak says
// nothing about what it keeps: the ordinary build measures this, the sanitizer run skips it. The
// sanitizer build gives every test ASAN_OPTIONS (top-level CMakeLists.txt), and the aktivkafe it runs
// is built with the sanitizers (the tests' own sources are not, so the compiler cannot say).
bool withoutAddressSanitizer(boost::unit_test::test_unit_id) { return !qEnvironmentVariableIsSet("ASAN_OPTIONS"); }

BOOST_AUTO_TEST_CASE(a_file_ten_times_bigger_is_checked_in_the_same_memory,
                     *boost::unit_test::precondition(withoutAddressSanitizer)) {
    // Both passes stream: the schema check (libxml2's SAX validator) and the chain check. Signed with
    // HMAC, which is quick to make; three sale lines a transaction.
    const auto file = [](int transactions) {
        SaftChains c;
        for (qint64 nr = 1; nr <= transactions; ++nr) c.add(kReg, nr, 3000 + nr % 5000, Cafe::signer(cafe().hmac));
        return cafe().write(c.txs, 3);
    };
    const QString small = file(1000);
    const QString big = file(10000);
    BOOST_TEST_REQUIRE(QFileInfo(big).size() > 10'000'000);
    const auto [smallCode, smallPeak] = peakMemoryOf({QStringLiteral("saft"), QStringLiteral("verify"), small,
                                                      QStringLiteral("--hmac-key"), cafe().hmacFile});
    const auto [bigCode, bigPeak] = peakMemoryOf({QStringLiteral("saft"), QStringLiteral("verify"), big,
                                                  QStringLiteral("--hmac-key"), cafe().hmacFile});
    BOOST_TEST(smallCode == 0);
    BOOST_TEST(bigCode == 0);
    BOOST_TEST_MESSAGE("peak memory: " << smallPeak << " KiB for " << QFileInfo(small).size() << " bytes, " << bigPeak
                                       << " KiB for " << QFileInfo(big).size() << " bytes");
    // The bigger file alone is ten megabytes: kept whole, it would show several times over.
    BOOST_TEST(bigPeak - smallPeak < 4 * 1024, "grew by " << (bigPeak - smallPeak) << " KiB");
}

BOOST_AUTO_TEST_SUITE_END()
