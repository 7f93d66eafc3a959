// Reaching a café's PostgreSQL server (core/storage/PostgresConnection) on a private server of the
// test's own (tests/support/PrivatePostgres): the password from a password file in either form, and
// each way it goes wrong — wrong or missing password, a password file others may read, no such
// database, the server stopped, nothing listening, an unknown host — said in words that never hold
// the password. Exits 77 (skipped) without PostgreSQL's server or Qt's QPSQL driver.
#include "core/storage/PostgresConnection.h"
#include "tests/support/PrivatePostgres.h"
#include "tests/support/TestSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>
#include <QTcpServer>

#include <boost/test/unit_test.hpp>

#include <cstdlib>
#include <iostream>
#include <memory>

using namespace ak;

namespace {

constexpr const char* kPassword = "kaffe-og-kake-42";

struct Server {
    Server() {
        pg.addRole(QStringLiteral("kafe"), QString::fromLatin1(kPassword), QStringLiteral("cafe"));
    }
    aktest::PrivatePostgres pg;
};

// One server for the whole suite: starting one takes about half a second.
Server& server() {
    static Server s;
    return s;
}

DatabaseLocation location(const QString& url, const QString& passwordFile = QString()) {
    auto l = DatabaseLocation::parse(url);
    BOOST_REQUIRE_MESSAGE(l.ok(), url.toStdString());
    DatabaseLocation loc = l.value();
    loc.passwordFile = passwordFile;
    loc.connectTimeoutSeconds = 2;
    return loc;
}

int counter = 0;

// The error opening `l` gives, or "" when it opens.
QString openError(const DatabaseLocation& l) {
    const QString name = QStringLiteral("pgtest-%1").arg(++counter);
    QString message;
    {
        auto db = openPostgres(l, name);
        if (db) {
            QSqlQuery q(db.value());
            BOOST_TEST(q.exec(QStringLiteral("SELECT current_user")));
            BOOST_TEST(q.next());
        } else {
            message = db.error().message;
            BOOST_TEST(!message.isEmpty());
        }
    }
    QSqlDatabase::removeDatabase(name);
    BOOST_TEST(!message.contains(QString::fromLatin1(kPassword)));
    return message;
}

QString writeSecret(const ak::test::TempDir& dir, const char* name, const QByteArray& text, bool private_ = true) {
    const QString path = dir.file(QString::fromLatin1(name));
    QFile f(path);
    BOOST_REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text);
    f.close();
    f.setPermissions(private_ ? QFileDevice::ReadOwner | QFileDevice::WriteOwner
                              : QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    return path;
}

struct SkipWithoutPostgres {
    SkipWithoutPostgres() {
        if (const QString missing = aktest::postgresMissing(); !missing.isEmpty()) {
            std::cout << "skipped: " << missing.toStdString() << " is not installed\n";
            std::exit(77);
        }
    }
};

}  // namespace

BOOST_TEST_GLOBAL_FIXTURE(SkipWithoutPostgres);

BOOST_AUTO_TEST_CASE(the_superuser_over_the_socket) {
    BOOST_TEST(openError(location(server().pg.url(QStringLiteral("postgres"), QStringLiteral("aktivkafe")))).isEmpty());
}

BOOST_AUTO_TEST_CASE(a_password_file_with_the_password_alone_or_in_libpq_format) {
    ak::test::TempDir dir;
    const QString url = server().pg.url(QStringLiteral("cafe"), QStringLiteral("kafe"));
    const QString bare = writeSecret(dir, "bare.pass", QByteArray("# the café's server\n") + kPassword + "\n");
    BOOST_TEST(openError(location(url, bare)).isEmpty());
    const QString pgpass = writeSecret(dir, "pgpass", QByteArray("*:*:cafe:kafe:") + kPassword + "\n");
    BOOST_TEST(openError(location(url, pgpass)).isEmpty());
}

BOOST_AUTO_TEST_CASE(a_wrong_or_missing_password_is_said_in_words) {
    ak::test::TempDir dir;
    const QString url = server().pg.url(QStringLiteral("cafe"), QStringLiteral("kafe"));
    const QString wrong = openError(location(url, writeSecret(dir, "wrong.pass", "kaffe-uten-kake\n")));
    BOOST_TEST(wrong.contains(QStringLiteral("refused the password of kafe")), wrong);
    BOOST_TEST(!wrong.contains(QStringLiteral("kaffe-uten-kake")));

    qputenv("PGPASSFILE", dir.file(QStringLiteral("none")).toUtf8());  // not the machine's ~/.pgpass
    const QString none = openError(location(url));
    qunsetenv("PGPASSFILE");
    BOOST_TEST(none.contains(QStringLiteral("wants a password for kafe")), none);
    BOOST_TEST(none.contains(QStringLiteral("password_file")));
}

BOOST_AUTO_TEST_CASE(a_password_file_others_may_read_or_that_is_missing_is_refused) {
    ak::test::TempDir dir;
    const QString url = server().pg.url(QStringLiteral("cafe"), QStringLiteral("kafe"));
    const QString open = openError(location(url, writeSecret(dir, "open.pass", kPassword, false)));
    BOOST_TEST(open.contains(QStringLiteral("may be read by other users")), open);
    BOOST_TEST(open.contains(QStringLiteral("chmod 600")));
    const QString missing = openError(location(url, dir.file(QStringLiteral("nowhere.pass"))));
    BOOST_TEST(missing.contains(QStringLiteral("cannot be read")), missing);
    const QString empty = openError(location(url, writeSecret(dir, "empty.pass", "\n# nothing\n")));
    BOOST_TEST(empty.contains(QStringLiteral("is empty")), empty);
}

BOOST_AUTO_TEST_CASE(no_such_database_or_user) {
    const QString noDb = openError(location(server().pg.url(QStringLiteral("kafe_typo"), QStringLiteral("aktivkafe"))));
    BOOST_TEST(noDb.contains(QStringLiteral("has no database called kafe_typo")), noDb);
    const QString noUser = openError(location(server().pg.url(QStringLiteral("cafe"), QStringLiteral("nobody_here"))));
    BOOST_TEST(!noUser.isEmpty());  // asked for a password first (scram) or refused as unknown: either way, words
}

BOOST_AUTO_TEST_CASE(a_stopped_server_does_not_answer_and_is_found_again) {
    const DatabaseLocation l = location(server().pg.url(QStringLiteral("postgres"), QStringLiteral("aktivkafe")));
    server().pg.stop();
    const QString stopped = openError(l);
    server().pg.start();
    BOOST_TEST(stopped.contains(QStringLiteral("does not answer")), stopped);
    BOOST_TEST(openError(l).isEmpty());
}

BOOST_AUTO_TEST_CASE(nothing_listening_and_an_unknown_host) {
    QTcpServer probe;  // a free port, then closed: nothing listens there
    BOOST_REQUIRE(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    const QString refused = openError(location(QStringLiteral("postgresql://kafe@127.0.0.1:%1/cafe").arg(port)));
    BOOST_TEST(refused.contains(QStringLiteral("does not answer")), refused);
    BOOST_TEST(refused.contains(QStringLiteral("postgresql://kafe@127.0.0.1:%1/cafe").arg(port)));
    const QString unknown = openError(location(QStringLiteral("postgresql://kafe@no-such-host.invalid/cafe")));
    BOOST_TEST(unknown.contains(QStringLiteral("is not known on this network")), unknown);
}
