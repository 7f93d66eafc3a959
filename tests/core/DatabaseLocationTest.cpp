// [database] url (core/storage/DatabaseLocation): SQLite files and PostgreSQL servers as cafés write
// them, and every mistake said in a sentence that shows how to write it — never with a password.
#include "core/storage/DatabaseLocation.h"
#include "tests/support/TestSupport.h"

#include <boost/test/unit_test.hpp>

using namespace ak;

namespace {
DatabaseLocation ok(const char* url) {
    auto l = DatabaseLocation::parse(QString::fromUtf8(url));
    BOOST_TEST_INFO(url << ": " << (l ? std::string() : l.error().message.toStdString()));
    BOOST_REQUIRE(l.ok());
    return l.value();
}
QString refused(const char* url) {
    auto l = DatabaseLocation::parse(QString::fromUtf8(url));
    BOOST_TEST_INFO(url);
    BOOST_REQUIRE(!l.ok());
    BOOST_TEST(int(l.error().code) == int(ErrorCode::Config));
    return l.error().message;
}
}  // namespace

BOOST_AUTO_TEST_CASE(empty_and_sqlite_urls_are_files) {
    BOOST_TEST(!ok("").isPostgres());
    BOOST_TEST(ok("").path.isEmpty());
    BOOST_TEST(ok("  ").path.isEmpty());
    BOOST_TEST(ok("sqlite:/var/lib/aktivkafe/cafe.sqlite").path == QStringLiteral("/var/lib/aktivkafe/cafe.sqlite"));
    BOOST_TEST(ok("sqlite:///var/lib/cafe.sqlite").path == QStringLiteral("/var/lib/cafe.sqlite"));
    BOOST_TEST(ok("sqlite:cafe.sqlite").path == QStringLiteral("cafe.sqlite"));
    BOOST_TEST(ok("SQLite:~/cafe.sqlite").path == QStringLiteral("~/cafe.sqlite"));
    BOOST_TEST(ok("sqlite::memory:").path == QStringLiteral(":memory:"));
}

BOOST_AUTO_TEST_CASE(a_server_by_name_port_user_and_settings) {
    const DatabaseLocation l = ok("postgresql://kafe@db.lyspunkt.lan:5433/aktivkafe?sslmode=require&connect_timeout=3");
    BOOST_TEST(l.isPostgres());
    BOOST_TEST(l.host == QStringLiteral("db.lyspunkt.lan"));
    BOOST_TEST(l.port == 5433);
    BOOST_TEST(l.user == QStringLiteral("kafe"));
    BOOST_TEST(l.database == QStringLiteral("aktivkafe"));
    BOOST_TEST(l.sslMode == QStringLiteral("require"));
    BOOST_TEST(l.connectTimeoutSeconds == 3);
    BOOST_TEST(l.display() == QStringLiteral("postgresql://kafe@db.lyspunkt.lan:5433/aktivkafe"));

    const DatabaseLocation d = ok("postgres://192.168.1.20/cafe");
    BOOST_TEST(d.host == QStringLiteral("192.168.1.20"));
    BOOST_TEST(d.port == 5432);
    BOOST_TEST(d.user.isEmpty());
    BOOST_TEST(d.connectTimeoutSeconds == 5);
    BOOST_TEST(d.display() == QStringLiteral("postgresql://192.168.1.20/cafe"));
}

BOOST_AUTO_TEST_CASE(a_unix_socket_folder_as_host_parameter_or_encoded_host) {
    const DatabaseLocation q = ok("postgresql:///aktivkafe?host=/run/postgresql");
    BOOST_TEST(q.host == QStringLiteral("/run/postgresql"));
    BOOST_TEST(q.display() == QStringLiteral("postgresql:///aktivkafe?host=/run/postgresql"));
    const DatabaseLocation e = ok("postgresql://%2Ftmp%2Fpg/aktivkafe?port=5499");
    BOOST_TEST(e.host == QStringLiteral("/tmp/pg"));
    BOOST_TEST(e.port == 5499);
}

BOOST_AUTO_TEST_CASE(typos_are_said_with_how_to_write_it) {
    BOOST_TEST(refused("postgressql://db/cafe").contains(QStringLiteral("'postgressql' is not a kind of database")));
    BOOST_TEST(refused("mysql://db/cafe").contains(QStringLiteral("postgresql://HOST/DATABASE")));
    BOOST_TEST(refused("/var/lib/cafe.sqlite").contains(QStringLiteral("sqlite:PATH")));
    BOOST_TEST(refused("postgresql://db.lan").contains(QStringLiteral("names no database")));
    BOOST_TEST(refused("postgresql://db.lan/").contains(QStringLiteral("names no database")));
    BOOST_TEST(refused("postgresql:///cafe").contains(QStringLiteral("names no server")));
    BOOST_TEST(refused("postgresql://db.lan:99999/cafe").contains(QStringLiteral("port")));
    BOOST_TEST(refused("postgresql://db.lan/cafe?sslmode=yes").contains(QStringLiteral("sslmode must be one of")));
    BOOST_TEST(refused("postgresql://db.lan/cafe?connect_timeout=0").contains(QStringLiteral("connect_timeout")));
    BOOST_TEST(refused("postgresql://db.lan/cafe?dbname=x").contains(QStringLiteral("'dbname' is not a setting")));
}

BOOST_AUTO_TEST_CASE(a_password_in_the_url_is_refused_and_never_repeated) {
    const QString inUserInfo = refused("postgresql://kafe:hemmelig@db.lan/cafe");
    BOOST_TEST(inUserInfo.contains(QStringLiteral("password_file")));
    BOOST_TEST(!inUserInfo.contains(QStringLiteral("hemmelig")));
    const QString inQuery = refused("postgresql://kafe@db.lan/cafe?password=hemmelig");
    BOOST_TEST(inQuery.contains(QStringLiteral("password_file")));
    BOOST_TEST(!inQuery.contains(QStringLiteral("hemmelig")));
    // even when something else is wrong with it
    const QString broken = refused("postgresql://kafe:hemmelig@db.lan:0/cafe");
    BOOST_TEST(!broken.contains(QStringLiteral("hemmelig")));
}
