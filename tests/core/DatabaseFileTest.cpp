// Which files are opened as a café, and what is said when one cannot be (issue 10, items 5 and 9):
// another program's SQLite file is refused and left byte-identical (no schema, no WAL); only a
// caller that creates (aktivkafe init) makes a café of a missing or empty file; a read-only folder,
// a read-only file, a full disk, a lock held by another program, a damaged file and a file that is
// not SQLite each get their own sentence; read-only tools read a café in a read-only folder, with
// or without a write-ahead log. The read-only folder and the full disk are small tmpfs mounts (root).

#include "core/storage/Database.h"
#include "core/storage/DatabaseFile.h"
#include "core/storage/Migrations.h"
#include "tests/core/CoreFixtures.h"
#include "tests/support/ScratchMount.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>

#include <boost/test/unit_test.hpp>

using namespace ak;
using namespace ak::test;

namespace {

DatabaseOptions noCreate() {
    DatabaseOptions o;
    o.createIfMissing = false;
    return o;
}

DatabaseOptions readOnly() {
    DatabaseOptions o;
    o.readOnly = true;
    return o;
}

bool asRoot(boost::unit_test::test_unit_id) { return ScratchMount::available(); }

// A café with one setting, written to disk.
void makeCafe(const QString& path) {
    auto db = openOrFail(path);
    BOOST_TEST_REQUIRE(db->write([&]() -> Result<void> {
        if (auto r = db->query(QStringLiteral("INSERT INTO settings VALUES ('name', 'Lyspunkt')")); !r) return r.error();
        return {};
    }).ok());
}

QString setting(Database& db) {
    auto q = db.query(QStringLiteral("SELECT value FROM settings WHERE key = 'name'"));
    BOOST_TEST_REQUIRE(q.ok());
    return q->next() ? q->value(0).toString() : QString();
}

QString refusal(const QString& path, const DatabaseOptions& options = {}) {
    auto r = Database::open(path, options);
    BOOST_TEST_REQUIRE(!r.ok(), path << " was opened");
    return r.error().message;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(database_file)

BOOST_AUTO_TEST_CASE(a_new_cafe_carries_the_application_id) {
    TempDir dir;
    auto db = openOrFail(dir.file(QStringLiteral("cafe.sqlite")));
    auto id = db->query(QStringLiteral("PRAGMA application_id"));
    BOOST_TEST_REQUIRE(id.ok());
    BOOST_TEST_REQUIRE(id->next());
    BOOST_TEST(id->value(0).toInt() == dbfile::kApplicationId);
}

BOOST_AUTO_TEST_CASE(another_programs_sqlite_file_is_refused_and_left_as_it_was) {
    TempDir dir;
    const QString notes = dir.file(QStringLiteral("notes.sqlite"));
    const QString marked = dir.file(QStringLiteral("marked.sqlite"));
    {
        RawConnection raw(notes);
        raw.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"));
        raw.exec(QStringLiteral("INSERT INTO notes (text) VALUES ('shopping')"));
    }
    {
        RawConnection raw(marked);
        raw.exec(QStringLiteral("PRAGMA application_id = 1234"));
        raw.exec(QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)"));
    }
    // Even one that looks like an early café but is not: our first table, a foreign version number.
    const QString lookalike = dir.file(QStringLiteral("lookalike.sqlite"));
    {
        RawConnection raw(lookalike);
        raw.exec(QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)"));
        raw.exec(QStringLiteral("PRAGMA user_version = 40"));
    }
    for (const QString& path : {notes, marked, lookalike}) {
        const QByteArray before = readFile(path);
        for (const DatabaseOptions& o : {DatabaseOptions{}, noCreate(), readOnly()}) {
            const QString why = refusal(path, o);
            BOOST_TEST(why.contains(QStringLiteral("another program")), why);
            BOOST_TEST(why.contains(path));
        }
        BOOST_TEST(readFile(path) == before, path);
        BOOST_TEST(!QFile::exists(path + QStringLiteral("-wal")));
    }
}

BOOST_AUTO_TEST_CASE(only_a_creating_caller_makes_a_cafe_of_nothing) {
    TempDir dir;
    const QString missing = dir.file(QStringLiteral("typo/cafe.sqlite"));
    BOOST_TEST(refusal(missing, noCreate()).contains(QStringLiteral("does not exist")));
    BOOST_TEST(refusal(missing).contains(QStringLiteral("does not exist")));  // not even init makes folders
    BOOST_TEST(!QDir(dir.file(QStringLiteral("typo"))).exists());

    const QString none = dir.file(QStringLiteral("cafe.sqlite"));
    const QString why = refusal(none, noCreate());
    BOOST_TEST(why.contains(QStringLiteral("There is no café database")), why);
    BOOST_TEST(why.contains(QStringLiteral("aktivkafe init --db ") + none), why);
    BOOST_TEST(!QFile::exists(none));

    const QString empty = dir.file(QStringLiteral("empty.sqlite"));
    QFile(empty).open(QIODevice::WriteOnly);
    BOOST_TEST(refusal(empty, noCreate()).contains(QStringLiteral("the file is empty")));
    BOOST_TEST(readFile(empty).isEmpty());
    const QString emptyDb = dir.file(QStringLiteral("empty-db.sqlite"));
    { RawConnection raw(emptyDb); raw.exec(QStringLiteral("PRAGMA user_version = 0")); raw.exec(QStringLiteral("VACUUM")); }
    BOOST_TEST(refusal(emptyDb, noCreate()).contains(QStringLiteral("empty database")));

    for (const QString& path : {none, empty, emptyDb}) {  // what init does
        auto db = openOrFail(path);
        BOOST_TEST(db->schemaVersion() == latestVersion(schemaMigrations()));
    }
}

BOOST_AUTO_TEST_CASE(a_cafe_from_before_the_application_id_is_upgraded_and_marked) {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("old.sqlite"));
    {
        const MigrationList old(schemaMigrations().begin(), schemaMigrations().begin() + (dbfile::kApplicationIdStep - 1));
        DatabaseOptions o;
        o.migrations = &old;
        openOrFail(path, o);
    }
    BOOST_TEST(dbfile::probe(path).applicationId == 0);
    openOrFail(path, noCreate());
    RawConnection raw(path);
    BOOST_TEST(raw.scalar(QStringLiteral("PRAGMA application_id")).toInt() == dbfile::kApplicationId);
}

BOOST_AUTO_TEST_CASE(files_that_are_not_databases_are_named_as_such) {
    TempDir dir;
    const QString text = dir.file(QStringLiteral("aktivkafe.toml"));
    {
        QFile f(text);
        BOOST_TEST_REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("[cafe]\nname = \"Lyspunkt\"\n");
    }
    BOOST_TEST(refusal(text).contains(QStringLiteral("is not a database")));
    BOOST_TEST(readFile(text) == QByteArray("[cafe]\nname = \"Lyspunkt\"\n"));
    BOOST_TEST(refusal(dir.path()).contains(QStringLiteral("is not a file")));
}

BOOST_AUTO_TEST_CASE(a_damaged_cafe_is_called_damaged) {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("cafe.sqlite"));
    makeCafe(path);
    QByteArray bytes = readFile(path);
    // Keep the 100-byte header (it still says SQLite, and ours); break the schema page after it.
    for (qsizetype i = 100; i < 4096; ++i) bytes[i] = char(0xA5);
    {
        QFile f(path);
        BOOST_TEST_REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    const QString why = refusal(path);
    BOOST_TEST(why.contains(QStringLiteral("is damaged")), why);
    BOOST_TEST(why.contains(QStringLiteral("backup")), why);
}

BOOST_AUTO_TEST_CASE(a_cafe_locked_by_another_program_is_called_locked) {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("cafe.sqlite"));
    makeCafe(path);
    RawConnection other(path);
    other.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
    other.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE"));
    other.exec(QStringLiteral("BEGIN EXCLUSIVE"));
    other.exec(QStringLiteral("INSERT INTO settings VALUES ('held', 'yes')"));
    const QString why = refusal(path, noCreate());  // waits the busy timeout first
    BOOST_TEST(why.contains(QStringLiteral("is locked by another program")), why);
    BOOST_TEST(why.contains(QStringLiteral("not damaged")), why);
    other.exec(QStringLiteral("ROLLBACK"));
}

