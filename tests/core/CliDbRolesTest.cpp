// aktivkafe db roles (cli/DbRolesCommand.cpp): the statements it prints, run with psql by the café's
// owner, and --apply give a café exactly the grants, column grants, row policies and function grants
// that core's applyPostgresRoles gave the suite's café; an SQLite café, a bad URL, a bad name and a
// server that refuses are each said in words.
#include <QProcess>
#include <QStandardPaths>

#include "tests/core/CliRun.h"
#include "tests/core/PostgresRolesFixture.h"

using namespace ak;
using namespace ak::test;

namespace {

// Who may do what in `db`, as the catalogue records it: one line per table, column, policy and
// function of the café.
QStringList privileges(const Database& db) {
    const QStringList queries{
        QStringLiteral("SELECT relname || ' ' || coalesce(relacl::text, '-') || ' rls=' || relrowsecurity FROM pg_class"
                       " WHERE relnamespace = current_schema()::regnamespace AND relkind = 'r' ORDER BY relname"),
        QStringLiteral("SELECT attrelid::regclass::text || '.' || attname || ' ' || attacl::text FROM pg_attribute"
                       " WHERE attacl IS NOT NULL ORDER BY 1"),
        QStringLiteral("SELECT tablename || ' ' || policyname || ' ' || roles::text || ' ' || cmd || ' ' ||"
                       " coalesce(qual, '-') || ' ' || coalesce(with_check, '-') FROM pg_policies ORDER BY 1"),
        QStringLiteral("SELECT proname || ' ' || coalesce(proacl::text, '-') FROM pg_proc"
                       " WHERE pronamespace = current_schema()::regnamespace ORDER BY 1"),
    };
    QStringList lines;
    for (const QString& sql : queries) {
        QSqlQuery q(db.connection());
        BOOST_TEST_REQUIRE(q.exec(sql), sql.toStdString() << ": " << q.lastError().text().toStdString());
        while (q.next()) lines << q.value(0).toString();
    }
    return lines;
}

// A new café of the owner's, in a database of its own.
std::unique_ptr<Database> newCafe(const QString& name) {
    cafe().server.pg.exec(QStringLiteral("CREATE DATABASE %1 OWNER kafe").arg(name));
    return cafe().server.open(name, QString::fromLatin1(RolesServer::kOwner), true);
}

QString psql() {
    QString found = QStandardPaths::findExecutable(QStringLiteral("psql"));
    if (found.isEmpty())
        found = QStandardPaths::findExecutable(QStringLiteral("psql"), {QStringLiteral("/usr/lib/postgresql/15/bin")});
    return found;
}

const QStringList kMembers{QStringLiteral("--kiosk-login"), QStringLiteral("kiosk1"), QStringLiteral("--till-login"),
                           QStringLiteral("till1")};

}  // namespace

