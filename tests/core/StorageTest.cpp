#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "tests/core/CoreFixtures.h"
#include "tests/support/TestSupport.h"

#include <QFile>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

using namespace ak;
using namespace ak::test;

namespace {

int latest() { return latestVersion(schemaMigrations()); }

MigrationList prefix(int n) { return MigrationList(schemaMigrations().begin(), schemaMigrations().begin() + n); }

MigrationList withExtra(Migration extra) {
    MigrationList list = schemaMigrations();
    list.push_back(std::move(extra));
    return list;
}

QStringList tables(const Database& db) {
    QStringList out;
    auto q = db.query(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    BOOST_TEST_REQUIRE(q.ok());
    while (q->next()) out << q->value(0).toString();
    return out;
}

QVariant pragma(const Database& db, const char* name) {
    auto q = db.query(QStringLiteral("PRAGMA ") + QString::fromLatin1(name));
    BOOST_TEST_REQUIRE(q.ok());
    BOOST_TEST_REQUIRE(q->next());
    return q->value(0);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(storage)

BOOST_AUTO_TEST_CASE(fresh_in_memory_database_has_the_latest_schema) {
    auto db = openOrFail(QStringLiteral(":memory:"));
    BOOST_TEST(db->schemaVersion() == latest());
    const QStringList t = tables(*db);
    for (const char* name : {"settings", "categories", "products", "staff", "activities", "journal", "journal_head"})
        BOOST_TEST(t.contains(QString::fromLatin1(name)), name);
}

BOOST_AUTO_TEST_CASE(migration_list_is_numbered_and_described) {
    int expected = 1;
    for (const Migration& m : schemaMigrations()) {
        BOOST_TEST(m.version == expected++);
        BOOST_TEST(!m.description.isEmpty());
        BOOST_TEST(!m.description.contains(u'\n'));
        BOOST_TEST(!m.statements.isEmpty());
    }
}

BOOST_AUTO_TEST_CASE(file_database_uses_wal_full_sync_foreign_keys_and_busy_timeout) {
    TempDir dir;
    auto db = openOrFail(dir.file(QStringLiteral("cafe.db")));
    BOOST_TEST(pragma(*db, "journal_mode").toString() == QStringLiteral("wal"));
    BOOST_TEST(pragma(*db, "synchronous").toInt() == 2);  // FULL
    BOOST_TEST(pragma(*db, "foreign_keys").toInt() == 1);
    BOOST_TEST(pragma(*db, "busy_timeout").toInt() == Database::kBusyTimeoutMs);
}

BOOST_AUTO_TEST_CASE(two_in_memory_databases_are_independent) {
    auto a = openOrFail(QStringLiteral(":memory:"));
    auto b = openOrFail(QStringLiteral(":memory:"));
    BOOST_TEST_REQUIRE(a->write([&] { return a->query(QStringLiteral("INSERT INTO settings VALUES ('k', 'a')")).ok()
                                                 ? Result<void>() : Result<void>::fail(ErrorCode::Storage, {}); }).ok());
    auto n = b->query(QStringLiteral("SELECT count(*) FROM settings"));
    BOOST_TEST_REQUIRE(n.ok());
    BOOST_TEST_REQUIRE(n->next());
    BOOST_TEST(n->value(0).toInt() == 0);
}

BOOST_DATA_TEST_CASE(upgrades_from_every_older_version, boost::unit_test::data::xrange(latestVersion(schemaMigrations())), from) {
    BOOST_TEST_REQUIRE(from < latest());
    TempDir dir;
    const QString path = dir.file(QStringLiteral("old.db"));
    {
        const MigrationList old = prefix(from);
        DatabaseOptions o;
        o.migrations = &old;
        auto db = openOrFail(path, o);
        BOOST_TEST(db->schemaVersion() == from);
        if (from >= 1) {
            BOOST_TEST_REQUIRE(db->write([&]() -> Result<void> {
                if (auto r = db->query(QStringLiteral("INSERT INTO settings VALUES ('kept', 'yes')")); !r) return r.error();
                return {};
            }).ok());
        }
    }
    auto db = openOrFail(path);
    BOOST_TEST(db->schemaVersion() == latest());
    BOOST_TEST(tables(*db).contains(QStringLiteral("journal")));
    if (from >= 1) {
        auto q = db->query(QStringLiteral("SELECT value FROM settings WHERE key = 'kept'"));
        BOOST_TEST_REQUIRE(q.ok());
        BOOST_TEST_REQUIRE(q->next());
        BOOST_TEST(q->value(0).toString() == QStringLiteral("yes"));
    }
}

BOOST_AUTO_TEST_CASE(an_injected_next_version_applies_to_a_current_file) {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("cafe.db"));
    openOrFail(path);
    const MigrationList next = withExtra({latest() + 1, QStringLiteral("Test: notes"),
                                          {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"),
                                           QStringLiteral("INSERT INTO notes (text) VALUES ('hello')")}});
    DatabaseOptions o;
    o.migrations = &next;
    {
        auto db = openOrFail(path, o);
        BOOST_TEST(db->schemaVersion() == latest() + 1);
        BOOST_TEST(tables(*db).contains(QStringLiteral("notes")));
    }
    // And this build, which stops at latest(), now refuses it.
    auto r = Database::open(path);
    BOOST_TEST_REQUIRE(!r.ok());
    BOOST_TEST((r.error().code == ErrorCode::NewerSchema));
}

BOOST_AUTO_TEST_CASE(the_schema_version_has_a_table_of_its_own_in_step_with_user_version) {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("cafe.db"));
    openOrFail(path);
    {
        RawConnection raw(path);
        BOOST_TEST(raw.scalar(QStringLiteral("SELECT version FROM schema_version")).toInt() == latest());
        BOOST_TEST(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt() == latest());
        // a newer Aktivkafe that marked only the table (as it does on PostgreSQL)
        raw.exec(QStringLiteral("UPDATE schema_version SET version = %1").arg(latest() + 1));
    }
    const QByteArray before = readFile(path);
    auto r = Database::open(path);
    BOOST_TEST_REQUIRE(!r.ok());
    BOOST_TEST((r.error().code == ErrorCode::NewerSchema));
    BOOST_TEST(readFile(path) == before);
}

BOOST_AUTO_TEST_CASE(a_newer_database_is_refused_and_left_byte_identical) {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("cafe.db"));
    openOrFail(path);
    {
        RawConnection raw(path);
        raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(latest() + 3));
    }
    const QByteArray before = readFile(path);
    BOOST_TEST_REQUIRE(!before.isEmpty());

    auto r = Database::open(path);
    BOOST_TEST_REQUIRE(!r.ok());
    BOOST_TEST((r.error().code == ErrorCode::NewerSchema));
    BOOST_TEST(r.error().message.contains(path));
    BOOST_TEST(r.error().message.contains(QString::number(latest() + 3)));
    BOOST_TEST(r.error().message.contains(QString::number(latest())));
    BOOST_TEST(readFile(path) == before);
    BOOST_TEST(!QFile::exists(path + QStringLiteral("-wal")));
}

