#include "tests/core/CoreFixtures.h"

#include "core/storage/PostgresConnection.h"
#include "tests/support/PrivatePostgres.h"

#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>

#include <QEventLoop>
#include <QFile>
#include <QTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <boost/test/unit_test.hpp>

namespace ak::test {

namespace {

// AK_TEST_DATABASE=postgresql: each SQLite path a test opens (":memory:" a new one each time, a
// file the same one again when reopened) is a database of its own on one private PostgreSQL server
// for the whole test program (tests/support/PrivatePostgres.h), so that the same suite runs on both.
QString serverUrlFor(const QString& path) {
    if (const QString missing = aktest::postgresMissing(); !missing.isEmpty()) {
        std::fprintf(stdout, "skipped: %s is not installed\n", qPrintable(missing));
        std::exit(77);
    }
    static const std::unique_ptr<aktest::PrivatePostgres> server = std::make_unique<aktest::PrivatePostgres>();
    static std::map<QString, QString> databases;
    static int counter = 0;
    const bool memory = path == QLatin1String(":memory:");
    QString& name = databases[memory ? QStringLiteral(":memory:%1").arg(counter) : path];
    if (name.isEmpty()) {
        name = QStringLiteral("cafe_%1").arg(++counter);
        server->exec(QStringLiteral("CREATE DATABASE %1").arg(name));
    }
    return server->url(name, QString::fromLatin1(aktest::PrivatePostgres::kSuperuser));
}

Result<DatabaseLocation> serverDatabaseFor(const QString& path) { return DatabaseLocation::parse(serverUrlFor(path)); }

Result<std::unique_ptr<Database>> openForTest(const QString& path, const DatabaseOptions& options) {
    if (!onPostgres()) return Database::open(path, options);
    auto location = serverDatabaseFor(path);
    if (!location) return location.error();
    return Database::open(location.value(), options);
}

}  // namespace

void runEventLoop(int ms) {
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool onPostgres() { return qEnvironmentVariable("AK_TEST_DATABASE") == QLatin1String("postgresql"); }

boost::test_tools::assertion_result onSqlite(boost::unit_test::test_unit_id) {
    boost::test_tools::assertion_result r(!onPostgres());
    r.message() << "a test of SQLite itself, not run on PostgreSQL";
    return r;
}

boost::test_tools::assertion_result onServer(boost::unit_test::test_unit_id) {
    boost::test_tools::assertion_result r(onPostgres());
    r.message() << "a test of PostgreSQL, run by the suite's _pg run";
    return r;
}

// Drops trigger `name` (if there) on `db`, the way each database names one: PostgreSQL with its table.
void dropTriggerOn(const QSqlDatabase& db, bool postgres, const QString& name) {
    QString on;
    if (postgres) {
        QSqlQuery q(db);
        BOOST_TEST_REQUIRE(q.prepare(QStringLiteral("SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
                                                    " WHERE t.tgname = ?")));
        q.addBindValue(name);
        BOOST_TEST_REQUIRE(q.exec(), q.lastError().text().toStdString());
        if (!q.next()) return;
        on = QStringLiteral(" ON ") + q.value(0).toString();
    }
    QSqlQuery drop(db);
    BOOST_TEST_REQUIRE(drop.exec(QStringLiteral("DROP TRIGGER IF EXISTS %1%2").arg(name, on)),
                       drop.lastError().text().toStdString());
}

void dropTrigger(const Database& db, const QString& name) { dropTriggerOn(db.connection(), db.isPostgres(), name); }

QString databaseArgument(const QString& path) { return onPostgres() ? serverUrlFor(path) : path; }

std::unique_ptr<Database> openOrFail(const QString& path, const DatabaseOptions& options) {
    auto r = openForTest(path, options);
    BOOST_TEST_REQUIRE(r.ok(), (r.ok() ? QString() : r.error().message).toStdString());
    return std::move(r).value();
}

QByteArray readFile(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return f.readAll();
}

RawConnection::RawConnection(const QString& path) : postgres_(onPostgres()) {
    static int counter = 0;
    name_ = QStringLiteral("raw-test-%1").arg(++counter);
    if (postgres_) {
        auto location = serverDatabaseFor(path);
        BOOST_TEST_REQUIRE(location.ok());
        auto connected = openPostgres(location.value(), name_);
        BOOST_TEST_REQUIRE(connected.ok(), (connected.ok() ? QString() : connected.error().message).toStdString());
        db_ = connected.value();
        return;
    }
    db_ = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name_);
    db_.setDatabaseName(path);
    BOOST_TEST_REQUIRE(db_.open());
}

RawConnection::~RawConnection() {
    db_.close();
    db_ = QSqlDatabase();
    QSqlDatabase::removeDatabase(name_);
}

bool RawConnection::tryExec(const QString& statement, QString* error) {
    QSqlQuery q(db_);
    const bool ok = q.exec(statement);
    if (!ok && error) *error = q.lastError().text();
    return ok;
}

void RawConnection::exec(const QString& statement, const QVariantList& values) {
    QSqlQuery q(db_);
    if (values.isEmpty()) {  // PostgreSQL prepares no DDL
        BOOST_TEST_REQUIRE(q.exec(statement), statement.toStdString() << ": " << q.lastError().text().toStdString());
        return;
    }
    BOOST_TEST_REQUIRE(q.prepare(statement), statement.toStdString() << ": " << q.lastError().text().toStdString());
    for (const QVariant& v : values) q.addBindValue(v);
    BOOST_TEST_REQUIRE(q.exec(), statement.toStdString() << ": " << q.lastError().text().toStdString());
}

QVariant RawConnection::scalar(const QString& statement, const QVariantList& values) {
    QSqlQuery q(db_);
    BOOST_TEST_REQUIRE(q.prepare(statement), q.lastError().text().toStdString());
    for (const QVariant& v : values) q.addBindValue(v);
    BOOST_TEST_REQUIRE(q.exec(), q.lastError().text().toStdString());
    BOOST_TEST_REQUIRE(q.next());
    return q.value(0);
}

void RawConnection::dropTrigger(const QString& name) { dropTriggerOn(db_, postgres_, name); }

void RawConnection::dropJournalTriggers() {
    for (const char* t : {"journal_no_update", "journal_no_delete", "journal_in_sequence", "journal_head_forward",
                          "journal_head_no_delete"})
        dropTrigger(QString::fromLatin1(t));
}

}  // namespace ak::test