BOOST_AUTO_TEST_CASE(a_cafe_in_a_read_only_folder_is_read_but_not_written, *boost::unit_test::precondition(asRoot)) {
    ScratchMount disk(4 * 1024 * 1024);
    BOOST_TEST_REQUIRE(disk.ok());
    const QString path = disk.file(QStringLiteral("cafe.sqlite"));
    makeCafe(path);
    BOOST_TEST_REQUIRE(!QFile::exists(path + QStringLiteral("-wal")));
    // A second café copied while its log still held data: the setting lives only in the -wal.
    const QString logged = disk.file(QStringLiteral("logged.sqlite"));
    {
        auto db = openOrFail(disk.file(QStringLiteral("source.sqlite")));
        RawConnection raw(disk.file(QStringLiteral("source.sqlite")));
        raw.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
        raw.exec(QStringLiteral("INSERT INTO settings VALUES ('name', 'Bare i loggen')"));
        BOOST_TEST_REQUIRE(QFile::copy(disk.file(QStringLiteral("source.sqlite")), logged));
        BOOST_TEST_REQUIRE(QFile::copy(disk.file(QStringLiteral("source.sqlite-wal")), logged + QStringLiteral("-wal")));
    }
    BOOST_TEST_REQUIRE(disk.makeReadOnly());

    for (const DatabaseOptions& o : {DatabaseOptions{}, noCreate()}) {
        const QString why = refusal(path, o);
        BOOST_TEST(why.contains(QStringLiteral("read-only")), why);
        BOOST_TEST(why.contains(QStringLiteral("not damaged")), why);
        BOOST_TEST(!why.contains(QStringLiteral("is damaged")), why);
    }
    auto reader = openOrFail(path, readOnly());
    BOOST_TEST(setting(*reader) == QStringLiteral("Lyspunkt"));
    BOOST_TEST(!reader->query(QStringLiteral("INSERT INTO settings VALUES ('x', 'y')")).ok());
    auto logReader = openOrFail(logged, readOnly());
    BOOST_TEST(setting(*logReader) == QStringLiteral("Bare i loggen"));
}

