#include "core/audit/ProtectedTriggers.h"

#include "core/storage/Migrations.h"
#include "core/storage/PostgresSchema.h"
#include "core/storage/Sql.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>

namespace ak {

namespace {

// SQLite keeps a trigger's CREATE statement as it was written; PostgreSQL writes it back in its
// own words (pg_get_triggerdef, with the table's schema): compare without layout and schema.
QString normalised(const QString& sql) {
    static const QRegularExpression schema(QStringLiteral("\\bON\\s+\\w+\\."), QRegularExpression::CaseInsensitiveOption);
    return QString(sql).replace(schema, QStringLiteral("ON ")).simplified();
}

struct Guard {
    QString sql;    // the CREATE statement, or for a PostgreSQL function its body
    QString table;  // the trigger's table; empty for a function
};

// name -> CREATE statement, from every step of the schema history in order; on PostgreSQL from its
// baseline, with the functions the triggers call (their bodies are the guard as much as the trigger).
QMap<QString, Guard> expectedGuards(const Database& db) {
    static const QRegularExpression create(QStringLiteral("^\\s*CREATE\\s+TRIGGER\\s+(\\w+)\\s.*?\\sON\\s+(\\w+)"),
                                           QRegularExpression::CaseInsensitiveOption |
                                               QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression drop(QStringLiteral("^\\s*DROP\\s+TRIGGER\\s+(?:IF\\s+EXISTS\\s+)?(\\w+)"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression function(QStringLiteral("^\\s*CREATE\\s+FUNCTION\\s+(\\w+)\\(.*?\\$\\$(.*)\\$\\$"),
                                             QRegularExpression::DotMatchesEverythingOption);
    QMap<QString, Guard> out;
    const auto add = [&](const QString& statement) {
        if (const auto c = create.match(statement); c.hasMatch()) out.insert(c.captured(1), {statement, c.captured(2)});
        else if (const auto d = drop.match(statement); d.hasMatch()) out.remove(d.captured(1));
        else if (const auto f = function.match(statement); f.hasMatch()) out.insert(f.captured(1) + u"()", {f.captured(2), {}});
    };
    if (db.isPostgres())
        for (const QString& statement : postgresBaseline()) add(statement);
    else
        for (const Migration& m : schemaMigrations())
            for (const QString& statement : m.statements) add(statement);
    return out;
}

// What the database holds: triggers (a disabled one as "DISABLED ...", which guards nothing) and,
// on PostgreSQL, the bodies of the expected functions.
Result<QMap<QString, Guard>> presentGuards(const Database& db, const QMap<QString, Guard>& expected) {
    QMap<QString, Guard> present;
    if (!db.isPostgres()) {
        auto q = db.query(QStringLiteral("SELECT name, sql, tbl_name FROM sqlite_master WHERE type = 'trigger'"));
        if (!q) return q.error();
        while (q->next()) present.insert(q->value(0).toString(), {q->value(1).toString(), q->value(2).toString()});
        return present;
    }
    auto q = db.query(QStringLiteral("SELECT t.tgname, pg_get_triggerdef(t.oid), c.relname, t.tgenabled FROM pg_trigger t"
                                     " JOIN pg_class c ON c.oid = t.tgrelid"
                                     " WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace"));
    if (!q) return q.error();
    while (q->next())
        present.insert(q->value(0).toString(),
                       {(q->value(3).toString() == u"D" ? QStringLiteral("DISABLED ") : QString()) + q->value(1).toString(),
                        q->value(2).toString()});
    auto f = db.query(QStringLiteral("SELECT proname, prosrc FROM pg_proc WHERE pronamespace = current_schema()::regnamespace"));
    if (!f) return f.error();
    while (f->next())
        if (const QString name = f->value(0).toString() + u"()"; expected.contains(name))
            present.insert(name, {f->value(1).toString(), {}});
    return present;
}

QString quotedName(const QString& name) { return u'"' + QString(name).replace(u'"', QStringLiteral("\"\"")) + u'"'; }

}  // namespace

QStringList TriggerCheck::sentences() const {
    QStringList out;
    if (!missing.isEmpty())
        out << ProtectedTriggers::tr("The protection that keeps the journal and completed sales from being changed was "
                                     "removed from the database (%1). Run 'aktivkafe init' to put it back.")
                   .arg(missing.join(QStringLiteral(", ")));
    if (!altered.isEmpty())
        out << ProtectedTriggers::tr("The protection of the journal and completed sales was rewritten (%1). Run "
                                     "'aktivkafe init' to put it back.")
                   .arg(altered.join(QStringLiteral(", ")));
    if (!unexpected.isEmpty())
        out << ProtectedTriggers::tr("The database has triggers that are not part of Aktivkafe (%1); they could change "
                                     "data behind the till's back. Run 'aktivkafe init' to remove them.")
                   .arg(unexpected.join(QStringLiteral(", ")));
    return out;
}

Result<TriggerCheck> ProtectedTriggers::check(const Database& db) {
    const QMap<QString, Guard> expected = expectedGuards(db);
    auto present = presentGuards(db, expected);
    if (!present) return present.error();
    TriggerCheck c;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!present->contains(it.key())) c.missing << it.key();
        else if (normalised(present->value(it.key()).sql) != normalised(it.value().sql)) c.altered << it.key();
    }
    for (auto it = present->cbegin(); it != present->cend(); ++it)
        if (!expected.contains(it.key())) c.unexpected << it.key();
    return c;
}

Result<TriggerCheck> ProtectedTriggers::restore(Database& db, Journal& journal) {
    TriggerCheck found;
    auto w = db.write([&]() -> Result<void> {
        auto c = check(db);
        if (!c) return c.error();
        found = c.value();
        if (found.ok()) return {};
        const QMap<QString, Guard> expected = expectedGuards(db);
        auto present = presentGuards(db, expected);
        if (!present) return present.error();
        const auto isFunction = [](const QString& name) { return name.endsWith(u"()"); };
        for (const QString& name : found.altered + found.unexpected) {
            if (isFunction(name)) continue;  // replaced below
            const QString on = db.isPostgres() ? QStringLiteral(" ON ") + quotedName(present->value(name).table) : QString();
            if (auto r = sql::exec(db.connection(), QStringLiteral("DROP TRIGGER %1%2").arg(quotedName(name), on)); !r)
                return r.error();
        }
        // Functions before the triggers that call them.
        for (const QString& name : found.missing + found.altered)
            if (isFunction(name)) {
                const QString create = postgresBaseline().filter(QRegularExpression(
                    QStringLiteral("^CREATE FUNCTION %1\\(").arg(name.chopped(2)))).value(0);
                if (auto r = sql::exec(db.connection(), QString(create).replace(QStringLiteral("CREATE FUNCTION"),
                                                                                QStringLiteral("CREATE OR REPLACE FUNCTION")));
                    !r)
                    return r.error();
            }
        for (const QString& name : found.missing + found.altered)
            if (!isFunction(name))
                if (auto r = sql::exec(db.connection(), expected.value(name).sql); !r) return r.error();
        const QJsonObject payload{{QStringLiteral("restored"), QJsonArray::fromStringList(found.missing + found.altered)},
                                  {QStringLiteral("removed"), QJsonArray::fromStringList(found.unexpected)}};
        if (auto e = journal.append(Journal::systemActor(), JournalKind::TriggersRestored, payload); !e)
            return e.error();
        return {};
    });
    if (!w) return w.error();
    return found;
}

Result<void> ProtectedTriggers::lift(Database& db) {
    auto present = presentGuards(db, expectedGuards(db));
    if (!present) return present.error();
    for (auto it = present->cbegin(); it != present->cend(); ++it) {
        if (it.key().endsWith(u"()")) continue;  // a function stays; its triggers go
        const QString on = db.isPostgres() ? QStringLiteral(" ON ") + quotedName(it.value().table) : QString();
        if (auto r = sql::exec(db.connection(), QStringLiteral("DROP TRIGGER %1%2").arg(quotedName(it.key()), on)); !r)
            return r;
    }
    return {};
}

Result<void> ProtectedTriggers::put(Database& db) {
    const QMap<QString, Guard> expected = expectedGuards(db);
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        if (!it.key().endsWith(u"()"))
            if (auto r = sql::exec(db.connection(), it.value().sql); !r) return r;
    return {};
}

}  // namespace ak
