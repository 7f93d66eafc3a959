#include "tests/core/CoreFixtures.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <boost/test/unit_test.hpp>

namespace ak::test {

std::unique_ptr<Database> openOrFail(const QString& path, const DatabaseOptions& options) {
    auto r = Database::open(path, options);
    BOOST_TEST_REQUIRE(r.ok(), (r.ok() ? QString() : r.error().message).toStdString());
    return std::move(r).value();
}

QByteArray readFile(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return f.readAll();
}

RawConnection::RawConnection(const QString& path) {
    static int counter = 0;
    name_ = QStringLiteral("raw-test-%1").arg(++counter);
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

void RawConnection::dropJournalTriggers() {
    for (const char* t : {"journal_no_update", "journal_no_delete", "journal_in_sequence", "journal_head_forward",
                          "journal_head_no_delete"})
        exec(QStringLiteral("DROP TRIGGER IF EXISTS ") + QString::fromLatin1(t));
}

}  // namespace ak::test