struct FailureCase {
    int from;  // the file's version before the failing upgrade
};
std::ostream& operator<<(std::ostream& os, const FailureCase& c) { return os << "from v" << c.from; }

const FailureCase kFailures[] = {{latestVersion(schemaMigrations())}, {2}};

BOOST_DATA_TEST_CASE(a_failing_migration_leaves_the_file_untouched, boost::unit_test::data::make(kFailures), c) {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("cafe.db"));
    {
        const MigrationList old = prefix(c.from);
        DatabaseOptions o;
        o.migrations = &old;
        openOrFail(path, o);
    }
    const QByteArray before = readFile(path);
    const MigrationList broken = withExtra({latest() + 1, QStringLiteral("Test: a step that fails halfway"),
                                            {QStringLiteral("CREATE TABLE half_done (id INTEGER)"),
                                             QStringLiteral("INSERT INTO no_such_table VALUES (1)")}});
    DatabaseOptions o;
    o.migrations = &broken;
    auto r = Database::open(path, o);
    BOOST_TEST_REQUIRE(!r.ok());
    BOOST_TEST((r.error().code == ErrorCode::Migration));
    BOOST_TEST(r.error().message.contains(path));
    BOOST_TEST(r.error().message.contains(QStringLiteral("a step that fails halfway")));
    BOOST_TEST(r.error().message.contains(QString::number(latest() + 1)));
    BOOST_TEST(readFile(path) == before);

    // Not even the earlier, successful steps of the same upgrade are kept.
    RawConnection raw(path);
    BOOST_TEST(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt() == c.from);
    BOOST_TEST(raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'")).toInt() == 0);
}