BOOST_AUTO_TEST_CASE(printed_statements_run_with_psql_give_the_same_grants) {
    const QString program = psql();
    BOOST_TEST_REQUIRE(!program.isEmpty(), "psql (postgresql-client) is needed");
    const QStringList expected = privileges(*cafe().owner);
    BOOST_TEST(expected.size() > 30);
    auto copy = newCafe(QStringLiteral("cafe_psql"));

    const CliRun printed = runAktivkafe(QStringList{QStringLiteral("db"), QStringLiteral("roles")} + kMembers);
    BOOST_TEST_REQUIRE(printed.code == 0, printed.err.toStdString());
    BOOST_TEST(printed.out.contains(QStringLiteral("GRANT aktivkafe_kiosk TO kiosk1;")));
    BOOST_TEST(
        printed.out.contains(QStringLiteral("GRANT SELECT (id, at, token), INSERT ON visits TO aktivkafe_kiosk;")));

    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSFILE"), cafe().server.passFile);
    p.setProcessEnvironment(env);
    p.start(program, {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-1"), QStringLiteral("-v"),
                      QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"), cafe().server.pg.socketDir(),
                      QStringLiteral("-U"), QStringLiteral("kafe"), QStringLiteral("-d"), QStringLiteral("cafe_psql")});
    BOOST_TEST_REQUIRE(p.waitForStarted());
    p.write(printed.out.toUtf8());
    p.closeWriteChannel();
    BOOST_TEST_REQUIRE(p.waitForFinished(60'000));
    BOOST_TEST_REQUIRE(p.exitCode() == 0, QString::fromUtf8(p.readAllStandardError()).toStdString());
    BOOST_TEST((privileges(*copy) == expected), "psql:\n"
                                                    << privileges(*copy).join(u'\n').toStdString() << "\ncore:\n"
                                                    << expected.join(u'\n').toStdString());
}

BOOST_AUTO_TEST_CASE(apply_runs_them_on_the_server_and_again_gives_the_same) {
    const QStringList expected = privileges(*cafe().owner);
    auto copy = newCafe(QStringLiteral("cafe_apply"));
    const QStringList apply = QStringList{QStringLiteral("db"),
                                          QStringLiteral("roles"),
                                          QStringLiteral("--apply"),
                                          QStringLiteral("--db-url"),
                                          cafe().server.pg.url(QStringLiteral("cafe_apply"), QStringLiteral("kafe")),
                                          QStringLiteral("--password-file"),
                                          cafe().server.passFile} +
                              kMembers;
    for (int run = 0; run < 2; ++run) {
        const CliRun applied = runAktivkafe(apply);
        BOOST_TEST_REQUIRE(applied.code == 0, applied.err.toStdString());
        BOOST_TEST(applied.out.contains(QStringLiteral("are set up on")));
        BOOST_TEST((privileges(*copy) == expected));
    }
    // nicknames at the kiosk: one more grant, and only that
    const CliRun nicknames = runAktivkafe(apply + QStringList{QStringLiteral("--kiosk-nicknames")});
    BOOST_TEST_REQUIRE(nicknames.code == 0, nicknames.err.toStdString());
    QStringList differ;
    const QStringList now = privileges(*copy);
    for (const QString& line : now)
        if (!expected.contains(line)) differ << line;
    BOOST_TEST_REQUIRE(differ.size() == 1, differ.join(u'\n').toStdString());
    BOOST_TEST(differ.first().startsWith(QStringLiteral("ak_signup_nicknames")));
    BOOST_TEST(differ.first().contains(QStringLiteral("aktivkafe_kiosk=X/kafe")));
}

BOOST_AUTO_TEST_CASE(an_sqlite_cafe_a_bad_url_a_bad_name_and_a_refusal_are_said_in_words) {
    TempDir dir;
    const CliRun file = runAktivkafe(
        {QStringLiteral("db"), QStringLiteral("roles"), QStringLiteral("--db"), dir.file(QStringLiteral("cafe.db"))});
    BOOST_TEST(file.code == 1);
    BOOST_TEST(file.err.contains(QStringLiteral("is an SQLite file. Roles belong to a PostgreSQL server")),
               file.err.toStdString());
    const CliRun sqliteUrl =
        runAktivkafe({QStringLiteral("db"), QStringLiteral("roles"), QStringLiteral("--apply"),
                      QStringLiteral("--db-url"), QStringLiteral("sqlite:") + dir.file(QStringLiteral("cafe.db"))});
    BOOST_TEST(sqliteUrl.code == 1);
    BOOST_TEST(sqliteUrl.err.contains(QStringLiteral("is an SQLite file")), sqliteUrl.err.toStdString());

    const CliRun badUrl = runAktivkafe({QStringLiteral("db"), QStringLiteral("roles"), QStringLiteral("--apply"),
                                        QStringLiteral("--db-url"), QStringLiteral("postgresql://kafe@server")});
    BOOST_TEST(badUrl.code == 1);
    BOOST_TEST(badUrl.err.contains(QStringLiteral("names no database")), badUrl.err.toStdString());

    const CliRun badName = runAktivkafe({QStringLiteral("db"), QStringLiteral("roles"), QStringLiteral("--kiosk-role"),
                                         QStringLiteral("kiosk; DROP TABLE sales")});
    BOOST_TEST(badName.code == 64);
    BOOST_TEST(badName.err.contains(QStringLiteral("cannot be used as the kiosk's role")), badName.err.toStdString());
    BOOST_TEST(badName.out.isEmpty());

    // the till's login owns nothing and may not create roles: refused, and nothing changed
    const QStringList before = privileges(*cafe().owner);
    const CliRun refused = runAktivkafe(
        {QStringLiteral("db"), QStringLiteral("roles"), QStringLiteral("--apply"), QStringLiteral("--db-url"),
         cafe().server.pg.url(QStringLiteral("cafe"), QStringLiteral("till1")), QStringLiteral("--password-file"),
         cafe().server.passFile, QStringLiteral("--till-role"), QStringLiteral("other_till")});
    BOOST_TEST(refused.code == 1);
    BOOST_TEST(refused.err.contains(QStringLiteral("refused the roles")), refused.err.toStdString());
    BOOST_TEST(refused.err.contains(QStringLiteral("Nothing was changed")));
    BOOST_TEST((privileges(*cafe().owner) == before));
}
