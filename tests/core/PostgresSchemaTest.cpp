// The café's schema on PostgreSQL (core/storage/PostgresSchema) against the SQLite schema it
// mirrors: the same tables with the same columns in the same order, the same indexes and the same
// protecting triggers by name, and the protections doing the same; on a private server
// (tests/support/PrivatePostgres). Exits 77 (skipped) without PostgreSQL's server or QPSQL.
#include "core/storage/Database.h"
#include "core/storage/DatabaseLocation.h"
#include "core/storage/Migrations.h"
#include "core/storage/PostgresSchema.h"
#include "tests/support/PrivatePostgres.h"
#include "tests/support/TestSupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <boost/test/unit_test.hpp>

#include <cstdlib>
#include <iostream>
#include <map>
#include <set>

using namespace ak;

namespace {

struct Shape {
    std::map<QString, QStringList> columns;  // table -> columns in order
    std::set<QString> indexes;
    std::set<QString> triggers;
};

QStringList strings(QSqlQuery q) {
    QStringList out;
    while (q.next()) out << q.value(0).toString();
    return out;
}

QSqlQuery run(const QSqlDatabase& db, const QString& sql) {
    QSqlQuery q(db);
    BOOST_TEST_REQUIRE(q.exec(sql), sql << ": " << q.lastError().text());
    return q;
}

Shape sqliteShape(const QSqlDatabase& db) {
    Shape s;
    for (const QString& t : strings(run(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))))
        s.columns[t] = strings(run(db, QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(t)));
    for (const QString& i : strings(run(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index'"
                                                           " AND name NOT LIKE 'sqlite_autoindex%'"))))
        s.indexes.insert(i);
    for (const QString& t : strings(run(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger'"))))
        s.triggers.insert(t);
    return s;
}

Shape postgresShape(const QSqlDatabase& db) {
    Shape s;
    for (const QString& t : strings(run(db, QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"))))
        s.columns[t] = strings(run(db, QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema"
                                                      " = 'public' AND table_name = '%1' ORDER BY ordinal_position")
                                           .arg(t)));
    // the indexes PRIMARY KEY and UNIQUE make are SQLite's autoindexes: not named by us
    for (const QString& i : strings(run(db, QStringLiteral("SELECT indexname FROM pg_indexes WHERE schemaname = 'public'"
                                                           " AND indexname NOT IN (SELECT conname FROM pg_constraint)"))))
        s.indexes.insert(i);
    // the change notices (ChangeFeed.h) are PostgreSQL's alone
    for (const QString& t : strings(run(db, QStringLiteral("SELECT DISTINCT trigger_name FROM information_schema.triggers"
                                                           " WHERE trigger_name NOT LIKE '%\\_changed'"))))
        s.triggers.insert(t);
    return s;
}

std::string names(const std::set<QString>& set) {
    QStringList l(set.begin(), set.end());
    return l.join(QStringLiteral(", ")).toStdString();
}

struct Servers {
    Servers() {
        if (const QString missing = aktest::postgresMissing(); !missing.isEmpty()) {
            std::cout << "skipped: " << missing.toStdString() << " is not installed\n";
            std::exit(77);
        }
        pg = std::make_unique<aktest::PrivatePostgres>();
        pg->exec(QStringLiteral("CREATE DATABASE cafe"));
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pg-schema"));
        db.setHostName(pg->socketDir());
        db.setDatabaseName(QStringLiteral("cafe"));
        db.setUserName(QString::fromLatin1(aktest::PrivatePostgres::kSuperuser));
        BOOST_TEST_REQUIRE(db.open(), db.lastError().text());
        for (const QString& statement : postgresBaseline()) run(db, statement);
    }
    ~Servers() {
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("pg-schema"));
    }
    std::unique_ptr<aktest::PrivatePostgres> pg;
    QSqlDatabase db;
};

Servers& servers() {
    static Servers s;
    return s;
}

// The statement fails on PostgreSQL with `words` in the server's message.
void refused(const QString& sql, const QString& words) {
    QSqlQuery q(servers().db);
    BOOST_TEST_INFO(sql);
    BOOST_TEST(!q.exec(sql));
    BOOST_TEST(q.lastError().text().contains(words), q.lastError().text());
}

}  // namespace

BOOST_AUTO_TEST_CASE(the_baseline_is_the_latest_sqlite_schema_at_its_version) {
    // steps after the baseline are written for both databases; until there is one, the two end equal
    BOOST_TEST(kPostgresBaselineVersion == latestVersion(schemaMigrations()));
    BOOST_TEST(schemaVersion(servers().db).value() == kPostgresBaselineVersion);
}

BOOST_AUTO_TEST_CASE(same_tables_columns_indexes_and_triggers_as_sqlite) {
    auto lite = Database::open(QStringLiteral(":memory:"));
    BOOST_REQUIRE(lite.ok());
    const Shape sqlite = sqliteShape(lite.value()->connection());
    const Shape postgres = postgresShape(servers().db);
    BOOST_TEST(sqlite.columns.size() >= 30u);  // the comparison is not of two empty lists
    BOOST_TEST(sqlite.indexes.size() >= 30u);
    BOOST_TEST(sqlite.triggers.size() >= 17u);
    BOOST_TEST(sqlite.columns.size() == postgres.columns.size());
    for (const auto& [table, columns] : sqlite.columns) {
        BOOST_TEST_INFO("table " << table);
        BOOST_TEST_REQUIRE(postgres.columns.count(table) == 1u);
        BOOST_TEST(postgres.columns.at(table) == columns);
    }
    BOOST_TEST(sqlite.indexes == postgres.indexes, "SQLite: " << names(sqlite.indexes) << "\nPostgreSQL: " << names(postgres.indexes));
    BOOST_TEST(sqlite.triggers == postgres.triggers, "SQLite: " << names(sqlite.triggers) << "\nPostgreSQL: " << names(postgres.triggers));
}

BOOST_AUTO_TEST_CASE(the_rows_a_new_cafe_starts_with_are_the_same) {
    auto lite = Database::open(QStringLiteral(":memory:"));
    BOOST_REQUIRE(lite.ok());
    for (const QString& table : {QStringLiteral("journal_head"), QStringLiteral("discount_reasons"),
                                 QStringLiteral("schema_version"), QStringLiteral("settings")}) {
        const QString sql = QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table);
        auto rows = [&](const QSqlDatabase& db) {
            QSqlQuery q = run(db, sql);
            QStringList out;
            while (q.next()) {
                QStringList row;
                for (int i = 0; i < q.record().count(); ++i) row << q.value(i).toString();
                out << row.join(u'|');
            }
            return out;
        };
        BOOST_TEST_INFO(table);
        BOOST_TEST(rows(lite.value()->connection()) == rows(servers().db));
    }
}

BOOST_AUTO_TEST_CASE(the_protections_refuse_as_on_sqlite) {
    refused(QStringLiteral("INSERT INTO journal (seq, at, register_id, actor, kind, payload, prev_hash, hash)"
                           " VALUES (5, 'x', 'r', 'a', 'k', '{}', '', '')"),
            QStringLiteral("journal rows must follow the head"));
    run(servers().db, QStringLiteral("INSERT INTO journal (seq, at, register_id, actor, kind, payload, prev_hash, hash)"
                                     " VALUES (1, 'x', 'r', 'a', 'k', '{}', '', 'h1')"));
    refused(QStringLiteral("UPDATE journal SET kind = 'changed'"), QStringLiteral("the journal is append-only"));
    refused(QStringLiteral("DELETE FROM journal"), QStringLiteral("the journal is append-only"));
    run(servers().db, QStringLiteral("UPDATE journal_head SET seq = 1, hash = 'h1'"));
    refused(QStringLiteral("UPDATE journal_head SET seq = 0"), QStringLiteral("the journal head only moves forward"));
    refused(QStringLiteral("DELETE FROM journal_head"), QStringLiteral("the journal head cannot be deleted"));
    // a check-in only to the quarter hour, tokens only as 64 hex digits
    run(servers().db, QStringLiteral("INSERT INTO visits (id, at, kiosk_id) VALUES (7, '2026-12-07T14:15:00.000Z', 'door')"));
    refused(QStringLiteral("INSERT INTO visits (id, at, kiosk_id) VALUES (8, '2026-12-07T14:16:00.000Z', 'door')"),
            QStringLiteral("visits_at_check"));
    refused(QStringLiteral("INSERT INTO visits (id, at, kiosk_id, token) VALUES (9, '2026-12-07T14:30:00.000Z', 'door', 'XYZ')"),
            QStringLiteral("visits_token_check"));
}

namespace {
DatabaseLocation cafeAt(const QString& database) {
    auto l = DatabaseLocation::parse(servers().pg->url(database, QString::fromLatin1(aktest::PrivatePostgres::kSuperuser)));
    BOOST_REQUIRE(l.ok());
    return l.value();
}
}  // namespace

BOOST_AUTO_TEST_CASE(an_empty_database_becomes_a_cafe_once_and_is_opened_again_as_it_is) {
    servers().pg->exec(QStringLiteral("CREATE DATABASE fresh"));
    DatabaseOptions noCreate;
    noCreate.createIfMissing = false;
    auto refused = Database::open(cafeAt(QStringLiteral("fresh")), noCreate);
    BOOST_TEST_REQUIRE(!refused.ok());
    BOOST_TEST(refused.error().message.contains(QStringLiteral("it is an empty database")), refused.error().message);

    auto made = Database::open(cafeAt(QStringLiteral("fresh")));
    BOOST_TEST_REQUIRE(made.ok(), (made.ok() ? QString() : made.error().message));
    BOOST_TEST(made.value()->created());
    BOOST_TEST(made.value()->isPostgres());
    BOOST_TEST(made.value()->schemaVersion() == kPostgresBaselineVersion);
    // a write as the repositories make them: an id back by RETURNING, all or nothing
    auto id = made.value()->insert(QStringLiteral("INSERT INTO categories (code, name_nb, name_da, name_en) VALUES (?, ?, ?, ?)"),
                                   {QStringLiteral("drinks"), QStringLiteral("Drikke"), QStringLiteral("Drikke"), QStringLiteral("Drinks")});
    BOOST_TEST_REQUIRE(id.ok());
    BOOST_TEST(id.value() > 0);
    const Result<void> undone = made.value()->write([&]() -> Result<void> {
        if (auto r = made.value()->insert(QStringLiteral("INSERT INTO categories (code, name_nb, name_da, name_en)"
                                                         " VALUES ('food', 'Mat', 'Mad', 'Food')"));
            !r)
            return r.error();
        return Result<void>::fail(ErrorCode::InvalidInput, QStringLiteral("changed my mind"));
    });
    BOOST_TEST(!undone.ok());
    made.value().reset();

    auto again = Database::open(cafeAt(QStringLiteral("fresh")));
    BOOST_TEST_REQUIRE(again.ok());
    BOOST_TEST(!again.value()->created());
    auto count = again.value()->query(QStringLiteral("SELECT count(*) FROM categories"));
    BOOST_TEST_REQUIRE(count.ok());
    BOOST_TEST_REQUIRE(count->next());
    BOOST_TEST(count->value(0).toInt() == 1);  // the rolled-back one is not there
}

BOOST_AUTO_TEST_CASE(another_programs_database_and_a_newer_cafe_are_refused_and_left_alone) {
    servers().pg->exec(QStringLiteral("CREATE DATABASE other"));
    servers().pg->exec(QStringLiteral("CREATE TABLE notes (id INT PRIMARY KEY, text TEXT)"), QStringLiteral("other"));
    auto other = Database::open(cafeAt(QStringLiteral("other")));
    BOOST_TEST_REQUIRE(!other.ok());
    BOOST_TEST(other.error().message.contains(QStringLiteral("another program's tables")), other.error().message);

    servers().pg->exec(QStringLiteral("CREATE DATABASE newer"));
    BOOST_TEST_REQUIRE(Database::open(cafeAt(QStringLiteral("newer"))).ok());
    servers().pg->exec(QStringLiteral("UPDATE schema_version SET version = %1").arg(kPostgresBaselineVersion + 2),
                       QStringLiteral("newer"));
    auto newer = Database::open(cafeAt(QStringLiteral("newer")));
    BOOST_TEST_REQUIRE(!newer.ok());
    BOOST_TEST((newer.error().code == ErrorCode::NewerSchema));
}
