#pragma once
// Fixtures shared by the core suites: opening databases that must open, reading files, and a raw
// second connection to tamper with a file the way an attacker or a broken tool would.

#include "core/storage/Database.h"
#include "core/util/Result.h"
#include "tests/support/TestSupport.h"

#include <boost/test/unit_test.hpp>

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace ak::test {

// An application object for the suites that need one (translators, event loops):
// BOOST_TEST_GLOBAL_FIXTURE(ak::test::CoreApp).
struct CoreApp {
    int argc = 1;
    char name[16] = "aktivkafe-test";
    char* argv[2] = {name, nullptr};
    QCoreApplication app{argc, argv};
};

// Runs the event loop for `ms` (what a feed or a timer says meanwhile is delivered).
void runEventLoop(int ms);

// Whether this run of the suite is on PostgreSQL (AK_TEST_DATABASE=postgresql, see openOrFail).
bool onPostgres();
// For a test of SQLite itself (its files, a full disk under it, its older schema steps):
// BOOST_AUTO_TEST_CASE(name, *boost::unit_test::precondition(onSqlite)) is skipped on PostgreSQL.
boost::test_tools::assertion_result onSqlite(boost::unit_test::test_unit_id);
// The other way round, for what only a server has (roles, disabled triggers, functions).
boost::test_tools::assertion_result onServer(boost::unit_test::test_unit_id);

// Opens or fails the current test with the error message. With AK_TEST_DATABASE=postgresql each
// path stands for a database of its own on a private server for the test program (a ":memory:"
// for a new one each time).
std::unique_ptr<Database> openOrFail(const QString& path, const DatabaseOptions& options = {});

// What a child process of the test is given to open the database at `path` (ChildDatabase.h): the
// path itself, or on PostgreSQL the URL of the server database that stands for it.
QString databaseArgument(const QString& path);

// Drops a trigger, if there, through the café's own connection (an attacker's first step).
void dropTrigger(const Database& db, const QString& name);

// The bytes of a file (empty if it does not exist).
QByteArray readFile(const QString& path);

// A plain connection that knows nothing of Aktivkafe: QSQLITE, or with AK_TEST_DATABASE=postgresql
// QPSQL to the server database that stands for `path` in openOrFail.
class RawConnection {
public:
    explicit RawConnection(const QString& path);
    ~RawConnection();
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    void exec(const QString& statement, const QVariantList& values = {});  // fails the test on error
    bool tryExec(const QString& statement, QString* error = nullptr);
    QVariant scalar(const QString& statement, const QVariantList& values = {});
    // What an attacker does first: remove the append-only triggers (if there).
    void dropTrigger(const QString& name);
    void dropJournalTriggers();
    bool isPostgres() const { return postgres_; }

private:
    QString name_;
    QSqlDatabase db_;
    bool postgres_ = false;
};

}  // namespace ak::test
