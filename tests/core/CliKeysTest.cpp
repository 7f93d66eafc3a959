// aktivkafe keys create|rotate|list (issue 13, item 2): the register's key made 0600 outside the
// database, its public half as PEM (openssl reads it) and in the database; a rotation keeps the old
// key file and starts a new version; a key is never overwritten; bad command lines are said.
#include "tests/core/CliRun.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <boost/test/unit_test.hpp>

#include <sys/stat.h>

using ak::test::runAktivkafe;

namespace {

int modeOf(const QString& path) {
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}

struct Cafe {
    Cafe() {
        db = dir.filePath(QStringLiteral("cafe.sqlite"));
        key = dir.filePath(QStringLiteral("keys/till.key"));
        QDir().mkpath(dir.filePath(QStringLiteral("keys")));
        const auto init = runAktivkafe({QStringLiteral("init"), QStringLiteral("--db"), db});
        BOOST_TEST_REQUIRE(init.code == 0, init.err.toStdString());
    }
    ak::test::CliRun keys(QStringList args) {
        args.prepend(QStringLiteral("keys"));
        return runAktivkafe(args);
    }
    QTemporaryDir dir;
    QString db, key;
};

}  // namespace

BOOST_AUTO_TEST_SUITE(cli_keys)

BOOST_AUTO_TEST_CASE(create_list_and_rotate) {
    Cafe c;
    const QStringList where{QStringLiteral("--db"), c.db, QStringLiteral("--register"), QStringLiteral("kasse-1"),
                            QStringLiteral("--private-key"), c.key};
    auto made = c.keys(QStringList{QStringLiteral("create")} + where);
    BOOST_TEST_REQUIRE(made.code == 0, made.err.toStdString());
    BOOST_TEST(made.out.contains(QStringLiteral("Register kasse-1 signs with rsa-sha1 key version 1.")), made.out.toStdString());
    BOOST_TEST(modeOf(c.key) == 0600);
    const QString pem = c.key + QStringLiteral(".pub.pem");
    BOOST_TEST(QFile::exists(pem));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"), {QStringLiteral("pkey"), QStringLiteral("-pubin"), QStringLiteral("-in"), pem,
                                              QStringLiteral("-noout"), QStringLiteral("-text")});
    BOOST_TEST_REQUIRE(openssl.waitForFinished(20000));
    BOOST_TEST(openssl.exitCode() == 0);
    BOOST_TEST(openssl.readAllStandardOutput().contains("Public-Key: (1024 bit)"));

    // Again: the key is never overwritten, and nothing new is registered.
    auto again = c.keys(QStringList{QStringLiteral("create")} + where);
    BOOST_TEST(again.code == 1);
    BOOST_TEST(again.err.contains(QStringLiteral("never overwritten")), again.err.toStdString());

    auto rotated = c.keys(QStringList{QStringLiteral("rotate")} + where);
    BOOST_TEST_REQUIRE(rotated.code == 0, rotated.err.toStdString());
    BOOST_TEST(rotated.out.contains(QStringLiteral("key version 2")));
    BOOST_TEST(QFile::exists(c.key + QStringLiteral(".v1")));  // kept: what it signed stays checkable
    BOOST_TEST(modeOf(c.key) == 0600);

    auto listed = c.keys({QStringLiteral("list"), QStringLiteral("--db"), c.db});
    BOOST_TEST_REQUIRE(listed.code == 0, listed.err.toStdString());
    const QStringList lines = listed.out.split(u'\n', Qt::SkipEmptyParts);
    BOOST_TEST(lines.size() == 3, listed.out.toStdString());  // heading and two versions
    BOOST_TEST(listed.out.contains(QStringLiteral("kasse-1")));
}

BOOST_AUTO_TEST_CASE(hmac_keys_have_no_public_half) {
    Cafe c;
    auto made = c.keys({QStringLiteral("create"), QStringLiteral("--db"), c.db, QStringLiteral("--register"),
                        QStringLiteral("kasse-1"), QStringLiteral("--private-key"), c.key, QStringLiteral("--algorithm"),
                        QStringLiteral("hmac-sha1")});
    BOOST_TEST_REQUIRE(made.code == 0, made.err.toStdString());
    BOOST_TEST(made.out.contains(QStringLiteral("hmac-sha1 key version 1")));
    BOOST_TEST(!QFile::exists(c.key + QStringLiteral(".pub.pem")));
}

BOOST_AUTO_TEST_CASE(what_is_missing_is_said) {
    Cafe c;
    BOOST_TEST(c.keys({QStringLiteral("create")}).code == 64);
    auto noKey = c.keys({QStringLiteral("create"), QStringLiteral("--db"), c.db});
    BOOST_TEST(noKey.code == 64);
    BOOST_TEST(noKey.err.contains(QStringLiteral("--private-key")));
    auto badAlgorithm = c.keys({QStringLiteral("create"), QStringLiteral("--db"), c.db, QStringLiteral("--register"),
                                QStringLiteral("r"), QStringLiteral("--private-key"), c.key, QStringLiteral("--algorithm"),
                                QStringLiteral("md5")});
    BOOST_TEST(badAlgorithm.code == 64);
    auto nothingToRotate = c.keys({QStringLiteral("rotate"), QStringLiteral("--db"), c.db, QStringLiteral("--register"),
                                   QStringLiteral("r"), QStringLiteral("--private-key"), c.key});
    BOOST_TEST(nothingToRotate.code == 1);
    BOOST_TEST(c.keys({QStringLiteral("list"), QStringLiteral("--db"), c.db}).out.contains(QStringLiteral("No signing key")));
}

BOOST_AUTO_TEST_SUITE_END()