BOOST_AUTO_TEST_CASE(a_read_only_tool_leaves_no_files_behind) {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("cafe.sqlite"));
    makeCafe(path);
    const QStringList before = QDir(dir.path()).entryList(QDir::Files);
    const QByteArray bytes = readFile(path);
    {
        auto reader = openOrFail(path, readOnly());
        BOOST_TEST(setting(*reader) == QStringLiteral("Lyspunkt"));
        BOOST_TEST(!reader->query(QStringLiteral("DELETE FROM settings")).ok());  // query_only
    }
    BOOST_TEST(QDir(dir.path()).entryList(QDir::Files) == before);
    BOOST_TEST(readFile(path) == bytes);
}

BOOST_AUTO_TEST_CASE(a_cafe_on_a_full_disk_is_called_full, *boost::unit_test::precondition(asRoot)) {
    ScratchMount disk(2 * 1024 * 1024);
    BOOST_TEST_REQUIRE(disk.ok());
    const QString path = disk.file(QStringLiteral("cafe.sqlite"));
    makeCafe(path);
    BOOST_TEST_REQUIRE(disk.fill());
    const QString why = refusal(path, noCreate());
    BOOST_TEST(why.contains(QStringLiteral("is full")), why);
    BOOST_TEST(why.contains(QStringLiteral("not damaged")), why);
    auto reader = openOrFail(path, readOnly());  // reports still work
    BOOST_TEST(setting(*reader) == QStringLiteral("Lyspunkt"));
}

BOOST_AUTO_TEST_SUITE_END()