BOOST_AUTO_TEST_CASE(garbage_and_missing_files_are_refused) {
    TempDir dir;
    const QString garbage = dir.file(QStringLiteral("garbage.db"));
    {
        QFile f(garbage);
        BOOST_TEST_REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
    }
    auto r = Database::open(garbage);
    BOOST_TEST_REQUIRE(!r.ok());
    BOOST_TEST((r.error().code == ErrorCode::Storage));
    BOOST_TEST(readFile(garbage) == QByteArray(4096, 'x'));

    DatabaseOptions noCreate;
    noCreate.createIfMissing = false;
    auto missing = Database::open(dir.file(QStringLiteral("missing.db")), noCreate);
    BOOST_TEST_REQUIRE(!missing.ok());
    BOOST_TEST((missing.error().code == ErrorCode::Io));
    BOOST_TEST(!QFile::exists(dir.file(QStringLiteral("missing.db"))));

    auto noFolder = Database::open(dir.file(QStringLiteral("no/such/folder.db")));
    BOOST_TEST_REQUIRE(!noFolder.ok());
    BOOST_TEST((noFolder.error().code == ErrorCode::Io));
}

BOOST_AUTO_TEST_CASE(write_commits_or_rolls_back) {
    auto db = openOrFail(QStringLiteral(":memory:"));
    auto insert = [&](const char* key) -> Result<void> {
        if (auto r = db->query(QStringLiteral("INSERT INTO settings VALUES (?, 'v')"), {QString::fromLatin1(key)}); !r)
            return r.error();
        return {};
    };
    BOOST_TEST(db->write([&] { return insert("a"); }).ok());
    auto failed = db->write([&]() -> Result<void> {
        if (auto r = insert("b"); !r) return r;
        return Result<void>::fail(ErrorCode::InvalidInput, QStringLiteral("changed my mind"));
    });
    BOOST_TEST(!failed.ok());
    BOOST_TEST(failed.error().message == QStringLiteral("changed my mind"));
    // Nested writes join the outer transaction: the outer failure takes the inner rows with it.
    auto nested = db->write([&]() -> Result<void> {
        if (auto r = db->write([&] { return insert("c"); }); !r) return r;
        BOOST_TEST(db->inWrite());
        return Result<void>::fail(ErrorCode::Conflict, QStringLiteral("outer fails"));
    });
    BOOST_TEST(!nested.ok());
    BOOST_TEST(!db->inWrite());
    auto q = db->query(QStringLiteral("SELECT group_concat(key) FROM settings"));
    BOOST_TEST_REQUIRE(q.ok());
    BOOST_TEST_REQUIRE(q->next());
    BOOST_TEST(q->value(0).toString() == QStringLiteral("a"));
}

BOOST_AUTO_TEST_CASE(write_takes_the_write_lock_at_begin) {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("cafe.db"));
    auto db = openOrFail(path);
    RawConnection other(path);
    other.exec(QStringLiteral("PRAGMA busy_timeout = 0"));
    bool lockedOut = false;
    auto r = db->write([&]() -> Result<void> {
        // Nothing written yet, but BEGIN IMMEDIATE already holds the lock another process needs.
        QString error;
        lockedOut = !other.tryExec(QStringLiteral("BEGIN IMMEDIATE"), &error);
        BOOST_TEST(error.contains(QStringLiteral("locked")), error.toStdString());
        return {};
    });
    BOOST_TEST(r.ok());
    BOOST_TEST(lockedOut);
    BOOST_TEST(other.tryExec(QStringLiteral("BEGIN IMMEDIATE")));
    other.exec(QStringLiteral("ROLLBACK"));
}

BOOST_AUTO_TEST_CASE(foreign_keys_are_enforced) {
    auto db = openOrFail(QStringLiteral(":memory:"));
    auto r = db->query(QStringLiteral("INSERT INTO products (category_id, code, name_nb, name_da, name_en, price_minor,"
                                      " currency, vat_class, saft_basic_id) VALUES (999, 'x', 'x', 'x', 'x', 1, 'NOK',"
                                      " 'food', '04006')"));
    BOOST_TEST(!r.ok());
}

BOOST_AUTO_TEST_SUITE_END()
