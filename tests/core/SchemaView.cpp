#include "tests/core/SchemaView.h"

#include <QSqlQuery>

#include <boost/test/unit_test.hpp>

namespace ak::test {

namespace {

QStringList strings(const Database& db, const QString& statement, const QVariantList& values = {}) {
    auto q = db.query(statement, values);
    BOOST_TEST_REQUIRE(q.ok(), statement.toStdString());
    QStringList out;
    while (q->next()) out << q->value(0).toString();
    return out;
}

}  // namespace

QStringList tableNames(const Database& db) {
    if (db.isPostgres())
        return strings(db, QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1"));
    return strings(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY 1"));
}

QStringList columnNames(const Database& db, const QString& table) {
    if (db.isPostgres())
        return strings(db, QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema ="
                                          " current_schema() AND table_name = ? ORDER BY ordinal_position"),
                       {table});
    return strings(db, QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"), {table});
}

QStringList referencedBy(const Database& db, const QString& table) {
    if (db.isPostgres())
        return strings(db, QStringLiteral("SELECT confrelid::regclass::text FROM pg_constraint WHERE contype = 'f'"
                                          " AND conrelid = CAST(? AS regclass)"),
                       {table});
    return strings(db, QStringLiteral("SELECT \"table\" FROM pragma_foreign_key_list(?)"), {table});
}

QStringList referencing(const Database& db, const QString& table) {
    if (db.isPostgres())
        return strings(db, QStringLiteral("SELECT conrelid::regclass::text FROM pg_constraint WHERE contype = 'f'"
                                          " AND confrelid = CAST(? AS regclass)"),
                       {table});
    return strings(db, QStringLiteral("SELECT m.name FROM sqlite_master m, pragma_foreign_key_list(m.name) f"
                                      " WHERE m.type = 'table' AND f.\"table\" = ?"),
                   {table});
}

QStringList triggersAndViewsAbout(const Database& db, const QString& prefix) {
    const QString like = prefix + u'%', inside = u'%' + prefix + u'%';
    if (db.isPostgres())
        return strings(db, QStringLiteral("SELECT trigger_name FROM information_schema.triggers WHERE"
                                          " event_object_table LIKE ? OR action_statement LIKE ?"
                                          " UNION SELECT table_name FROM information_schema.views"
                                          " WHERE table_schema = current_schema() AND (table_name LIKE ? OR view_definition LIKE ?)"),
                       {like, inside, like, inside});
    return strings(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('trigger', 'view')"
                                      " AND (tbl_name LIKE ? OR sql LIKE ?)"),
                   {like, inside});
}

}  // namespace ak::test
